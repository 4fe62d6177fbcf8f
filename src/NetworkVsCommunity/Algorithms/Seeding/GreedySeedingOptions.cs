namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>Options of the oracle-based greedy routines of <see cref="GreedySeeding"/>.</summary>
public sealed record GreedySeedingOptions
{
    /// <summary>The defaults: k = 10, no constraints.</summary>
    public static GreedySeedingOptions Default { get; } = new();

    /// <summary>The budget k: how many sharers to choose; 1 or more (capped by the feasible sets), default 10.</summary>
    public int SeedCount { get; init; } = 10;

    /// <summary>Who may be chosen; null (default) for no constraints beyond the budget.</summary>
    public SeedingConstraints? Constraints { get; init; }
}
