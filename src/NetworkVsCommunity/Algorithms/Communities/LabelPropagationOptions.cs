using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Algorithms.Communities;

/// <summary>Options of <see cref="CommunityDetection.LabelPropagation"/>.</summary>
public sealed record LabelPropagationOptions
{
    /// <summary>The defaults: at most 100 sweeps, a fresh random seed.</summary>
    public static LabelPropagationOptions Default { get; } = new();

    /// <summary>The maximum number of sweeps: 1 or more. Default 100. A run that still changes labels then reports <c>Converged = false</c>.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>The random seed of the visiting orders and tie breaks; null draws one (reported in the result). Default null.</summary>
    public long? RandomSeed { get; init; }

    /// <summary>Initial labels (a warm start); null starts with every node its own label. Default null.</summary>
    public Partition? InitialPartition { get; init; }
}
