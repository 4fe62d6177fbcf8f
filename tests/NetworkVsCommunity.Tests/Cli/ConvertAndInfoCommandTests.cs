using System.Text.Json;
using NetworkVsCommunity.Cli;
using NetworkVsCommunity.IO;
using NetworkVsCommunity.Tests.Fixtures;
using NetworkVsCommunity.Tests.IO;

namespace NetworkVsCommunity.Tests.Cli;

public sealed class ConvertAndInfoCommandTests() : CliRun("nvc-cli-io-")
{
    [Fact]
    public void Info_json_describes_karate()
    {
        var (code, output, error) = Run("info", TestGraphs.DataPath("karate.edges"), "--json");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement r = doc.RootElement;
        Assert.Equal(34, r.GetProperty("nodes").GetInt32());
        Assert.Equal(78, r.GetProperty("edges").GetInt32());
        Assert.False(r.GetProperty("directed").GetBoolean());
        Assert.Equal(1, r.GetProperty("components").GetInt32());
        Assert.Equal(34, r.GetProperty("largest_component").GetInt32());
        Assert.Equal(1, r.GetProperty("degree_min").GetInt32());
        Assert.Equal(17, r.GetProperty("degree_max").GetInt32());
        Assert.Equal(3, r.GetProperty("degree_median").GetDouble());
        Assert.Equal(0.13903743315508021, r.GetProperty("density").GetDouble());
        Assert.Equal(0.2556818181818182, r.GetProperty("transitivity").GetDouble());
        Assert.Equal(0.5706384782076823, r.GetProperty("average_clustering").GetDouble());
        Assert.Equal(0, r.GetProperty("self_loops").GetInt32());
    }

    [Fact]
    public void Info_counts_self_loops_and_merged_parallel_edges_in_text_output()
    {
        string path = Write("multi.edges", "0 1\n1 0\n0 1\n2 2\n3 4\n");
        var (code, output, _) = Run("info", path);
        Assert.Equal(0, code);
        Assert.Contains("merged parallel edges  2", output);
        Assert.Contains("self loops             1", output);
        Assert.Contains("components             3", output);
        Assert.Contains("input edges            5", output);
    }

    [Theory]
    [InlineData("bad.edges", "0 1\n1 x 3\n", ":2: ", "\"1 x 3\"")]
    [InlineData("bad.edges", "0 1 1\n0 2 NaN\n", ":2: ", "NaN")]
    [InlineData("bad.graphml", "<graphml><graph>\n<node id=\"a\"/>\n<node id=\"a\"/></graph></graphml>", ":3: ", "\"a\"")]
    [InlineData("bad.gexf", "<gexf><graph><edges>\n<edge source=\"a\" target=\"b\" weight=\"-1\"/></edges></graph></gexf>", ":2: ", "-1")]
    public void Bad_input_exits_2_with_one_line_naming_file_line_and_value(string name, string text, string line, string value)
    {
        string path = Write(name, text);
        foreach (string[] args in new[] { new[] { "info", path }, ["convert", path, Path.Combine(Dir, "out.graphml")] })
        {
            var (code, output, error) = Run(args);
            Assert.Equal(2, code);
            Assert.Equal("", output);
            string[] lines = error.TrimEnd('\n').Split('\n');
            Assert.Single(lines);
            Assert.StartsWith("nvc: " + path + line, lines[0]);
            Assert.Contains(value, lines[0]);
        }
    }

    [Fact]
    public void Missing_files_and_unknown_extensions_exit_2()
    {
        Assert.Equal(2, Run("info", Path.Combine(Dir, "none.edges")).Code);
        var (code, _, error) = Run("convert", TestGraphs.DataPath("karate.edges"), Path.Combine(Dir, "out.xyz"));
        Assert.Equal(2, code);
        Assert.Contains(".graphml", error);
    }

    [Fact]
    public void Convert_keeps_ids_edges_and_attributes_across_formats()
    {
        string graphml = Write("in.graphml", """
            <graphml>
              <key id="d" for="node" attr.name="dept" attr.type="string"/>
              <key id="w" for="edge" attr.name="weight" attr.type="double"/>
              <graph edgedefault="directed">
                <node id="ann"><data key="d">sales</data></node>
                <node id="bob"/>
                <edge source="ann" target="bob"><data key="w">2.5</data></edge>
                <edge source="bob" target="ann"/>
              </graph>
            </graphml>
            """);
        LabeledGraph original = GraphFile.Load(graphml);
        string gexf = Path.Combine(Dir, "out.gexf");
        var (code, output, _) = Run("convert", graphml, gexf);
        Assert.Equal(0, code);
        Assert.Contains("2 nodes, 2 edges, 1 node attributes", output);
        GraphGenerators.AssertEquivalent(original, GraphFile.Load(gexf), attributes: true);
        string edges = Path.Combine(Dir, "out.edges");
        var (code2, _, error2) = Run("convert", gexf, edges);
        Assert.Equal(0, code2);
        Assert.Contains("attributes were not written", error2);
        var (code3, json, _) = Run("convert", gexf, Path.Combine(Dir, "again.graphml"), "--json");
        Assert.Equal(0, code3);
        Assert.Equal(2, JsonDocument.Parse(json).RootElement.GetProperty("edges").GetInt32());
        LabeledGraph back = GraphFile.Load(edges);
        GraphGenerators.AssertEquivalent(original, back, attributes: false);
        Assert.True(back.Graph.IsDirected);
        // Integer ids stay integers.
        string karate = Path.Combine(Dir, "karate.graphml");
        Assert.Equal(0, Run("convert", TestGraphs.DataPath("karate.edges"), karate).Code);
        LabeledGraph k = GraphFile.Load(karate);
        Assert.True(k.Nodes.IsIntegerMode);
        Assert.True(TestGraphs.Karate().Targets.SequenceEqual(k.Graph.Targets));
    }
}
