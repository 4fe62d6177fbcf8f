namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>
/// The discrete-time SIR epidemic (susceptible, infected, recovered): at every step each infected node infects each
/// susceptible neighbour with probability β, then recovers with probability γ; recovered nodes stay immune.
/// </summary>
/// <remarks>
/// <para>Within a step all infection attempts happen first (the infected list in order: the nodes infected at the
/// previous step in infection order, then the older survivors; neighbours in ascending order), then the recoveries in
/// the same order; nodes infected during step t are infectious from step t + 1. Unlike the Independent
/// Cascade, an infected node keeps trying its susceptible neighbours at every step until it recovers, so the chance
/// that u eventually infects v along one arc is the transmissibility T = β / (1 − (1 − β)(1 − γ)). With γ = 1 the model
/// is exactly the Independent Cascade with p = β (same draws, same cascade for the same random seed).</para>
/// <para>The cascade records each node's first infection (step and infecting node). A run ends when no node is
/// infected or after <see cref="MaxSteps"/> steps. The firestorm (炎上) risk view of the library uses it.</para>
/// <para>References: W. O. Kermack and A. G. McKendrick, "A contribution to the mathematical theory of epidemics",
/// Proc. R. Soc. A 115, 1927, doi:10.1098/rspa.1927.0118; R. Pastor-Satorras, C. Castellano, P. Van Mieghem and
/// A. Vespignani, "Epidemic processes in complex networks", Rev. Mod. Phys. 87, 2015, doi:10.1103/RevModPhys.87.925.</para>
/// <para>Cost of one run: O(Σ over infected nodes of deg(u) × infectious steps).</para>
/// </remarks>
public sealed record SirModel : DiffusionModel
{
    /// <summary>The defaults: β = 0.05, γ = 0.2.</summary>
    public static new SirModel Default { get; } = new();

    /// <summary>The per-step infection probability β along each arc, in [0, 1]. Default 0.05.</summary>
    public double InfectionProbability { get; init; } = 0.05;

    /// <summary>The per-step recovery probability γ, in (0, 1]. Default 0.2.</summary>
    public double RecoveryProbability { get; init; } = 0.2;

    /// <summary>The largest number of steps a run may take, ≥ 1. Default <see cref="int.MaxValue"/> (a run ends with probability 1 since γ &gt; 0).</summary>
    public int MaxSteps { get; init; } = int.MaxValue;

    /// <inheritdoc />
    public override string Name => "sir";

    /// <inheritdoc />
    public override bool IsStochastic => true;
}
