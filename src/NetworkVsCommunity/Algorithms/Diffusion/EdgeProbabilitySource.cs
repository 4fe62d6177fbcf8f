namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>Where the transmission probability p<sub>uv</sub> of each arc u→v of a cascade model comes from.</summary>
/// <remarks>
/// Below, w<sub>uv</sub> is the arc's weight (1 when the graph is unweighted) and W<sub>v</sub> = Σ<sub>u≠v</sub>
/// w<sub>uv</sub> is the in-strength of v without self-loops.
/// </remarks>
public enum EdgeProbabilitySource
{
    /// <summary>Every arc transmits with the model's uniform probability p.</summary>
    Uniform = 0,

    /// <summary>The arc weight is the probability: p<sub>uv</sub> = w<sub>uv</sub>; every weight must be in [0, 1].</summary>
    Weight = 1,

    /// <summary>
    /// Probability from tie strength: p<sub>uv</sub> = 1 − exp(−λ·w<sub>uv</sub>) with λ the model's tie-strength scale.
    /// Each unit of tie strength acts as an independent exposure of hazard λ, so stronger ties transmit more but never
    /// with certainty, and a tie of strength 0 never transmits.
    /// </summary>
    TieStrength = 2,

    /// <summary>
    /// The weighted cascade of Kempe, Kleinberg &amp; Tardos (2003) used in influence maximization:
    /// p<sub>uv</sub> = w<sub>uv</sub> / W<sub>v</sub>, that is 1 / in-degree(v) on an unweighted graph.
    /// </summary>
    WeightedCascade = 3,

    /// <summary>Explicit probabilities per stored arc, in the order of <see cref="Graphs.CsrGraph.Targets"/>.</summary>
    PerArc = 4,
}
