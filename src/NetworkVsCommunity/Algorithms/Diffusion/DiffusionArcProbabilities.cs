using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>
/// Per-arc transmission probabilities and influence weights in lockstep with the CSR arcs (<see cref="CsrGraph.TargetsArray"/>),
/// for the simulators and for influence maximization (live-edge and RR-set sampling).
/// </summary>
internal static class DiffusionArcProbabilities
{
    /// <summary>The probability of every stored arc under a cascade model (IC or community cascade), validated.</summary>
    public static double[] ForModel(CsrGraph graph, DiffusionModel model) => model switch
    {
        IndependentCascadeModel ic => Compute(graph, ic.ProbabilitySource, ic.Probability, ic.TieStrengthScale, ic.ArcProbabilities, "model"),
        CommunityCascadeModel icp => ForCommunityCascade(graph, icp),
        RelationshipCascadeModel rel => ForRelationship(graph, rel),
        _ => throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Model '{model.Name}' has no per-arc transmission probabilities; allowed: ic, icp, relationship."), nameof(model)),
    };

    /// <summary>Whether <paramref name="model"/> is a cascade model whose runs are reach in a live-edge graph with independent arcs (ic, icp, relationship).</summary>
    public static bool IsLiveEdge(DiffusionModel model) => model is IndependentCascadeModel or CommunityCascadeModel or RelationshipCascadeModel;

