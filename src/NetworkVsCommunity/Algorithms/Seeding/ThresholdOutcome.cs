namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>The outcome of a deterministic threshold (complex-contagion) cascade from a set of sharers.</summary>
/// <param name="Adopters">All adopters, initial sharers included.</param>
/// <param name="ReinforcedAdopters">Non-sharer adopters that had at least two distinct adopting in-neighbours when they adopted (RES-1's numerator).</param>
/// <param name="SupporterBase">Non-sharer nodes with at least the supporter threshold of adopting in-neighbours inside their own community (RES-9, one campaign); 0 without a partition.</param>
/// <param name="Steps">The last adoption step (0 when only the sharers adopted).</param>
public readonly record struct ThresholdOutcome(int Adopters, int ReinforcedAdopters, int SupporterBase, int Steps);
