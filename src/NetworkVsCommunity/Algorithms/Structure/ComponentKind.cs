namespace NetworkVsCommunity.Algorithms.Structure;

/// <summary>Which connectivity <see cref="Components.ConnectedComponents"/> computes on a directed graph.</summary>
public enum ComponentKind
{
    /// <summary>Weakly connected components: direction ignored (the only kind for an undirected graph). The default.</summary>
    Weak = 0,

    /// <summary>Strongly connected components: mutually reachable along arcs (equal to weak ones on an undirected graph).</summary>
    Strong = 1,
}
