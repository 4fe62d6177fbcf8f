using System.Globalization;
using System.Xml;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.IO;

/// <summary>Collects the nodes, edges and attributes of a GraphML or GEXF file and applies the id policy.</summary>
internal sealed class XmlGraphAssembler
{
    private readonly string _source;
    private readonly GraphReadOptions _options;
    private readonly List<string> _nodeIds = [];
    private readonly List<long> _nodeLines = [];
    private readonly Dictionary<string, int> _nodeIndex = new(StringComparer.Ordinal);
    private readonly List<Column> _nodeColumns = [];
    private readonly List<Column> _edgeColumns = [];
    private readonly List<int> _edgeSources = [];
    private readonly List<int> _edgeTargets = [];
    private readonly List<double> _edgeWeights = [];
    private readonly List<long> _edgeLines = [];

    public XmlGraphAssembler(string source, GraphReadOptions options)
    {
        _source = source;
        _options = options;
    }

    /// <summary>
    /// Opens a safe XML reader (no DTD, no resolver) over <paramref name="stream"/>, runs <paramref name="parse"/> and turns
    /// any <see cref="XmlException"/> into a <see cref="GraphFormatException"/> naming the source and line: the one read
    /// path shared by the GraphML and GEXF readers.
    /// </summary>
    public static LabeledGraph ReadSafely(Stream stream, string sourceName, Func<XmlReader, LabeledGraph> parse)
    {
        XmlReader? reader = null;
        try
        {
            reader = XmlReader.Create(stream, SafeSettings());
            return parse(reader);
        }
        catch (XmlException ex)
        {
            throw Wrap(sourceName, ex, reader, stream);
        }
        finally
        {
            reader?.Dispose();
        }
    }

    /// <summary>One attribute column under construction, in file (not yet node) order.</summary>
    internal sealed class Column(string name, AttributeType type, object? defaultValue)
    {
        public string Name { get; } = name;

        public AttributeType Type { get; } = type;

        public object? Default { get; } = defaultValue;

        public List<object?> Values { get; } = [];
    }

    public int NodeCount => _nodeIds.Count;

    public int EdgeCount => _edgeSources.Count;

