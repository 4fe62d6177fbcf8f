using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Structure;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>
/// Risk metrics RSK-1..6 of docs/metrics.md#risk: firestorm (炎上) exposure, leaks and programme fragility.
/// </summary>
/// <remarks>Thread safety: stateless. Sample-based metrics take a seed, report it, and give identical results on any thread count.</remarks>
public static class RiskMetrics
{
    /// <summary>RSK-1 BlastRadius and RSK-2 FirestormProbability of every employee: the expected reach of one careless post.</summary>
    /// <remarks>
    /// <para>BlastRadius(v) = σ_IC({v}) (Kempe, Kleinberg &amp; Tardos 2003, doi:10.1145/956750.956769), the expected number of
    /// people a single post by v reaches (v included). The result gives its max, 95th percentile and Gini over employees:
    /// a high Gini means a few people carry most of the firestorm (炎上) risk (Pfeffer, Zorbach &amp; Carley 2014,
    /// doi:10.1080/13527266.2013.797778). FirestormProbability(v, q) = P(|A({v})| ≥ q·|V|) from the same samples.</para>
    /// <para>Under a cascade model with independent arcs (ic, icp, relationship) every employee is evaluated on the same
    /// live-edge graphs (common random numbers), in O(R · (m + Σ_v reach_v)). Under any other model (lt, threshold, sir,
    /// sis) each employee's post runs R times through <see cref="DiffusionSimulator.MonteCarlo"/> with the same random seed
    /// (run i draws stream (seed, i)). Either way the result is identical for any thread count.</para>
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="isEmployee">Employee flags; the metric is computed for employees.</param>
    /// <param name="firestormFraction">q in (0, 1]. Default 0.5.</param>
    /// <param name="model">The diffusion model; <see cref="DiffusionModel.Default"/> when null.</param>
    /// <param name="sampling">Runs, random seed and threads; <see cref="SamplingOptions.Default"/> when null.</param>
    /// <param name="progress">Progress over samples (or employees under a non-cascade model).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Per-employee blast radius and firestorm probability, and the summary figures.</returns>
    /// <exception cref="ArgumentException">The mask has the wrong size or the model is invalid for the graph.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option or q is out of range.</exception>
    public static BlastRadiusResult BlastRadius(CsrGraph graph, ReadOnlySpan<bool> isEmployee, double firestormFraction = 0.5,
        DiffusionModel? model = null, SamplingOptions? sampling = null, IProgress<AnalysisProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        MetricSupport.CheckMask(isEmployee, graph.NodeCount, nameof(isEmployee));
        model ??= DiffusionModel.Default;
        if (!DiffusionArcProbabilities.IsLiveEdge(model))
        {
            return BlastRadiusBySimulation(graph, isEmployee, firestormFraction, model, sampling, progress, cancellationToken);
        }
        var employees = new List<int>();
        for (int v = 0; v < isEmployee.Length; v++)
        {
            if (isEmployee[v])
            {
                employees.Add(v);
            }
        }
        return BlastRadiusCore(graph, [.. employees], firestormFraction, model, sampling, progress, cancellationToken);
    }

    /// <summary>RSK-2 FirestormProbability(v, q) = P(|A({v})| ≥ q·|V|) by live-edge Monte Carlo.</summary>
    /// <remarks>
    /// The chance that a single post becomes a company-wide storm. A connected graph with p = 1 gives 1; p = 0 gives 0 for
    /// any q &gt; 1/|V|. Monotone non-decreasing in p for a fixed seed (common random numbers: arc a of sample i is live
    /// when the same uniform draw is below p). Complexity O(R · m).
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="node">The poster v.</param>
    /// <param name="firestormFraction">q in (0, 1].</param>
    /// <param name="model">The cascade model (ic, icp, relationship); <see cref="DiffusionModel.Default"/> when null.</param>
    /// <param name="sampling">Runs, random seed and threads; <see cref="SamplingOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The estimate and the seed used.</returns>
    /// <exception cref="ArgumentException">The model is not a cascade model with independent arcs.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The node, q or an option is out of range.</exception>
    public static FirestormResult FirestormProbability(CsrGraph graph, int node, double firestormFraction, DiffusionModel? model = null,
        SamplingOptions? sampling = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ThrowHelper.CheckNode(node, graph.NodeCount);
        var r = BlastRadiusCore(graph, [node], firestormFraction, model ?? DiffusionModel.Default, sampling, null, cancellationToken);
        double p = r.FirestormProbability[0];
        return new FirestormResult(node, p, Math.Sqrt(p * (1 - p) / r.Runs), firestormFraction, r.Runs, r.RandomSeed);
    }

