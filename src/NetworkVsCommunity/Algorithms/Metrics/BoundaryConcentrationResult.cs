using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>RSK-4 ExternalBoundaryConcentration: how few employees hold the company's arcs to the outside.</summary>
/// <param name="TopK">k.</param>
/// <param name="TotalExternalArcs">The number of employee→external arcs.</param>
/// <param name="Share">The share of those arcs held by the top-k employees (0 when there are none).</param>
/// <param name="TopEmployees">The k most exposed employees (most external arcs; ties to the lower node), most exposed first.</param>
/// <param name="ExternalArcs">External arcs of each of <see cref="TopEmployees"/>.</param>
/// <param name="CoreNumbers">k-shell (core number) of each of <see cref="TopEmployees"/> in the whole graph (Kitsak et al. 2010).</param>
public sealed record BoundaryConcentrationResult(
    int TopK,
    long TotalExternalArcs,
    double Share,
    ImmutableArray<int> TopEmployees,
    ImmutableArray<int> ExternalArcs,
    ImmutableArray<int> CoreNumbers);
