using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>Spread, resonance, risk and credit of one seed set in a <see cref="SeedingComparison"/>.</summary>
/// <param name="Name">The candidate's name.</param>
/// <param name="SeedNodes">Its sharers.</param>
/// <param name="Spread">Adopters per run, sharers included (docs/metrics.md#spr-3).</param>
/// <param name="ReinforcedAdopters">Non-sharer adopters with ≥ 2 distinct adopting in-neighbours at adoption, per run (RES-1's numerator).</param>
/// <param name="SupporterBase">Non-sharer nodes with ≥ the supporter threshold of adopting in-neighbours in their own community, per run (RES-9, one campaign); zeros without communities.</param>
/// <param name="ReachStandardDeviation">The standard deviation of adopters across runs (volatility).</param>
/// <param name="FlagBearerDependence">RSK-5: 1 − σ(S∖{top})/σ(S), top = the sharer with the largest credit.</param>
/// <param name="Credit">ATT-2 SpreadShapley of each sharer (same order as <paramref name="SeedNodes"/>): per run, each adopter's unit is split equally among the sharers that reach it; sums to <c>Spread.Mean</c>.</param>
/// <param name="SpreadVersusBaseline">Paired difference of spread against the first candidate (zero for the first).</param>
/// <param name="ReinforcedVersusBaseline">Paired difference of reinforced adopters against the first candidate.</param>
public sealed record StrategyOutcome(
    string Name,
    ImmutableArray<int> SeedNodes,
    OutcomeEstimate Spread,
    OutcomeEstimate ReinforcedAdopters,
    OutcomeEstimate SupporterBase,
    double ReachStandardDeviation,
    double FlagBearerDependence,
    ImmutableArray<double> Credit,
    PairedDifference SpreadVersusBaseline,
    PairedDifference ReinforcedVersusBaseline);
