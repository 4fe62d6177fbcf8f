namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>
/// The linear threshold model with weights (Kempe-weighted LT): every node v draws a threshold θ<sub>v</sub> uniformly in
/// [0, 1) per run and adopts once the influence weights of its adopting in-neighbours sum to at least θ<sub>v</sub>.
/// </summary>
/// <remarks>
/// <para>Influence weights b<sub>uv</sub> follow <see cref="Weighting"/>: by default b<sub>uv</sub> = w<sub>uv</sub> /
/// W<sub>v</sub>, so Σ<sub>u</sub> b<sub>uv</sub> = 1. Self-loops carry no influence. Steps are synchronous: a node
/// adopts at step t + 1 when the weights of neighbours adopted at steps ≤ t first reach its threshold; its parent is the
/// neighbour whose weight tipped it over (in adoption order), and the cascade records how many distinct adopting
/// in-neighbours it had when it adopted.</para>
/// <para>Kempe et al. prove the final adopter set has the same distribution as reachability in a live-edge graph where
/// each node keeps at most one in-arc, u→v with probability b<sub>uv</sub>; <see cref="DiffusionSimulator.ExactExpectedSpread"/>
/// enumerates it on tiny graphs.</para>
/// <para>Reference: D. Kempe, J. Kleinberg and É. Tardos, "Maximizing the spread of influence through a social network",
/// KDD 2003, pp. 137–146, doi:10.1145/956750.956769; after M. Granovetter, "Threshold models of collective behavior",
/// American Journal of Sociology 83(6), 1978, doi:10.1086/226707.</para>
/// <para>Cost of one run: O(Σ<sub>u∈A</sub> deg(u)) plus one random draw per node that some adopter reaches.</para>
/// </remarks>
public sealed record LinearThresholdModel : DiffusionModel
{
    /// <summary>The defaults: Kempe-normalised weights.</summary>
    public static new LinearThresholdModel Default { get; } = new();

    /// <summary>How influence weights are derived. Default <see cref="LinearThresholdWeighting.Normalized"/>.</summary>
    public LinearThresholdWeighting Weighting { get; init; } = LinearThresholdWeighting.Normalized;

    /// <inheritdoc />
    public override string Name => "lt";

    /// <inheritdoc />
    public override bool IsStochastic => true;
}
