using NetworkVsCommunity.Algorithms.Diffusion;

namespace NetworkVsCommunity.Tests.Fixtures;

/// <summary>Short names for the diffusion models the tests use.</summary>
public static class Models
{
    /// <summary>Uniform Independent Cascade with probability <paramref name="p"/>.</summary>
    public static IndependentCascadeModel IC(double p) => new() { Probability = p };

    /// <summary>The weighted cascade: p = w / in-strength (1 / in-degree on an unweighted graph).</summary>
    public static IndependentCascadeModel WeightedCascade { get; } = new() { ProbabilitySource = EdgeProbabilitySource.WeightedCascade };

    /// <summary>Independent Cascade with the arc weights as probabilities.</summary>
    public static IndependentCascadeModel ArcWeights { get; } = new() { ProbabilitySource = EdgeProbabilitySource.Weight };
}
