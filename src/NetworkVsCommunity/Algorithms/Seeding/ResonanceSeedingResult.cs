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

    /// <summary>
    /// The picks <see cref="ResonanceSeeding.IncrementalGreedy"/> scored before returning the best (the greedy's, top degree,
    /// a clustered seed neighbourhood), each with its exact objective; empty for the other methods or with
    /// <see cref="ResonanceSeedingOptions.CompareBaselines"/> off.
    /// </summary>
    public ImmutableArray<ResonanceCandidate> Candidates { get; init; } = [];

    /// <summary>The name of the returned candidate in <see cref="Candidates"/> ("greedy", "degree" or "clustered"); empty when no candidates were scored.</summary>
    public string Winner { get; init; } = "";
}
