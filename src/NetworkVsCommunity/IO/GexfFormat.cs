using System.Globalization;
using System.Text;
using System.Xml;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.IO;

/// <summary>Reads and writes GEXF (<see href="https://gexf.net/"/>), the format of Gephi: nodes, edges, weights, typed attributes.</summary>
/// <remarks>
/// <para><b>Reading.</b> <c>&lt;attributes class="node|edge"&gt;</c> declare typed columns (<c>integer</c>, <c>long</c>, <c>short</c>,
/// <c>byte</c> → <see cref="AttributeType.Long"/>; <c>float</c>, <c>double</c> → <see cref="AttributeType.Double"/>;
/// <c>boolean</c> → <see cref="AttributeType.Bool"/>; <c>string</c> and every other type (dates, URIs, lists) →
/// <see cref="AttributeType.String"/>, kept as text). A node or edge <c>label</c> becomes the string column
/// <c>label</c>. The edge <c>weight</c> attribute is the weight (weighted when any edge has one, unless
/// <see cref="GraphReadOptions.Weighted"/> says otherwise; false keeps it as the Double edge column <c>weight</c>).
/// Edge ids and visualisation elements (<c>viz:*</c>) are not kept. <c>defaultedgetype="mutual"</c> is read as undirected; an
/// edge <c>type</c> differing from the default is an error (mixed graphs are not supported), as are nested nodes.
/// Dynamic values (<c>start</c>/<c>end</c>) are not supported: a second value for the same attribute is an error.
/// The same safe XML settings as <see cref="GraphMLFormat"/> apply (no DTD, no external entities).</para>
/// <para><b>Writing.</b> GEXF 1.2draft by default, which NetworkX <c>read_gexf</c> and Gephi both read; GEXF 1.3 on request (<see cref="GexfVersion"/>); a string node attribute named <c>label</c> is written as
/// the node label. Edge ids are the record positions 0, 1, ...</para>
/// </remarks>
public static class GexfFormat
{
    /// <summary>Reads a GEXF file.</summary>
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

    /// <summary>Reads GEXF from a stream.</summary>
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

    /// <summary>Parses GEXF text.</summary>
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

    /// <summary>Writes a GEXF file (UTF-8).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="path">The file (replaced only once completely written: an error leaves any old file as it was).</param>
    /// <param name="version">The declared schema version; default 1.2draft (read by NetworkX and Gephi); <see cref="GexfVersion.V1_3"/> on request.</param>
    /// <exception cref="ArgumentException">A string holds a character that XML cannot carry, or an edge attribute is named <c>weight</c> in a weighted graph.</exception>
    public static void Write(LabeledGraph graph, string path, GexfVersion version = GexfVersion.V1_2Draft)
    {
        ArgumentNullException.ThrowIfNull(path);
        AtomicFile.Write(path, stream => Write(graph, stream, version));
    }

