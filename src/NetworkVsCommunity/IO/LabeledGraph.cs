using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.IO;

/// <summary>
/// A graph as read from (or to be written to) a file: the CSR graph that algorithms use, the node ids, typed node
/// attribute columns, and the edge records in file order with their attribute columns.
/// </summary>
/// <remarks>
/// <para><b>Why edge records.</b> The CSR <see cref="Graph"/> merges parallel edges (summing weights) under the default
/// <see cref="ParallelEdgePolicy.Merge"/>, and an undirected CSR cannot tell which endpoint was written first. The
/// <see cref="Edges"/> keep every edge exactly as read, in file order, and <see cref="EdgeAttributes"/> are aligned
/// with them, so GraphML → GraphML or GEXF → GEXF keeps every edge and attribute. Writers write the records when
/// there are any (<see cref="HasEdgeRecords"/>), and otherwise the edges of the CSR graph (each undirected edge once,
/// from its smaller endpoint).</para>
/// <para>Attribute columns of the nodes have <see cref="CsrGraph.NodeCount"/> slots; those of edges have one slot per edge record.
/// Immutable and thread-safe.</para>
/// </remarks>
public sealed class LabeledGraph
{
    /// <summary>Creates a labelled graph from its parts, checking that they agree.</summary>
    /// <param name="graph">The CSR graph.</param>
    /// <param name="nodes">The ids; null for integer ids 0..n−1.</param>
    /// <param name="nodeAttributes">Node attribute columns (each with <c>graph.NodeCount</c> slots, distinct names); null for none.</param>
    /// <param name="edges">Edge records in file order (nodes in range, weights finite and ≥ 0); null for none.</param>
    /// <param name="edgeAttributes">Edge attribute columns aligned with <paramref name="edges"/>; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentException">The parts disagree (the message says how).</exception>
    public LabeledGraph(
        CsrGraph graph,
        NodeLabels? nodes = null,
        IEnumerable<AttributeColumn>? nodeAttributes = null,
        IEnumerable<EdgeRecord>? edges = null,
        IEnumerable<AttributeColumn>? edgeAttributes = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Graph = graph;
        Nodes = nodes ?? NodeLabels.Integers(graph.NodeCount);
        if (Nodes.Count != graph.NodeCount)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The labels name {Nodes.Count} nodes but the graph has {graph.NodeCount}."), nameof(nodes));
        }
        NodeAttributes = nodeAttributes is null ? [] : [.. nodeAttributes];
        Edges = edges is null ? [] : [.. edges];
        EdgeAttributes = edgeAttributes is null ? [] : [.. edgeAttributes];
        CheckColumns(NodeAttributes, graph.NodeCount, "node", nameof(nodeAttributes));
        CheckColumns(EdgeAttributes, Edges.Length, "edge", nameof(edgeAttributes));
        for (int i = 0; i < Edges.Length; i++)
        {
            EdgeRecord e = Edges[i];
            if ((uint)e.Source >= (uint)graph.NodeCount || (uint)e.Target >= (uint)graph.NodeCount || !double.IsFinite(e.Weight) || e.Weight < 0)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"Edge record {i} ({e.Source}, {e.Target}, {e.Weight}) is invalid; allowed: nodes 0..{graph.NodeCount - 1}, a finite weight of 0 or more."), nameof(edges));
            }
        }
    }

    private LabeledGraph(CsrGraph graph, NodeLabels nodes, ImmutableArray<AttributeColumn> nodeAttributes,
        ImmutableArray<EdgeRecord> edges, ImmutableArray<AttributeColumn> edgeAttributes)
    {
        Graph = graph;
        Nodes = nodes;
        NodeAttributes = nodeAttributes;
        Edges = edges;
        EdgeAttributes = edgeAttributes;
    }

    /// <summary>The CSR graph that algorithms take.</summary>
    public CsrGraph Graph { get; }

    /// <summary>The node ids.</summary>
    public NodeLabels Nodes { get; }

    /// <summary>Typed node attribute columns, in file order of their declaration.</summary>
    public ImmutableArray<AttributeColumn> NodeAttributes { get; }

    /// <summary>The edges as read, in file order, before merging; empty when not kept (see <see cref="HasEdgeRecords"/>).</summary>
    public ImmutableArray<EdgeRecord> Edges { get; }

    /// <summary>Typed edge attribute columns aligned with <see cref="Edges"/> (the weight is not among them: it is <see cref="EdgeRecord.Weight"/>).</summary>
    public ImmutableArray<AttributeColumn> EdgeAttributes { get; }

    /// <summary>Whether <see cref="Edges"/> holds the edge records (false: writers use the CSR graph's edges).</summary>
    public bool HasEdgeRecords => Edges.Length > 0;

    /// <summary>A labelled graph with integer ids 0..n−1 and no attributes.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The labelled graph.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static LabeledGraph FromGraph(CsrGraph graph) => new(graph);

    /// <summary>Builds the CSR graph from edge records and wraps everything in a labelled graph.</summary>
    /// <param name="nodes">The node ids.</param>
    /// <param name="edges">The edge records (nodes in range of <paramref name="nodes"/>).</param>
    /// <param name="directed">Whether edges have a direction.</param>
    /// <param name="weighted">Whether the graph keeps the record weights (otherwise every weight must be 1).</param>
    /// <param name="nodeAttributes">Node attribute columns; null for none.</param>
    /// <param name="edgeAttributes">Edge attribute columns aligned with <paramref name="edges"/>; null for none.</param>
    /// <param name="buildOptions">The parallel-edge and self-loop policy; default merge and keep.</param>
    /// <returns>The labelled graph.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The parts disagree, or a build policy rejects an edge.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A record names a node out of range or has an invalid weight.</exception>
    public static LabeledGraph Create(
        NodeLabels nodes,
        IEnumerable<EdgeRecord> edges,
        bool directed,
        bool weighted,
        IEnumerable<AttributeColumn>? nodeAttributes = null,
        IEnumerable<AttributeColumn>? edgeAttributes = null,
        GraphBuildOptions? buildOptions = null)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);
        EdgeRecord[] records = [.. edges];
        var builder = new GraphBuilder(directed, weighted, records.Length);
        builder.EnsureNodeCount(nodes.Count);
        foreach (EdgeRecord e in records)
        {
            if (e.Source >= nodes.Count || e.Target >= nodes.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(edges), e,
                    string.Create(CultureInfo.InvariantCulture, $"The edge record ({e.Source}, {e.Target}) names a node out of range; allowed: 0..{nodes.Count - 1}."));
            }
            builder.AddEdge(e.Source, e.Target, weighted ? e.Weight : 1.0);
        }
        return new LabeledGraph(builder.Build(buildOptions), nodes, nodeAttributes, records, edgeAttributes);
    }

    /// <summary>The node attribute column named <paramref name="name"/> (ordinal comparison), or null.</summary>
    /// <param name="name">The attribute name.</param>
    /// <returns>The column or null.</returns>
    public AttributeColumn? FindNodeAttribute(string name)
    {
        foreach (AttributeColumn c in NodeAttributes)
        {
            if (string.Equals(c.Name, name, StringComparison.Ordinal))
            {
                return c;
            }
        }
        return null;
    }

    /// <summary>The edge attribute column named <paramref name="name"/> (ordinal comparison), or null.</summary>
    /// <param name="name">The attribute name.</param>
    /// <returns>The column or null.</returns>
    public AttributeColumn? FindEdgeAttribute(string name)
    {
        foreach (AttributeColumn c in EdgeAttributes)
        {
            if (string.Equals(c.Name, name, StringComparison.Ordinal))
            {
                return c;
            }
        }
        return null;
    }

    /// <summary>The edges to write: the records when kept, otherwise the CSR edges (undirected: once, smaller endpoint first).</summary>
    internal EdgeRecord[] EdgesForWriting()
    {
        if (HasEdgeRecords)
        {
            return ImmutableCollectionsMarshal.AsArray(Edges)!;
        }
        var result = new List<EdgeRecord>(checked((int)Math.Min(int.MaxValue - 64, Graph.EdgeCount)));
        int[] offsets = Graph.OffsetsArray;
        int[] targets = Graph.TargetsArray;
        double[]? weights = Graph.WeightsArray;
        for (int u = 0; u < Graph.NodeCount; u++)
        {
            for (int a = offsets[u]; a < offsets[u + 1]; a++)
            {
                int v = targets[a];
                if (Graph.IsDirected || u <= v)
                {
                    result.Add(new EdgeRecord(u, v, weights is null ? 1.0 : weights[a]));
                }
            }
        }
        return [.. result];
    }

    /// <summary>Used by the readers, which have already checked every part.</summary>
    internal static LabeledGraph FromTrusted(CsrGraph graph, NodeLabels nodes, AttributeColumn[] nodeAttributes,
        EdgeRecord[]? edges, AttributeColumn[] edgeAttributes) =>
        new(graph, nodes, ImmutableCollectionsMarshal.AsImmutableArray(nodeAttributes),
            edges is null ? [] : ImmutableCollectionsMarshal.AsImmutableArray(edges),
            ImmutableCollectionsMarshal.AsImmutableArray(edgeAttributes));

    /// <summary>A short description.</summary>
    /// <returns>The graph description with attribute counts.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Graph}; {NodeAttributes.Length} node attributes, {EdgeAttributes.Length} edge attributes, {Edges.Length} edge records");

    private static void CheckColumns(ImmutableArray<AttributeColumn> columns, int count, string kind, string paramName)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (AttributeColumn? c in columns)
        {
            if (c is null)
            {
                throw new ArgumentNullException(paramName, $"A {kind} attribute column is null.");
            }
            if (c.Count != count)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"The {kind} attribute \"{c.Name}\" has {c.Count} values but there are {count} {kind}s{(kind == "edge" ? " records" : "")}."), paramName);
            }
            if (!names.Add(c.Name))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"The {kind} attribute \"{c.Name}\" occurs twice; names must be distinct."), paramName);
            }
        }
    }
}
