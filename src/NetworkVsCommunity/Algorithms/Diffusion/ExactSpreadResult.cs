using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>The exact expected spread σ(S) of a model on a tiny graph, computed by enumerating live-edge graphs.</summary>
public sealed record ExactSpreadResult
{
    /// <summary>The expected number of adopters, initial sharers included.</summary>
    public required double ExpectedAdopters { get; init; }

    /// <summary>Per node, the exact probability of adopting.</summary>
    public required ImmutableArray<double> ActivationProbabilities { get; init; }

    /// <summary>The number of live-edge configurations enumerated.</summary>
    public required long Configurations { get; init; }

    /// <summary>The initial sharers, duplicates removed.</summary>
    public required ImmutableArray<int> InitialSharers { get; init; }

    /// <summary>The model, echoed.</summary>
    public required DiffusionModel Model { get; init; }
}