    private static BlastRadiusResult BlastRadiusBySimulation(CsrGraph graph, ReadOnlySpan<bool> isEmployee, double firestormFraction,
        DiffusionModel model, SamplingOptions? sampling, IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken)
    {
        if (!(firestormFraction > 0 && firestormFraction <= 1))
        {
            ThrowHelper.ArgumentOutOfRange(nameof(firestormFraction), firestormFraction, "(0, 1]");
        }
        var options = SimulatorSampling.Resolve(model, sampling, out long seed);
        var employees = new List<int>();
        for (int v = 0; v < isEmployee.Length; v++)
        {
            if (isEmployee[v])
            {
                employees.Add(v);
            }
        }
        int k = employees.Count;
        var expected = new double[k];
        var probability = new double[k];
        double stormSize = firestormFraction * graph.NodeCount;
        for (int e = 0; e < k; e++)
        {
            var mc = SimulatorSampling.Run(graph, [employees[e]], options, false, cancellationToken);
            long storms = 0;
            foreach (int size in mc.RunSizes)
            {
                if (size >= stormSize)
                {
                    storms++;
                }
            }
            expected[e] = mc.MeanAdopters;
            probability[e] = (double)storms / mc.Runs;
            progress?.Report(new AnalysisProgress("BlastRadius", (double)(e + 1) / k, e + 1, k));
        }
        var sorted = (double[])expected.Clone();
        Array.Sort(sorted);
        return new BlastRadiusResult([.. employees], ImmutableArray.Create(expected), ImmutableArray.Create(probability),
            k == 0 ? 0 : sorted[^1], k == 0 ? 0 : MetricSupport.Quantile(sorted, 0.95), MetricSupport.Gini(expected), firestormFraction,
            options.Sampling.Runs, seed, model, SimulatorSampling.Echo(options));
    }

    private static BlastRadiusResult BlastRadiusCore(CsrGraph graph, int[] employees, double q, DiffusionModel model, SamplingOptions? sampling,
        IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken)
    {
        if (!(q > 0 && q <= 1))
        {
            ThrowHelper.ArgumentOutOfRange("firestormFraction", q, "(0, 1]");
        }
        var options = (sampling ?? SamplingOptions.Default).Resolve();
        long seed = options.RandomSeed!.Value;
        var sampler = LiveEdgeSampler.ForModel(graph, model, seed, "BlastRadius");
        int k = employees.Length;
        var reachSum = new long[k];
        var storms = new long[k];
        double stormSize = q * graph.NodeCount;
        int r = options.Runs;
        int done = 0;
        var gate = new object();
        sampler.ForEachSample(r, options.MaxDegreeOfParallelism, (i, scratch) =>
        {
            sampler.Draw(i, scratch);
            var local = new int[k];
            for (int e = 0; e < k; e++)
            {
                local[e] = sampler.Reach(employees.AsSpan(e, 1), scratch, out _);
            }
            lock (gate)
            {
                for (int e = 0; e < k; e++)
                {
                    reachSum[e] += local[e];
                    if (local[e] >= stormSize)
                    {
                        storms[e]++;
                    }
                }
                done++;
                progress?.Report(new AnalysisProgress("BlastRadius", (double)done / r, done, r));
            }
        }, cancellationToken);
        var expected = new double[k];
        var probability = new double[k];
        for (int e = 0; e < k; e++)
        {
            expected[e] = (double)reachSum[e] / r;
            probability[e] = (double)storms[e] / r;
        }
        var sorted = (double[])expected.Clone();
        Array.Sort(sorted);
        double max = k == 0 ? 0 : sorted[^1];
        double p95 = k == 0 ? 0 : MetricSupport.Quantile(sorted, 0.95);
        return new BlastRadiusResult(ImmutableArray.Create(employees), ImmutableArray.Create(expected), ImmutableArray.Create(probability),
            max, p95, MetricSupport.Gini(expected), q, r, seed, model, options);
    }

