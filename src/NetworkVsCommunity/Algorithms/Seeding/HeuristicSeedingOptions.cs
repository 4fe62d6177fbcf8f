namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>Options of the baseline heuristics of <see cref="SeedingHeuristics"/>.</summary>
public sealed record HeuristicSeedingOptions
{
    /// <summary>The defaults: k = 10, no constraints, PageRank damping 0.85.</summary>
    public static HeuristicSeedingOptions Default { get; } = new();

    /// <summary>The budget k; 1 or more (capped by the feasible sets), default 10.</summary>
    public int SeedCount { get; init; } = 10;

    /// <summary>Who may be chosen; null (default) for no constraints beyond the budget.</summary>
    public SeedingConstraints? Constraints { get; init; }

    /// <summary>PageRank's damping factor; in (0, 1), default 0.85.</summary>
    public double Damping { get; init; } = 0.85;

    /// <summary>The random seed of <see cref="SeedingHeuristics.RandomNodes"/>; null (default) draws one and reports it.</summary>
    public long? RandomSeed { get; init; }
}
