using NetworkVsCommunity.IO;

namespace NetworkVsCommunity.Tests.IO;

public sealed class XmlFormatTests
{
    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
          <!ENTITY lol "lol">
          <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
        ]>
        <graphml><graph><node id="&lol9;"/></graph></graphml>
        """;

    private const string Xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE gexf [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <gexf version="1.3"><graph><nodes><node id="&xxe;"/></nodes></graph></gexf>
        """;

    [Fact]
    public void Billion_laughs_is_refused_with_file_and_line()
    {
        GraphFormatException ex = Assert.Throws<GraphFormatException>(() => GraphMLFormat.Parse(BillionLaughs));
        Assert.Equal("<string>", ex.FilePath);
        Assert.True(ex.LineNumber == 2, ex.Message);
        Assert.Contains("billion laughs", ex.Message);
        Assert.Throws<GraphFormatException>(() => GexfFormat.Parse(BillionLaughs));
    }

    [Fact]
    public void External_entities_are_refused_in_both_formats()
    {
        GraphFormatException ex = Assert.Throws<GraphFormatException>(() => GexfFormat.Parse(Xxe));
        Assert.Equal(2, ex.LineNumber);
        Assert.Contains("XXE", ex.Message);
        Assert.Throws<GraphFormatException>(() => GraphMLFormat.Parse(Xxe.Replace("gexf", "graphml")));
    }

    [Fact]
    public void GraphML_reads_keys_defaults_weights_and_direction()
    {
        const string text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="d0" for="node" attr.name="color" attr.type="string"><default>yellow</default></key>
              <key id="d1" for="edge" attr.name="weight" attr.type="double"><default>1.0</default></key>
              <key id="d2" for="node" attr.name="size" attr.type="int"/>
              <key id="d3" for="all" attr.name="flag" attr.type="boolean"/>
              <graph id="G" edgedefault="directed">
                <node id="n0"><data key="d0">green</data><data key="d2">3</data></node>
                <node id="n1"><data key="d3">True</data></node>
                <node id="n2"/>
                <edge source="n0" target="n2"><data key="d1">2.5</data></edge>
                <edge source="n1" target="n2"/>
                <edge source="n2" target="n3"><data key="d3">false</data></edge>
              </graph>
            </graphml>
            """;
        LabeledGraph g = GraphMLFormat.Parse(text);
        Assert.True(g.Graph.IsDirected);
        Assert.True(g.Graph.IsWeighted);
        Assert.Equal(4, g.Graph.NodeCount); // n3 is added by the edge that names it
        int n0 = g.Nodes.GetNode("n0");
        int n1 = g.Nodes.GetNode("n1");
        int n2 = g.Nodes.GetNode("n2");
        Assert.Equal("green", g.FindNodeAttribute("color")![n0]);
        Assert.Equal("yellow", g.FindNodeAttribute("color")![n1]);
        Assert.Equal(3L, g.FindNodeAttribute("size")![n0]);
        Assert.Null(g.FindNodeAttribute("size")![n1]);
        Assert.Equal(true, g.FindNodeAttribute("flag")![n1]);
        Assert.Equal(false, g.FindEdgeAttribute("flag")![2]);
        Assert.True(g.Graph.TryGetEdgeWeight(n0, n2, out double w));
        Assert.Equal(2.5, w);
        Assert.True(g.Graph.TryGetEdgeWeight(n1, n2, out w));
        Assert.Equal(1.0, w);
    }

    [Theory]
    [InlineData("<graphml><graph><node id=\"a\"/><node id=\"a\"/></graph></graphml>", 1, "declared twice")]
    [InlineData("<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/><graph>\n<edge source=\"a\" target=\"b\"><data key=\"w\">NaN</data></edge></graph></graphml>", 2, "is NaN")]
    [InlineData("<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/><graph>\n<edge source=\"a\" target=\"b\"><data key=\"w\">-1</data></edge></graph></graphml>", 2, "negative")]
    [InlineData("<graphml><key id=\"k\" for=\"node\" attr.name=\"n\" attr.type=\"int\"/><graph>\n\n<node id=\"a\"><data key=\"k\">x</data></node></graph></graphml>", 3, "not a valid long")]
    [InlineData("<graphml><graph edgedefault=\"undirected\"><edge source=\"a\" target=\"b\" directed=\"true\"/></graph></graphml>", 1, "mixed graphs")]
    [InlineData("<graphml><graph><hyperedge/></graph></graphml>", 1, "not supported")]
    [InlineData("<graphml><graph><node id=\"a\"><data key=\"nope\">1</data></node></graph></graphml>", 1, "undeclared key")]
    [InlineData("<graphml><graph><node id=\"a\">", 1, "malformed XML")]
    [InlineData("<other/>", 1, "not <graphml>")]
    [InlineData("<graphml/>", 0, "no <graph> element")]
    public void GraphML_errors_name_file_and_line(string text, int line, string fragment)
    {
        GraphFormatException ex = Assert.Throws<GraphFormatException>(() => GraphMLFormat.Parse(text));
        Assert.Equal(line, ex.LineNumber);
        Assert.Contains(fragment, ex.Message);
    }

    [Fact]
    public void Gexf_reads_labels_weights_and_attributes()
    {
        const string text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <graph mode="static" defaultedgetype="undirected">
                <attributes class="node">
                  <attribute id="0" title="dept" type="string"/>
                  <attribute id="1" title="age" type="integer"><default>30</default></attribute>
                </attributes>
                <nodes>
                  <node id="a" label="Alice"><attvalues><attvalue for="0" value="sales"/></attvalues></node>
                  <node id="b" label="Bob"><attvalues><attvalue for="1" value="41"/></attvalues></node>
                </nodes>
                <edges>
                  <edge id="0" source="a" target="b" weight="2.0"/>
                </edges>
              </graph>
            </gexf>
            """;
        LabeledGraph g = GexfFormat.Parse(text);
        Assert.True(g.Graph.IsWeighted);
        Assert.Equal("Alice", g.FindNodeAttribute("label")![g.Nodes.GetNode("a")]);
        Assert.Equal(30L, g.FindNodeAttribute("age")![g.Nodes.GetNode("a")]);
        Assert.Equal(41L, g.FindNodeAttribute("age")![g.Nodes.GetNode("b")]);
        Assert.Equal("sales", g.FindNodeAttribute("dept")![0]);
        Assert.Equal(2.0, g.Graph.TotalWeight);
        string written = GexfFormat.Format(g);
        Assert.Contains("label=\"Alice\"", written);
        GraphGenerators.AssertEquivalent(g, GexfFormat.Parse(written), attributes: true);
    }

    [Theory]
    [InlineData("<gexf><graph><edges>\n<edge source=\"a\" target=\"b\" weight=\"Infinity\"/></edges></graph></gexf>", 2, "infinite")]
    [InlineData("<gexf><graph defaultedgetype=\"directed\"><edges><edge source=\"a\" target=\"b\" type=\"undirected\"/></edges></graph></gexf>", 1, "mixed graphs")]
    [InlineData("<gexf><graph><nodes><node id=\"a\"><attvalues><attvalue for=\"9\" value=\"1\"/></attvalues></node></nodes></graph></gexf>", 1, "undeclared node attribute")]
    [InlineData("<gexf><graph><nodes><node id=\"a\"><nodes><node id=\"b\"/></nodes></node></nodes></graph></gexf>", 1, "nested nodes")]
    public void Gexf_errors_name_file_and_line(string text, int line, string fragment)
    {
        GraphFormatException ex = Assert.Throws<GraphFormatException>(() => GexfFormat.Parse(text));
        Assert.Equal(line, ex.LineNumber);
        Assert.Contains(fragment, ex.Message);
    }

    [Fact]
    public void Integer_ids_0_to_n_minus_1_keep_integer_mode_and_others_sort_ordinally()
    {
        LabeledGraph ints = GraphMLFormat.Parse("<graphml><graph><node id=\"1\"/><node id=\"0\"/><edge source=\"1\" target=\"0\"/></graph></graphml>");
        Assert.True(ints.Nodes.IsIntegerMode);
        LabeledGraph gaps = GraphMLFormat.Parse("<graphml><graph><node id=\"10\"/><node id=\"2\"/></graph></graphml>");
        Assert.False(gaps.Nodes.IsIntegerMode);
        Assert.Equal(["10", "2"], gaps.Nodes.ToArray());
        LabeledGraph forced = GraphMLFormat.Parse("<graphml><graph><node id=\"10\"/><node id=\"2\"/></graph></graphml>", new GraphReadOptions { IdMode = NodeIdMode.Integer });
        Assert.Equal(11, forced.Graph.NodeCount);
    }

    [Fact]
    public void Writers_refuse_characters_xml_cannot_carry()
    {
        var g = LabeledGraph.Create(NetworkVsCommunity.Graphs.NodeLabels.FromIds(["bad\u0001"]), [], false, false);
        Assert.Throws<ArgumentException>(() => GraphMLFormat.Format(g));
    }
}
