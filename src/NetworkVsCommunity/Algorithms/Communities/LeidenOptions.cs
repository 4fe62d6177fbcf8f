using System.Collections.Immutable;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Algorithms.Communities;

/// <summary>Options of <see cref="CommunityDetection.Leiden"/>.</summary>
public sealed record LeidenOptions
{
    /// <summary>The defaults: modularity, γ = 1, 2 iterations, a fresh random seed, all processors.</summary>
    public static LeidenOptions Default { get; } = new();

    /// <summary>The quality function to maximise. Default <see cref="CommunityObjective.Modularity"/>.</summary>
    public CommunityObjective Objective { get; init; } = CommunityObjective.Modularity;

    /// <summary>
    /// The resolution γ: finite and &gt; 0. Default 1. For modularity, larger γ gives more, smaller communities; for CPM,
    /// γ is the density threshold (γ = 1 returns singletons on an unweighted simple graph; try the graph's density).
    /// </summary>
    public double Resolution { get; init; } = 1.0;

    /// <summary>
    /// Number of Leiden iterations (each a full local-moving / refinement / aggregation pass over all levels): 1 or more,
    /// or −1 to iterate until an iteration changes nothing. Default 2 (as igraph and leidenalg). The run stops early when
    /// an iteration changes nothing.
    /// </summary>
    public int Iterations { get; init; } = 2;

    /// <summary>The random seed of the visiting orders; null draws one (reported in the result). Default null.</summary>
    public long? RandomSeed { get; init; }

    /// <summary>Threads for the parallel parts (local moving's batched proposals on levels of 2^22 arcs or more, refinement, aggregation, component split, quality): 1 or more, or 0 for all processors. Default 0. The partition is the same for every value.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>A warm start (for example the org chart's departments) over the same nodes; null starts from singletons. Default null.</summary>
    public Partition? InitialPartition { get; init; }

    /// <summary>
    /// Nodes that keep their community of <see cref="InitialPartition"/> (or stay alone without one); other nodes may join them.
    /// Default empty.
    /// </summary>
    public ImmutableArray<int> FixedNodes { get; init; } = [];
}
