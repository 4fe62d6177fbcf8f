using System.Text;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity.Tests.IO;

public sealed class EdgeListFormatTests
{
    private static GraphFormatException Fails(string text, GraphReadOptions? options = null) =>
        Assert.Throws<GraphFormatException>(() => EdgeListFormat.Parse(text, options));

    [Fact]
    public void Integer_ids_are_kept_as_node_indices_and_gaps_become_isolated_nodes()
    {
        LabeledGraph g = EdgeListFormat.Parse("# a comment\n% another\n\n0 1\n1,2\n5\t1\n");
        Assert.True(g.Nodes.IsIntegerMode);
        Assert.Equal(6, g.Graph.NodeCount);
        Assert.Equal(3, g.Graph.EdgeCount);
        Assert.False(g.Graph.IsWeighted);
        Assert.False(g.Graph.IsDirected);
        Assert.True(g.Graph.ContainsEdge(5, 1));
        Assert.Equal(0, g.Graph.Degree(3));
        Assert.Equal("5", g.Nodes[5]);
        Assert.Equal(3, g.Edges.Length);
    }

    [Fact]
    public void Karate_file_matches_the_fixture()
    {
        LabeledGraph g = EdgeListFormat.Read(Fixtures.TestGraphs.DataPath("karate.edges"));
        Assert.Equal(34, g.Graph.NodeCount);
        Assert.Equal(78, g.Graph.EdgeCount);
        CsrGraph k = Fixtures.TestGraphs.Karate();
        Assert.True(k.Offsets.SequenceEqual(g.Graph.Offsets));
        Assert.True(k.Targets.SequenceEqual(g.Graph.Targets));
    }

    [Fact]
    public void String_ids_are_numbered_in_ordinal_order_so_shuffling_lines_changes_nothing()
    {
        LabeledGraph a = EdgeListFormat.Parse("carol bob\nalice bob\nBob dave\n");
        LabeledGraph b = EdgeListFormat.Parse("Bob dave\nalice bob\ncarol bob\n");
        Assert.False(a.Nodes.IsIntegerMode);
        Assert.Equal(["Bob", "alice", "bob", "carol", "dave"], a.Nodes.ToArray());
        Assert.Equal(a.Nodes, b.Nodes);
        Assert.True(a.Graph.Targets.SequenceEqual(b.Graph.Targets));
        Assert.Equal(2, a.Nodes.GetNode("bob"));
        Assert.False(a.Nodes.TryGetNode("eve", out int missing));
        Assert.Equal(-1, missing);
        Assert.Contains("\"eve\"", Assert.Throws<KeyNotFoundException>(() => a.Nodes.GetNode("eve")).Message);
    }

    [Fact]
    public void Quoted_ids_with_escapes_and_mixed_ids_switch_to_string_mode()
    {
        LabeledGraph g = EdgeListFormat.Parse("1 2\n\"a b\" \"say \\\"hi\\\"\\n\"\n-1 2\n");
        Assert.False(g.Nodes.IsIntegerMode);
        Assert.True(g.Nodes.TryGetNode("a b", out _));
        Assert.True(g.Nodes.TryGetNode("say \"hi\"\n", out _));
        Assert.True(g.Nodes.TryGetNode("-1", out _));
        Assert.Equal(5, g.Graph.NodeCount);
    }

    [Fact]
    public void Weighted_lists_and_the_header_are_honoured()
    {
        LabeledGraph g = EdgeListFormat.Parse("# nvc edgelist: nodes=4 directed=true weighted=true ids=integer\n0 1 2.5\n1 0 1e-3\n");
        Assert.True(g.Graph.IsDirected);
        Assert.True(g.Graph.IsWeighted);
        Assert.Equal(4, g.Graph.NodeCount);
        Assert.True(g.Graph.TryGetEdgeWeight(1, 0, out double w));
        Assert.Equal(1e-3, w);
        LabeledGraph forced = EdgeListFormat.Parse("# nvc edgelist: nodes=4 directed=true weighted=true\n0 1 2.5\n", new GraphReadOptions { Directed = false });
        Assert.False(forced.Graph.IsDirected);
        LabeledGraph auto = EdgeListFormat.Parse("0 1 0\n");
        Assert.True(auto.Graph.IsWeighted);
    }

    [Fact]
    public void Parallel_edges_merge_and_self_loops_are_counted_by_default_and_rejected_on_request()
    {
        LabeledGraph g = EdgeListFormat.Parse("0 1\n1 0\n2 2\n");
        Assert.Equal(1, g.Graph.BuildStatistics.MergedParallelEdges);
        Assert.Equal(1, g.Graph.SelfLoopCount);
        Assert.Equal(3, g.Edges.Length);
        var reject = new GraphReadOptions { Build = new GraphBuildOptions { ParallelEdges = ParallelEdgePolicy.Reject } };
        GraphFormatException ex = Fails("0 1\n1 0\n", reject);
        Assert.Contains("occurs more than once", ex.Message);
        LabeledGraph noRecords = EdgeListFormat.Parse("0 1\n", new GraphReadOptions { KeepEdgeRecords = false });
        Assert.False(noRecords.HasEdgeRecords);
    }

