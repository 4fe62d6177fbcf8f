namespace NetworkVsCommunity.Algorithms.Attribution;

/// <summary>Options of <see cref="FairCredit.CascadeCredit"/> (ATT-4).</summary>
public sealed record CascadeCreditOptions
{
    /// <summary>The default options.</summary>
    public static CascadeCreditOptions Default { get; } = new();

    /// <summary>
    /// Split an adopter's unit only to its recorded parent (the transmission tree) instead of all its earlier-adopting
    /// in-neighbours (Goyal, Bonchi &amp; Lakshmanan's rule). Default false.
    /// </summary>
    public bool RecordedParentOnly { get; init; }
}
