using System.Globalization;
using System.Text;
using System.Xml;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.IO;

/// <summary>Reads and writes GraphML (<see href="http://graphml.graphdrawing.org/"/>): nodes, edges, typed node and edge attributes.</summary>
/// <remarks>
/// <para><b>Reading.</b> Keys (<c>&lt;key for="node|edge|all" attr.name attr.type&gt;</c> with an optional
/// <c>&lt;default&gt;</c>) become typed attribute columns: <c>string</c>; <c>double</c>/<c>float</c> → <see cref="AttributeType.Double"/>;
/// <c>int</c>/<c>long</c> → <see cref="AttributeType.Long"/>; <c>boolean</c> → <see cref="AttributeType.Bool"/>. An edge key named
/// <c>weight</c> with a numeric type is the edge weight (unless <see cref="GraphReadOptions.Weighted"/> is false; a
/// missing weight is the key's default, else 1). <c>edgedefault</c> gives the direction; an edge whose
/// <c>directed</c> attribute disagrees is an error (mixed graphs are not supported), as are hyperedges, ports and nested
/// graphs. An edge to an undeclared node adds that node (as NetworkX does); a node declared twice is an error.
/// Graph-level <c>&lt;data&gt;</c> and <c>&lt;desc&gt;</c> are skipped. Element and attribute names are matched by local name.</para>
/// <para><b>Safety.</b> The XML reader prohibits DTDs and resolves nothing (<see cref="DtdProcessing.Prohibit"/>, no resolver), so
/// entity expansion (billion laughs) and external entities (XXE) are refused with a <see cref="GraphFormatException"/>
/// naming the file and line, as is any malformed XML or value.</para>
/// <para><b>Writing.</b> Keys <c>n0, n1, ...</c> for node attributes, <c>e0, ...</c> for edge attributes and <c>weight</c> for the
/// weight of a weighted graph; nodes in node order; the edge records in file order (or the CSR edges). Missing values are
/// omitted; empty strings are written as empty elements. Strings must consist of valid XML characters.</para>
/// </remarks>
public static class GraphMLFormat
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>Reads a GraphML file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Reader options; <see cref="GraphReadOptions.Default"/> when null.</param>
    /// <returns>The graph with ids, attributes and edge records.</returns>
    /// <exception cref="GraphFormatException">The file is malformed, uses a DTD, or has an invalid value.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static LabeledGraph Read(string path, GraphReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Read(stream, path, options);
    }

    /// <summary>Reads GraphML from a stream.</summary>
    /// <param name="stream">The XML.</param>
    /// <param name="sourceName">The name used in error messages.</param>
    /// <param name="options">Reader options.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="GraphFormatException">The input is malformed.</exception>
    public static LabeledGraph Read(Stream stream, string sourceName, GraphReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= GraphReadOptions.Default;
        options.Validate();
        return XmlGraphAssembler.ReadSafely(stream, sourceName, reader => new Parser(reader, sourceName, options).Parse());
    }

    /// <summary>Parses GraphML text.</summary>
    /// <param name="text">The XML text.</param>
    /// <param name="options">Reader options.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="GraphFormatException">The text is malformed (source name <c>&lt;string&gt;</c>).</exception>
    public static LabeledGraph Parse(string text, GraphReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var stream = new MemoryStream(new UTF8Encoding(false).GetBytes(text));
        return Read(stream, "<string>", options);
    }

    /// <summary>Writes a GraphML file (UTF-8).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="path">The file (replaced only once completely written: an error leaves any old file as it was).</param>
    /// <exception cref="ArgumentException">A string holds a character that XML cannot carry, or an edge attribute is named <c>weight</c> in a weighted graph.</exception>
    public static void Write(LabeledGraph graph, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        AtomicFile.Write(path, stream => Write(graph, stream));
    }

    /// <summary>Writes GraphML to a stream (left open).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="stream">The destination.</param>
    /// <exception cref="ArgumentException">A string holds a character that XML cannot carry, or an edge attribute is named <c>weight</c> in a weighted graph.</exception>
    public static void Write(LabeledGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        CsrGraph g = graph.Graph;
        if (g.IsWeighted && graph.FindEdgeAttribute("weight") is not null)
        {
            throw new ArgumentException("The graph is weighted and also has an edge attribute named \"weight\"; GraphML would mix them up. Rename the attribute.", nameof(graph));
        }
        using XmlWriter w = XmlWriter.Create(stream, XmlSettings());
        w.WriteStartDocument();
        w.WriteStartElement("graphml", Namespace);
        w.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        w.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
            "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        for (int c = 0; c < graph.NodeAttributes.Length; c++)
        {
            WriteKey(w, "n" + c.ToString(CultureInfo.InvariantCulture), "node", graph.NodeAttributes[c]);
        }
        for (int c = 0; c < graph.EdgeAttributes.Length; c++)
        {
            WriteKey(w, "e" + c.ToString(CultureInfo.InvariantCulture), "edge", graph.EdgeAttributes[c]);
        }
        if (g.IsWeighted)
        {
            w.WriteStartElement("key", Namespace);
            w.WriteAttributeString("id", "weight");
            w.WriteAttributeString("for", "edge");
            w.WriteAttributeString("attr.name", "weight");
            w.WriteAttributeString("attr.type", "double");
            w.WriteEndElement();
        }
        w.WriteStartElement("graph", Namespace);
        w.WriteAttributeString("edgedefault", g.IsDirected ? "directed" : "undirected");
        for (int v = 0; v < g.NodeCount; v++)
        {
            w.WriteStartElement("node", Namespace);
            w.WriteAttributeString("id", graph.Nodes[v]);
            for (int c = 0; c < graph.NodeAttributes.Length; c++)
            {
                WriteData(w, "n" + c.ToString(CultureInfo.InvariantCulture), graph.NodeAttributes[c][v]);
            }
            w.WriteEndElement();
        }
        EdgeRecord[] edges = graph.EdgesForWriting();
        bool hasColumns = graph.HasEdgeRecords;
        for (int e = 0; e < edges.Length; e++)
        {
            w.WriteStartElement("edge", Namespace);
            w.WriteAttributeString("source", graph.Nodes[edges[e].Source]);
            w.WriteAttributeString("target", graph.Nodes[edges[e].Target]);
            if (hasColumns)
            {
                for (int c = 0; c < graph.EdgeAttributes.Length; c++)
                {
                    WriteData(w, "e" + c.ToString(CultureInfo.InvariantCulture), graph.EdgeAttributes[c][e]);
                }
            }
            if (g.IsWeighted)
            {
                WriteData(w, "weight", edges[e].Weight);
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    /// <summary>Formats a graph as GraphML text.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The XML text.</returns>
    public static string Format(LabeledGraph graph)
    {
        using var stream = new MemoryStream();
        Write(graph, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    internal static XmlWriterSettings XmlSettings() => new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        CheckCharacters = true,
        CloseOutput = false,
    };

    private static string TypeName(AttributeType type) => type switch
    {
        AttributeType.String => "string",
        AttributeType.Double => "double",
        AttributeType.Long => "long",
        _ => "boolean",
    };

    private static void WriteKey(XmlWriter w, string id, string domain, AttributeColumn column)
    {
        w.WriteStartElement("key", Namespace);
        w.WriteAttributeString("id", id);
        w.WriteAttributeString("for", domain);
        w.WriteAttributeString("attr.name", column.Name);
        w.WriteAttributeString("attr.type", TypeName(column.Type));
        w.WriteEndElement();
    }

    private static void WriteData(XmlWriter w, string key, object? value)
    {
        if (value is null)
        {
            return;
        }
        w.WriteStartElement("data", Namespace);
        w.WriteAttributeString("key", key);
        w.WriteString(XmlGraphAssembler.FormatValue(value));
        w.WriteFullEndElement();
    }

    private sealed class Key(string domain, XmlGraphAssembler.Column? nodeColumn, XmlGraphAssembler.Column? edgeColumn, bool isWeight, double weightDefault)
    {
        public string Domain { get; } = domain;

        public XmlGraphAssembler.Column? NodeColumn { get; } = nodeColumn;

        public XmlGraphAssembler.Column? EdgeColumn { get; } = edgeColumn;

        public bool IsWeight { get; } = isWeight;

        public double WeightDefault { get; } = weightDefault;
    }

    private sealed class Parser(XmlReader reader, string source, GraphReadOptions options)
    {
        private readonly XmlGraphAssembler _graph = new(source, options);
        private readonly Dictionary<string, Key> _keys = new(StringComparer.Ordinal);
        private readonly IXmlLineInfo? _lineInfo = reader as IXmlLineInfo;
        private bool? _directed;
        private bool _graphSeen;
        private bool _weightKey;
        private double _weightDefault = 1.0;

        private long Line => _lineInfo?.LineNumber ?? 0;

        public LabeledGraph Parse()
        {
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "graphml")
            {
                Fail(string.Create(CultureInfo.InvariantCulture, $"the root element is <{XmlGraphAssembler.Short(reader.LocalName)}>, not <graphml>"));
            }
            int currentNode = -1;
            int currentEdge = -1;
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.EndElement)
                {
                    if (reader.LocalName == "node")
                    {
                        currentNode = -1;
                    }
                    else if (reader.LocalName == "edge")
                    {
                        currentEdge = -1;
                    }
                    reader.Read();
                    continue;
                }
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                    continue;
                }
                switch (reader.LocalName)
                {
                    case "key":
                        ReadKey();
                        break;
                    case "graph":
                        if (_graphSeen)
                        {
                            Fail("a second or nested <graph> element; only one graph per file is supported");
                        }
                        _graphSeen = true;
                        string? edgeDefault = reader.GetAttribute("edgedefault");
                        _directed = edgeDefault switch
                        {
                            null or "undirected" => false,
                            "directed" => true,
                            _ => Fail<bool>(string.Create(CultureInfo.InvariantCulture, $"edgedefault=\"{XmlGraphAssembler.Short(edgeDefault)}\"; allowed: directed, undirected")),
                        };
                        if (options.Directed is bool forced)
                        {
                            _directed = forced;
                        }
                        reader.Read();
                        break;
                    case "node":
                        RequireGraph();
                        if (currentNode >= 0 || currentEdge >= 0)
                        {
                            Fail("a <node> inside another node or edge");
                        }
                        currentNode = _graph.AddNode(Required("id"), Line);
                        if (reader.IsEmptyElement)
                        {
                            currentNode = -1;
                        }
                        reader.Read();
                        break;
                    case "edge":
                        RequireGraph();
                        if (currentNode >= 0 || currentEdge >= 0)
                        {
                            Fail("an <edge> inside a node or another edge");
                        }
                        currentEdge = ReadEdge();
                        if (reader.IsEmptyElement)
                        {
                            currentEdge = -1;
                        }
                        reader.Read();
                        break;
                    case "data":
                        ReadData(currentNode, currentEdge);
                        break;
                    case "hyperedge":
                    case "port":
                    case "endpoint":
                        Fail(string.Create(CultureInfo.InvariantCulture, $"<{reader.LocalName}> is not supported (hyperedges and ports have no CSR equivalent)"));
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
            if (!_graphSeen)
            {
                throw new GraphFormatException(source, 0, "the file has no <graph> element");
            }
            bool weighted = options.Weighted ?? _weightKey;
            return _graph.Build(_directed ?? false, weighted);
        }

        private void RequireGraph()
        {
            if (!_graphSeen)
            {
                Fail(string.Create(CultureInfo.InvariantCulture, $"<{reader.LocalName}> outside a <graph> element"));
            }
        }

        private string Required(string name) =>
            reader.GetAttribute(name) ?? Fail<string>(string.Create(CultureInfo.InvariantCulture, $"<{reader.LocalName}> has no {name} attribute"));

        private int ReadEdge()
        {
            long line = Line;
            string source = Required("source");
            string target = Required("target");
            string? directed = reader.GetAttribute("directed");
            if (directed is not null && options.Directed is null)
            {
                bool d = directed switch
                {
                    "true" or "1" => true,
                    "false" or "0" => false,
                    _ => Fail<bool>(string.Create(CultureInfo.InvariantCulture, $"directed=\"{XmlGraphAssembler.Short(directed)}\"; allowed: true, false")),
                };
                if (d != (_directed ?? false))
                {
                    Fail(string.Create(CultureInfo.InvariantCulture, $"the edge {XmlGraphAssembler.Short(source)} -> {XmlGraphAssembler.Short(target)} is {(d ? "directed" : "undirected")} but edgedefault says otherwise; mixed graphs are not supported"));
                }
            }
            int s = _graph.NodeReference(source, line);
            int t = _graph.NodeReference(target, line);
            return _graph.AddEdge(s, t, _weightDefault, line);
        }

        private void ReadKey()
        {
            long line = Line;
            string id = Required("id");
            string domain = reader.GetAttribute("for") ?? "all";
            string name = reader.GetAttribute("attr.name") ?? id;
            string typeName = reader.GetAttribute("attr.type") ?? "string";
            AttributeType type = typeName switch
            {
                "string" => AttributeType.String,
                "double" or "float" => AttributeType.Double,
                "int" or "long" or "integer" => AttributeType.Long,
                "boolean" => AttributeType.Bool,
                _ => Fail<AttributeType>(string.Create(CultureInfo.InvariantCulture, $"attr.type=\"{XmlGraphAssembler.Short(typeName)}\"; allowed: boolean, int, long, float, double, string")),
            };
            if (_keys.ContainsKey(id))
            {
                Fail(string.Create(CultureInfo.InvariantCulture, $"the key id \"{XmlGraphAssembler.Short(id)}\" is declared twice"));
            }
            string? defaultText = null;
            if (!reader.IsEmptyElement)
            {
                using XmlReader sub = reader.ReadSubtree();
                sub.Read();
                while (sub.Read())
                {
                    if (sub.NodeType == XmlNodeType.Element && sub.LocalName == "default")
                    {
                        defaultText = sub.ReadElementContentAsString();
                        break;
                    }
                }
            }
            reader.Read();
            object? defaultValue = defaultText is null ? null : _graph.ParseValue(type, defaultText, name, line);
            bool forEdges = domain is "edge" or "all";
            bool forNodes = domain is "node" or "all";
            if (!forEdges && !forNodes)
            {
                _keys[id] = new Key(domain, null, null, false, 1.0); // graph-level or port keys: values are skipped
                return;
            }
            bool isWeight = forEdges && name == "weight" && type is AttributeType.Double or AttributeType.Long && options.Weighted != false;
            double weightDefault = 1.0;
            if (isWeight)
            {
                if (_weightKey)
                {
                    Fail("two edge keys named weight");
                }
                _weightKey = true;
                if (defaultValue is not null)
                {
                    weightDefault = Convert.ToDouble(defaultValue, CultureInfo.InvariantCulture);
                    if (!double.IsFinite(weightDefault) || weightDefault < 0)
                    {
                        Fail("the default weight must be a finite number of 0 or more");
                    }
                    if (_graph.EdgeCount > 0)
                    {
                        Fail("the weight key must be declared before the first edge");
                    }
                    _weightDefault = weightDefault;
                }
            }
            XmlGraphAssembler.Column? nodeColumn = forNodes ? _graph.AddNodeColumn(name, type, defaultValue) : null;
            XmlGraphAssembler.Column? edgeColumn = forEdges && !isWeight ? _graph.AddEdgeColumn(name, type, defaultValue) : null;
            _keys[id] = new Key(domain, nodeColumn, edgeColumn, isWeight, weightDefault);
        }

        private void ReadData(int currentNode, int currentEdge)
        {
            long line = Line;
            string keyId = Required("key");
            string text = reader.ReadElementContentAsString();
            if (currentNode < 0 && currentEdge < 0)
            {
                return; // graph-level data
            }
            if (!_keys.TryGetValue(keyId, out Key? key))
            {
                throw new GraphFormatException(source, line, string.Create(CultureInfo.InvariantCulture, $"<data key=\"{XmlGraphAssembler.Short(keyId)}\"> refers to an undeclared key"));
            }
            if (currentNode >= 0)
            {
                if (key.NodeColumn is null)
                {
                    throw new GraphFormatException(source, line, string.Create(CultureInfo.InvariantCulture, $"the key \"{XmlGraphAssembler.Short(keyId)}\" is for {key.Domain}, not for nodes"));
                }
                _graph.SetValue(key.NodeColumn, currentNode, text, line);
                return;
            }
            if (key.IsWeight)
            {
                object value = _graph.ParseValue(AttributeType.Double, text, "weight", line);
                _graph.SetWeight(currentEdge, (double)value, line);
                return;
            }
            if (key.EdgeColumn is null)
            {
                throw new GraphFormatException(source, line, string.Create(CultureInfo.InvariantCulture, $"the key \"{XmlGraphAssembler.Short(keyId)}\" is for {key.Domain}, not for edges"));
            }
            _graph.SetValue(key.EdgeColumn, currentEdge, text, line);
        }

        [System.Diagnostics.CodeAnalysis.DoesNotReturn]
        private void Fail(string problem) => throw new GraphFormatException(source, Line, problem);

        [System.Diagnostics.CodeAnalysis.DoesNotReturn]
        private T Fail<T>(string problem) => throw new GraphFormatException(source, Line, problem);
    }
}
