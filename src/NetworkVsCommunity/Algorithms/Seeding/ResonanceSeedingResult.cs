using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>Sharers chosen for resonance, with their outcome under the options' threshold contagion.</summary>
/// <param name="SeedNodes">The chosen sharers in order of selection.</param>
/// <param name="Outcome">The threshold cascade from all of them: adopters, reinforced adopters, supporter base, steps.</param>
/// <param name="ObjectiveValue">The value of the options' objective for the chosen set.</param>
/// <param name="Method">"Greedy", "Clustered" or "Scattered".</param>
/// <param name="RandomSeed">The random seed used (0 for deterministic methods).</param>
/// <param name="Options">The options, echoed.</param>
/// <param name="Diagnostics">Notes such as fewer feasible nodes than the budget.</param>
public sealed record ResonanceSeedingResult(
    ImmutableArray<int> SeedNodes,
    ThresholdOutcome Outcome,
    double ObjectiveValue,
    string Method,
    long RandomSeed,
    ResonanceSeedingOptions Options,
    ImmutableArray<string> Diagnostics);
