using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Tests.Graphs;

public class CsrGraphTests
{
    [Fact]
    public void Undirected_triangle_has_sorted_rows_and_symmetric_arcs()
    {
        var b = new GraphBuilder();
        b.AddEdge(2, 0);
        b.AddEdge(0, 1);
        b.AddEdge(1, 2);
        CsrGraph g = b.Build();
        Assert.Equal(3, g.NodeCount);
        Assert.Equal(3, g.EdgeCount);
        Assert.Equal(6, g.ArcCount);
        Assert.Equal(new[] { 1, 2 }, g.Neighbors(0).ToArray());
        Assert.Equal(new[] { 0, 2 }, g.Neighbors(1).ToArray());
        Assert.Equal(new[] { 0, 1 }, g.Neighbors(2).ToArray());
        Assert.Equal(3.0, g.TotalWeight);
        Assert.Equal(2.0, g.Strength(1));
        Assert.True(g.ContainsEdge(2, 1));
    }

    [Fact]
    public void Parallel_edges_merge_by_summing_weights_and_are_counted()
    {
        var b = new GraphBuilder(weighted: true);
        b.AddEdge(0, 1, 1.5);
        b.AddEdge(1, 0, 2.0);
        b.AddEdge(1, 2, 1.0);
        CsrGraph g = b.Build();
        Assert.Equal(2, g.EdgeCount);
        Assert.Equal(1, g.BuildStatistics.MergedParallelEdges);
        Assert.True(g.TryGetEdgeWeight(1, 0, out double w));
        Assert.Equal(3.5, w);
        Assert.Equal(4.5, g.TotalWeight);
    }

    [Fact]
    public void Parallel_edges_rejected_under_reject_policy()
    {
        var b = new GraphBuilder();
        b.AddEdge(0, 1);
        b.AddEdge(0, 1);
        var ex = Assert.Throws<ArgumentException>(() => b.Build(new GraphBuildOptions { ParallelEdges = ParallelEdgePolicy.Reject }));
        Assert.Contains("0--1", ex.Message);
    }

    [Fact]
    public void Self_loop_is_stored_once_and_counts_twice_in_undirected_strength()
    {
        var b = new GraphBuilder();
        b.AddEdge(0, 0);
        b.AddEdge(0, 1);
        CsrGraph g = b.Build();
        Assert.Equal(2, g.EdgeCount);
        Assert.Equal(1, g.SelfLoopCount);
        Assert.Equal(new[] { 0, 1 }, g.Neighbors(0).ToArray());
        Assert.Equal(3.0, g.Strength(0));
        Assert.Equal(2.0, g.TotalWeight);
    }

    [Fact]
    public void Self_loops_removed_are_counted()
    {
        var b = new GraphBuilder();
        b.AddEdge(0, 0);
        b.AddEdge(0, 1);
        CsrGraph g = b.Build(new GraphBuildOptions { SelfLoops = SelfLoopPolicy.Remove });
        Assert.Equal(1, g.EdgeCount);
        Assert.Equal(1, g.BuildStatistics.RemovedSelfLoops);
        Assert.Equal(0, g.SelfLoopCount);
    }

    [Fact]
    public void Directed_graph_has_in_arcs()
    {
        var b = new GraphBuilder(directed: true);
        b.AddEdge(0, 2);
        b.AddEdge(1, 2);
        b.AddEdge(2, 0);
        CsrGraph g = b.Build();
        Assert.Equal(3, g.EdgeCount);
        Assert.Equal(new[] { 0, 1 }, g.InNeighbors(2).ToArray());
        Assert.Equal(new[] { 2 }, g.InNeighbors(0).ToArray());
        Assert.Equal(2, g.InDegree(2));
        Assert.Equal(1, g.Degree(2));
        Assert.False(g.ContainsEdge(2, 1));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-1.0)]
    public void Bad_weights_are_rejected_with_the_value(double weight)
    {
        var b = new GraphBuilder(weighted: true);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => b.AddEdge(0, 1, weight));
        Assert.Contains("weight", ex.Message);
    }

    [Fact]
    public void Node_out_of_range_names_the_allowed_range()
    {
        var b = new GraphBuilder();
        b.AddEdge(0, 1);
        CsrGraph g = b.Build();
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => g.Neighbors(5));
        Assert.Contains("0..1", ex.Message);
    }
}

public class FixtureTests
{
    [Fact]
    public void Karate_fixture_has_34_nodes_and_78_edges()
    {
        var g = Fixtures.TestGraphs.Karate();
        Assert.Equal(34, g.NodeCount);
        Assert.Equal(78, g.EdgeCount);
        Assert.Equal(34, Fixtures.TestGraphs.KarateFactions().Length);
    }

    [Fact]
    public void Barbell_has_13_edges()
    {
        Assert.Equal(13, Fixtures.TestGraphs.Barbell().EdgeCount);
        Assert.Equal(20, Fixtures.TestGraphs.RingLattice(10, 4).EdgeCount);
    }
}
