using System.Globalization;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity.Parquet;

/// <summary>
/// Reads and writes a <see cref="LabeledGraph"/> as two Parquet tables in the layout Spark GraphFrames expects: a vertex
/// table with <c>id</c> and the node attributes, and an edge table with <c>src</c>, <c>dst</c>, <c>weight</c>,
/// <c>kind</c> and the other edge attributes.
/// </summary>
/// <remarks>
/// <para><b>Files.</b> The edge table is the path given (for example <c>graph.parquet</c>); the vertex table sits beside it
/// (<see cref="VerticesPathFor(string)"/>: <c>graph.vertices.parquet</c>). In Spark:
/// <c>GraphFrame(spark.read.parquet("graph.vertices.parquet"), spark.read.parquet("graph.parquet"))</c>.</para>
/// <para><b>Columns written.</b> Vertices: <c>id</c> (64-bit integer for a graph with integer ids 0..n−1, text
/// otherwise), then one column per node attribute (text, double, 64-bit integer or boolean; a missing value is null).
/// Edges: <c>src</c>, <c>dst</c> (the type of <c>id</c>), <c>weight</c> (double, never null; 1 in an unweighted graph),
/// <c>kind</c> (text: the text edge attribute named <c>kind</c>, or null when the graph has none), then the other edge
/// attributes. The edge records are written in file order; a graph without records writes each CSR edge once (an
/// undirected edge from its smaller endpoint). Key-value metadata <c>nvc.directed</c> = <c>true</c>/<c>false</c> records
/// the direction, since GraphFrames edges are always directed. One row group per table; no compression codec is set
/// (Parquet.Net's default).</para>
/// <para><b>Reading.</b> Any flat Parquet table with these column names, written by any tool (DuckDB, Spark, pandas):
/// <c>src</c> and <c>dst</c> are required, text or integer; <c>weight</c> is optional (any numeric type; null or absent
/// means 1; a negative, NaN or infinite weight is an error); a <c>kind</c> column that is null everywhere is dropped;
/// other columns become edge attributes. The vertex table is optional: without it, the nodes are the ids the edges name.
/// Ids follow the readers' numbering policy (docs/formats.md): integer ids exactly 0..n−1 in a vertex table, or
/// non-negative integers up to <see cref="GraphReadOptions.MaxIntegerNodeId"/> without one, are node indices; any other
/// ids are numbered in ordinal order, so the order of the rows never changes the numbering. The direction is
/// <see cref="GraphReadOptions.Directed"/> when set, else <c>nvc.directed</c>, else directed (GraphFrames' reading).
/// Errors are <see cref="GraphFormatException"/>s naming the file, the 1-based row and the value.</para>
/// <para>Reference: A. Dave, A. Jindal, L. E. Li, R. Xin, J. Gonzalez, M. Zaharia, "GraphFrames: an integrated API for
/// mixing graph and relational queries", GRADES 2016, doi:10.1145/2960414.2960416.</para>
/// </remarks>
public static class GraphFramesParquet
{
    /// <summary>The key-value metadata key holding <c>true</c> or <c>false</c> for the graph's direction.</summary>
    public const string DirectedMetadataKey = "nvc.directed";

