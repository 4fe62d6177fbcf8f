using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.QuikGraph;

/// <summary>A QuikGraph graph converted to a <see cref="CsrGraph"/>, with the map between its vertices and node indices.</summary>
/// <typeparam name="TVertex">The QuikGraph vertex type.</typeparam>
/// <param name="Graph">The CSR graph.</param>
/// <param name="Vertices">Vertex ↔ node index.</param>
public sealed record ImportedGraph<TVertex>(CsrGraph Graph, VertexMap<TVertex> Vertices)
    where TVertex : notnull;
