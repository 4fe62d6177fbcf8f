using NetworkVsCommunity.Algorithms.Structure;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.IO;
using NetworkVsCommunity.QuikGraph;

namespace NetworkVsCommunity.PublicApi.Tests;

public class FileSurfaceTests
{
    [Fact]
    public void A_user_saves_and_loads_a_graph_by_id_and_asks_structural_questions()
    {
        string dir = Directory.CreateTempSubdirectory("nvc-api-").FullName;
        try
        {
            NodeLabels people = NodeLabels.FromSortedIds(["ann", "bob", "cy", "dee"]);
            var team = AttributeColumn.Create("team", AttributeType.String, ["red", "red", "blue", null]);
            LabeledGraph org = LabeledGraph.Create(people,
                [new(people.GetNode("ann"), people.GetNode("bob"), 1), new(people.GetNode("bob"), people.GetNode("cy"), 1), new(people.GetNode("cy"), people.GetNode("ann"), 1)],
                directed: false, weighted: false, [team]);
            string path = Path.Combine(dir, "org.graphml");
            GraphFile.Save(org, path);
            LabeledGraph back = GraphFile.Load(path);
            int dee = back.Nodes.GetNode("dee");
            Assert.Null(back.FindNodeAttribute("team")![dee]);
            Assert.Equal(2, Components.ConnectedComponents(back.Graph).Count);
            Assert.Equal(1.0, Clustering.AverageClustering(back.Graph).Transitivity);
            Assert.Equal(-1, Traversal.BreadthFirstDistances(back.Graph, dee).Distances[back.Nodes.GetNode("ann")]);
            var quik = back.Graph.ToQuikGraphUndirected(new VertexMap<string>(back.Nodes.ToArray()));
            Assert.Equal(3, quik.EdgeCount);
            var error = Assert.Throws<GraphFormatException>(() => EdgeListFormat.Parse("a b\nc\n"));
            Assert.Equal(2, error.LineNumber);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
