using FsCheck;
using FsCheck.Fluent;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity.Tests.IO;

/// <summary>FsCheck generators of labelled graphs with hostile ids and attribute values, and the equivalence check for round trips.</summary>
public static class GraphGenerators
{
    /// <summary>Ids and strings that break naive writers: empty, separators, quotes, newlines, Unicode, comment markers, integer look-alikes.</summary>
    public static readonly string[] NastyStrings =
    [
        "", "a", "b", "a,b", "say \"hi\"", "new\nline", "cr\rlf", "tab\there", " lead", "trail ", "ünïcödé", "日本語", "emoji 😀",
        "#hash", "%pct", "\\back\\slash", "007", "5", "-1", "1e5", "<tag>&amp;", "'single'", "x y z", "Ω", "\u00A0nbsp",
    ];

    private static readonly double[] Weights = [0, 0.5, 1, 2.75, 1e-300, 1e300, 0.1, 3, 123456.789];

    private static readonly double[] DoubleValues = [0, -0.0, 1.5, -2.25, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e-300, 0.1, double.MaxValue];

    private static readonly long[] LongValues = [0, 1, -1, long.MaxValue, long.MinValue, 42];

    /// <summary>Random graphs: 0..12 nodes (integer or string ids), 0..24 edges with parallel edges and self-loops, optional weights and attributes.</summary>
    public static Gen<LabeledGraph> LabeledGraphs(bool attributes) =>
        from n in Gen.Choose(0, 12)
        from directed in Gen.Elements(false, true)
        from weighted in Gen.Elements(false, true)
        from stringIds in Gen.Elements(false, true)
        from idPicks in Gen.ArrayOf(Gen.Choose(0, NastyStrings.Length - 1), n)
        from m in Gen.Choose(0, n == 0 ? 0 : 24)
        from ends in Gen.ArrayOf(Gen.Choose(0, Math.Max(0, n - 1)), 2 * m)
        from weightPicks in Gen.ArrayOf(Gen.Choose(0, Weights.Length - 1), m)
        from nodeColumns in attributes ? Columns(n, "node") : Gen.Constant(Array.Empty<AttributeColumn>())
        from edgeColumns in attributes ? Columns(m, "edge") : Gen.Constant(Array.Empty<AttributeColumn>())
        select Make(n, directed, weighted, stringIds, idPicks, ends, weightPicks, nodeColumns, edgeColumns);

    private static Gen<AttributeColumn[]> Columns(int slots, string prefix) =>
        from count in Gen.Choose(0, 3)
        from columns in Gen.ArrayOf(Column(slots), count)
        select columns.Select((c, i) => AttributeColumn.Create(prefix + i + (i % 2 == 0 ? "" : " ü,\"x\""), c.Type, ValuesOf(c))).ToArray();

    private static object?[] ValuesOf(AttributeColumn c) => Enumerable.Range(0, c.Count).Select(i => c[i]).ToArray();

    private static Gen<AttributeColumn> Column(int slots) =>
        from type in Gen.Elements(AttributeType.String, AttributeType.Double, AttributeType.Long, AttributeType.Bool)
        from values in Gen.ArrayOf(Value(type), slots)
        select AttributeColumn.Create("c", type, values);

    private static Gen<object?> Value(AttributeType type)
    {
        Gen<object?> present = type switch
        {
            AttributeType.String => Gen.Elements(NastyStrings).Select(s => (object?)s),
            AttributeType.Double => Gen.Elements(DoubleValues).Select(d => (object?)d),
            AttributeType.Long => Gen.Elements(LongValues).Select(l => (object?)l),
            _ => Gen.Elements(true, false).Select(b => (object?)b),
        };
        return Gen.Frequency((1, Gen.Constant<object?>(null)), (4, present));
    }

