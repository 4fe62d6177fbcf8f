using System.Collections.Immutable;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>
/// A community-aware Independent Cascade: an arc u→v whose endpoints lie in different communities of
/// <see cref="Partition"/> transmits with probability η·p<sub>uv</sub>, where η is the <see cref="Permeability"/> of
/// community boundaries; arcs inside a community transmit with p<sub>uv</sub>.
/// </summary>
/// <remarks>
/// <para>η = 1 is the plain Independent Cascade; η = 0 confines every cascade to the communities of its initial
/// sharers. The base probabilities p<sub>uv</sub> come from <see cref="ProbabilitySource"/> exactly as in
/// <see cref="IndependentCascadeModel"/>.</para>
/// <para>After NDlib's ICP model (Independent Cascade with community permeability): L. Milli, G. Rossetti, D. Pedreschi
/// and F. Giannotti, "Active and passive diffusion processes in complex networks", Applied Network Science 3, 2018,
/// doi:10.1007/s41109-018-0100-5; G. Rossetti, L. Milli et al., "NDlib: a python library to model and analyze diffusion
/// processes over complex networks", Int. J. Data Sci. Anal. 5, 2018, doi:10.1007/s41060-017-0086-6.</para>
/// </remarks>
public sealed record CommunityCascadeModel : DiffusionModel
{
    /// <summary>The defaults: p of <see cref="DiffusionModel.Default"/> (0.05), η = 0.5 and no partition (a partition must be given).</summary>
    public static new CommunityCascadeModel Default { get; } = new();

    /// <summary>The communities whose boundaries damp transmission; must cover the graph's nodes. Required.</summary>
    public Partition? Partition { get; init; }

    /// <summary>The permeability η in [0, 1] of community boundaries. Default 0.5.</summary>
    public double Permeability { get; init; } = 0.5;

    /// <summary>The uniform base probability p, in [0, 1]. Default: the probability of <see cref="DiffusionModel.Default"/> (0.05).</summary>
    public double Probability { get; init; } = DefaultProbability;

    /// <summary>Where the base probability of each arc comes from. Default <see cref="EdgeProbabilitySource.Uniform"/>.</summary>
    public EdgeProbabilitySource ProbabilitySource { get; init; } = EdgeProbabilitySource.Uniform;

    /// <summary>The scale λ &gt; 0 of the tie-strength mapping p = 1 − exp(−λ·w). Default 1.</summary>
    public double TieStrengthScale { get; init; } = 1.0;

    /// <summary>Per-arc base probabilities (see <see cref="IndependentCascadeModel.ArcProbabilities"/>). Default empty.</summary>
    public ImmutableArray<double> ArcProbabilities { get; init; } = [];

    /// <inheritdoc />
    public override string Name => "icp";

    /// <inheritdoc />
    public override bool IsStochastic => true;
}
