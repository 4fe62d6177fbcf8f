namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>Options of <see cref="InfluenceMaximization.Imm"/>.</summary>
public sealed record ImmOptions
{
    /// <summary>The defaults: k = 10, ε = 0.1, ℓ = 1, IC with p = 0.01, no constraints, all processors.</summary>
    public static ImmOptions Default { get; } = new();

    /// <summary>The budget k: how many sharers to choose; 1 or more (capped at the number of admissible nodes), default 10.</summary>
    public int SeedCount { get; init; } = 10;

    /// <summary>The approximation slack ε of the (1 − 1/e − ε) guarantee; in (0, 1), default 0.1.</summary>
    public double Epsilon { get; init; } = 0.1;

    /// <summary>The confidence exponent ℓ: the guarantee holds with probability at least 1 − n^−ℓ; greater than 0, default 1.</summary>
    public double Ell { get; init; } = 1.0;

    /// <summary>
    /// The diffusion model: a triggering model (ic, icp, relationship, lt; others are refused by name). Default
    /// <see cref="Diffusion.DiffusionModel.Default"/> (p = 0.05 on mutual and one-way ties).
    /// </summary>
    public Diffusion.DiffusionModel Model { get; init; } = Diffusion.DiffusionModel.Default;

    /// <summary>Who may be chosen (eligibility, exclusions, quotas, enthusiasm); null (default) for none.</summary>
    public SeedingConstraints? Constraints { get; init; }

    /// <summary>The random seed; null (default) draws one from entropy and reports it in the result.</summary>
    public long? RandomSeed { get; init; }

    /// <summary>Threads used to draw RR sets; 0 (default) for all processors. The result does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; }
}
