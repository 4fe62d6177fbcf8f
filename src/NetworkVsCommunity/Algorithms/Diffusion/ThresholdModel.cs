using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>
/// The deterministic threshold model of complex contagion: a node adopts once enough <em>distinct</em> in-neighbours
/// have adopted: at least θ of them (absolute threshold) or at least a share φ of its in-neighbours (fractional
/// threshold). Thresholds may differ per node.
/// </summary>
/// <remarks>
/// <para>Steps are synchronous: a node adopts at step t + 1 when the neighbours adopted at steps ≤ t reach its
/// threshold. Its parent is the neighbour that completed the threshold (the θ-th adopting in-neighbour in adoption
/// order), and the cascade records the number of distinct in-neighbours adopted at earlier steps
/// (<see cref="Cascade.ActiveNeighborsAtAdoption"/>), which may exceed the threshold.</para>
/// <para>A fractional threshold φ on a node with in-degree k requires c = ⌈φ·k⌉ adopting neighbours (computed with a
/// 10⁻⁹ tolerance, so φ = 0.3 on k = 10 needs 3), and always at least 1, so a node never adopts without an adopting
/// neighbour. The model draws no random numbers: every run gives the same cascade.</para>
/// <para>References: D. Centola and M. Macy, "Complex contagions and the weakness of long ties", American Journal of
/// Sociology 113(3), 2007, pp. 702–734, doi:10.1086/521848; D. J. Watts, "A simple model of global cascades on random
/// networks", PNAS 99(9), 2002, pp. 5766–5771, doi:10.1073/pnas.082090499; M. Granovetter, "Threshold models of
/// collective behavior", American Journal of Sociology 83(6), 1978, doi:10.1086/226707.</para>
/// <para>Cost: O(Σ<sub>u∈A</sub> deg(u)).</para>
/// </remarks>
public sealed record ThresholdModel : DiffusionModel
{
    /// <summary>The defaults: absolute threshold θ = 2.</summary>
    public static new ThresholdModel Default { get; } = new();

    /// <summary>Absolute or fractional threshold. Default <see cref="ThresholdKind.Absolute"/>.</summary>
    public ThresholdKind Kind { get; init; } = ThresholdKind.Absolute;

    /// <summary>The absolute threshold θ ≥ 1 shared by all nodes (when <see cref="NodeThresholds"/> is empty). Default 2.</summary>
    public int Threshold { get; init; } = 2;

    /// <summary>The fractional threshold φ in (0, 1] shared by all nodes (when <see cref="NodeFractions"/> is empty). Default 0.5.</summary>
    public double Fraction { get; init; } = 0.5;

    /// <summary>Per-node absolute thresholds (each ≥ 1), one per node, or empty to use <see cref="Threshold"/>. Default empty.</summary>
    public ImmutableArray<int> NodeThresholds { get; init; } = [];

    /// <summary>Per-node fractional thresholds (each in (0, 1]), one per node, or empty to use <see cref="Fraction"/>. Default empty.</summary>
    public ImmutableArray<double> NodeFractions { get; init; } = [];

    /// <inheritdoc />
    public override string Name => "threshold";

    /// <inheritdoc />
    public override bool IsStochastic => false;
}
