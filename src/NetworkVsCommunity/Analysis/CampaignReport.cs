using System.Collections.Immutable;
using NetworkVsCommunity.Algorithms.Metrics;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity;

/// <summary>
/// A campaign seen from both sides: spread, resonance, risk and fair credit side by side, never folded into one score,
/// with the network-vs-community position of docs/metrics.md#spread-vs-share-profile.
/// </summary>
/// <param name="Sharers">The employees who share, in the order given.</param>
/// <param name="SharerNodes">Their node numbers.</param>
/// <param name="Spread">SPR figures.</param>
/// <param name="Resonance">RES figures (with supporters, 応援団, as the headline outcome).</param>
/// <param name="Risk">RSK figures.</param>
/// <param name="Credit">ATT figures per sharer, in the order of <paramref name="Sharers"/>.</param>
/// <param name="Position">Mean network-ness x = SPR-4 × normalised SPR-6 and community-ness y = RES-1 × RES-3 over the runs, with the quadrant.</param>
/// <param name="Communities">The communities that resonance was measured against.</param>
/// <param name="Runs">The Monte Carlo runs.</param>
/// <param name="RandomSeed">The random seed used.</param>
/// <param name="Options">The options used.</param>
/// <param name="Diagnostics">Notes on the analysis.</param>
[NetworkVsCommunity.Visualization.TypeFormatterSource(typeof(NetworkVsCommunity.Visualization.NotebookFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed record CampaignReport(
    ImmutableArray<EmployeeId> Sharers,
    ImmutableArray<int> SharerNodes,
    SpreadFigures Spread,
    ResonanceFigures Resonance,
    RiskFigures Risk,
    ImmutableArray<SharerCredit> Credit,
    SpreadShareProfile Position,
    Partition Communities,
    int Runs,
    long RandomSeed,
    CampaignOptions Options,
    ImmutableArray<string> Diagnostics);