    private static LabeledGraph Make(int n, bool directed, bool weighted, bool stringIds, int[] idPicks, int[] ends, int[] weightPicks,
        AttributeColumn[] nodeColumns, AttributeColumn[] edgeColumns)
    {
        NodeLabels labels;
        if (stringIds)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var ids = new List<string>();
            for (int i = 0; i < n; i++)
            {
                string id = NastyStrings[idPicks[i]];
                if (!seen.Add(id))
                {
                    id = id + "#" + i;
                    seen.Add(id);
                }
                ids.Add(id);
            }
            labels = NodeLabels.FromSortedIds(ids);
        }
        else
        {
            labels = NodeLabels.Integers(n);
        }
        var records = new EdgeRecord[weightPicks.Length];
        for (int e = 0; e < records.Length; e++)
        {
            records[e] = new EdgeRecord(ends[2 * e], ends[(2 * e) + 1], weighted ? Weights[weightPicks[e]] : 1.0);
        }
        return LabeledGraph.Create(labels, records, directed, weighted, nodeColumns, edgeColumns);
    }

    /// <summary>Asserts that two labelled graphs have the same nodes (by id), edges, weights, records and attributes.</summary>
    public static void AssertEquivalent(LabeledGraph expected, LabeledGraph actual, bool attributes, bool records = true, bool weightedWithoutEdges = true)
    {
        CsrGraph e = expected.Graph;
        CsrGraph a = actual.Graph;
        Assert.Equal(e.IsDirected, a.IsDirected);
        if (weightedWithoutEdges || e.EdgeCount > 0)
        {
            Assert.Equal(e.IsWeighted, a.IsWeighted);
        }
        Assert.Equal(e.NodeCount, a.NodeCount);
        Assert.Equal(e.EdgeCount, a.EdgeCount);
        Assert.Equal(e.BuildStatistics, a.BuildStatistics);
        int[] map = new int[e.NodeCount];
        for (int v = 0; v < e.NodeCount; v++)
        {
            Assert.True(actual.Nodes.TryGetNode(expected.Nodes[v], out map[v]), $"node id \"{expected.Nodes[v]}\" was lost");
        }
        for (int v = 0; v < e.NodeCount; v++)
        {
            ReadOnlySpan<int> row = e.Neighbors(v);
            ReadOnlySpan<double> w = e.NeighborWeights(v);
            Assert.Equal(row.Length, a.Degree(map[v]));
            for (int i = 0; i < row.Length; i++)
            {
                Assert.True(a.TryGetEdgeWeight(map[v], map[row[i]], out double weight), $"edge {expected.Nodes[v]} -> {expected.Nodes[row[i]]} was lost");
                Assert.Equal(BitConverter.DoubleToInt64Bits(w[i]), BitConverter.DoubleToInt64Bits(weight));
            }
        }
        if (records)
        {
            Assert.Equal(expected.Edges.Length, actual.Edges.Length);
            for (int i = 0; i < expected.Edges.Length; i++)
            {
                EdgeRecord x = expected.Edges[i];
                EdgeRecord y = actual.Edges[i];
                Assert.Equal(map[x.Source], y.Source);
                Assert.Equal(map[x.Target], y.Target);
                Assert.Equal(x.Weight, y.Weight);
            }
        }
        if (!attributes)
        {
            return;
        }
        Assert.Equal(expected.NodeAttributes.Length, actual.NodeAttributes.Length);
        foreach (AttributeColumn column in expected.NodeAttributes)
        {
            AttributeColumn? other = actual.FindNodeAttribute(column.Name);
            Assert.NotNull(other);
            Assert.Equal(column.Type, other.Type);
            for (int v = 0; v < column.Count; v++)
            {
                AssertSameValue(column[v], other[map[v]], $"node {expected.Nodes[v]} attribute {column.Name}");
            }
        }
        Assert.Equal(expected.EdgeAttributes.Length, actual.EdgeAttributes.Length);
        foreach (AttributeColumn column in expected.EdgeAttributes)
        {
            AttributeColumn? other = actual.FindEdgeAttribute(column.Name);
            Assert.NotNull(other);
            Assert.Equal(column.Type, other.Type);
            for (int i = 0; i < column.Count; i++)
            {
                AssertSameValue(column[i], other[i], $"edge {i} attribute {column.Name}");
            }
        }
    }

    private static void AssertSameValue(object? x, object? y, string where)
    {
        if (x is double dx && y is double dy)
        {
            Assert.True(BitConverter.DoubleToInt64Bits(dx) == BitConverter.DoubleToInt64Bits(dy) || (double.IsNaN(dx) && double.IsNaN(dy)), $"{where}: {dx} != {dy}");
            return;
        }
        Assert.True(Equals(x, y), $"{where}: {x ?? "<missing>"} != {y ?? "<missing>"}");
    }
}
