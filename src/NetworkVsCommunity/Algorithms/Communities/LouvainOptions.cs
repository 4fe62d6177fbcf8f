using System.Collections.Immutable;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Algorithms.Communities;

/// <summary>Options of <see cref="CommunityDetection.Louvain"/>.</summary>
public sealed record LouvainOptions
{
    /// <summary>The defaults: modularity, γ = 1, a fresh random seed, all processors.</summary>
    public static LouvainOptions Default { get; } = new();

    /// <summary>The quality function to maximise. Default <see cref="CommunityObjective.Modularity"/>.</summary>
    public CommunityObjective Objective { get; init; } = CommunityObjective.Modularity;

    /// <summary>The resolution γ: finite and &gt; 0. Default 1 (see <see cref="LeidenOptions.Resolution"/>).</summary>
    public double Resolution { get; init; } = 1.0;

    /// <summary>The random seed of the visiting orders; null draws one (reported in the result). Default null.</summary>
    public long? RandomSeed { get; init; }

    /// <summary>Threads for local moving's batched proposals on levels of 2^22 arcs or more, aggregation and the level qualities: 1 or more, or 0 for all processors. Default 0. The result is the same for every value.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>A warm start over the same nodes; null starts from singletons. Default null.</summary>
    public Partition? InitialPartition { get; init; }

    /// <summary>Nodes that keep their community of <see cref="InitialPartition"/> (others may join them). Default empty.</summary>
    public ImmutableArray<int> FixedNodes { get; init; } = [];
}