    public static XmlReaderSettings SafeSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1024,
        CloseInput = false,
    };

    /// <summary>Maps a reader failure to the format exception, with a clear word on DTDs.</summary>
    public static GraphFormatException Wrap(string source, XmlException ex, XmlReader? reader, Stream stream)
    {
        long line = ex.LineNumber > 0 ? ex.LineNumber : (reader as IXmlLineInfo)?.LineNumber ?? 0;
        bool dtd = ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (dtd && line == 0)
        {
            line = FindDoctypeLine(stream);
        }
        string problem = dtd
            ? "a document type declaration (<!DOCTYPE ...>) is not allowed: DTDs and entities are refused to guard against entity expansion (billion laughs) and external entities (XXE)"
            : "malformed XML: " + ex.Message;
        return new GraphFormatException(source, Math.Max(0, line), problem, ex);
    }

    /// <summary>The XML reader reports no position for a prohibited DTD: find the line of <c>&lt;!DOCTYPE</c> in the first 64 KiB.</summary>
    private static long FindDoctypeLine(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return 0;
        }
        stream.Position = 0;
        byte[] head = new byte[1 << 16];
        int length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        int at = head.AsSpan(0, length).IndexOf("<!DOCTYPE"u8);
        return at < 0 ? 0 : head.AsSpan(0, at).Count((byte)'\n') + 1;
    }

    public Column AddNodeColumn(string name, AttributeType type, object? defaultValue)
    {
        var c = new Column(name, type, defaultValue);
        for (int i = 0; i < _nodeIds.Count; i++)
        {
            c.Values.Add(null);
        }
        _nodeColumns.Add(c);
        return c;
    }

    public Column AddEdgeColumn(string name, AttributeType type, object? defaultValue)
    {
        var c = new Column(name, type, defaultValue);
        for (int i = 0; i < _edgeSources.Count; i++)
        {
            c.Values.Add(null);
        }
        _edgeColumns.Add(c);
        return c;
    }

    public int AddNode(string id, long line)
    {
        if (!_nodeIndex.TryAdd(id, _nodeIds.Count))
        {
            throw new GraphFormatException(_source, line, string.Create(CultureInfo.InvariantCulture,
                $"the node id \"{Short(id)}\" is declared twice (first on line {_nodeLines[_nodeIndex[id]]}); node ids must be distinct"));
        }
        _nodeIds.Add(id);
        _nodeLines.Add(line);
        foreach (Column c in _nodeColumns)
        {
            c.Values.Add(null);
        }
        return _nodeIds.Count - 1;
    }

    /// <summary>The node of an id used by an edge; an undeclared id adds the node (as NetworkX does).</summary>
    public int NodeReference(string id, long line) => _nodeIndex.TryGetValue(id, out int index) ? index : AddNode(id, line);

    public int AddEdge(int source, int target, double weight, long line)
    {
        _edgeSources.Add(source);
        _edgeTargets.Add(target);
        _edgeWeights.Add(weight);
        _edgeLines.Add(line);
        foreach (Column c in _edgeColumns)
        {
            c.Values.Add(null);
        }
        return _edgeSources.Count - 1;
    }

    public void SetWeight(int edge, double weight, long line)
    {
        if (!double.IsFinite(weight) || weight < 0)
        {
            throw new GraphFormatException(_source, line, string.Create(CultureInfo.InvariantCulture,
                $"edge weight {weight.ToString("R", CultureInfo.InvariantCulture)} is {(double.IsNaN(weight) ? "NaN" : double.IsInfinity(weight) ? "infinite" : "negative")}; allowed: a finite number of 0 or more"));
        }
        _edgeWeights[edge] = weight;
    }

    public void SetValue(Column column, int slot, string text, long line)
    {
        if (column.Values[slot] is not null)
        {
            throw new GraphFormatException(_source, line, string.Create(CultureInfo.InvariantCulture,
                $"the attribute \"{Short(column.Name)}\" has two values on the same element"));
        }
        column.Values[slot] = ParseValue(column.Type, text, column.Name, line);
    }

    public object ParseValue(AttributeType type, string text, string name, long line)
    {
        if (TryParseValue(type, text, out object? value))
        {
            return value!;
        }
        throw new GraphFormatException(_source, line, string.Create(CultureInfo.InvariantCulture,
            $"the value \"{Short(text)}\" of attribute \"{Short(name)}\" is not a valid {type.ToString().ToLowerInvariant()}"));
    }

    public static bool TryParseValue(AttributeType type, string text, out object? value)
    {
        value = null;
        ReadOnlySpan<char> t = text.AsSpan().Trim();
        switch (type)
        {
            case AttributeType.String:
                value = text;
                return true;
            case AttributeType.Long:
                if (long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l))
                {
                    value = l;
                    return true;
                }
                return false;
            case AttributeType.Double:
                if (TryParseDouble(t, out double d))
                {
                    value = d;
                    return true;
                }
                return false;
            default:
                if (t.Equals("true", StringComparison.OrdinalIgnoreCase) || t.SequenceEqual("1"))
                {
                    value = true;
                    return true;
                }
                if (t.Equals("false", StringComparison.OrdinalIgnoreCase) || t.SequenceEqual("0"))
                {
                    value = false;
                    return true;
                }
                return false;
        }
    }

    /// <summary>Invariant double parsing that also accepts Python's <c>inf</c>, <c>-inf</c> and <c>nan</c>.</summary>
    public static bool TryParseDouble(ReadOnlySpan<char> t, out double d)
    {
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out d))
        {
            return true;
        }
        if (t.Equals("inf", StringComparison.OrdinalIgnoreCase) || t.Equals("+inf", StringComparison.OrdinalIgnoreCase))
        {
            d = double.PositiveInfinity;
            return true;
        }
        if (t.Equals("-inf", StringComparison.OrdinalIgnoreCase))
        {
            d = double.NegativeInfinity;
            return true;
        }
        if (t.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            d = double.NaN;
            return true;
        }
        return false;
    }

    public static string FormatValue(object value) => value switch
    {
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    public static string Short(string text) => text.Length > 60 ? string.Concat(text.AsSpan(0, 60), "...") : text;

    /// <summary>Applies the id policy, builds the CSR graph and the columns in node order.</summary>
    public LabeledGraph Build(bool directed, bool weighted)
    {
        int fileCount = _nodeIds.Count;
        int[] nodeOf = new int[fileCount];
        NodeLabels labels;
        if (_options.IdMode != NodeIdMode.String && TryIntegerIds(nodeOf, out int n))
        {
            labels = NodeLabels.Integers(n);
        }
        else
        {
            string[] ids = [.. _nodeIds];
            int[] order = new int[fileCount];
            for (int i = 0; i < fileCount; i++)
            {
                order[i] = i;
            }
            Array.Sort(ids, order, StringComparer.Ordinal);
            for (int i = 0; i < fileCount; i++)
            {
                nodeOf[order[i]] = i;
            }
            labels = NodeLabels.FromTrustedArray(ids);
            n = fileCount;
        }

        var nodeColumns = new AttributeColumn[_nodeColumns.Count];
        for (int c = 0; c < nodeColumns.Length; c++)
        {
            Column col = _nodeColumns[c];
            var values = new object?[n];
            for (int i = 0; i < fileCount; i++)
            {
                values[nodeOf[i]] = col.Values[i] ?? col.Default;
            }
            if (col.Default is not null)
            {
                for (int v = 0; v < n; v++)
                {
                    values[v] ??= col.Default;
                }
            }
            nodeColumns[c] = AttributeColumn.FromTrusted(col.Name, col.Type, values);
        }

        int m = _edgeSources.Count;
        var sources = new int[m];
        var targets = new int[m];
        var weights = weighted ? new double[m] : null;
        var records = new EdgeRecord[m];
        for (int e = 0; e < m; e++)
        {
            sources[e] = nodeOf[_edgeSources[e]];
            targets[e] = nodeOf[_edgeTargets[e]];
            double w = weighted ? _edgeWeights[e] : 1.0;
            if (weights is not null)
            {
                weights[e] = w;
            }
            records[e] = new EdgeRecord(sources[e], targets[e], w);
        }
        var edgeColumns = new AttributeColumn[_edgeColumns.Count];
        for (int c = 0; c < edgeColumns.Length; c++)
        {
            Column col = _edgeColumns[c];
            var values = new object?[m];
            for (int e = 0; e < m; e++)
            {
                values[e] = col.Values[e] ?? col.Default;
            }
            edgeColumns[c] = AttributeColumn.FromTrusted(col.Name, col.Type, values);
        }

        CsrGraph graph;
        try
        {
            graph = GraphBuilder.Build(n, sources, targets, weights, directed, weighted, _options.Build);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            throw new GraphFormatException(_source, 0, ex.Message, ex);
        }
        bool keep = _options.KeepEdgeRecords || edgeColumns.Length > 0;
        return LabeledGraph.FromTrusted(graph, labels, nodeColumns, keep ? records : null, keep ? edgeColumns : []);
    }

    private bool TryIntegerIds(int[] nodeOf, out int n)
    {
        n = 0;
        int max = -1;
        for (int i = 0; i < _nodeIds.Count; i++)
        {
            if (!NodeLabels.TryParseCanonical(_nodeIds[i], out int value) || value > _options.MaxIntegerNodeId)
            {
                if (_options.IdMode == NodeIdMode.Integer)
                {
                    throw new GraphFormatException(_source, _nodeLines[i], string.Create(CultureInfo.InvariantCulture,
                        $"node id \"{Short(_nodeIds[i])}\" is not a non-negative integer of at most options.MaxIntegerNodeId = {_options.MaxIntegerNodeId} (options.IdMode = Integer)"));
                }
                return false;
            }
            nodeOf[i] = value;
            max = Math.Max(max, value);
        }
        if (_options.IdMode == NodeIdMode.Auto && max != _nodeIds.Count - 1)
        {
            return false; // Auto keeps integers only when they are exactly 0..n-1 (ids are distinct, so max = n-1 suffices).
        }
        n = max + 1;
        return true;
    }
}
