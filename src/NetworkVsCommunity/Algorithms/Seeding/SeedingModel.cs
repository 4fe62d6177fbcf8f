using System.Globalization;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// A <see cref="DiffusionModel"/> prepared for the seeding samplers (RR sets, live-edge worlds, exact enumeration):
/// per-in-arc probabilities (IC family) or weights (LT), in lockstep with the in-arc CSR (internal).
/// </summary>
/// <remarks>
/// Only triggering models have reverse-reachable sets and live-edge worlds (Kempe, Kleinberg &amp; Tardos 2003; Borgs et al.
/// 2014): the Independent Cascade family (ic, icp, relationship) and the linear threshold model (lt). Any other model is
/// refused with a message naming it. The arc probabilities are those of the diffusion engine
/// (<see cref="DiffusionArcProbabilities"/>), so seeding maximises exactly the spread the simulator measures.
/// </remarks>
internal sealed class SeedingModel
{
    private readonly CsrGraph _graph;
    private readonly double[] _outArc;
    private LiveEdgeModel? _liveEdges;

    private SeedingModel(CsrGraph graph, DiffusionModel model, bool linearThreshold, double[] outArc, double[] inArc, double? uniform, bool perNodeUniform)
    {
        _graph = graph;
        _outArc = outArc;
        Model = model;
        IsLinearThreshold = linearThreshold;
        InArcProbabilities = inArc;
        UniformProbability = uniform;
        HasPerNodeUniformProbabilities = perNodeUniform;
    }

    /// <summary>The model.</summary>
    public DiffusionModel Model { get; }

    /// <summary>True for LT (each node keeps at most one in-arc), false for the IC family.</summary>
    public bool IsLinearThreshold { get; }

    /// <summary>The IC probability or LT weight of every in-arc, in the order of <see cref="CsrGraph.InSources"/>.</summary>
    public double[] InArcProbabilities { get; }

    /// <summary>The same model for the diffusion engine's live-edge worlds (per out-arc; built on first use).</summary>
    public LiveEdgeModel LiveEdges => _liveEdges ??= IsLinearThreshold ? LiveEdgeModel.LinearThreshold(_graph, _outArc) : LiveEdgeModel.Cascade(_graph, _outArc);

    /// <summary>The probability shared by every arc (IC), or the flag that every node's in-weights are 1/in-degree (LT, value 0); null otherwise.</summary>
    public double? UniformProbability { get; }

    /// <summary>Whether the in-arcs of each node share one probability (weighted cascade, LT 1/in-degree): geometric skipping per node applies.</summary>
    public bool HasPerNodeUniformProbabilities { get; }

    /// <summary>Prepares <paramref name="model"/> (null: <see cref="DiffusionModel.Default"/>) for <paramref name="graph"/>, validating it.</summary>
    /// <exception cref="ArgumentException">The model is not a triggering model, or is invalid for the graph.</exception>
    public static SeedingModel Create(CsrGraph graph, DiffusionModel? model, string optionName)
    {
        model ??= DiffusionModel.Default;
        bool lt = model is LinearThresholdModel;
        if (!lt && !DiffusionArcProbabilities.IsLiveEdge(model))
        {
            ThrowHelper.Argument(optionName, string.Create(CultureInfo.InvariantCulture,
                $"{optionName} = '{model.Name}' ({model.GetType().Name}) has no reverse-reachable sets or live-edge worlds; seeding supports the triggering models ic, icp, relationship and lt."));
        }
        if (UniformProbabilityOf(model) is double p)
        {
            // One probability on every arc: no per-arc computation or out-to-in permutation is needed (on a 10M-edge
            // graph that work took about a second before the first RR set).
            var same = new double[graph.ArcCount];
            Array.Fill(same, p);
            return new SeedingModel(graph, model, false, same, same, p, true);
        }
        double[] outArc = lt ? DiffusionArcProbabilities.LinearThresholdWeights(graph, (LinearThresholdModel)model) : DiffusionArcProbabilities.ForModel(graph, model);
        int[] map = LiveEdgeModel.OutToIn(graph);
        var inArc = new double[outArc.Length];
        for (int a = 0; a < outArc.Length; a++)
        {
            inArc[map[a]] = outArc[a];
        }
        int[] inOffsets = graph.InOffsetsArray;
        bool perNode = true;
        for (int v = 0; v < graph.NodeCount && perNode; v++)
        {
            int start = inOffsets[v];
            int d = inOffsets[v + 1] - start;
            for (int a = start + 1; a < start + d; a++)
            {
                if (inArc[a] != inArc[start])
                {
                    perNode = false;
                    break;
                }
            }
            if (lt && perNode && d > 0 && inArc[start] != 1.0 / d)
            {
                perNode = false;
            }
        }
        double? uniform = null;
        if (!lt && DiffusionArcProbabilities.IsUniform(inArc, out double value))
        {
            uniform = value;
        }
        return new SeedingModel(graph, model, lt, outArc, inArc, uniform, perNode);
    }

    /// <summary>The single arc probability of a uniform IC or an equal-class, unscaled relationship model (validated); null otherwise.</summary>
    private static double? UniformProbabilityOf(DiffusionModel model)
    {
        switch (model)
        {
            case IndependentCascadeModel { ProbabilitySource: EdgeProbabilitySource.Uniform } ic:
                DiffusionArcProbabilities.CheckProbability(ic.Probability, "model.Probability");
                return ic.Probability;
            case RelationshipCascadeModel { ScaleByTieStrength: false } r when r.SharerFactors.IsDefaultOrEmpty && r.MutualProbability == r.OneWayProbability:
                DiffusionArcProbabilities.CheckProbability(r.MutualProbability, "model.MutualProbability");
                return r.MutualProbability;
            default:
                return null;
        }
    }
}
