namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>How the influence weights b<sub>uv</sub> of the linear threshold model are derived from the graph.</summary>
public enum LinearThresholdWeighting
{
    /// <summary>
    /// Kempe's normalisation: b<sub>uv</sub> = w<sub>uv</sub> / W<sub>v</sub> with W<sub>v</sub> the in-strength of v
    /// without self-loops, so the weights into every node sum to 1 (1 / in-degree on an unweighted graph).
    /// </summary>
    Normalized = 0,

    /// <summary>The arc weights are used as they are; the weights into every node must sum to at most 1.</summary>
    Raw = 1,
}
