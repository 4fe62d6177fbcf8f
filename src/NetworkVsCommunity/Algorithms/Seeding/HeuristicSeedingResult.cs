using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>The sharers chosen by a baseline heuristic.</summary>
/// <param name="SeedNodes">The chosen sharers, best score first.</param>
/// <param name="Scores">The score of each chosen sharer (degree, PageRank, core number, or a uniform draw).</param>
/// <param name="Method">"Degree", "PageRank", "KCore" or "Random".</param>
/// <param name="RandomSeed">The random seed used (0 for deterministic heuristics).</param>
/// <param name="Options">The options, echoed.</param>
/// <param name="Diagnostics">Notes such as fewer feasible nodes than the budget.</param>
public sealed record HeuristicSeedingResult(
    ImmutableArray<int> SeedNodes,
    ImmutableArray<double> Scores,
    string Method,
    long RandomSeed,
    HeuristicSeedingOptions Options,
    ImmutableArray<string> Diagnostics);
