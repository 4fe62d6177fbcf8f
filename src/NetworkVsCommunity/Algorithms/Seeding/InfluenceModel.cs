using System.Globalization;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// A diffusion model with its arc probabilities: the "spread" that the seeding routines maximise.
/// </summary>
/// <remarks>
/// <para>Both models are triggering models (Kempe, Kleinberg &amp; Tardos 2003), so the spread σ(S) is monotone and
/// submodular and equals n·Pr[S meets a random reverse-reachable set] (Borgs, Brautbar, Chayes &amp; Lucier 2014), which is
/// what <see cref="InfluenceMaximization.Imm"/> samples.</para>
/// <para>For an undirected graph every edge is an arc in both directions with the same probability (for
/// <see cref="ArcProbabilityModel.WeightedCascade"/> the two directions differ: 1/degree of the receiving node).</para>
/// </remarks>
public sealed record InfluenceModel
{
    /// <summary>Independent Cascade with the uniform probability 0.01.</summary>
    public static InfluenceModel Default { get; } = new();

    /// <summary>The diffusion model; default <see cref="SpreadModel.IndependentCascade"/>.</summary>
    public SpreadModel Model { get; init; } = SpreadModel.IndependentCascade;

    /// <summary>How arc probabilities are obtained; default <see cref="ArcProbabilityModel.Uniform"/>.</summary>
    public ArcProbabilityModel Probabilities { get; init; } = ArcProbabilityModel.Uniform;

    /// <summary>The probability of every arc under <see cref="ArcProbabilityModel.Uniform"/> IC; in [0, 1], default 0.01.</summary>
    public double UniformProbability { get; init; } = 0.01;

    /// <summary>Independent Cascade with the same probability <paramref name="probability"/> on every arc.</summary>
    /// <param name="probability">The arc probability in [0, 1].</param>
    /// <returns>The model.</returns>
    public static InfluenceModel IndependentCascade(double probability) => new() { UniformProbability = probability };

    /// <summary>Independent Cascade with weighted-cascade probabilities 1/in-degree(v).</summary>
    public static InfluenceModel WeightedCascade { get; } = new() { Probabilities = ArcProbabilityModel.WeightedCascade };

    /// <summary>Linear Threshold with weights 1/in-degree(v) (each node's in-weights sum to 1).</summary>
    public static InfluenceModel LinearThreshold { get; } = new() { Model = SpreadModel.LinearThreshold, Probabilities = ArcProbabilityModel.WeightedCascade };

    /// <summary>Checks the model against a graph.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="name">The option name used in messages.</param>
    /// <exception cref="ArgumentException">The model is not valid for the graph.</exception>
    internal void Validate(CsrGraph graph, string name)
    {
        if (!Enum.IsDefined(Model))
        {
            ThrowHelper.ArgumentOutOfRange(name + ".Model", Model, "IndependentCascade or LinearThreshold");
        }
        if (!Enum.IsDefined(Probabilities))
        {
            ThrowHelper.ArgumentOutOfRange(name + ".Probabilities", Probabilities, "Uniform, WeightedCascade or ArcWeights");
        }
        if (!(UniformProbability >= 0 && UniformProbability <= 1))
        {
            ThrowHelper.ArgumentOutOfRange(name + ".UniformProbability", UniformProbability, "0 to 1");
        }
        if (Probabilities != ArcProbabilityModel.ArcWeights)
        {
            return;
        }
        if (!graph.IsWeighted)
        {
            ThrowHelper.Argument(name, string.Create(CultureInfo.InvariantCulture,
                $"{name}.Probabilities = ArcWeights needs a weighted graph; this graph is unweighted (use Uniform or WeightedCascade)."));
        }
        int[] inOffsets = graph.InOffsetsArray;
        double[] inWeights = graph.InWeightsArray!;
        for (int v = 0; v < graph.NodeCount; v++)
        {
            double sum = 0;
            for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
            {
                double w = inWeights[a];
                if (Model == SpreadModel.IndependentCascade && w > 1)
                {
                    ThrowHelper.Argument(name, string.Create(CultureInfo.InvariantCulture,
                        $"{name}.Probabilities = ArcWeights: the arc into node {v} has weight {w}, which is not a probability; allowed: 0 to 1."));
                }
                sum += w;
            }
            if (Model == SpreadModel.LinearThreshold && sum > 1 + 1e-9)
            {
                ThrowHelper.Argument(name, string.Create(CultureInfo.InvariantCulture,
                    $"{name}.Probabilities = ArcWeights under LinearThreshold: the in-weights of node {v} sum to {sum}; allowed: at most 1."));
            }
        }
    }

    /// <summary>The probability (IC) or weight (LT) of in-arc <paramref name="arc"/> (an index into the in-arc CSR) of <paramref name="target"/>.</summary>
    internal double InArcProbability(CsrGraph graph, int target, int arc)
    {
        int inDegree = graph.InOffsetsArray[target + 1] - graph.InOffsetsArray[target];
        return Probabilities switch
        {
            ArcProbabilityModel.ArcWeights => graph.InWeightsArray![arc],
            ArcProbabilityModel.WeightedCascade => 1.0 / inDegree,
            _ => Model == SpreadModel.LinearThreshold ? 1.0 / inDegree : UniformProbability,
        };
    }

    /// <summary>A short description such as <c>"IC p=0.01"</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => (Model, Probabilities) switch
    {
        (SpreadModel.IndependentCascade, ArcProbabilityModel.Uniform) => string.Create(CultureInfo.InvariantCulture, $"IC p={UniformProbability}"),
        (SpreadModel.IndependentCascade, ArcProbabilityModel.WeightedCascade) => "IC weighted cascade (1/in-degree)",
        (SpreadModel.IndependentCascade, _) => "IC arc weights",
        (_, ArcProbabilityModel.ArcWeights) => "LT arc weights",
        _ => "LT 1/in-degree",
    };
}
