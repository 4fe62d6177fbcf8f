using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>Options of <see cref="ResonanceSeeding"/>.</summary>
public sealed record ResonanceSeedingOptions
{
    /// <summary>The defaults: k = 10, θ = 2, reinforced adopters, no communities, no constraints.</summary>
    public static ResonanceSeedingOptions Default { get; } = new();

    /// <summary>The budget k; 1 or more (capped by the feasible sets), default 10.</summary>
    public int SeedCount { get; init; } = 10;

    /// <summary>The adoption threshold θ of the complex contagion: adopt once θ distinct neighbours have; 1 or more, default 2.</summary>
    public int Threshold { get; init; } = 2;

    /// <summary>The objective of <see cref="ResonanceSeeding.Greedy"/>; default <see cref="ResonanceObjective.ReinforcedAdopters"/>.</summary>
    public ResonanceObjective Objective { get; init; } = ResonanceObjective.ReinforcedAdopters;

    /// <summary>The communities (for the supporter base and for clustered and scattered placement); null (default) for none.</summary>
    public Partition? Communities { get; init; }

    /// <summary>How many in-community adopting neighbours make a supporter; 1 or more, default 2.</summary>
    public int SupporterThreshold { get; init; } = 2;

    /// <summary>The most sharers <see cref="ResonanceSeeding.Clustered"/> places in one community; 1 or more, default <see cref="int.MaxValue"/> (fill a community before the next).</summary>
    public int SharersPerCommunity { get; init; } = int.MaxValue;

    /// <summary>Who may be chosen; null (default) for no constraints beyond the budget.</summary>
    public SeedingConstraints? Constraints { get; init; }

    /// <summary>
    /// The most candidates whose exact gain <see cref="ResonanceSeeding.IncrementalGreedy"/> evaluates per round (the most
    /// promising by how many near-threshold nodes they tip); 1 or more, default 128. Rounds with at most this many
    /// candidates choose exactly as <see cref="ResonanceSeeding.Greedy"/>.
    /// </summary>
    public int CandidatesPerRound { get; init; } = 128;

    /// <summary>
    /// Whether <see cref="ResonanceSeeding.IncrementalGreedy"/> also scores the top-degree pick and a clustered seed
    /// neighbourhood of equal size (exactly, under the same constraints) and returns the best of the three, ties to the
    /// greedy's pick (issue #18); default true. Turn off to get the greedy's own pick, e.g. to compare it with
    /// <see cref="ResonanceSeeding.Greedy"/>.
    /// </summary>
    public bool CompareBaselines { get; init; } = true;

    /// <summary>The random seed of <see cref="ResonanceSeeding.Scattered"/>; null (default) draws one and reports it.</summary>
    public long? RandomSeed { get; init; }
}
