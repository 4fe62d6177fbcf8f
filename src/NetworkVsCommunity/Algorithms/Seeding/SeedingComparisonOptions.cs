using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>Options of <see cref="SeedingComparison.Compare"/>.</summary>
public sealed record SeedingComparisonOptions
{
    /// <summary>The defaults: IC p = 0.01, 1000 runs, 95 % intervals, no communities.</summary>
    public static SeedingComparisonOptions Default { get; } = new();

    /// <summary>
    /// The diffusion model: a triggering model (ic, icp, relationship, lt; others are refused by name). Default
    /// <see cref="Diffusion.DiffusionModel.Default"/> (p = 0.05 on mutual and one-way ties).
    /// </summary>
    public Diffusion.DiffusionModel Model { get; init; } = Diffusion.DiffusionModel.Default;

    /// <summary>Monte Carlo runs R, shared by every candidate; 2 or more, default 1000.</summary>
    public int Runs { get; init; } = 1000;

    /// <summary>Confidence level of the intervals; in (0, 1), default 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Communities for the supporter base; null (default) for none.</summary>
    public Partition? Communities { get; init; }

    /// <summary>In-community adopting neighbours that make a supporter; 1 or more, default 2.</summary>
    public int SupporterThreshold { get; init; } = 2;

    /// <summary>The random seed; null (default) draws one and reports it.</summary>
    public long? RandomSeed { get; init; }

    /// <summary>Threads over runs; 0 (default) for all processors. The result does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; }
}
