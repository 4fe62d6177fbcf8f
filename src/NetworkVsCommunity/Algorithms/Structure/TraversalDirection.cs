namespace NetworkVsCommunity.Algorithms.Structure;

/// <summary>Which arcs a traversal of a directed graph follows (all three are the same on an undirected graph).</summary>
public enum TraversalDirection
{
    /// <summary>Out-arcs, source → target (the default).</summary>
    Out = 0,

    /// <summary>In-arcs, target → source.</summary>
    In = 1,

    /// <summary>Both, ignoring direction.</summary>
    Both = 2,
}
