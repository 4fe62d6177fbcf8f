namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>
/// The discrete-time SIS epidemic (susceptible, infected, susceptible): like <see cref="SirModel"/>, but recovered nodes
/// become susceptible again and can be reinfected.
/// </summary>
/// <remarks>
/// <para>Steps as in <see cref="SirModel"/>. The cascade records each node's <em>first</em> infection, so its size is the
/// number of nodes ever infected; a run ends when no node is infected or after <see cref="MaxSteps"/> steps (above the
/// epidemic threshold β/γ ≳ 1/λ<sub>max</sub> an SIS epidemic can persist indefinitely, hence the cap).</para>
/// <para>Reference: Y. Wang, D. Chakrabarti, C. Wang and C. Faloutsos, "Epidemic spreading in real networks: an
/// eigenvalue viewpoint", SRDS 2003, doi:10.1109/RELDIS.2003.1238052.</para>
/// </remarks>
public sealed record SisModel : DiffusionModel
{
    /// <summary>The defaults: β = 0.05, γ = 0.2, at most 100 steps.</summary>
    public static new SisModel Default { get; } = new();

    /// <summary>The per-step infection probability β along each arc, in [0, 1]. Default 0.05.</summary>
    public double InfectionProbability { get; init; } = 0.05;

    /// <summary>The per-step recovery probability γ, in (0, 1]. Default 0.2.</summary>
    public double RecoveryProbability { get; init; } = 0.2;

    /// <summary>The number of steps after which a run stops, ≥ 1. Default 100.</summary>
    public int MaxSteps { get; init; } = 100;

    /// <inheritdoc />
    public override string Name => "sis";

    /// <inheritdoc />
    public override bool IsStochastic => true;
}