    /// <summary>
    /// As <see cref="ForModel"/>, but a model without independent per-arc probabilities gets an error naming
    /// <paramref name="routine"/>, the model and the models allowed.
    /// </summary>
    public static double[] ForLiveEdgeModel(CsrGraph graph, DiffusionModel model, string routine)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!IsLiveEdge(model))
        {
            ThrowHelper.Argument(nameof(model), string.Create(CultureInfo.InvariantCulture,
                $"{routine} samples live-edge graphs with independent arcs, which model '{model.Name}' ({model.GetType().Name}) does not have; allowed: ic, icp, relationship."));
        }
        return ForModel(graph, model);
    }

    /// <summary>The mean transmission probability over the stored arcs of <paramref name="graph"/> under a cascade model (0 without arcs); p itself for uniform IC.</summary>
    public static double MeanProbability(CsrGraph graph, DiffusionModel model)
    {
        double[] p = ForModel(graph, model);
        if (p.Length == 0)
        {
            return 0;
        }
        double sum = 0;
        foreach (double q in p)
        {
            sum += q;
        }
        return IsUniform(p, out double value) ? value : sum / p.Length;
    }

    /// <summary>Computes p<sub>uv</sub> for every stored arc from a probability source.</summary>
    public static double[] Compute(CsrGraph graph, EdgeProbabilitySource source, double probability, double tieStrengthScale,
        ImmutableArray<double> arcProbabilities, string optionName)
    {
        int arcs = graph.ArcCount;
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        double[]? weights = graph.WeightsArray;
        var p = new double[arcs];
        switch (source)
        {
            case EdgeProbabilitySource.Uniform:
                CheckProbability(probability, optionName + ".Probability");
                Array.Fill(p, probability);
                break;
            case EdgeProbabilitySource.Weight:
                for (int u = 0; u < graph.NodeCount; u++)
                {
                    for (int a = offsets[u]; a < offsets[u + 1]; a++)
                    {
                        double w = weights is null ? 1.0 : weights[a];
                        if (w > 1.0)
                        {
                            ThrowHelper.Argument(optionName, string.Create(CultureInfo.InvariantCulture,
                                $"{optionName}.ProbabilitySource = Weight needs every weight in [0, 1], but arc {u}->{targets[a]} has weight {ThrowHelper.Format(w)}; use TieStrength or WeightedCascade for other weights."));
                        }
                        p[a] = w;
                    }
                }
                break;
            case EdgeProbabilitySource.TieStrength:
                if (!(tieStrengthScale > 0) || !double.IsFinite(tieStrengthScale))
                {
                    ThrowHelper.ArgumentOutOfRange(optionName + ".TieStrengthScale", tieStrengthScale, "a finite value > 0");
                }
                for (int a = 0; a < arcs; a++)
                {
                    double w = weights is null ? 1.0 : weights[a];
                    p[a] = 1.0 - Math.Exp(-tieStrengthScale * w);
                }
                break;
            case EdgeProbabilitySource.WeightedCascade:
                {
                    double[] inSum = InStrengthWithoutSelfLoops(graph);
                    for (int u = 0; u < graph.NodeCount; u++)
                    {
                        for (int a = offsets[u]; a < offsets[u + 1]; a++)
                        {
                            int v = targets[a];
                            double w = weights is null ? 1.0 : weights[a];
                            p[a] = v == u || inSum[v] <= 0 ? 0.0 : Math.Min(1.0, w / inSum[v]);
                        }
                    }
                    break;
                }
            case EdgeProbabilitySource.PerArc:
                if (arcProbabilities.IsDefault || arcProbabilities.Length != arcs)
                {
                    ThrowHelper.Argument(optionName, string.Create(CultureInfo.InvariantCulture,
                        $"{optionName}.ArcProbabilities has {(arcProbabilities.IsDefault ? 0 : arcProbabilities.Length)} entries; allowed: exactly one per stored arc ({arcs}), in the order of CsrGraph.Targets."));
                }
                for (int a = 0; a < arcs; a++)
                {
                    double q = arcProbabilities[a];
                    if (!(q >= 0 && q <= 1))
                    {
                        ThrowHelper.Argument(optionName, string.Create(CultureInfo.InvariantCulture,
                            $"{optionName}.ArcProbabilities[{a}] = {ThrowHelper.Format(q)} is out of range; allowed: [0, 1]."));
                    }
                    p[a] = q;
                }
                break;
            default:
                ThrowHelper.ArgumentOutOfRange(optionName + ".ProbabilitySource", source, "Uniform, Weight, TieStrength, WeightedCascade or PerArc");
                break;
        }
        return p;
    }

    /// <summary>Base probabilities damped by η on arcs that cross the partition's communities.</summary>
    /// <summary>Per-arc classes (0 = mutual, 1 = one-way; see <see cref="TieClass"/>): mutual when the reverse arc exists.</summary>
    public static byte[] ArcClasses(CsrGraph graph)
    {
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        var classes = new byte[graph.ArcCount];
        if (!graph.IsDirected)
        {
            return classes;
        }
        for (int u = 0; u < graph.NodeCount; u++)
        {
            for (int a = offsets[u]; a < offsets[u + 1]; a++)
            {
                int v = targets[a];
                classes[a] = Array.BinarySearch(targets, offsets[v], offsets[v + 1] - offsets[v], u) >= 0 ? (byte)TieClass.Mutual : (byte)TieClass.OneWay;
            }
        }
        return classes;
    }

    /// <summary>Per-arc probabilities of the relationship model (see <see cref="RelationshipCascadeModel"/> for the rule).</summary>
    public static double[] ForRelationship(CsrGraph graph, RelationshipCascadeModel model)
    {
        CheckProbability(model.MutualProbability, "model.MutualProbability");
        CheckProbability(model.OneWayProbability, "model.OneWayProbability");
        ImmutableArray<double> factors = model.SharerFactors;
        bool hasFactors = !factors.IsDefaultOrEmpty;
        if (hasFactors && factors.Length != graph.NodeCount)
        {
            ThrowHelper.Argument(nameof(model), string.Create(CultureInfo.InvariantCulture,
                $"model.SharerFactors has {factors.Length} entries; allowed: none, or exactly one per node ({graph.NodeCount})."));
        }
        if (hasFactors)
        {
            for (int u = 0; u < factors.Length; u++)
            {
                if (!(factors[u] >= 0) || !double.IsFinite(factors[u]))
                {
                    ThrowHelper.Argument(nameof(model), string.Create(CultureInfo.InvariantCulture,
                        $"model.SharerFactors[{u}] = {ThrowHelper.Format(factors[u])} is out of range; allowed: a finite value >= 0."));
                }
            }
        }
        byte[] classes = ArcClasses(graph);
        int[] offsets = graph.OffsetsArray;
        double[]? weights = graph.WeightsArray;
        var p = new double[classes.Length];
        double mutual = model.MutualProbability;
        double oneWay = model.OneWayProbability;
        for (int u = 0; u < graph.NodeCount; u++)
        {
            double f = hasFactors ? factors[u] : 1.0;
            for (int a = offsets[u]; a < offsets[u + 1]; a++)
            {
                double q = classes[a] == (byte)TieClass.Mutual ? mutual : oneWay;
                if (model.ScaleByTieStrength)
                {
                    double w = weights is null ? 1.0 : weights[a];
                    q = 1.0 - Math.Pow(1.0 - q, w);
                }
                p[a] = Math.Min(1.0, f * q);
            }
        }
        return p;
    }

    public static double[] ForCommunityCascade(CsrGraph graph, CommunityCascadeModel model)
    {
        if (model.Partition is null)
        {
            ThrowHelper.Argument(nameof(model), "model.Partition is null; the community cascade needs a partition of the graph's nodes.");
        }
        if (model.Partition.NodeCount != graph.NodeCount)
        {
            ThrowHelper.Argument(nameof(model), string.Create(CultureInfo.InvariantCulture,
                $"model.Partition covers {model.Partition.NodeCount} nodes, but the graph has {graph.NodeCount}; allowed: a partition of exactly the graph's nodes."));
        }
        CheckProbability(model.Permeability, "model.Permeability");
        double[] p = Compute(graph, model.ProbabilitySource, model.Probability, model.TieStrengthScale, model.ArcProbabilities, "model");
        ReadOnlySpan<int> membership = model.Partition.Membership;
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        double eta = model.Permeability;
        for (int u = 0; u < graph.NodeCount; u++)
        {
            int cu = membership[u];
            for (int a = offsets[u]; a < offsets[u + 1]; a++)
            {
                if (membership[targets[a]] != cu)
                {
                    p[a] *= eta;
                }
            }
        }
        return p;
    }

    /// <summary>
    /// 32-bit Bernoulli thresholds in lockstep with the arcs: a trial on arc a succeeds when
    /// <c>(uint)(rng.NextUInt64() &gt;&gt; 32) &lt; thresholds[a]</c>. p ≥ 1 maps to 2³²−1 (success probability 1 − 2⁻³²).
    /// </summary>
    public static uint[] ToThresholds(double[] probabilities)
    {
        var t = new uint[probabilities.Length];
        for (int a = 0; a < t.Length; a++)
        {
            t[a] = (uint)Math.Min(Xoshiro256StarStar.ProbabilityToThreshold(probabilities[a]), uint.MaxValue);
        }
        return t;
    }

    /// <summary>Whether every arc has the same probability (then the uniform kernel, exact at p = 1, is used).</summary>
    public static bool IsUniform(double[] probabilities, out double value)
    {
        value = probabilities.Length == 0 ? 0 : probabilities[0];
        foreach (double q in probabilities)
        {
            if (q != value)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>LT influence weights b<sub>uv</sub> per stored arc (0 on self-loops), validated.</summary>
    public static double[] LinearThresholdWeights(CsrGraph graph, LinearThresholdModel model)
    {
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        double[]? weights = graph.WeightsArray;
        double[] inSum = InStrengthWithoutSelfLoops(graph);
        var b = new double[graph.ArcCount];
        switch (model.Weighting)
        {
            case LinearThresholdWeighting.Normalized:
                for (int u = 0; u < graph.NodeCount; u++)
                {
                    for (int a = offsets[u]; a < offsets[u + 1]; a++)
                    {
                        int v = targets[a];
                        double w = weights is null ? 1.0 : weights[a];
                        b[a] = v == u || inSum[v] <= 0 ? 0.0 : w / inSum[v];
                    }
                }
                break;
            case LinearThresholdWeighting.Raw:
                for (int v = 0; v < graph.NodeCount; v++)
                {
                    if (inSum[v] > 1.0 + 1e-12)
                    {
                        ThrowHelper.Argument(nameof(model), string.Create(CultureInfo.InvariantCulture,
                            $"model.Weighting = Raw needs the weights into every node to sum to at most 1, but node {v} has in-strength {ThrowHelper.Format(inSum[v])}; use Normalized."));
                    }
                }
                for (int u = 0; u < graph.NodeCount; u++)
                {
                    for (int a = offsets[u]; a < offsets[u + 1]; a++)
                    {
                        b[a] = targets[a] == u ? 0.0 : weights is null ? 1.0 : weights[a];
                    }
                }
                break;
            default:
                ThrowHelper.ArgumentOutOfRange("model.Weighting", model.Weighting, "Normalized or Raw");
                break;
        }
        return b;
    }

    /// <summary>Σ of weights of in-arcs u→v with u ≠ v, summed in ascending arc order.</summary>
    public static double[] InStrengthWithoutSelfLoops(CsrGraph graph)
    {
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        double[]? weights = graph.WeightsArray;
        var inSum = new double[graph.NodeCount];
        for (int u = 0; u < graph.NodeCount; u++)
        {
            for (int a = offsets[u]; a < offsets[u + 1]; a++)
            {
                int v = targets[a];
                if (v != u)
                {
                    inSum[v] += weights is null ? 1.0 : weights[a];
                }
            }
        }
        return inSum;
    }

    public static void CheckProbability(double value, string name)
    {
        if (!(value >= 0 && value <= 1))
        {
            ThrowHelper.ArgumentOutOfRange(name, value, "[0, 1]");
        }
    }
}
