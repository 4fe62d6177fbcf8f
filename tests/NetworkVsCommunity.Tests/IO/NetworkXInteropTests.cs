using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity.Tests.IO;

/// <summary>
/// Files we write load in NetworkX (<c>read_graphml</c>, <c>read_gexf</c>) with the same nodes, edges and attributes, and a
/// GraphML written by NetworkX loads in ours. Skipped, with a visible message, where /usr/bin/python3 or networkx is missing.
/// </summary>
public sealed class NetworkXInteropTests
{
    private const string Python = "/usr/bin/python3";

    private const string DumpScript = """
        import sys, json, networkx as nx
        path, kind = sys.argv[1], sys.argv[2]
        if kind == "graphml":
            G = nx.read_graphml(path)
        elif kind == "gexf13":
            # NetworkX knows only the 1.1draft/1.2draft namespaces: register the 1.3 one (same structure for what we write).
            from networkx.readwrite.gexf import GEXF
            d = dict(GEXF.versions["1.2draft"])
            d.update(NS_GEXF="http://gexf.net/1.3", NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3")
            GEXF.versions["1.3"] = d
            G = nx.read_gexf(path, version="1.3")
        else:
            G = nx.read_gexf(path)
        def enc(v):
            if isinstance(v, bool): return ["bool", "true" if v else "false"]
            if isinstance(v, int): return ["long", str(v)]
            if isinstance(v, float): return ["double", repr(v)]
            return ["string", str(v)]
        out = {"directed": G.is_directed(),
               "nodes": {str(n): {k: enc(v) for k, v in d.items() if not (k == "label" and v is None)} for n, d in G.nodes(data=True)},
               "edges": [[str(u), str(v), {k: enc(x) for k, x in d.items() if k != "id"}] for u, v, d in G.edges(data=True)]}
        json.dump(out, sys.stdout)
        """;

    private const string WriteScript = """
        import sys, networkx as nx
        G = nx.DiGraph()
        G.add_node("ann", dept="sales", age=41, score=0.75, lead=True)
        G.add_node("bo b", dept="r&d, \"core\"", age=29)
        G.add_node("čaj")
        G.add_edge("ann", "bo b", weight=2.5, kind="friend")
        G.add_edge("bo b", "čaj", weight=0.5, kind="colleague")
        G.add_edge("čaj", "ann", weight=1.0)
        nx.write_graphml(G, sys.argv[1])
        """;