    /// <summary>The vertex table that goes with an edge table: <c>x.parquet</c> → <c>x.vertices.parquet</c>.</summary>
    /// <param name="edgesPath">The edge table's path.</param>
    /// <returns>The vertex table's path.</returns>
    public static string VerticesPathFor(string edgesPath)
    {
        ArgumentNullException.ThrowIfNull(edgesPath);
        string stem = edgesPath.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) ? edgesPath[..^".parquet".Length] : edgesPath;
        return stem + ".vertices.parquet";
    }

    /// <summary>Writes the edge table to <paramref name="edgesPath"/> and the vertex table beside it (or to <paramref name="verticesPath"/>).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="edgesPath">The edge table (replaced only once completely written).</param>
    /// <param name="verticesPath">The vertex table; null for <see cref="VerticesPathFor(string)"/>.</param>
    /// <exception cref="ArgumentException">A node attribute is named <c>id</c>, or an edge attribute <c>src</c>, <c>dst</c> or
    /// <c>weight</c>, or a non-text edge attribute is named <c>kind</c>.</exception>
    /// <exception cref="IOException">A file cannot be written.</exception>
    public static void Write(LabeledGraph graph, string edgesPath, string? verticesPath = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(edgesPath);
        verticesPath ??= VerticesPathFor(edgesPath);
        CsrGraph g = graph.Graph;
        int n = g.NodeCount;
        bool integerIds = graph.Nodes.IsIntegerMode;
        foreach (AttributeColumn c in graph.NodeAttributes)
        {
            if (c.Name == "id")
            {
                throw new ArgumentException("A node attribute is named 'id', the GraphFrames vertex key; rename it before writing Parquet.", nameof(graph));
            }
        }
        AttributeColumn? kindColumn = null;
        foreach (AttributeColumn c in graph.EdgeAttributes)
        {
            if (c.Name is "src" or "dst" or "weight")
            {
                throw new ArgumentException($"An edge attribute is named '{c.Name}', a GraphFrames edge column; rename it before writing Parquet.", nameof(graph));
            }
            if (c.Name == "kind")
            {
                kindColumn = c.Type == AttributeType.String ? c
                    : throw new ArgumentException($"The edge attribute 'kind' has type {c.Type}; the GraphFrames layout's kind column is text.", nameof(graph));
            }
        }

        var vertexColumns = new List<ParquetTable.WriteColumn> { new("id", IdColumn(graph.Nodes, Enumerable.Range(0, n).ToArray(), integerIds)) };
        foreach (AttributeColumn c in graph.NodeAttributes)
        {
            vertexColumns.Add(new(c.Name, Values(c)));
        }

        int[] src, dst;
        double[] weight;
        if (graph.HasEdgeRecords)
        {
            int m = graph.Edges.Length;
            src = new int[m];
            dst = new int[m];
            weight = new double[m];
            for (int i = 0; i < m; i++)
            {
                EdgeRecord e = graph.Edges[i];
                src[i] = e.Source;
                dst[i] = e.Target;
                weight[i] = g.IsWeighted ? e.Weight : 1.0;
            }
        }
        else
        {
            var s = new List<int>();
            var d = new List<int>();
            var w = new List<double>();
            for (int u = 0; u < n; u++)
            {
                ReadOnlySpan<int> targets = g.Neighbors(u);
                ReadOnlySpan<double> weights = g.IsWeighted ? g.NeighborWeights(u) : default;
                for (int a = 0; a < targets.Length; a++)
                {
                    if (!g.IsDirected && targets[a] < u)
                    {
                        continue;
                    }
                    s.Add(u);
                    d.Add(targets[a]);
                    w.Add(g.IsWeighted ? weights[a] : 1.0);
                }
            }
            (src, dst, weight) = ([.. s], [.. d], [.. w]);
            graph = new LabeledGraph(g, graph.Nodes, graph.NodeAttributes); // no edge attributes without records
            kindColumn = null;
        }
        var kinds = new string[src.Length];
        if (kindColumn is not null)
        {
            for (int i = 0; i < kinds.Length; i++)
            {
                kinds[i] = (string)kindColumn[i]!;
            }
        }
        var edgeColumns = new List<ParquetTable.WriteColumn>
        {
            new("src", IdColumn(graph.Nodes, src, integerIds)),
            new("dst", IdColumn(graph.Nodes, dst, integerIds)),
            new("weight", weight),
            new("kind", kinds),
        };
        foreach (AttributeColumn c in graph.EdgeAttributes)
        {
            if (c.Name != "kind")
            {
                edgeColumns.Add(new(c.Name, Values(c)));
            }
        }
        var metadata = new Dictionary<string, string> { [DirectedMetadataKey] = g.IsDirected ? "true" : "false" };
        ParquetTable.Write(verticesPath, vertexColumns, metadata);
        ParquetTable.Write(edgesPath, edgeColumns, metadata);
    }

    /// <summary>Reads a graph from an edge table and, when it exists, its vertex table.</summary>
    /// <param name="edgesPath">The edge table.</param>
    /// <param name="verticesPath">The vertex table; null for <see cref="VerticesPathFor(string)"/>, read only if the file exists.</param>
    /// <param name="options">Reader options (<see cref="GraphReadOptions.Directed"/>, <see cref="GraphReadOptions.Weighted"/>,
    /// <see cref="GraphReadOptions.Build"/>, <see cref="GraphReadOptions.MaxIntegerNodeId"/>); null for the defaults.</param>
    /// <returns>The graph with its ids and attributes.</returns>
    /// <exception cref="GraphFormatException">A table is malformed (file, row and value named).</exception>
    /// <exception cref="FileNotFoundException">The edge table (or an explicitly named vertex table) does not exist.</exception>
    public static LabeledGraph Read(string edgesPath, string? verticesPath = null, GraphReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(edgesPath);
        options ??= GraphReadOptions.Default;
        ParquetTable edges = ParquetTable.Read(edgesPath);
        ParquetTable? vertices = verticesPath is not null ? ParquetTable.Read(verticesPath)
            : File.Exists(VerticesPathFor(edgesPath)) ? ParquetTable.Read(VerticesPathFor(edgesPath)) : null;
        foreach (string required in (string[])["src", "dst"])
        {
            if (!edges.Has(required))
            {
                throw new GraphFormatException(edgesPath, 0, $"missing required column '{required}' (columns: {string.Join(", ", edges.Names)}); the GraphFrames edge layout is src, dst, then weight, kind and attributes");
            }
        }
        string[] src = Ids(edges, "src");
        string[] dst = Ids(edges, "dst");
        bool integerTyped = edges.Column("src") is long?[] && edges.Column("dst") is long?[];

        NodeLabels labels;
        var nodeAttributes = new List<AttributeColumn>();
        if (vertices is not null)
        {
            if (!vertices.Has("id"))
            {
                throw new GraphFormatException(vertices.Path, 0, $"missing required column 'id' (columns: {string.Join(", ", vertices.Names)}); the GraphFrames vertex layout is id, then attributes");
            }
            string[] ids = Ids(vertices, "id");
            bool integer = vertices.Column("id") is long?[] && IsZeroToNMinusOne(ids);
            labels = integer ? NodeLabels.Integers(ids.Length) : SortedLabels(vertices, ids);
            int[] row = new int[ids.Length];
            for (int r = 0; r < ids.Length; r++)
            {
                row[labels.GetNode(ids[r])] = r;
            }
            foreach (string name in vertices.Names)
            {
                if (name != "id")
                {
                    nodeAttributes.Add(Column(name, vertices.Column(name), row));
                }
            }
        }
        else
        {
            labels = integerTyped && AllSmallIntegers(src, dst, options.MaxIntegerNodeId, out int max)
                ? NodeLabels.Integers(max + 1)
                : NodeLabels.FromSortedIds(new SortedSet<string>(src.Concat(dst), StringComparer.Ordinal));
        }

        int m = src.Length;
        var records = new EdgeRecord[m];
        double?[]? weights = edges.Has("weight") ? Numeric(edges, "weight") : null;
        bool weighted = options.Weighted ?? weights is not null;
        for (int i = 0; i < m; i++)
        {
            int s = Node(labels, src[i], edges, "src", i);
            int d = Node(labels, dst[i], edges, "dst", i);
            double w = weights?[i] ?? 1.0;
            if (!double.IsFinite(w) || w < 0)
            {
                throw new GraphFormatException(edgesPath, i + 1, string.Create(CultureInfo.InvariantCulture, $"row {i + 1}: weight = {w}; allowed: a finite number of 0 or more"));
            }
            records[i] = new EdgeRecord(s, d, w);
        }
        var edgeAttributes = new List<AttributeColumn>();
        int[] identity = Enumerable.Range(0, m).ToArray();
        foreach (string name in edges.Names)
        {
            if (name is "src" or "dst" || (name == "weight" && weighted))
            {
                continue;
            }
            Array values = edges.Column(name);
            if (name == "kind" && values is string[] k && Array.TrueForAll(k, x => x is null))
            {
                continue;
            }
            edgeAttributes.Add(Column(name, values, identity));
        }
        bool directed = options.Directed
            ?? (edges.Metadata.TryGetValue(DirectedMetadataKey, out string? flag) ? flag != "false" : true);
        try
        {
            return LabeledGraph.Create(labels, records, directed, weighted, nodeAttributes, edgeAttributes, options.Build);
        }
        catch (ArgumentException ex)
        {
            throw new GraphFormatException(edgesPath, 0, ex.Message, ex);
        }
    }

    private static NodeLabels SortedLabels(ParquetTable vertices, string[] ids)
    {
        try
        {
            return NodeLabels.FromSortedIds(ids);
        }
        catch (ArgumentException ex)
        {
            throw new GraphFormatException(vertices.Path, 0, ex.Message, ex);
        }
    }

    private static int Node(NodeLabels labels, string id, ParquetTable edges, string column, int row)
    {
        if (!labels.TryGetNode(id, out int node))
        {
            throw new GraphFormatException(edges.Path, row + 1, $"row {row + 1}: {column} = '{id}' is not an id of the vertex table");
        }
        return node;
    }

    private static string[] Ids(ParquetTable table, string column)
    {
        Array values = table.Column(column);
        var ids = new string[values.Length];
        for (int r = 0; r < ids.Length; r++)
        {
            string? id = values switch
            {
                string[] s => s[r],
                long?[] l => l[r]?.ToString(CultureInfo.InvariantCulture),
                _ => throw new GraphFormatException(table.Path, 0, $"column '{column}' has type {values.GetType().GetElementType()?.Name}; allowed: text or integer ids"),
            };
            ids[r] = id ?? throw new GraphFormatException(table.Path, r + 1, $"row {r + 1}: {column} is null; every row needs an id");
        }
        return ids;
    }

    private static double?[] Numeric(ParquetTable table, string column) => table.Column(column) switch
    {
        double?[] d => d,
        long?[] l => Array.ConvertAll(l, x => (double?)x),
        var other => throw new GraphFormatException(table.Path, 0, $"column '{column}' has type {other.GetType().GetElementType()?.Name}; allowed: a number"),
    };

    private static bool IsZeroToNMinusOne(string[] ids)
    {
        var seen = new bool[ids.Length];
        foreach (string id in ids)
        {
            if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out int v) || v >= ids.Length || seen[v]
                || id != v.ToString(CultureInfo.InvariantCulture))
            {
                return false;
            }
            seen[v] = true;
        }
        return true;
    }

    private static bool AllSmallIntegers(string[] src, string[] dst, int maxId, out int max)
    {
        max = -1;
        foreach (string[] column in (string[][])[src, dst])
        {
            foreach (string id in column)
            {
                if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out int v) || v > maxId || id != v.ToString(CultureInfo.InvariantCulture))
                {
                    return false;
                }
                max = Math.Max(max, v);
            }
        }
        return true;
    }

    private static Array IdColumn(NodeLabels labels, int[] nodes, bool integerIds)
    {
        if (integerIds)
        {
            var l = new long[nodes.Length];
            for (int i = 0; i < l.Length; i++)
            {
                l[i] = nodes[i];
            }
            return l;
        }
        var s = new string[nodes.Length];
        for (int i = 0; i < s.Length; i++)
        {
            s[i] = labels[nodes[i]];
        }
        return s;
    }

    private static Array Values(AttributeColumn c)
    {
        int n = c.Count;
        switch (c.Type)
        {
            case AttributeType.String:
            {
                var v = new string[n];
                for (int i = 0; i < n; i++)
                {
                    v[i] = (string)c[i]!;
                }
                return v;
            }
            case AttributeType.Double:
            {
                var v = new double?[n];
                for (int i = 0; i < n; i++)
                {
                    v[i] = (double?)c[i];
                }
                return v;
            }
            case AttributeType.Long:
            {
                var v = new long?[n];
                for (int i = 0; i < n; i++)
                {
                    v[i] = (long?)c[i];
                }
                return v;
            }
            default:
            {
                var v = new bool?[n];
                for (int i = 0; i < n; i++)
                {
                    v[i] = (bool?)c[i];
                }
                return v;
            }
        }
    }

    /// <summary>An attribute column from table values, slot <c>i</c> taken from row <c>row[i]</c>.</summary>
    private static AttributeColumn Column(string name, Array values, int[] row)
    {
        var slots = new object?[row.Length];
        AttributeType type;
        switch (values)
        {
            case string[] s:
                type = AttributeType.String;
                for (int i = 0; i < row.Length; i++)
                {
                    slots[i] = s[row[i]];
                }
                break;
            case long?[] l:
                type = AttributeType.Long;
                for (int i = 0; i < row.Length; i++)
                {
                    slots[i] = l[row[i]];
                }
                break;
            case double?[] d:
                type = AttributeType.Double;
                for (int i = 0; i < row.Length; i++)
                {
                    slots[i] = d[row[i]];
                }
                break;
            default:
                var b = (bool?[])values;
                type = AttributeType.Bool;
                for (int i = 0; i < row.Length; i++)
                {
                    slots[i] = b[row[i]];
                }
                break;
        }
        return AttributeColumn.Create(name, type, slots);
    }
}
