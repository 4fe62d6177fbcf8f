using System.Globalization;
using System.Text.Json;
using NetworkVsCommunity.Algorithms.Seeding;
using NetworkVsCommunity.Cli;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Cli;

public class SeedCommandTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var error = new StringWriter(CultureInfo.InvariantCulture);
        int code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Spread_json_lists_the_IMM_sharers_in_order_beside_the_outcomes()
    {
        var (code, output, error) = Run("seed", TestGraphs.DataPath("karate.edges"), "--objective", "spread", "--k", "3", "--model", "ic",
            "--probability", "0.1", "--epsilon", "0.3", "--runs", "200", "--random-seed", "4", "--json");
        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement root = doc.RootElement;
        ImmResult expected = InfluenceMaximization.Imm(TestGraphs.Karate(), new ImmOptions { SeedCount = 3, Epsilon = 0.3, Model = InfluenceModel.IndependentCascade(0.1), RandomSeed = 4 });
        Assert.Equal(expected.SeedNodes.Select(v => v.ToString(CultureInfo.InvariantCulture)).ToArray(),
            root.GetProperty("sharers").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal(expected.EstimatedSpread, root.GetProperty("objective_value").GetDouble());
        Assert.True(root.GetProperty("expected_adopters").GetDouble() >= 3);
        Assert.Equal(4, root.GetProperty("random_seed").GetInt64());
    }

    [Fact]
    public void Resonance_on_a_ring_lattice_chooses_adjacent_sharers_that_ignite_it()
    {
        string path = Path.Combine(Path.GetTempPath(), "nvc-seed-lattice-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".edges");
        var lattice = TestGraphs.RingLattice(30, 4);
        File.WriteAllLines(path, Enumerable.Range(0, 30).SelectMany(u => lattice.Neighbors(u).ToArray().Where(v => u < v).Select(v => $"{u} {v}")));
        try
        {
            var (code, output, error) = Run("seed", path, "--objective", "resonance", "--k", "2", "--runs", "50", "--random-seed", "1", "--json");
            Assert.True(code == 0, error);
            using JsonDocument doc = JsonDocument.Parse(output);
            Assert.Equal(2, doc.RootElement.GetProperty("sharers").GetArrayLength());
            Assert.Equal(30, doc.RootElement.GetProperty("threshold_adopters").GetInt32());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_unknown_objective_is_a_usage_error()
    {
        var (code, _, _) = Run("seed", TestGraphs.DataPath("karate.edges"), "--objective", "fame");
        Assert.NotEqual(0, code);
    }
}
