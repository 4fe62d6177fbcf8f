namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>The resonance outcome that <see cref="ResonanceSeeding.Greedy"/> maximises under threshold (complex) contagion.</summary>
public enum ResonanceObjective
{
    /// <summary>Non-sharer adopters that had at least two distinct adopting neighbours when they adopted (docs/metrics.md#res-1, as a count).</summary>
    ReinforcedAdopters = 0,

    /// <summary>Non-sharer nodes with at least <see cref="ResonanceSeedingOptions.SupporterThreshold"/> adopting neighbours inside their own community (docs/metrics.md#res-9, one campaign). Needs communities.</summary>
    SupporterBase = 1,

    /// <summary>All adopters under threshold contagion (the complex-contagion analogue of spread).</summary>
    Adopters = 2,
}
