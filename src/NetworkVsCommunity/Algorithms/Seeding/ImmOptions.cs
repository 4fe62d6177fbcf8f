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

    /// <summary>
    /// Whether the greedy pick is scored against the top-degree, top-PageRank and top-k-core picks (under the same
    /// constraints) on the independent validation RR sets, and the best certified one returned; default true.
    /// </summary>
    public bool CompareBaselines { get; init; } = true;

    /// <summary>
    /// The sample budget of the improvement rounds: after the guarantee is certified, both RR collections keep doubling
    /// while the doubled size stays within this many sets each and either the greedy pick's validated spread still rises
    /// (see <see cref="ImprovementTolerance"/>) or the winning candidate is neither ahead of every other certified one by
    /// two paired standard errors nor equivalent to it within the tolerance; 0 for none. 0 or more, default 4,194,304 (2^22; on a graph where the certificate
    /// already needs more, as sbm_1m at p = 0.01 with 5.9·10⁷, no round is added).
    /// </summary>
    public long ImprovementRRSetLimit { get; init; } = 1L << 22;

    /// <summary>
    /// The relative rise of the greedy pick's validated spread (new pick against the previous round's, on the same,
    /// doubled validation sets) at or below which the improvement rounds stop; 0 or more, default 0.005 (0.5 %). A rise
    /// within two paired standard errors (√ of the sets only one of the two picks covers) counts as none. Candidates whose
    /// paired difference, two standard errors included, stays within this share of the winner's spread count as equivalent.
    /// </summary>
    public double ImprovementTolerance { get; init; } = 0.005;
}
