namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>The campaign outcome decomposed by WHO-1.</summary>
public enum WhoWhatOutcome
{
    /// <summary>The number of adopters |A| (spread).</summary>
    Adopters = 0,

    /// <summary>The number of reinforced adopters (RES-1 · |A|: shared resonance).</summary>
    ReinforcedAdopters = 1,
}
