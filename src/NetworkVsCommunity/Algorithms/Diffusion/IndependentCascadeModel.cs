using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>
/// The Independent Cascade model (simple contagion): when a node becomes active it gets exactly one chance to activate
/// each inactive out-neighbour v, succeeding independently with probability p<sub>uv</sub>.
/// </summary>
/// <remarks>
/// <para>Runs proceed in synchronous steps: initial sharers are active at step 0; a node activated at step t tries its
/// out-neighbours once, and those it activates adopt at step t + 1, with it as their parent. When several active nodes
/// could activate the same node, the first success in adoption order wins (a FIFO frontier).</para>
/// <para>Probabilities come from <see cref="ProbabilitySource"/>: uniform, the arc weight, tie strength through
/// p = 1 − exp(−λ·w), the weighted cascade 1 / in-degree, or an explicit per-arc array.</para>
/// <para>Reference: D. Kempe, J. Kleinberg and É. Tardos, "Maximizing the spread of influence through a social network",
/// KDD 2003, pp. 137–146, doi:10.1145/956750.956769.</para>
/// <para>Cost of one run: O(n<sub>A</sub> + Σ<sub>u∈A</sub> deg(u)) for the activated set A, one random draw per
/// (newly active u, inactive neighbour v).</para>
/// </remarks>
public sealed record IndependentCascadeModel : DiffusionModel
{
    /// <summary>
    /// The uniform transmission probability p, in [0, 1]; used when <see cref="ProbabilitySource"/> is
    /// <see cref="EdgeProbabilitySource.Uniform"/>. Default: the probability of the library's one default model
    /// <see cref="DiffusionModel.Default"/> (0.05), so <c>new IndependentCascadeModel()</c> spreads as the default does.
    /// </summary>
    public double Probability { get; init; } = DefaultProbability;

    /// <summary>Where each arc's probability comes from. Default <see cref="EdgeProbabilitySource.Uniform"/>.</summary>
    public EdgeProbabilitySource ProbabilitySource { get; init; } = EdgeProbabilitySource.Uniform;

    /// <summary>The scale λ &gt; 0 of the tie-strength mapping p = 1 − exp(−λ·w) (<see cref="EdgeProbabilitySource.TieStrength"/>). Default 1.</summary>
    public double TieStrengthScale { get; init; } = 1.0;

    /// <summary>
    /// Per-arc probabilities in [0, 1], one per stored arc in the order of <see cref="Graphs.CsrGraph.Targets"/>
    /// (an undirected edge has two arcs, which may differ); used when <see cref="ProbabilitySource"/> is
    /// <see cref="EdgeProbabilitySource.PerArc"/>. Default empty.
    /// </summary>
    public ImmutableArray<double> ArcProbabilities { get; init; } = [];

    /// <inheritdoc />
    public override string Name => "ic";

    /// <inheritdoc />
    public override bool IsStochastic => true;
}
