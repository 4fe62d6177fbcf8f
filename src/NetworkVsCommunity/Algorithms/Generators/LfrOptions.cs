namespace NetworkVsCommunity.Algorithms.Generators;

/// <summary>
/// Options of <see cref="RandomGraphs.Lfr(LfrOptions?, IProgress{AnalysisProgress}?, CancellationToken)"/>: the
/// Lancichinetti–Fortunato–Radicchi benchmark. The defaults are the paper's (n = 1000, ⟨k⟩ = 20, k_max = 50, τ₁ = 2,
/// τ₂ = 1, communities of 20–100) with μ = 0.1.
/// </summary>
public sealed record LfrOptions
{
    /// <summary>The defaults.</summary>
    public static LfrOptions Default { get; } = new();

    /// <summary>Number of nodes n, 2 or more. Default 1000.</summary>
    public int NodeCount { get; init; } = 1000;

    /// <summary>Target average degree ⟨k⟩, greater than 1 and at most <see cref="MaxDegree"/>. Default 20.</summary>
    public double AverageDegree { get; init; } = 20;

    /// <summary>Largest degree k_max, 2 or more and below n. Default 50.</summary>
    public int MaxDegree { get; init; } = 50;

    /// <summary>Exponent τ₁ of the degree distribution P(k) ∝ k^−τ₁, in [1, 4]. Default 2.</summary>
    public double DegreeExponent { get; init; } = 2;

    /// <summary>Exponent τ₂ of the community size distribution P(s) ∝ s^−τ₂, in [1, 4]. Default 1.</summary>
    public double CommunitySizeExponent { get; init; } = 1;

    /// <summary>Mixing parameter μ: the fraction of each node's edges that leave its community, in [0, 1). Default 0.1.</summary>
    public double Mixing { get; init; } = 0.1;

    /// <summary>Smallest community, 2 or more. Default 20.</summary>
    public int MinCommunitySize { get; init; } = 20;

    /// <summary>Largest community, at least <see cref="MinCommunitySize"/> and at most n. Default 100.</summary>
    public int MaxCommunitySize { get; init; } = 100;

    /// <summary>The random seed; null (the default) draws one from entropy and reports it in the result.</summary>
    public long? RandomSeed { get; init; }
}
