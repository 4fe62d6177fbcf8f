using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>Options of <see cref="WhoWhatDecomposition.Simulate"/> (WHO-1).</summary>
public sealed record WhoWhatOptions
{
    /// <summary>The default options.</summary>
    public static WhoWhatOptions Default { get; } = new();

    /// <summary>Message appeal levels (WHAT): each multiplies the transmission probability (capped at 1). Default 0.5, 1, 1.5.</summary>
    public ImmutableArray<double> AppealLevels { get; init; } = [0.5, 1.0, 1.5];

    /// <summary>The outcome to decompose. Default <see cref="WhoWhatOutcome.Adopters"/>.</summary>
    public WhoWhatOutcome Outcome { get; init; } = WhoWhatOutcome.Adopters;

    /// <summary>
    /// Sampling: <see cref="InfluenceSamplingOptions.SampleCount"/> is the number of runs per (sharer, appeal) cell, and the base
    /// probability is <see cref="InfluenceSamplingOptions.TransmissionProbability"/>. Default: 100 runs per cell.
    /// </summary>
    public InfluenceSamplingOptions Sampling { get; init; } = new() { SampleCount = 100 };
}
