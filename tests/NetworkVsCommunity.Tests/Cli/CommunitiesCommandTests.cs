using System.Globalization;
using System.Text.Json;
using NetworkVsCommunity.Algorithms.Communities;
using NetworkVsCommunity.Cli;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Cli;

public sealed class CommunitiesCommandTests() : CliRun("nvc-communities-")
{
    [Fact]
    public void Communities_json_reports_the_karate_optimum_and_replays_from_the_seed()
    {
        string membership = Path.Combine(Dir, "karate.tsv");
        var (code, stdout, stderr) = Run("communities", TestGraphs.DataPath("karate.edges"), "--random-seed", "7", "--iterations", "-1",
            "--output", membership, "--json");
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.Equal(34, root.GetProperty("nodes").GetInt32());
        Assert.Equal(78, root.GetProperty("edges").GetInt32());
        Assert.Equal("leiden", root.GetProperty("algorithm").GetString());
        Assert.Equal(4, root.GetProperty("communities").GetInt32());
        Assert.Equal(0.4198, root.GetProperty("modularity").GetDouble(), 4); // Brandes et al. 2008
        Assert.Equal(7, root.GetProperty("random_seed").GetInt64());
        Assert.True(root.GetProperty("seconds_load").GetDouble() >= 0);
        Assert.True(root.GetProperty("seconds_algorithm").GetDouble() >= 0);

        string[] lines = File.ReadAllLines(membership);
        Assert.Equal(34, lines.Length);
        var labels = lines.Select(l => l.Split('\t')).ToDictionary(p => int.Parse(p[0], CultureInfo.InvariantCulture), p => int.Parse(p[1], CultureInfo.InvariantCulture));
        var expected = CommunityDetection.Leiden(TestGraphs.Karate(), new LeidenOptions { RandomSeed = 7, Iterations = -1 }).Partition;
        Assert.Equal(expected, Partition.FromMembership(Enumerable.Range(0, 34).Select(v => labels[v]).ToArray()));
    }

    [Fact]
    public void Analysis_commands_load_the_graph_without_a_second_copy_of_its_edges()
    {
        string path = TestGraphs.DataPath("karate.edges");
        var full = NetworkVsCommunity.IO.GraphFile.Load(path);
        var analysed = CliContext.LoadForAnalysis(path, new NetworkVsCommunity.IO.GraphReadOptions { Directed = false });
        Assert.True(full.HasEdgeRecords);
        Assert.False(analysed.HasEdgeRecords);
        Assert.Equal(full.Graph.ArcCount, analysed.Graph.ArcCount);
        Assert.Equal(full.Nodes.ToArray(), analysed.Nodes.ToArray());
        for (int v = 0; v < full.Graph.NodeCount; v++)
        {
            Assert.Equal(full.Graph.Neighbors(v).ToArray(), analysed.Graph.Neighbors(v).ToArray());
        }
    }

    [Theory]
    [InlineData("louvain")]
    [InlineData("lpa")]
    public void Communities_prints_membership_lines_for_every_algorithm(string algorithm)
    {
        var (code, stdout, stderr) = Run("communities", TestGraphs.DataPath("karate.edges"), "--algorithm", algorithm, "--random-seed", "3");
        Assert.True(code == 0, stderr);
        string[] lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(34, lines.Length);
        Assert.All(lines, l => Assert.Equal(2, l.Split('\t').Length));
    }

    [Fact]
    public void Compare_prints_nmi_ari_vi_and_identical_files_give_one_one_zero()
    {
        string a = Path.Combine(Dir, "a.tsv");
        string b = Path.Combine(Dir, "b.tsv");
        File.WriteAllText(a, "x 1\ny 1\nz 2\nw 2\n");
        File.WriteAllText(b, "w b\nz a\ny b\nx a\n"); // same nodes, independent grouping
        var (code, stdout, stderr) = Run("compare", a, b, "--json");
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(0.0, doc.RootElement.GetProperty("nmi").GetDouble(), 12);
        Assert.Equal(-0.5, doc.RootElement.GetProperty("ari").GetDouble(), 12);
        Assert.Equal(2 * Math.Log(2), doc.RootElement.GetProperty("vi").GetDouble(), 12);

        var (code2, stdout2, _) = Run("compare", a, a, "--json");
        Assert.Equal(0, code2);
        using var same = JsonDocument.Parse(stdout2);
        Assert.Equal(1.0, same.RootElement.GetProperty("nmi").GetDouble(), 12);
        Assert.Equal(1.0, same.RootElement.GetProperty("ari").GetDouble(), 12);
        Assert.Equal(0.0, same.RootElement.GetProperty("vi").GetDouble(), 12);
    }

    [Fact]
    public void Bad_input_exits_with_code_2_and_names_the_problem()
    {
        string a = Path.Combine(Dir, "a.tsv");
        string b = Path.Combine(Dir, "b.tsv");
        File.WriteAllText(a, "x 1\ny 1\n");
        File.WriteAllText(b, "x 1\nq 1\n");
        var (code, _, stderr) = Run("compare", a, b);
        Assert.Equal(2, code);
        Assert.Contains("'y'", stderr, StringComparison.Ordinal);

        var (code2, _, stderr2) = Run("communities", TestGraphs.DataPath("karate.edges"), "--resolution", "-1");
        Assert.Equal(2, code2);
        Assert.Contains("--resolution -1 is out of range", stderr2, StringComparison.Ordinal); // the flag typed, not options.Resolution

        var (code3, _, _) = Run("communities", TestGraphs.DataPath("karate.edges"), "--algorithm", "walktrap");
        Assert.Equal(2, code3);
    }
}