    /// <summary>Writes GEXF to a stream (left open).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="stream">The destination.</param>
    /// <param name="version">The declared schema version; default 1.2draft (read by NetworkX and Gephi); <see cref="GexfVersion.V1_3"/> on request.</param>
    /// <exception cref="ArgumentException">A string holds a character that XML cannot carry, or an edge attribute is named <c>weight</c> in a weighted graph.</exception>
    public static void Write(LabeledGraph graph, Stream stream, GexfVersion version = GexfVersion.V1_2Draft)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        CsrGraph g = graph.Graph;
        if (g.IsWeighted && graph.FindEdgeAttribute("weight") is not null)
        {
            throw new ArgumentException("The graph is weighted and also has an edge attribute named \"weight\"; GEXF would mix them up. Rename the attribute.", nameof(graph));
        }
        string ns = version == GexfVersion.V1_3 ? "http://gexf.net/1.3" : "http://www.gexf.net/1.2draft";
        using XmlWriter w = XmlWriter.Create(stream, GraphMLFormat.XmlSettings());
        w.WriteStartDocument();
        w.WriteStartElement("gexf", ns);
        w.WriteAttributeString("version", version == GexfVersion.V1_3 ? "1.3" : "1.2");
        w.WriteStartElement("meta", ns);
        w.WriteElementString("creator", ns, "NetworkVsCommunity");
        w.WriteEndElement();
        w.WriteStartElement("graph", ns);
        w.WriteAttributeString("defaultedgetype", g.IsDirected ? "directed" : "undirected");
        w.WriteAttributeString("mode", "static");
        AttributeColumn? label = graph.FindNodeAttribute("label") is { Type: AttributeType.String } l ? l : null;
        WriteDeclarations(w, ns, "node", graph.NodeAttributes, label);
        WriteDeclarations(w, ns, "edge", graph.EdgeAttributes, null);
        w.WriteStartElement("nodes", ns);
        for (int v = 0; v < g.NodeCount; v++)
        {
            w.WriteStartElement("node", ns);
            w.WriteAttributeString("id", graph.Nodes[v]);
            if (label?[v] is string text)
            {
                w.WriteAttributeString("label", text);
            }
            WriteValues(w, ns, graph.NodeAttributes, v, label);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteStartElement("edges", ns);
        EdgeRecord[] edges = graph.EdgesForWriting();
        for (int e = 0; e < edges.Length; e++)
        {
            w.WriteStartElement("edge", ns);
            w.WriteAttributeString("id", e.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("source", graph.Nodes[edges[e].Source]);
            w.WriteAttributeString("target", graph.Nodes[edges[e].Target]);
            if (g.IsWeighted)
            {
                w.WriteAttributeString("weight", edges[e].Weight.ToString("R", CultureInfo.InvariantCulture));
            }
            if (graph.HasEdgeRecords)
            {
                WriteValues(w, ns, graph.EdgeAttributes, e, null);
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    /// <summary>Formats a graph as GEXF text.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="version">The declared schema version; default 1.2draft (read by NetworkX and Gephi); <see cref="GexfVersion.V1_3"/> on request.</param>
    /// <returns>The XML text.</returns>
    public static string Format(LabeledGraph graph, GexfVersion version = GexfVersion.V1_2Draft)
    {
        using var stream = new MemoryStream();
        Write(graph, stream, version);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string TypeName(AttributeType type) => type switch
    {
        AttributeType.String => "string",
        AttributeType.Double => "double",
        AttributeType.Long => "long",
        _ => "boolean",
    };

    private static void WriteDeclarations(XmlWriter w, string ns, string domain, System.Collections.Immutable.ImmutableArray<AttributeColumn> columns, AttributeColumn? skip)
    {
        if (columns.IsEmpty || (columns.Length == 1 && ReferenceEquals(columns[0], skip)))
        {
            return;
        }
        w.WriteStartElement("attributes", ns);
        w.WriteAttributeString("class", domain);
        w.WriteAttributeString("mode", "static");
        for (int c = 0; c < columns.Length; c++)
        {
            if (ReferenceEquals(columns[c], skip))
            {
                continue;
            }
            w.WriteStartElement("attribute", ns);
            w.WriteAttributeString("id", c.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("title", columns[c].Name);
            w.WriteAttributeString("type", TypeName(columns[c].Type));
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void WriteValues(XmlWriter w, string ns, System.Collections.Immutable.ImmutableArray<AttributeColumn> columns, int slot, AttributeColumn? skip)
    {
        bool open = false;
        for (int c = 0; c < columns.Length; c++)
        {
            if (ReferenceEquals(columns[c], skip) || columns[c][slot] is not { } value)
            {
                continue;
            }
            if (!open)
            {
                w.WriteStartElement("attvalues", ns);
                open = true;
            }
            w.WriteStartElement("attvalue", ns);
            w.WriteAttributeString("for", c.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("value", XmlGraphAssembler.FormatValue(value));
            w.WriteEndElement();
        }
        if (open)
        {
            w.WriteEndElement();
        }
    }

    private sealed class Parser(XmlReader reader, string source, GraphReadOptions options)
    {
        private readonly XmlGraphAssembler _graph = new(source, options);
        private readonly Dictionary<string, XmlGraphAssembler.Column> _nodeAttributes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, XmlGraphAssembler.Column> _edgeAttributes = new(StringComparer.Ordinal);
        private readonly IXmlLineInfo? _lineInfo = reader as IXmlLineInfo;
        private XmlGraphAssembler.Column? _nodeLabel;
        private XmlGraphAssembler.Column? _edgeLabel;
        private XmlGraphAssembler.Column? _weightColumn;
        private bool _directed;
        private bool _graphSeen;
        private bool _anyWeight;

        private long Line => _lineInfo?.LineNumber ?? 0;

        public LabeledGraph Parse()
        {
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "gexf")
            {
                Fail(string.Create(CultureInfo.InvariantCulture, $"the root element is <{XmlGraphAssembler.Short(reader.LocalName)}>, not <gexf>"));
            }
            string? attributeClass = null;
            int currentNode = -1;
            int currentEdge = -1;
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.EndElement)
                {
                    switch (reader.LocalName)
                    {
                        case "node": currentNode = -1; break;
                        case "edge": currentEdge = -1; break;
                        case "attributes": attributeClass = null; break;
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
                    case "meta":
                        reader.Skip();
                        break;
                    case "graph":
                        if (_graphSeen)
                        {
                            Fail("a second <graph> element; only one graph per file is supported");
                        }
                        _graphSeen = true;
                        string? type = reader.GetAttribute("defaultedgetype");
                        _directed = type switch
                        {
                            null or "undirected" or "mutual" => false,
                            "directed" => true,
                            _ => Fail<bool>(string.Create(CultureInfo.InvariantCulture, $"defaultedgetype=\"{XmlGraphAssembler.Short(type)}\"; allowed: directed, undirected, mutual")),
                        };
                        reader.Read();
                        break;
                    case "attributes":
                        attributeClass = reader.GetAttribute("class") ?? "node";
                        if (attributeClass is not ("node" or "edge"))
                        {
                            Fail(string.Create(CultureInfo.InvariantCulture, $"attributes class=\"{XmlGraphAssembler.Short(attributeClass)}\"; allowed: node, edge"));
                        }
                        if (reader.IsEmptyElement)
                        {
                            attributeClass = null;
                        }
                        reader.Read();
                        break;
                    case "attribute":
                        if (attributeClass is null)
                        {
                            Fail("<attribute> outside <attributes>");
                        }
                        ReadAttributeDeclaration(attributeClass == "edge");
                        break;
                    case "node":
                        if (!_graphSeen || currentNode >= 0 || currentEdge >= 0)
                        {
                            Fail("a <node> outside <graph> or inside another node or edge (nested nodes are not supported)");
                        }
                        currentNode = ReadNode();
                        if (reader.IsEmptyElement)
                        {
                            currentNode = -1;
                        }
                        reader.Read();
                        break;
                    case "edge":
                        if (!_graphSeen || currentNode >= 0 || currentEdge >= 0)
                        {
                            Fail("an <edge> outside <graph> or inside a node or edge");
                        }
                        currentEdge = ReadEdge();
                        if (reader.IsEmptyElement)
                        {
                            currentEdge = -1;
                        }
                        reader.Read();
                        break;
                    case "attvalue":
                        ReadValue(currentNode, currentEdge);
                        break;
                    case "nodes":
                    case "edges":
                    case "attvalues":
                        reader.Read();
                        break;
                    default:
                        reader.Skip(); // viz:*, spells, parents, ...
                        break;
                }
            }
            if (!_graphSeen)
            {
                throw new GraphFormatException(source, 0, "the file has no <graph> element");
            }
            bool weighted = options.Weighted ?? _anyWeight;
            return _graph.Build(options.Directed ?? _directed, weighted);
        }

        private string Required(string name) =>
            reader.GetAttribute(name) ?? Fail<string>(string.Create(CultureInfo.InvariantCulture, $"<{reader.LocalName}> has no {name} attribute"));

        private void ReadAttributeDeclaration(bool edge)
        {
            long line = Line;
            string id = Required("id");
            string title = reader.GetAttribute("title") ?? id;
            string typeName = reader.GetAttribute("type") ?? "string";
            AttributeType type = typeName switch
            {
                "integer" or "long" or "short" or "byte" => AttributeType.Long,
                "float" or "double" => AttributeType.Double,
                "boolean" => AttributeType.Bool,
                _ => AttributeType.String,
            };
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
            Dictionary<string, XmlGraphAssembler.Column> table = edge ? _edgeAttributes : _nodeAttributes;
            if (table.ContainsKey(id))
            {
                throw new GraphFormatException(source, line, string.Create(CultureInfo.InvariantCulture, $"the {(edge ? "edge" : "node")} attribute id \"{XmlGraphAssembler.Short(id)}\" is declared twice"));
            }
            object? defaultValue = defaultText is null ? null : _graph.ParseValue(type, defaultText, title, line);
            if (title == "label" && (edge ? _edgeLabel : _nodeLabel) is not null)
            {
                throw new GraphFormatException(source, line, "an attribute titled \"label\" clashes with the GEXF label of the same elements");
            }
            table[id] = edge ? _graph.AddEdgeColumn(title, type, defaultValue) : _graph.AddNodeColumn(title, type, defaultValue);
        }

        private int ReadNode()
        {
            long line = Line;
            int node = _graph.AddNode(Required("id"), line);
            string? label = reader.GetAttribute("label");
            if (label is not null)
            {
                _nodeLabel ??= LabelColumn(edge: false, line);
                _graph.SetValue(_nodeLabel, node, label, line);
            }
            return node;
        }

        private XmlGraphAssembler.Column LabelColumn(bool edge, long line)
        {
            foreach (XmlGraphAssembler.Column c in (edge ? _edgeAttributes : _nodeAttributes).Values)
            {
                if (c.Name == "label")
                {
                    throw new GraphFormatException(source, line, "an attribute titled \"label\" clashes with the GEXF label of the same elements");
                }
            }
            return edge ? _graph.AddEdgeColumn("label", AttributeType.String, null) : _graph.AddNodeColumn("label", AttributeType.String, null);
        }

        private int ReadEdge()
        {
            long line = Line;
            string sourceId = Required("source");
            string targetId = Required("target");
            string? type = reader.GetAttribute("type");
            if (type is not null && options.Directed is null)
            {
                bool d = type switch
                {
                    "directed" => true,
                    "undirected" or "mutual" => false,
                    _ => Fail<bool>(string.Create(CultureInfo.InvariantCulture, $"edge type=\"{XmlGraphAssembler.Short(type)}\"; allowed: directed, undirected, mutual")),
                };
                if (d != _directed)
                {
                    Fail(string.Create(CultureInfo.InvariantCulture, $"the edge {XmlGraphAssembler.Short(sourceId)} -> {XmlGraphAssembler.Short(targetId)} is {type} but defaultedgetype says otherwise; mixed graphs are not supported"));
                }
            }
            string? weightText = reader.GetAttribute("weight");
            string? label = reader.GetAttribute("label");
            int s = _graph.NodeReference(sourceId, line);
            int t = _graph.NodeReference(targetId, line);
            int edge = _graph.AddEdge(s, t, 1.0, line);
            if (weightText is not null)
            {
                double w = (double)_graph.ParseValue(AttributeType.Double, weightText, "weight", line);
                if (options.Weighted == false)
                {
                    _weightColumn ??= _graph.AddEdgeColumn("weight", AttributeType.Double, null);
                    _weightColumn.Values[edge] = w;
                }
                else
                {
                    _anyWeight = true;
                    _graph.SetWeight(edge, w, line);
                }
            }
            if (label is not null)
            {
                _edgeLabel ??= LabelColumn(edge: true, line);
                _graph.SetValue(_edgeLabel, edge, label, line);
            }
            return edge;
        }

        private void ReadValue(int currentNode, int currentEdge)
        {
            long line = Line;
            string id = reader.GetAttribute("for") ?? reader.GetAttribute("id") ?? Fail<string>("<attvalue> has no for attribute");
            string value = Required("value");
            reader.Skip();
            if (currentNode < 0 && currentEdge < 0)
            {
                throw new GraphFormatException(source, line, "<attvalue> outside a node or edge");
            }
            Dictionary<string, XmlGraphAssembler.Column> table = currentNode >= 0 ? _nodeAttributes : _edgeAttributes;
            if (!table.TryGetValue(id, out XmlGraphAssembler.Column? column))
            {
                throw new GraphFormatException(source, line, string.Create(CultureInfo.InvariantCulture,
                    $"<attvalue for=\"{XmlGraphAssembler.Short(id)}\"> refers to an undeclared {(currentNode >= 0 ? "node" : "edge")} attribute"));
            }
            _graph.SetValue(column, currentNode >= 0 ? currentNode : currentEdge, value, line);
        }

        [System.Diagnostics.CodeAnalysis.DoesNotReturn]
        private void Fail(string problem) => throw new GraphFormatException(source, Line, problem);

        [System.Diagnostics.CodeAnalysis.DoesNotReturn]
        private T Fail<T>(string problem) => throw new GraphFormatException(source, Line, problem);
    }
}
