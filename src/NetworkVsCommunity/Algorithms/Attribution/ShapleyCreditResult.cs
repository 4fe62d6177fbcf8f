using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Attribution;

/// <summary>Credit per player (sharer) of a game, with the game's value: ATT-1, ATT-2, ATT-3 and the ATT-6 baseline.</summary>
/// <param name="Players">The players (sharers), ascending.</param>
/// <param name="Credits">Credit per player, in the order of <see cref="Players"/>.</param>
/// <param name="Value">v(N), the value of the grand coalition (for Shapley credit Σ Credits = Value: efficiency).</param>
/// <param name="StandardErrors">Monte Carlo standard error of each credit (empty when exact).</param>
/// <param name="Runs">Live-edge samples or permutations used (0 when exact).</param>
/// <param name="RandomSeed">The seed used (0 when exact).</param>
/// <param name="Diagnostics">Notes.</param>
[NetworkVsCommunity.Visualization.TypeFormatterSource(typeof(NetworkVsCommunity.Visualization.NotebookFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed record ShapleyCreditResult(
    ImmutableArray<int> Players,
    ImmutableArray<double> Credits,
    double Value,
    ImmutableArray<double> StandardErrors,
    int Runs,
    long RandomSeed,
    ImmutableArray<string> Diagnostics);
