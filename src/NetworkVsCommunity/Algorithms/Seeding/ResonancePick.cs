using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>One deterministic pick in a <see cref="SeedingComparison.CompareResonance"/> and its threshold-contagion outcome.</summary>
/// <param name="Name">"resonance search", "top degree", "top PageRank" or "complex centrality".</param>
/// <param name="SeedNodes">The sharers.</param>
/// <param name="Outcome">The deterministic threshold cascade from them (exact, no sampling).</param>
/// <param name="ObjectiveValue">The options' objective for this pick.</param>
/// <param name="ShareOfRandomClusteredAtOrBelow">The share of random-clustered draws whose objective is at most this pick's, in [0, 1].</param>
public sealed record ResonancePick(
    string Name,
    ImmutableArray<int> SeedNodes,
    ThresholdOutcome Outcome,
    double ObjectiveValue,
    double ShareOfRandomClusteredAtOrBelow);
