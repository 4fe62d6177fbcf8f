namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>
/// A diffusion model and its parameters: the closed family of <see cref="IndependentCascadeModel"/>,
/// <see cref="LinearThresholdModel"/>, <see cref="ThresholdModel"/>, <see cref="SirModel"/>, <see cref="SisModel"/> and
/// <see cref="CommunityCascadeModel"/> and <see cref="RelationshipCascadeModel"/>.
/// </summary>
/// <remarks>
/// <para>Models are immutable option records (pure data). They are validated against the graph when a simulation starts
/// (<see cref="DiffusionSimulator"/>), with messages naming the property, the value and what is allowed.</para>
/// <para>Simple contagion (a single exposure can transmit: IC, SIR, SIS, community cascade) models how a message
/// <em>spreads</em>; complex contagion (adoption needs reinforcement from several adopting neighbours: threshold and, in
/// its weighted form, linear threshold) models how it is <em>shared and resonates</em>. See <c>docs/diffusion.md</c>.</para>
/// </remarks>
public abstract record DiffusionModel
{
    private protected DiffusionModel()
    {
    }

    /// <summary>
    /// The library's one default model, used wherever a model is not given (metrics, seeding, credit, campaigns, diagnosis,
    /// the report and the command line): <see cref="RelationshipCascadeModel.Default"/>, a share persuades with probability
    /// 0.05 along mutual and one-way ties alike (uniform Independent Cascade at p = 0.05) until an organisation's own data
    /// says otherwise.
    /// </summary>
    public static DiffusionModel Default => RelationshipCascadeModel.Default;

    /// <summary>The transmission probability of <see cref="Default"/> (0.05), from which the other cascade models take their default p.</summary>
    private protected static double DefaultProbability => RelationshipCascadeModel.Default.MutualProbability;

    /// <summary>The short name used by the command line and in reports (<c>ic</c>, <c>lt</c>, <c>threshold</c>, <c>sir</c>, <c>sis</c>, <c>icp</c>, <c>relationship</c>).</summary>
    public abstract string Name { get; }

    /// <summary>Whether a run of this model draws random numbers (false for the deterministic threshold model).</summary>
    public abstract bool IsStochastic { get; }
}
