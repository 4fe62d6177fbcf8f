using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>Options of <see cref="WhoWhatDecomposition.Simulate"/> (WHO-1).</summary>
public sealed record WhoWhatOptions
{
    /// <summary>The default options.</summary>
    public static WhoWhatOptions Default { get; } = new();

    /// <summary>Message appeal levels (WHAT): each multiplies every arc probability of the model (capped at 1). Default 0.5, 1, 1.5.</summary>
    public ImmutableArray<double> AppealLevels { get; init; } = [0.5, 1.0, 1.5];

    /// <summary>The outcome to decompose. Default <see cref="WhoWhatOutcome.Adopters"/>.</summary>
    public WhoWhatOutcome Outcome { get; init; } = WhoWhatOutcome.Adopters;

    /// <summary>The cascade model (ic, icp, relationship) whose arc probabilities the appeal levels scale. Default <see cref="Diffusion.DiffusionModel.Default"/>.</summary>
    public Diffusion.DiffusionModel Model { get; init; } = Diffusion.DiffusionModel.Default;

    /// <summary>Sampling: <see cref="Diffusion.SamplingOptions.Runs"/> is the number of runs per (sharer, appeal) cell. Default: 100 runs per cell.</summary>
    public Diffusion.SamplingOptions Sampling { get; init; } = new() { Runs = 100 };
}
