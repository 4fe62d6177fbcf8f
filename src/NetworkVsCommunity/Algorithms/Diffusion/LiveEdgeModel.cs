using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>
/// What a live-edge world of a triggering model is drawn from (internal): the per-arc probabilities (Independent Cascade
/// family) or influence weights (linear threshold) of <see cref="DiffusionArcProbabilities"/>, in lockstep with the CSR
/// out-arcs. Worlds are drawn by <see cref="LiveEdgeWorld"/>, the one place that decides whether an arc is live.
/// </summary>
/// <remarks>
/// Kempe, Kleinberg &amp; Tardos 2003 (doi:10.1145/956750.956769), Claim 2.6 and Theorem 2.5: under IC each arc is live
/// independently with its probability; under LT each node keeps at most one in-arc, arc u→v with probability b<sub>uv</sub>.
/// In both, the adopters of a run from S are the nodes reachable from S over live arcs.
/// </remarks>
internal sealed class LiveEdgeModel
{
    private LiveEdgeModel(CsrGraph graph, double[] probabilities, bool linearThreshold)
    {
        Graph = graph;
        Probabilities = probabilities;
        IsLinearThreshold = linearThreshold;
        if (linearThreshold)
        {
            int[] outToIn = OutToIn(graph);
            var inArcOut = new int[outToIn.Length];
            for (int a = 0; a < outToIn.Length; a++)
            {
                inArcOut[outToIn[a]] = a;
            }
            InArcToOutArc = inArcOut;
        }
        else
        {
            InArcToOutArc = [];
        }
    }

    /// <summary>The graph.</summary>
    public CsrGraph Graph { get; }

    /// <summary>Per out-arc (CSR order): the IC probability, or the LT weight b<sub>uv</sub>.</summary>
    public double[] Probabilities { get; }

    /// <summary>True for LT (each node keeps at most one in-arc), false for the IC family (independent arcs).</summary>
    public bool IsLinearThreshold { get; }

    /// <summary>LT only: for each in-arc position (the order of <see cref="CsrGraph.InSourcesArray"/>), the index of the same arc among the out-arcs.</summary>
    public int[] InArcToOutArc { get; }

    /// <summary>Linear threshold worlds with the given per-out-arc influence weights (kept, not copied; validated by the caller).</summary>
    public static LiveEdgeModel LinearThreshold(CsrGraph graph, double[] arcWeights) => new(graph, arcWeights, true);

    /// <summary>Independent arcs with the given per-out-arc probabilities (kept, not copied).</summary>
    public static LiveEdgeModel Cascade(CsrGraph graph, double[] arcProbabilities) => new(graph, arcProbabilities, false);

    /// <summary>
    /// The live-edge model of <paramref name="model"/>: a cascade model with independent per-arc probabilities (ic, icp,
    /// relationship) or, when <paramref name="allowLinearThreshold"/>, the linear threshold model. Any other model is refused
    /// with a message naming <paramref name="routine"/>, the model and the models allowed (ic, icp, relationship).
    /// </summary>
    /// <exception cref="ArgumentException">The model has no live-edge worlds, or does not fit the graph.</exception>
    public static LiveEdgeModel ForModel(CsrGraph graph, DiffusionModel model, string routine, bool allowLinearThreshold)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (allowLinearThreshold && model is LinearThresholdModel lt)
        {
            return LinearThreshold(graph, DiffusionArcProbabilities.LinearThresholdWeights(graph, lt));
        }
        return Cascade(graph, DiffusionArcProbabilities.ForLiveEdgeModel(graph, model, routine));
    }

    /// <summary>For every out-arc u→v, the index of the same arc in v's in-arc row (the order of <see cref="CsrGraph.InSourcesArray"/>).</summary>
    public static int[] OutToIn(CsrGraph graph)
    {
        int n = graph.NodeCount;
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        int[] inOffsets = graph.InOffsetsArray;
        var map = new int[targets.Length];
        var cursor = new int[n];
        Array.Copy(inOffsets, cursor, n);
        // Out-arcs are visited by ascending source and in-rows are sorted by source, so a cursor per target suffices.
        for (int u = 0; u < n; u++)
        {
            for (int a = offsets[u]; a < offsets[u + 1]; a++)
            {
                int v = targets[a];
                int i = cursor[v]++;
                System.Diagnostics.Debug.Assert(graph.InSourcesArray[i] == u);
                map[a] = i;
            }
        }
        return map;
    }
}
