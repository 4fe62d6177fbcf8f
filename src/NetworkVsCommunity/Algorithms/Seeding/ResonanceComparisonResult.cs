using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>The outcome of <see cref="SeedingComparison.CompareResonance"/>: what the resonance search buys over simpler picks of equal size.</summary>
/// <param name="Picks">The resonance search first, then top degree, top PageRank and complex centrality.</param>
/// <param name="RandomClustered">Random-clustered seed sets of the same size, summarised with intervals.</param>
/// <param name="Model">The contagion simulated, with its θ.</param>
/// <param name="SearchMethod">The search used for the first pick ("IncrementalGreedy" or "Greedy").</param>
/// <param name="SearchGuarantee">What holds about the search's choice.</param>
/// <param name="RandomSeed">The random seed of the draws.</param>
/// <param name="Options">The options, echoed with the random seed used.</param>
/// <param name="Diagnostics">Notes.</param>
public sealed record ResonanceComparisonResult(
    ImmutableArray<ResonancePick> Picks,
    ResonanceDrawSummary RandomClustered,
    string Model,
    string SearchMethod,
    string SearchGuarantee,
    long RandomSeed,
    ResonanceComparisonOptions Options,
    ImmutableArray<string> Diagnostics);
