using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>WHO-1: how much of a campaign's outcome is explained by WHO shares it versus WHAT is shared (two-way ANOVA, eta²).</summary>
/// <param name="EtaSquaredWho">η²_who = SS_who / SS_total, in [0, 1]; 0 when SS_total = 0.</param>
/// <param name="EtaSquaredWhat">η²_what = SS_what / SS_total, in [0, 1]; 0 with a single appeal level.</param>
/// <param name="EtaSquaredInteraction">η² of the WHO × WHAT interaction.</param>
/// <param name="GrandMean">The mean outcome.</param>
/// <param name="CellMeans">Mean outcome per (sharer, appeal) cell, row-major: index = sharer · appeals + appeal.</param>
/// <param name="SharerCount">Number of sharers (WHO levels).</param>
/// <param name="AppealCount">Number of appeal levels (WHAT levels).</param>
/// <param name="RunsPerCell">Runs per cell.</param>
/// <param name="RandomSeed">The seed used (0 when decomposing given outcomes).</param>
public sealed record WhoWhatResult(
    double EtaSquaredWho,
    double EtaSquaredWhat,
    double EtaSquaredInteraction,
    double GrandMean,
    ImmutableArray<double> CellMeans,
    int SharerCount,
    int AppealCount,
    int RunsPerCell,
    long RandomSeed);