    /// <summary>RSK-3 EpidemicMargin: λ_max of the adjacency matrix, the SIS threshold τ_c = 1/λ_max and its margin over β/δ.</summary>
    /// <remarks>
    /// <para>Wang, Chakrabarti, Wang &amp; Faloutsos 2003 (SRDS, doi:10.1109/RELDIS.2003.1238052); Chakrabarti et al. 2008,
    /// <i>ACM TISSEC</i> 10(4), doi:10.1145/1284680.1284681: an SIS epidemic dies out when β/δ &lt; 1/λ_max. A large λ_max
    /// (a famous, densely connected company) means a low firestorm threshold. λ_max(K_n) = n−1; a star with n leaves gives √n.</para>
    /// <para>Graphs with at most <see cref="EpidemicMarginOptions.DenseLimit"/> nodes use MathNet's dense eigen-decomposition
    /// (O(n³)); larger graphs power iteration on A + I over the CSR (O(m) per iteration; the shift avoids the oscillation of
    /// bipartite graphs). Deterministic.</para>
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Options; <see cref="EpidemicMarginOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancellation (power iteration).</param>
    /// <returns>λ_max, τ_c and the margin.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static EpidemicMarginResult EpidemicMargin(CsrGraph graph, EpidemicMarginOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= EpidemicMarginOptions.Default;
        if (options.DenseLimit < 0)
        {
            ThrowHelper.ArgumentOutOfRange("options.DenseLimit", options.DenseLimit, "0 or more");
        }
        if (!(options.Tolerance > 0))
        {
            ThrowHelper.ArgumentOutOfRange("options.Tolerance", options.Tolerance, "> 0");
        }
        if (options.MaxIterations < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.MaxIterations", options.MaxIterations, "1 or more");
        }
        if (options.Transmissibility is { } t && !(t >= 0))
        {
            ThrowHelper.ArgumentOutOfRange("options.Transmissibility", t, "0 or more, or null");
        }
        int n = graph.NodeCount;
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        double[]? weights = options.UseWeights ? graph.WeightsArray : null;
        double lambda;
        string method;
        int iterations = 0;
        bool converged = true;
        if (n <= options.DenseLimit)
        {
            method = "dense";
            if (graph.ArcCount == 0)
            {
                lambda = 0;
            }
            else
            {
                var a = Matrix<double>.Build.Dense(n, n);
                for (int u = 0; u < n; u++)
                {
                    for (int x = offsets[u]; x < offsets[u + 1]; x++)
                    {
                        a[u, targets[x]] = weights is null ? 1.0 : weights[x];
                    }
                }
                var evd = a.Evd(graph.IsDirected ? Symmetricity.Asymmetric : Symmetricity.Symmetric);
                lambda = 0;
                foreach (var ev in evd.EigenValues)
                {
                    lambda = Math.Max(lambda, ev.Magnitude);
                }
            }
        }
        else
        {
            method = "power";
            (lambda, iterations, converged) = PowerIteration(graph, weights, options, cancellationToken);
        }
        double tau = lambda > 0 ? 1 / lambda : double.PositiveInfinity;
        double beta = options.Transmissibility ?? double.NaN;
        return new EpidemicMarginResult(lambda, tau, beta, tau - beta, method, iterations, converged, options);
    }

    private static (double Lambda, int Iterations, bool Converged) PowerIteration(CsrGraph graph, double[]? weights,
        EpidemicMarginOptions options, CancellationToken cancellationToken)
    {
        int n = graph.NodeCount;
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        var x = new double[n];
        var y = new double[n];
        for (int v = 0; v < n; v++)
        {
            x[v] = 1.0 + (offsets[v + 1] - offsets[v]);
        }
        Scale(x);
        double previous = 0;
        for (int it = 1; it <= options.MaxIterations; it++)
        {
            if ((it & 31) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            // y = (A^T + I) x: λ_max of A and A^T coincide; iterating over rows pushes x along out-arcs.
            Array.Copy(x, y, n);
            for (int u = 0; u < n; u++)
            {
                double xu = x[u];
                if (xu == 0)
                {
                    continue;
                }
                for (int a = offsets[u]; a < offsets[u + 1]; a++)
                {
                    y[targets[a]] += weights is null ? xu : weights[a] * xu;
                }
            }
            double norm = Scale(y);
            double lambda = norm - 1;
            (x, y) = (y, x);
            if (it > 1 && Math.Abs(lambda - previous) <= options.Tolerance * Math.Max(1, Math.Abs(lambda)))
            {
                return (lambda, it, true);
            }
            previous = lambda;
        }
        return (previous, options.MaxIterations, false);
    }

    private static double Scale(double[] x)
    {
        double s = 0;
        foreach (double v in x)
        {
            s += v * v;
        }
        s = Math.Sqrt(s);
        if (s > 0)
        {
            for (int i = 0; i < x.Length; i++)
            {
                x[i] /= s;
            }
        }
        return s;
    }

    /// <summary>RSK-4 ExternalBoundaryConcentration: the share of employee→external arcs held by the top-k employees, and their k-shells.</summary>
    /// <remarks>
    /// A company whose outside contact runs through a few people is fragile (and those people are its leak and firestorm
    /// exposure). The k-shell of each of them (Kitsak et al. 2010, <i>Nature Physics</i> 6:888, doi:10.1038/nphys1746) tells
    /// whether they also sit in the dense core. If one employee holds all external arcs, k = 1 gives 1. O(n + m).
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="isEmployee">Employee flags.</param>
    /// <param name="topK">k ≥ 1. Default 10.</param>
    /// <returns>The share, the top employees and their core numbers.</returns>
    /// <exception cref="ArgumentException">The mask has the wrong size.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="topK"/> &lt; 1.</exception>
    public static BoundaryConcentrationResult ExternalBoundaryConcentration(CsrGraph graph, ReadOnlySpan<bool> isEmployee, int topK = 10)
    {
        ArgumentNullException.ThrowIfNull(graph);
        MetricSupport.CheckMask(isEmployee, graph.NodeCount, nameof(isEmployee));
        if (topK < 1)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(topK), topK, "1 or more");
        }
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        var employees = new List<(int Node, int Arcs)>();
        long total = 0;
        for (int v = 0; v < graph.NodeCount; v++)
        {
            if (!isEmployee[v])
            {
                continue;
            }
            int c = 0;
            for (int a = offsets[v]; a < offsets[v + 1]; a++)
            {
                if (!isEmployee[targets[a]])
                {
                    c++;
                }
            }
            employees.Add((v, c));
            total += c;
        }
        employees.Sort((x, y) => x.Arcs != y.Arcs ? y.Arcs.CompareTo(x.Arcs) : x.Node.CompareTo(y.Node));
        int k = Math.Min(topK, employees.Count);
        var cores = CoreDecomposition.CoreNumbers(graph);
        var top = new int[k];
        var arcs = new int[k];
        var shells = new int[k];
        long held = 0;
        for (int i = 0; i < k; i++)
        {
            top[i] = employees[i].Node;
            arcs[i] = employees[i].Arcs;
            shells[i] = cores[top[i]];
            held += arcs[i];
        }
        return new BoundaryConcentrationResult(topK, total, total == 0 ? 0 : (double)held / total,
            ImmutableArray.Create(top), ImmutableArray.Create(arcs), ImmutableArray.Create(shells));
    }

    /// <summary>RSK-5 FlagBearerDependence: 1 − Metric(S∖{top}) / Metric(S) for Metric ∈ {σ, reinforced adopters (RES-1·|A|)}.</summary>
    /// <remarks>
    /// "Programmes fail without a flag-bearer": the share of spread and of reinforced adoption lost when the flag-bearer
    /// stops sharing. top is the named programme owner, or else the sharer with the highest spread Shapley credit (ATT-2,
    /// ties to the lower node). A star seeded at its centre only gives 1; symmetric sharers with disjoint audiences and p = 1
    /// give 1/|S|. Both runs use the same live-edge samples of the model, which must be a cascade model with independent
    /// arcs (ic, icp, relationship); other models are refused by name, never replaced by another. O(R · m).
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="seedNodes">The sharers S.</param>
    /// <param name="flagBearer">The programme owner (a member of S), or null to take the highest-credit sharer.</param>
    /// <param name="model">The cascade model; <see cref="DiffusionModel.Default"/> when null.</param>
    /// <param name="sampling">Runs, random seed and threads; <see cref="SamplingOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The dependence on the flag-bearer, for spread and for resonance.</returns>
    /// <exception cref="ArgumentException">S is empty, the flag-bearer is not in S, or the model is not a cascade model with independent arcs.</exception>
    public static FlagBearerResult FlagBearerDependence(CsrGraph graph, ReadOnlySpan<int> seedNodes, int? flagBearer = null,
        DiffusionModel? model = null, SamplingOptions? sampling = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        model ??= DiffusionModel.Default;
        var options = (sampling ?? SamplingOptions.Default).Resolve();
        double[] probabilities = DiffusionArcProbabilities.ForLiveEdgeModel(graph, model, "FlagBearerDependence");
        int[] seeds = MetricSupport.CheckNodes(seedNodes, graph.NodeCount, nameof(seedNodes));
        if (seeds.Length == 0)
        {
            ThrowHelper.Argument(nameof(seedNodes), "FlagBearerDependence needs at least one sharer.");
        }
        long seed = options.RandomSeed!.Value;
        var sampler = new LiveEdgeSampler(graph, probabilities, seed);
        int top;
        if (flagBearer is { } fb)
        {
            if (Array.BinarySearch(seeds, fb) < 0)
            {
                ThrowHelper.Argument(nameof(flagBearer), string.Create(CultureInfo.InvariantCulture, $"flagBearer = {fb} is not one of the sharers."));
            }
            top = fb;
        }
        else
        {
            var credit = LiveEdgeShapley.Credits(sampler, seeds, null, options.Runs, options.MaxDegreeOfParallelism, cancellationToken).Credits;
            top = seeds[0];
            double best = double.NegativeInfinity;
            for (int i = 0; i < seeds.Length; i++)
            {
                if (credit[i] > best)
                {
                    best = credit[i];
                    top = seeds[i];
                }
            }
        }
        int[] without = Array.FindAll(seeds, s => s != top);
        int r = options.Runs;
        var spreadWith = new long[r];
        var spreadWithout = new long[r];
        var resWith = new long[r];
        var resWithout = new long[r];
        sampler.ForEachSample(r, options.MaxDegreeOfParallelism, (i, scratch) =>
        {
            sampler.Draw(i, scratch);
            int c = sampler.Reach(seeds, scratch, out int stamp);
            spreadWith[i] = c;
            resWith[i] = sampler.CountReinforced(scratch, c, stamp, 2, null, null);
            c = sampler.Reach(without, scratch, out stamp);
            spreadWithout[i] = c;
            resWithout[i] = sampler.CountReinforced(scratch, c, stamp, 2, null, null);
        }, cancellationToken);
        double sw = Mean(spreadWith);
        double swo = Mean(spreadWithout);
        double rw = Mean(resWith);
        double rwo = Mean(resWithout);
        return new FlagBearerResult(top, sw, swo, sw == 0 ? 0 : 1 - (swo / sw), rw, rwo, rw == 0 ? 0 : 1 - (rwo / rw), r, seed, model);
    }

    private static double Mean(long[] values)
    {
        long s = 0;
        foreach (long v in values)
        {
            s += v;
        }
        return values.Length == 0 ? 0 : (double)s / values.Length;
    }

    /// <summary>RSK-6 EchoChamberIndex over the adopters of a cascade: EI index and attribute assortativity of G[A].</summary>
    /// <remarks>See <see cref="EchoChamber(CsrGraph, ReadOnlySpan{int}, ReadOnlySpan{int})"/>.</remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="cascade">The cascade; its adopters induce the subgraph.</param>
    /// <param name="groups">A group label (≥ 0) per node, e.g. the org unit or community.</param>
    /// <returns>EI and r.</returns>
    /// <exception cref="ArgumentException">Inputs of different sizes or a negative label.</exception>
    public static EchoChamberResult EchoChamber(CsrGraph graph, Cascade cascade, ReadOnlySpan<int> groups)
    {
        ArgumentNullException.ThrowIfNull(graph);
        MetricSupport.CheckCascade(cascade, graph.NodeCount);
        return EchoChamber(graph, groups, cascade.Adopters.AsSpan());
    }

    /// <summary>RSK-6 EchoChamberIndex: the EI index and Newman's attribute assortativity of the subgraph induced by <paramref name="nodes"/>.</summary>
    /// <remarks>
    /// EI = (E − I)/(E + I), with E edges between and I edges within groups (Krackhardt &amp; Stern 1988, <i>Social
    /// Psychology Quarterly</i> 51(2):123, doi:10.2307/2786835). r = (Σ_i e_ii − Σ_i a_i b_i)/(1 − Σ_i a_i b_i) from the
    /// mixing matrix e (Newman 2003, <i>PRE</i> 67:026126, doi:10.1103/PhysRevE.67.026126). Very negative EI (and r near 1)
    /// flag closed rooms where misstatements echo. All edges inside groups give EI = −1, r = 1; a complete bipartite graph
    /// across two groups gives EI = +1, r = −1. Self-loops are ignored. O(Σ_{v∈nodes} k_v + groups).
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="groups">A group label (≥ 0) per node.</param>
    /// <param name="nodes">The nodes inducing the subgraph; empty means the whole graph.</param>
    /// <returns>EI and r.</returns>
    /// <exception cref="ArgumentException">Labels of the wrong length or negative.</exception>
    public static EchoChamberResult EchoChamber(CsrGraph graph, ReadOnlySpan<int> groups, ReadOnlySpan<int> nodes)
    {
        ArgumentNullException.ThrowIfNull(graph);
        int n = graph.NodeCount;
        if (groups.Length != n)
        {
            ThrowHelper.Argument(nameof(groups), string.Create(CultureInfo.InvariantCulture, $"groups has {groups.Length} labels; the graph has {n} nodes."));
        }
        int maxLabel = -1;
        foreach (int g in groups)
        {
            if (g < 0)
            {
                ThrowHelper.Argument(nameof(groups), string.Create(CultureInfo.InvariantCulture, $"Group labels must be 0 or more; found {g}."));
            }
            maxLabel = Math.Max(maxLabel, g);
        }
        var inside = new bool[n];
        if (nodes.IsEmpty)
        {
            Array.Fill(inside, true);
        }
        else
        {
            foreach (int v in nodes)
            {
                ThrowHelper.CheckNode(v, n, nameof(nodes));
                inside[v] = true;
            }
        }
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        var a = new double[maxLabel + 1];
        var b = new double[maxLabel + 1];
        long internalArcs = 0;
        long externalArcs = 0;
        for (int u = 0; u < n; u++)
        {
            if (!inside[u])
            {
                continue;
            }
            for (int x = offsets[u]; x < offsets[u + 1]; x++)
            {
                int v = targets[x];
                if (v == u || !inside[v])
                {
                    continue;
                }
                if (groups[u] == groups[v])
                {
                    internalArcs++;
                }
                else
                {
                    externalArcs++;
                }
                a[groups[u]]++;
                b[groups[v]]++;
            }
        }
        long arcs = internalArcs + externalArcs;
        double ei = arcs == 0 ? double.NaN : (double)(externalArcs - internalArcs) / arcs;
        double r = double.NaN;
        if (arcs > 0)
        {
            double trace = (double)internalArcs / arcs;
            double ab = 0;
            for (int g = 0; g <= maxLabel; g++)
            {
                ab += (a[g] / arcs) * (b[g] / arcs);
            }
            if (1 - ab > 1e-15)
            {
                r = (trace - ab) / (1 - ab);
            }
        }
        long divisor = graph.IsDirected ? 1 : 2;
        return new EchoChamberResult(ei, r, internalArcs / divisor, externalArcs / divisor);
    }
}
