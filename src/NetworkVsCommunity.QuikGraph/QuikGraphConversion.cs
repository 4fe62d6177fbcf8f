using System.Globalization;
using global::QuikGraph;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.QuikGraph;

/// <summary>Conversions between QuikGraph 2.5 graphs and <see cref="CsrGraph"/>, both ways.</summary>
/// <remarks>
/// <para><b>Node order.</b> Nodes are numbered by <c>vertexOrder</c> when one is given (a total order: ids are then
/// independent of how the QuikGraph graph was filled), otherwise in the graph's <c>Vertices</c> enumeration order (QuikGraph
/// enumerates in insertion order for its built-in graphs).</para>
/// <para><b>Edges.</b> Every QuikGraph edge becomes one edge; parallel edges and self-loops follow
/// <see cref="GraphBuildOptions"/> (default: merge by summing weights, keep self-loops), counted in
/// <see cref="CsrGraph.BuildStatistics"/>. Without a weight selector the graph is unweighted. O(n + m) time plus sorting
/// the vertices when a comparer is given.</para>
/// </remarks>
public static class QuikGraphConversion
{
    /// <summary>Converts an undirected QuikGraph graph.</summary>
    /// <typeparam name="TVertex">Vertex type.</typeparam>
    /// <typeparam name="TEdge">Edge type.</typeparam>
    /// <param name="graph">The graph.</param>
    /// <param name="weight">Edge weight (finite, 0 or more); null for an unweighted graph.</param>
    /// <param name="vertexOrder">Node numbering order; null for the enumeration order of <c>Vertices</c>.</param>
    /// <param name="buildOptions">Parallel-edge and self-loop policy; default merge and keep.</param>
    /// <returns>The CSR graph and the vertex map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentException">An edge names a vertex not in <c>Vertices</c>, or a build policy rejects an edge.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative, NaN or infinite.</exception>
    public static ImportedGraph<TVertex> ToCsrGraph<TVertex, TEdge>(this IUndirectedGraph<TVertex, TEdge> graph,
        Func<TEdge, double>? weight = null, IComparer<TVertex>? vertexOrder = null, GraphBuildOptions? buildOptions = null)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Convert(graph.Vertices, graph.Edges, directed: false, weight, vertexOrder, buildOptions);
    }

    /// <summary>Converts a QuikGraph graph with vertex and edge lists (directed or not, per <c>IsDirected</c>).</summary>
    /// <typeparam name="TVertex">Vertex type.</typeparam>
    /// <typeparam name="TEdge">Edge type.</typeparam>
    /// <param name="graph">The graph, for example an <c>AdjacencyGraph</c> or <c>BidirectionalGraph</c>.</param>
    /// <param name="weight">Edge weight (finite, 0 or more); null for an unweighted graph.</param>
    /// <param name="vertexOrder">Node numbering order; null for the enumeration order of <c>Vertices</c>.</param>
    /// <param name="buildOptions">Parallel-edge and self-loop policy; default merge and keep.</param>
    /// <returns>The CSR graph and the vertex map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentException">An edge names a vertex not in <c>Vertices</c>, or a build policy rejects an edge.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative, NaN or infinite.</exception>
    public static ImportedGraph<TVertex> ToCsrGraph<TVertex, TEdge>(this IVertexAndEdgeListGraph<TVertex, TEdge> graph,
        Func<TEdge, double>? weight = null, IComparer<TVertex>? vertexOrder = null, GraphBuildOptions? buildOptions = null)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Convert(graph.Vertices, graph.Edges, graph.IsDirected, weight, vertexOrder, buildOptions);
    }

    /// <summary>An undirected QuikGraph graph on the nodes 0..n−1, one edge per undirected edge (smaller endpoint first), tagged with its weight.</summary>
    /// <param name="graph">The CSR graph; a directed graph is rejected.</param>
    /// <returns>The QuikGraph graph (parallel edges not allowed: the CSR graph has none).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="graph"/> is directed.</exception>
    public static UndirectedGraph<int, TaggedUndirectedEdge<int, double>> ToQuikGraphUndirected(this CsrGraph graph)
    {
        RequireUndirected(graph);
        var result = new UndirectedGraph<int, TaggedUndirectedEdge<int, double>>(allowParallelEdges: false);
        for (int v = 0; v < graph.NodeCount; v++)
        {
            result.AddVertex(v);
        }
        ForEachEdge(graph, (u, v, w) => result.AddEdge(new TaggedUndirectedEdge<int, double>(u, v, w)));
        return result;
    }

    /// <summary>A bidirectional QuikGraph graph on the nodes 0..n−1 with every arc tagged with its weight (an undirected graph gives both arcs of each edge, a self-loop once).</summary>
    /// <param name="graph">The CSR graph.</param>
    /// <returns>The QuikGraph graph.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static BidirectionalGraph<int, TaggedEdge<int, double>> ToQuikGraphBidirectional(this CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var result = new BidirectionalGraph<int, TaggedEdge<int, double>>(allowParallelEdges: false, graph.NodeCount, graph.ArcCount);
        for (int v = 0; v < graph.NodeCount; v++)
        {
            result.AddVertex(v);
        }
        ForEachArc(graph, (u, v, w) => result.AddEdge(new TaggedEdge<int, double>(u, v, w)));
        return result;
    }

    /// <summary>An undirected QuikGraph graph on the mapped vertices, one edge per undirected edge, tagged with its weight.</summary>
    /// <typeparam name="TVertex">Vertex type.</typeparam>
    /// <param name="graph">The CSR graph; a directed graph is rejected.</param>
    /// <param name="vertices">The vertex of every node (for example from <see cref="ToCsrGraph{TVertex, TEdge}(IUndirectedGraph{TVertex, TEdge}, Func{TEdge, double}?, IComparer{TVertex}?, GraphBuildOptions?)"/>).</param>
    /// <returns>The QuikGraph graph (edges as <see cref="TaggedEdge{TVertex, TTag}"/>, source = the node with the smaller index).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The graph is directed, or the map has a different number of vertices.</exception>
    public static UndirectedGraph<TVertex, TaggedEdge<TVertex, double>> ToQuikGraphUndirected<TVertex>(this CsrGraph graph, VertexMap<TVertex> vertices)
        where TVertex : notnull
    {
        RequireUndirected(graph);
        CheckMap(graph, vertices);
        var result = new UndirectedGraph<TVertex, TaggedEdge<TVertex, double>>(allowParallelEdges: false);
        foreach (TVertex v in vertices)
        {
            result.AddVertex(v);
        }
        ForEachEdge(graph, (u, v, w) => result.AddEdge(new TaggedEdge<TVertex, double>(vertices[u], vertices[v], w)));
        return result;
    }

    /// <summary>A bidirectional QuikGraph graph on the mapped vertices with every arc tagged with its weight.</summary>
    /// <typeparam name="TVertex">Vertex type.</typeparam>
    /// <param name="graph">The CSR graph.</param>
    /// <param name="vertices">The vertex of every node.</param>
    /// <returns>The QuikGraph graph.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The map has a different number of vertices.</exception>
    public static BidirectionalGraph<TVertex, TaggedEdge<TVertex, double>> ToQuikGraphBidirectional<TVertex>(this CsrGraph graph, VertexMap<TVertex> vertices)
        where TVertex : notnull
    {
        ArgumentNullException.ThrowIfNull(graph);
        CheckMap(graph, vertices);
        var result = new BidirectionalGraph<TVertex, TaggedEdge<TVertex, double>>(allowParallelEdges: false, graph.NodeCount, graph.ArcCount);
        foreach (TVertex v in vertices)
        {
            result.AddVertex(v);
        }
        ForEachArc(graph, (u, v, w) => result.AddEdge(new TaggedEdge<TVertex, double>(vertices[u], vertices[v], w)));
        return result;
    }

    private static ImportedGraph<TVertex> Convert<TVertex, TEdge>(IEnumerable<TVertex> vertices, IEnumerable<TEdge> edges, bool directed,
        Func<TEdge, double>? weight, IComparer<TVertex>? vertexOrder, GraphBuildOptions? buildOptions)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        IEnumerable<TVertex> ordered = vertexOrder is null ? vertices : vertices.OrderBy(v => v, vertexOrder);
        var map = new VertexMap<TVertex>(ordered);
        var builder = new GraphBuilder(directed, weighted: weight is not null);
        builder.EnsureNodeCount(map.Count);
        foreach (TEdge edge in edges)
        {
            if (!map.TryGetNode(edge.Source, out int s) || !map.TryGetNode(edge.Target, out int t))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"The edge {edge.Source} -> {edge.Target} names a vertex that is not in the graph's Vertices."), nameof(edges));
            }
            if (weight is null)
            {
                builder.AddEdge(s, t);
            }
            else
            {
                builder.AddEdge(s, t, weight(edge));
            }
        }
        return new ImportedGraph<TVertex>(builder.Build(buildOptions), map);
    }

    private static void RequireUndirected(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (graph.IsDirected)
        {
            throw new ArgumentException("The graph is directed; use ToQuikGraphBidirectional.", nameof(graph));
        }
    }

    private static void CheckMap<TVertex>(CsrGraph graph, VertexMap<TVertex> vertices)
        where TVertex : notnull
    {
        ArgumentNullException.ThrowIfNull(vertices);
        if (vertices.Count != graph.NodeCount)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The map has {vertices.Count} vertices but the graph has {graph.NodeCount} nodes."), nameof(vertices));
        }
    }

    private static void ForEachEdge(CsrGraph graph, Action<int, int, double> add)
    {
        for (int u = 0; u < graph.NodeCount; u++)
        {
            ReadOnlySpan<int> row = graph.Neighbors(u);
            ReadOnlySpan<double> weights = graph.NeighborWeights(u);
            for (int i = 0; i < row.Length; i++)
            {
                if (row[i] >= u)
                {
                    add(u, row[i], weights[i]);
                }
            }
        }
    }

    private static void ForEachArc(CsrGraph graph, Action<int, int, double> add)
    {
        for (int u = 0; u < graph.NodeCount; u++)
        {
            ReadOnlySpan<int> row = graph.Neighbors(u);
            ReadOnlySpan<double> weights = graph.NeighborWeights(u);
            for (int i = 0; i < row.Length; i++)
            {
                add(u, row[i], weights[i]);
            }
        }
    }
}
