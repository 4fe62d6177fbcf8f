using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.QuikGraph;
using NetworkVsCommunity.Tests.Fixtures;
using QG = global::QuikGraph;

namespace NetworkVsCommunity.Tests.QuikGraph;

public sealed class QuikGraphConversionTests
{
    [Fact]
    public void Undirected_graph_with_weights_keeps_enumeration_order_and_merges_parallel_edges()
    {
        var q = new QG.UndirectedGraph<string, QG.TaggedEdge<string, double>>(allowParallelEdges: true);
        q.AddVertexRange(["carol", "alice", "bob", "lonely"]);
        q.AddEdge(new QG.TaggedEdge<string, double>("alice", "bob", 2.0));
        q.AddEdge(new QG.TaggedEdge<string, double>("bob", "alice", 0.5));
        q.AddEdge(new QG.TaggedEdge<string, double>("carol", "bob", 1.0));
        ImportedGraph<string> r = q.ToCsrGraph(e => e.Tag);
        Assert.Equal(["carol", "alice", "bob", "lonely"], r.Vertices);
        CsrGraph g = r.Graph;
        Assert.False(g.IsDirected);
        Assert.Equal(2, g.EdgeCount);
        Assert.Equal(1, g.BuildStatistics.MergedParallelEdges);
        Assert.True(g.TryGetEdgeWeight(r.Vertices.GetNode("alice"), r.Vertices.GetNode("bob"), out double w));
        Assert.Equal(2.5, w);
        Assert.Equal(0, g.Degree(r.Vertices.GetNode("lonely")));
        ImportedGraph<string> sorted = q.ToCsrGraph(e => e.Tag, StringComparer.Ordinal);
        Assert.Equal(["alice", "bob", "carol", "lonely"], sorted.Vertices);
        Assert.Throws<KeyNotFoundException>(() => r.Vertices.GetNode("eve"));
    }

    [Fact]
    public void Directed_adjacency_graph_converts_with_direction_and_without_weights()
    {
        var q = new QG.AdjacencyGraph<int, QG.Edge<int>>();
        q.AddVerticesAndEdge(new QG.Edge<int>(10, 20));
        q.AddVerticesAndEdge(new QG.Edge<int>(20, 30));
        q.AddVerticesAndEdge(new QG.Edge<int>(30, 30));
        ImportedGraph<int> r = q.ToCsrGraph();
        Assert.True(r.Graph.IsDirected);
        Assert.False(r.Graph.IsWeighted);
        Assert.Equal(3, r.Graph.EdgeCount);
        Assert.Equal(1, r.Graph.SelfLoopCount);
        Assert.True(r.Graph.ContainsEdge(r.Vertices.GetNode(10), r.Vertices.GetNode(20)));
        Assert.False(r.Graph.ContainsEdge(r.Vertices.GetNode(20), r.Vertices.GetNode(10)));
        var bad = new QG.BidirectionalGraph<int, QG.TaggedEdge<int, double>>();
        bad.AddVerticesAndEdge(new QG.TaggedEdge<int, double>(0, 1, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => bad.ToCsrGraph(e => e.Tag));
    }

    [Fact]
    public void Back_to_quikgraph_with_and_without_labels()
    {
        CsrGraph karate = TestGraphs.Karate();
        var undirected = karate.ToQuikGraphUndirected();
        Assert.Equal(34, undirected.VertexCount);
        Assert.Equal(78, undirected.EdgeCount);
        Assert.All(undirected.Edges, e => Assert.True(e.Source <= e.Target));
        var bidirectional = karate.ToQuikGraphBidirectional();
        Assert.Equal(156, bidirectional.EdgeCount);
        Assert.Throws<ArgumentException>(() => TestGraphs.Path(3, directed: true).ToQuikGraphUndirected());

        var map = new VertexMap<string>(["a", "b", "c"]);
        CsrGraph weighted = TestGraphs.FromWeightedEdges(3, [(0, 1, 2.5), (2, 1, 1.0)], directed: true);
        var labelled = weighted.ToQuikGraphBidirectional(map);
        Assert.True(labelled.TryGetEdge("a", "b", out var edge));
        Assert.Equal(2.5, edge.Tag);
        Assert.Equal(1, labelled.InDegree("a") + labelled.OutDegree("c"));
        Assert.Throws<ArgumentException>(() => weighted.ToQuikGraphBidirectional(new VertexMap<string>(["a"])));
        Assert.Throws<ArgumentException>(() => new VertexMap<string>(["a", "a"]));
    }

    [Property(MaxTest = 100)]
    public Property Round_trip_through_quikgraph_gives_the_same_csr_graph() =>
        Prop.ForAll(
            (from n in Gen.Choose(0, 15)
             from m in Gen.Choose(0, n == 0 ? 0 : 40)
             from ends in Gen.ArrayOf(Gen.Choose(0, Math.Max(0, n - 1)), 2 * m)
             from weights in Gen.ArrayOf(Gen.Choose(0, 8), m)
             from directed in Gen.Elements(false, true)
             select (n, ends, weights, directed)).ToArbitrary(),
            c =>
            {
                CsrGraph g = TestGraphs.FromWeightedEdges(c.n, Enumerable.Range(0, c.weights.Length).Select(i => (c.ends[2 * i], c.ends[(2 * i) + 1], c.weights[i] / 4.0)), c.directed);
                CsrGraph back = c.directed
                    ? g.ToQuikGraphBidirectional().ToCsrGraph(e => e.Tag).Graph
                    : g.ToQuikGraphUndirected().ToCsrGraph(e => e.Tag).Graph;
                Assert.Equal(g.IsDirected, back.IsDirected);
                Assert.True(g.Offsets.SequenceEqual(back.Offsets));
                Assert.True(g.Targets.SequenceEqual(back.Targets));
                Assert.True(g.Weights.SequenceEqual(back.Weights));
            });
}
