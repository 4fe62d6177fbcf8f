using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>Sharers chosen for resonance, with their outcome under the options' threshold contagion.</summary>
/// <param name="SeedNodes">The chosen sharers in order of selection.</param>
/// <param name="Outcome">The threshold cascade from all of them: adopters, reinforced adopters, supporter base, steps.</param>
/// <param name="ObjectiveValue">The value of the options' objective for the chosen set.</param>
/// <param name="Method">"Greedy" (exact), "IncrementalGreedy", "Clustered", "Scattered" or "ComplexCentrality".</param>
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
    ImmutableArray<string> Diagnostics)
{
    /// <summary>The contagion the outcome and the search use, with its θ, e.g. "threshold contagion (θ = 2, deterministic, synchronous)".</summary>
    public string Model => ResonanceSeeding.ModelName(Options.Threshold);

    /// <summary>What holds about the choice: threshold contagion is not submodular, so no approximation ratio is claimed; says when the choice equals exact greedy's.</summary>
    public string Guarantee { get; init; } = "";
}
