using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>The outcome of <see cref="SeedingComparison.Compare"/>: one entry per candidate, in the given order.</summary>
/// <param name="Strategies">Per-candidate spread, resonance, risk, credit and paired tests against the first.</param>
/// <param name="Runs">The number of runs R shared by all candidates.</param>
/// <param name="RandomSeed">The random seed used.</param>
/// <param name="Options">The options, echoed.</param>
/// <param name="Diagnostics">Notes.</param>
[NetworkVsCommunity.Visualization.TypeFormatterSource(typeof(NetworkVsCommunity.Visualization.NotebookFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed record SeedingComparisonResult(
    ImmutableArray<StrategyOutcome> Strategies,
    int Runs,
    long RandomSeed,
    SeedingComparisonOptions Options,
    ImmutableArray<string> Diagnostics);
