using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.PublicApi.Tests;

public class GraphSurfaceTests
{
    [Fact]
    public void A_user_builds_a_graph_and_reads_neighbours()
    {
        var builder = new GraphBuilder(weighted: true);
        builder.AddEdge(0, 1, 2.0);
        builder.AddEdge(1, 2, 1.0);
        CsrGraph graph = builder.Build();
        Assert.Equal("undirected weighted graph: 3 nodes, 2 edges", graph.ToString());
        Assert.Equal(3.0, graph.Strength(1));
    }
}