    [Theory]
    [InlineData("0 1\n0 1 2\n", 2, "expected 2 columns")]
    [InlineData("0 1 2\n0 1\n", 2, "expected 3 columns")]
    [InlineData("0 1 2 3\n", 1, "found 4")]
    [InlineData("0\n", 1, "found 1")]
    [InlineData("0 1 x\n", 1, "weight \"x\" is not a number")]
    [InlineData("0 1 NaN\n", 1, "is NaN")]
    [InlineData("0 1 Infinity\n", 1, "infinite")]
    [InlineData("0 1 1e400\n", 1, "infinite")]
    [InlineData("0 1 -2\n", 1, "negative")]
    [InlineData("a b\n\"c d\n", 2, "unterminated quoted id")]
    [InlineData("a,,b\n", 1, "empty field")]
    [InlineData("a,b,\n", 1, "empty field after the last comma")]
    [InlineData("\"a\"x b\n", 1, "after a closing quote")]
    [InlineData("a\"b c\n", 1, "a quote inside an unquoted value")]
    [InlineData("\"\\q\" b\n", 1, "unknown escape")]
    [InlineData("# nvc edgelist: nodes=2\n0 1\n0 2\n", 3, "out of range: the header declares nodes=2")]
    [InlineData("# nvc edgelist: nodes=3 ids=string\na b\n", 1, "declares nodes=3 but the file names 2")]
    [InlineData("# nvc edgelist: directed=maybe\n", 1, "allowed: true, false")]
    [InlineData("0 1\n# nvc edgelist: nodes=2\n", 2, "must come before the first edge")]
    [InlineData("# nvc edgelist: ids=integer\n0 x\n", 2, "node id \"x\" is not a non-negative integer")]
    public void Malformed_lines_name_file_line_and_value(string text, int line, string fragment)
    {
        GraphFormatException ex = Fails(text);
        Assert.Equal("<string>", ex.FilePath);
        Assert.Equal(line, ex.LineNumber);
        Assert.Contains(fragment, ex.Message);
        Assert.StartsWith($"<string>:{line}: ", ex.Message);
    }

    [Fact]
    public void Integer_mode_errors_and_the_integer_id_limit()
    {
        GraphFormatException ex = Fails("0 1\n2 -3\n", new GraphReadOptions { IdMode = NodeIdMode.Integer });
        Assert.Equal(2, ex.LineNumber);
        Assert.Contains("\"-3\"", ex.Message);
        ex = Fails("0 1\n2 5000\n", new GraphReadOptions { IdMode = NodeIdMode.Integer, MaxIntegerNodeId = 1000 });
        Assert.Contains("larger than options.MaxIntegerNodeId = 1000", ex.Message);
        LabeledGraph auto = EdgeListFormat.Parse("0 1\n2 99999999999\n");
        Assert.False(auto.Nodes.IsIntegerMode);
        Assert.Equal(4, auto.Graph.NodeCount);
        LabeledGraph forcedString = EdgeListFormat.Parse("0 1\n", new GraphReadOptions { IdMode = NodeIdMode.String });
        Assert.False(forcedString.Nodes.IsIntegerMode);
    }

    [Fact]
    public void Explicit_weight_options_are_enforced()
    {
        Assert.Contains("expected 2 columns", Fails("0 1 3\n", new GraphReadOptions { Weighted = false }).Message);
        Assert.Contains("expected 3 columns", Fails("0 1\n", new GraphReadOptions { Weighted = true }).Message);
    }

    [Fact]
    public void Boms_line_endings_and_long_lines()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF, .. "0 1\r\n1 2\r2 3\n"u8];
        LabeledGraph g = EdgeListFormat.Read(new MemoryStream(bom), "bom.edges");
        Assert.Equal(3, g.Graph.EdgeCount);
        GraphFormatException utf16 = Assert.Throws<GraphFormatException>(() => EdgeListFormat.Read(new MemoryStream([0xFF, 0xFE, (byte)'0', 0]), "u16.edges"));
        Assert.Contains("UTF-16", utf16.Message);
        string longLine = "0 1\n" + new string('7', 5000) + " 1\n";
        GraphFormatException tooLong = Fails(longLine, new GraphReadOptions { MaxLineLength = 1000 });
        Assert.Equal(2, tooLong.LineNumber);
        Assert.Contains("longer than the limit of 1000 bytes", tooLong.Message);
        // The default limit (1 MiB) also holds, reading only a bounded prefix.
        var huge = new MemoryStream(Encoding.ASCII.GetBytes("1 " + new string('2', (1 << 20) + 10)));
        Assert.Equal(1, Assert.Throws<GraphFormatException>(() => EdgeListFormat.Read(huge, "huge.edges")).LineNumber);
        Assert.Contains("not valid UTF-8", Assert.Throws<GraphFormatException>(() => EdgeListFormat.Read(new MemoryStream([(byte)'a', 0xC3, (byte)' ', (byte)'b']), "bad.edges")).Message);
    }

    [Fact]
    public void Options_are_validated_with_their_names()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => EdgeListFormat.Parse("0 1", new GraphReadOptions { MaxLineLength = 3 }));
        Assert.Contains("options.MaxLineLength = 3", ex.Message);
    }

    [Fact]
    public void Writer_emits_the_header_quotes_awkward_ids_and_declares_isolated_string_nodes()
    {
        var labels = NodeLabels.FromSortedIds(["a b", "c", "lonely", ""]);
        var g = LabeledGraph.Create(labels, [new(labels.GetNode("a b"), labels.GetNode("c"), 1.5), new(labels.GetNode(""), labels.GetNode("c"), 2)], directed: false, weighted: true);
        string text = EdgeListFormat.Format(g);
        Assert.Equal("# nvc edgelist: nodes=4 directed=false weighted=true ids=string\n# nvc node: lonely\n\"a b\" c 1.5\n\"\" c 2\n", text);
        string ints = EdgeListFormat.Format(LabeledGraph.FromGraph(Fixtures.TestGraphs.Path(3)));
        Assert.Equal("# nvc edgelist: nodes=3 directed=false weighted=false ids=integer\n0 1\n1 2\n", ints);
    }
}
