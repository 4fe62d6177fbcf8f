namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>Whether a threshold counts adopting neighbours or their share of the neighbourhood.</summary>
public enum ThresholdKind
{
    /// <summary>Adopt after θ distinct adopting in-neighbours (Centola &amp; Macy 2007).</summary>
    Absolute = 0,

    /// <summary>Adopt when the share of adopting in-neighbours reaches φ (Watts 2002).</summary>
    Fractional = 1,
}
