using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity.Tests.IO;

/// <summary>parse(write(g)) == g for every writer→reader pair, over random graphs with hostile ids and values (FsCheck).</summary>
public sealed class RoundTripTests
{
    private static LabeledGraph ViaStream(LabeledGraph graph, Action<LabeledGraph, Stream> write, Func<Stream, LabeledGraph> read)
    {
        using var stream = new MemoryStream();
        write(graph, stream);
        stream.Position = 0;
        return read(stream);
    }

    [Property(MaxTest = 150)]
    public Property EdgeList_round_trip_keeps_nodes_edges_weights_and_records() =>
        Prop.ForAll(GraphGenerators.LabeledGraphs(attributes: false).ToArbitrary(), g =>
        {
            LabeledGraph back = ViaStream(g, EdgeListFormat.Write, s => EdgeListFormat.Read(s, "mem.edges"));
            GraphGenerators.AssertEquivalent(g, back, attributes: false);
            Assert.Equal(g.Nodes, back.Nodes);
        });

    [Property(MaxTest = 150)]
    public Property GraphML_round_trip_keeps_everything() =>
        Prop.ForAll(GraphGenerators.LabeledGraphs(attributes: true).ToArbitrary(), g =>
        {
            LabeledGraph back = ViaStream(g, GraphMLFormat.Write, s => GraphMLFormat.Read(s, "mem.graphml"));
            GraphGenerators.AssertEquivalent(g, back, attributes: true);
            Assert.Equal(g.Nodes, back.Nodes);
        });

    [Property(MaxTest = 150)]
    public Property Gexf_round_trip_keeps_everything() =>
        Prop.ForAll(GraphGenerators.LabeledGraphs(attributes: true).ToArbitrary(), g =>
        {
            LabeledGraph back = ViaStream(g, (x, s) => GexfFormat.Write(x, s), s => GexfFormat.Read(s, "mem.gexf"));
            // GEXF has no graph-level weight declaration: a weighted graph without edges reads back unweighted (documented).
            GraphGenerators.AssertEquivalent(g, back, attributes: true, weightedWithoutEdges: false);
            Assert.Equal(g.Nodes, back.Nodes);
        });

    [Property(MaxTest = 60)]
    public Property Gexf_1_2draft_round_trip_keeps_everything() =>
        Prop.ForAll(GraphGenerators.LabeledGraphs(attributes: true).ToArbitrary(), g =>
        {
            LabeledGraph back = ViaStream(g, (x, s) => GexfFormat.Write(x, s, GexfVersion.V1_2Draft), s => GexfFormat.Read(s, "mem.gexf"));
            // GEXF has no graph-level weight declaration: a weighted graph without edges reads back unweighted (documented).
            GraphGenerators.AssertEquivalent(g, back, attributes: true, weightedWithoutEdges: false);
        });

    [Fact]
    public void Edge_list_ids_with_control_characters_and_lone_surrogates_round_trip()
    {
        var labels = NodeLabels.FromSortedIds(["\u0001ctl", "\uD800lone", "ok", "\0nul", "pair \uD83D\uDE00"]);
        var g = LabeledGraph.Create(labels, [new(0, 1, 1), new(2, 3, 1), new(4, 0, 1)], directed: true, weighted: false);
        LabeledGraph back = EdgeListFormat.Parse(EdgeListFormat.Format(g));
        GraphGenerators.AssertEquivalent(g, back, attributes: false);
        Assert.Equal(g.Nodes, back.Nodes);
    }

    [Fact]
    public void Files_round_trip_through_GraphFile_by_extension()
    {
        string dir = Directory.CreateTempSubdirectory("nvc-io-").FullName;
        try
        {
            var labels = NodeLabels.FromSortedIds(["alice", "bob", "carol", "dave"]);
            var dept = AttributeColumn.Create("department", AttributeType.String, ["sales", "", null, "r&d"]);
            var kind = AttributeColumn.Create("kind", AttributeType.String, ["friend", "colleague", "friend"]);
            var g = LabeledGraph.Create(labels, [new(0, 1, 2.5), new(1, 2, 1), new(0, 1, 0.5)], directed: false, weighted: true, [dept], [kind]);
            foreach (string ext in new[] { ".graphml", ".gexf" })
            {
                string path = Path.Combine(dir, "g" + ext);
                GraphFile.Save(g, path);
                GraphGenerators.AssertEquivalent(g, GraphFile.Load(path), attributes: true);
            }
            foreach (string ext in new[] { ".edges", ".edgelist", ".txt", ".tsv" })
            {
                string path = Path.Combine(dir, "g" + ext);
                GraphFile.Save(g, path);
                LabeledGraph back = GraphFile.Load(path);
                GraphGenerators.AssertEquivalent(g, back, attributes: false);
                Assert.Equal(1, back.Graph.BuildStatistics.MergedParallelEdges);
                Assert.True(back.Graph.TryGetEdgeWeight(back.Nodes.GetNode("alice"), back.Nodes.GetNode("bob"), out double w));
                Assert.Equal(3.0, w);
                Assert.Equal(0, back.Graph.Degree(back.Nodes.GetNode("dave")));
            }
            Assert.Throws<ArgumentException>(() => GraphFile.Load(Path.Combine(dir, "g.xyz")));
            Assert.Throws<FileNotFoundException>(() => GraphFile.Load(Path.Combine(dir, "missing.edges")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
