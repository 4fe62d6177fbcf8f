namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>The distribution of threshold-contagion outcomes over random-clustered seed sets of the same size.</summary>
/// <param name="Draws">The number of draws R.</param>
/// <param name="Adopters">Mean adopters with a Student-t interval over draws.</param>
/// <param name="ReinforcedAdopters">Mean reinforced adopters with its interval.</param>
/// <param name="SupporterBase">Mean supporter base with its interval (zeros without communities).</param>
/// <param name="Objective">Mean objective with its interval.</param>
/// <param name="MinimumObjective">The worst draw's objective.</param>
/// <param name="MaximumObjective">The best draw's objective.</param>
public sealed record ResonanceDrawSummary(
    int Draws,
    OutcomeEstimate Adopters,
    OutcomeEstimate ReinforcedAdopters,
    OutcomeEstimate SupporterBase,
    OutcomeEstimate Objective,
    double MinimumObjective,
    double MaximumObjective);
