using System.Globalization;
using System.Text.Json;
using NetworkVsCommunity.Cli;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Cli;

/// <summary><c>nvc seed --objective resonance</c>: honest model and method fields, and <c>--compare</c>.</summary>
public class SeedResonanceCompareTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        int code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Json_names_threshold_contagion_and_the_comparison_lists_every_pick()
    {
        string path = Path.Combine(Path.GetTempPath(), "nvc-seed-compare-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".edges");
        var lattice = TestGraphs.RingLattice(30, 4);
        File.WriteAllLines(path, Enumerable.Range(0, 30).SelectMany(u => lattice.Neighbors(u).ToArray().Where(v => u < v).Select(v => $"{u} {v}")));
        try
        {
            var (code, output, error) = Run("seed", path, "--objective", "resonance", "--k", "2", "--runs", "20", "--random-seed", "1", "--compare", "--json");
            Assert.True(code == 0, error);
            using JsonDocument doc = JsonDocument.Parse(output);
            JsonElement root = doc.RootElement;
            Assert.Equal("threshold contagion (θ = 2, deterministic, synchronous)", root.GetProperty("model").GetString());
            Assert.Contains("θ = 2", root.GetProperty("method").GetString(), StringComparison.Ordinal);
            Assert.Contains("incremental", root.GetProperty("method").GetString(), StringComparison.Ordinal);
            Assert.Contains("not submodular", root.GetProperty("guarantee").GetProperty("description").GetString(), StringComparison.Ordinal);
            JsonElement comparison = root.GetProperty("comparison");
            string[] names = [.. comparison.GetProperty("picks").EnumerateArray().Select(p => p.GetProperty("name").GetString()!)];
            Assert.Equal(["resonance search", "top degree", "top PageRank", "complex centrality"], names);
            Assert.Equal(30, comparison.GetProperty("picks")[0].GetProperty("adopters").GetInt32());
            Assert.Equal(200, comparison.GetProperty("random_clustered").GetProperty("draws").GetInt32());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Compare_is_a_usage_error_for_spread()
    {
        var (code, _, error) = Run("seed", TestGraphs.DataPath("karate.edges"), "--compare");
        Assert.Equal(2, code);
        Assert.Contains("--compare is for --objective resonance", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_exact_greedy_stays_available_as_the_reference()
    {
        var (code, output, error) = Run("seed", TestGraphs.DataPath("karate.edges"), "--objective", "resonance", "--algorithm", "greedy", "--k", "3", "--runs", "20", "--random-seed", "1", "--json");
        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        Assert.StartsWith("exact greedy", doc.RootElement.GetProperty("method").GetString(), StringComparison.Ordinal);
        Assert.Equal("greedy", doc.RootElement.GetProperty("algorithm").GetString());
    }
}