    private static string? Run(params string[] args)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("python3 did not finish in 60 s");
        }
        Assert.True(process.ExitCode == 0, $"python3 failed: {stderr.Result}");
        return stdout.Result;
    }

    private static readonly Lazy<string?> MissingReason = new(() =>
    {
        if (!File.Exists(Python))
        {
            return $"NetworkX interop skipped: {Python} is not installed (apt-get install python3-networkx).";
        }
        var start = new ProcessStartInfo(Python, ["-c", "import networkx"]) { RedirectStandardError = true, UseShellExecute = false };
        using Process process = Process.Start(start)!;
        process.WaitForExit(30_000);
        return process.ExitCode == 0 ? null : "NetworkX interop skipped: python3-networkx is not installed (apt-get install python3-networkx).";
    });

    private static void SkipWithoutNetworkX() => Skip.If(MissingReason.Value is not null, MissingReason.Value);

    private static LabeledGraph Sample(bool directed)
    {
        var labels = NodeLabels.FromSortedIds(["ann", "bo b", "čaj", "d,\"q\"", "0", "lonely ü"]);
        int N(string id) => labels.GetNode(id);
        var dept = AttributeColumn.Create("dept", AttributeType.String, ["sales", "", null, "r&d, \"core\"\nline2", "x", "日本"]);
        var age = AttributeColumn.Create("age", AttributeType.Long, [41L, null, -7L, 0L, long.MaxValue, 3L]);
        var score = AttributeColumn.Create("score", AttributeType.Double, [0.75, 1e-300, null, -2.5, 1e300, 0.1]);
        var lead = AttributeColumn.Create("lead", AttributeType.Bool, [true, false, null, true, false, null]);
        EdgeRecord[] edges = [new(N("ann"), N("bo b"), 2.5), new(N("bo b"), N("čaj"), 0.5), new(N("d,\"q\""), N("0"), 1), new(N("0"), N("0"), 4)];
        var kind = AttributeColumn.Create("kind", AttributeType.String, ["friend", "colleague", null, "self"]);
        var since = AttributeColumn.Create("since", AttributeType.Long, [2019L, null, 2024L, 1L]);
        return LabeledGraph.Create(labels, edges, directed, weighted: true, [dept, age, score, lead], [kind, since]);
    }

    private static void AssertSameAsNetworkX(LabeledGraph g, string json, bool emptyStringsDropped)
    {
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement root = doc.RootElement;
        Assert.Equal(g.Graph.IsDirected, root.GetProperty("directed").GetBoolean());
        JsonElement nodes = root.GetProperty("nodes");
        Assert.Equal(g.Graph.NodeCount, nodes.EnumerateObject().Count());
        for (int v = 0; v < g.Graph.NodeCount; v++)
        {
            JsonElement data = nodes.GetProperty(g.Nodes[v]);
            int present = 0;
            foreach (AttributeColumn column in g.NodeAttributes)
            {
                if (column[v] is null || (emptyStringsDropped && column[v] is ""))
                {
                    // NetworkX's GraphML reader drops empty <data> elements (ElementTree reports no text): a NetworkX limitation.
                    Assert.False(data.TryGetProperty(column.Name, out _), $"node {g.Nodes[v]}: {column.Name} should be missing");
                    continue;
                }
                present++;
                AssertValue(column.Type, column[v]!, data.GetProperty(column.Name), $"node {g.Nodes[v]} {column.Name}");
            }
            Assert.Equal(present, data.EnumerateObject().Count());
        }
        var expected = new List<string>();
        for (int e = 0; e < g.Edges.Length; e++)
        {
            expected.Add(EdgeKey(g.Graph.IsDirected, g.Nodes[g.Edges[e].Source], g.Nodes[g.Edges[e].Target]));
        }
        var actual = root.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(g.Edges.Length, actual.Count);
        foreach (JsonElement edge in actual)
        {
            string u = edge[0].GetString()!;
            string w = edge[1].GetString()!;
            int e = expected.IndexOf(EdgeKey(g.Graph.IsDirected, u, w));
            Assert.True(e >= 0, $"NetworkX has an edge {u} -> {w} that we did not write");
            expected[e] = "";
            JsonElement data = edge[2];
            AssertValue(AttributeType.Double, g.Edges[e].Weight, data.GetProperty("weight"), $"edge {e} weight");
            int present = 1;
            foreach (AttributeColumn column in g.EdgeAttributes)
            {
                if (column[e] is null)
                {
                    Assert.False(data.TryGetProperty(column.Name, out _));
                    continue;
                }
                present++;
                AssertValue(column.Type, column[e]!, data.GetProperty(column.Name), $"edge {e} {column.Name}");
            }
            Assert.Equal(present, data.EnumerateObject().Count());
        }
    }

    private static string EdgeKey(bool directed, string u, string v) =>
        directed || string.CompareOrdinal(u, v) <= 0 ? u + "\u0001" + v : v + "\u0001" + u;

    private static void AssertValue(AttributeType type, object expected, JsonElement actual, string where)
    {
        string pyType = actual[0].GetString()!;
        string text = actual[1].GetString()!;
        switch (type)
        {
            case AttributeType.Double:
                Assert.Equal("double", pyType);
                Assert.True(XmlGraphAssembler.TryParseDouble(text, out double d), where);
                Assert.Equal((double)expected, d);
                break;
            case AttributeType.Long:
                Assert.Equal("long", pyType);
                Assert.Equal((long)expected, long.Parse(text, CultureInfo.InvariantCulture));
                break;
            case AttributeType.Bool:
                Assert.Equal("bool", pyType);
                Assert.Equal((bool)expected ? "true" : "false", text);
                break;
            default:
                Assert.Equal("string", pyType);
                Assert.Equal((string)expected, text);
                break;
        }
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void NetworkX_reads_our_GraphML_with_the_same_nodes_edges_and_attributes(bool directed)
    {
        SkipWithoutNetworkX();
        LabeledGraph g = Sample(directed);
        string path = Path.Combine(Path.GetTempPath(), $"nvc-interop-{Guid.NewGuid():N}.graphml");
        try
        {
            GraphMLFormat.Write(g, path);
            AssertSameAsNetworkX(g, Run("-c", DumpScript, path, "graphml")!, emptyStringsDropped: true);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SkippableTheory]
    [InlineData(false, GexfVersion.V1_3)]
    [InlineData(true, GexfVersion.V1_3)]
    [InlineData(false, GexfVersion.V1_2Draft)]
    public void NetworkX_reads_our_GEXF_with_the_same_nodes_edges_and_attributes(bool directed, GexfVersion version)
    {
        SkipWithoutNetworkX();
        LabeledGraph g = Sample(directed);
        string path = Path.Combine(Path.GetTempPath(), $"nvc-interop-{Guid.NewGuid():N}.gexf");
        try
        {
            GexfFormat.Write(g, path, version);
            AssertSameAsNetworkX(g, Run("-c", DumpScript, path, version == GexfVersion.V1_3 ? "gexf13" : "gexf")!, emptyStringsDropped: false);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SkippableFact]
    public void We_read_GraphML_written_by_NetworkX()
    {
        SkipWithoutNetworkX();
        string path = Path.Combine(Path.GetTempPath(), $"nvc-interop-{Guid.NewGuid():N}.graphml");
        try
        {
            Run("-c", WriteScript, path);
            LabeledGraph g = GraphMLFormat.Read(path);
            Assert.True(g.Graph.IsDirected);
            Assert.True(g.Graph.IsWeighted);
            Assert.Equal(["ann", "bo b", "čaj"], g.Nodes.ToArray());
            Assert.Equal(3, g.Graph.EdgeCount);
            int ann = g.Nodes.GetNode("ann");
            int bob = g.Nodes.GetNode("bo b");
            int caj = g.Nodes.GetNode("čaj");
            Assert.Equal("sales", g.FindNodeAttribute("dept")![ann]);
            Assert.Equal("r&d, \"core\"", g.FindNodeAttribute("dept")![bob]);
            Assert.Null(g.FindNodeAttribute("dept")![caj]);
            Assert.Equal(41L, g.FindNodeAttribute("age")![ann]);
            Assert.Equal(0.75, g.FindNodeAttribute("score")![ann]);
            Assert.Equal(true, g.FindNodeAttribute("lead")![ann]);
            Assert.True(g.Graph.TryGetEdgeWeight(ann, bob, out double w));
            Assert.Equal(2.5, w);
            Assert.True(g.Graph.TryGetEdgeWeight(caj, ann, out w));
            Assert.Equal(1.0, w);
            Assert.Equal("colleague", g.FindEdgeAttribute("kind")![1]);
            Assert.Null(g.FindEdgeAttribute("kind")![2]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SkippableFact]
    public void NetworkX_reads_the_GEXF_that_nvc_convert_writes_by_default()
    {
        SkipWithoutNetworkX();
        string path = Path.Combine(Path.GetTempPath(), $"nvc-interop-{Guid.NewGuid():N}.gexf");
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            Assert.Equal(0, NetworkVsCommunity.Cli.CliApp.Run(["convert", Fixtures.TestGraphs.DataPath("karate.edges"), path], output, error));
            Assert.Contains("1.2draft", File.ReadAllText(path));
            string counts = Run("-c", "import sys, networkx as nx; G = nx.read_gexf(sys.argv[1]); print(G.number_of_nodes(), G.number_of_edges())", path)!;
            Assert.Equal("34 78", counts.Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
