namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>Options of <see cref="SeedingComparison.CompareResonance"/>.</summary>
public sealed record ResonanceComparisonOptions
{
    /// <summary>The defaults: the resonance defaults (k = 10, θ = 2), 200 random-clustered draws, 95 % intervals, incremental search.</summary>
    public static ResonanceComparisonOptions Default { get; } = new();

    /// <summary>Budget, θ, objective, communities and constraints shared by every pick; default <see cref="ResonanceSeedingOptions.Default"/>.</summary>
    public ResonanceSeedingOptions Seeding { get; init; } = ResonanceSeedingOptions.Default;

    /// <summary>Random-clustered seed sets drawn, one per random stream; 2 or more, default 200.</summary>
    public int RandomDraws { get; init; } = 200;

    /// <summary>Confidence level of the intervals; in (0, 1), default 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Complex centrality is computed for every node when n ≤ this, else for this many highest-degree nodes; 1 or more, default 1000.</summary>
    public int ComplexCentralitySources { get; init; } = 1000;

    /// <summary>Use the exact greedy (<see cref="ResonanceSeeding.Greedy"/>) instead of the incremental search; default false.</summary>
    public bool ExactGreedy { get; init; }

    /// <summary>The random seed of the random-clustered draws; null (default) draws one and reports it.</summary>
    public long? RandomSeed { get; init; }
}
