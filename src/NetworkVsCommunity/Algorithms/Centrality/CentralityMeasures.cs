using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Algorithms.Centrality;

/// <summary>
/// The centralities the metric suite needs: betweenness (Brandes 2001) and its between-community variant, PageRank,
/// eigenvector centrality and k-core numbers (Batagelj–Zaversnik). Values match igraph 0.10 on the same graphs.
/// </summary>
/// <remarks>Thread safety: stateless. Determinism: every routine returns bit-identical values for any thread count.</remarks>
public static class CentralityMeasures
{
    private const int SourcesPerBlock = 16;

    /// <summary>Betweenness centrality by Brandes' algorithm: for each node, Σ_{s≠v≠t} σ_st(v)/σ_st.</summary>
    /// <remarks>
    /// <para>Brandes 2001, "A faster algorithm for betweenness centrality", <i>J. Math. Sociol.</i> 25(2):163–177,
    /// doi:10.1080/0022250X.2001.9990249. Unweighted: one BFS per source, O(nm). Weighted (weights are lengths, as in
    /// igraph): Dijkstra, O(nm + n² log n); equal path lengths are compared with a relative tolerance of 1e-10 as igraph
    /// does. Undirected graphs count every unordered pair once (the sum over sources is halved), as igraph and NetworkX.</para>
    /// <para>Determinism: sources are processed in fixed blocks of 16; each block sums its sources in order and blocks are
    /// added in block order, so the floating-point result does not depend on the thread count.</para>
    /// <para>Sampling (<see cref="BetweennessOptions.SampleSources"/> = k): k distinct sources drawn uniformly from the seed,
    /// processed in ascending order, the sum scaled by n/k — the unbiased pivot estimator of U. Brandes &amp; C. Pich,
    /// "Centrality estimation in large networks", <i>Int. J. Bifurcation and Chaos</i> 17(7):2303–2318 (2007),
    /// doi:10.1142/S0218127407018403. O(k·m) unweighted. The same seed gives the same sources and values on any thread count.</para>
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Options; <see cref="BetweennessOptions.Default"/> when null.</param>
    /// <param name="progress">Progress over sources.</param>
    /// <param name="cancellationToken">Cancellation (checked before every source).</param>
    /// <returns>The betweenness per node.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static CentralityResult Betweenness(CsrGraph graph, BetweennessOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= BetweennessOptions.Default;
        return BrandesCore(graph, null, options, progress, cancellationToken);
    }

    /// <summary>
    /// ROL-2 between-community betweenness: Brandes betweenness counting only shortest paths whose endpoints lie in different
    /// communities, Σ_{s,t: c(s)≠c(t)} σ_st(v)/σ_st.
    /// </summary>
    /// <remarks>
    /// The broker term of ROL-2 (METRICS.md §5.4, §2.8): people on the paths between communities hold them together
    /// (Burt 1992). Same algorithm, complexity and determinism as <see cref="Betweenness"/> (Brandes 2001,
    /// doi:10.1080/0022250X.2001.9990249), with the dependency of target w counted only when c(w) ≠ c(s). Source sampling
    /// (<see cref="BetweennessOptions.SampleSources"/>) works as for <see cref="Betweenness"/> (Brandes &amp; Pich 2007).
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="partition">The communities.</param>
    /// <param name="options">Options; <see cref="BetweennessOptions.Default"/> when null.</param>
    /// <param name="progress">Progress over sources.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The between-community betweenness per node.</returns>
    /// <exception cref="ArgumentException">The partition does not fit the graph.</exception>
    public static CentralityResult BetweenCommunityBetweenness(CsrGraph graph, Partition partition, BetweennessOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(partition);
        if (partition.NodeCount != graph.NodeCount)
        {
            ThrowHelper.Argument(nameof(partition), string.Create(CultureInfo.InvariantCulture,
                $"partition covers {partition.NodeCount} nodes; the graph has {graph.NodeCount}."));
        }
        options ??= BetweennessOptions.Default;
        return BrandesCore(graph, partition.Membership.ToArray(), options, progress, cancellationToken);
    }

    private sealed class BrandesScratch
    {
        public BrandesScratch(int n)
        {
            Sigma = new double[n];
            Delta = new double[n];
            DistInt = new int[n];
            Array.Fill(DistInt, -1);
            State = new int[n];
            DistDouble = new double[n];
            Order = new int[n];
            Heap = new PriorityQueue<int, double>(n);
        }

        public double[] Sigma { get; }

        public double[] Delta { get; }

        public int[] DistInt { get; }

        public int[] State { get; }

        public double[] DistDouble { get; }

        public int[] Order { get; }

        public PriorityQueue<int, double> Heap { get; }
    }

    private static CentralityResult BrandesCore(CsrGraph graph, int[]? membership, BetweennessOptions options,
        IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken)
    {
        if (options.MaxDegreeOfParallelism < 0)
        {
            ThrowHelper.ArgumentOutOfRange("options.MaxDegreeOfParallelism", options.MaxDegreeOfParallelism, "0 (all processors) or more");
        }
        if (options.SampleSources < 0)
        {
            ThrowHelper.ArgumentOutOfRange("options.SampleSources", options.SampleSources, "0 (every node, exact) or more");
        }
        if (options.RandomSeed is < 0)
        {
            ThrowHelper.ArgumentOutOfRange("options.RandomSeed", options.RandomSeed, "0 or more, or null");
        }
        int n = graph.NodeCount;
        bool sampled = options.SampleSources > 0 && options.SampleSources < n;
        long? randomSeed = sampled ? options.RandomSeed ?? Xoshiro256StarStar.NewRandomSeed() : null;
        int[]? sources = sampled ? SampleSources(n, options.SampleSources, randomSeed!.Value) : null;
        int sourceCount = sources?.Length ?? n;
        bool weighted = options.UseWeights && graph.WeightsArray is not null;
        if (weighted)
        {
            foreach (double w in graph.WeightsArray!)
            {
                if (!(w > 0))
                {
                    ThrowHelper.Argument(nameof(graph), string.Create(CultureInfo.InvariantCulture,
                        $"Weighted betweenness needs positive arc weights (lengths); found {w}. Set options.UseWeights = false to count hops."));
                }
            }
        }
        var total = new double[n];
        int blockCount = (sourceCount + SourcesPerBlock - 1) / SourcesPerBlock;
        int waveBlocks = (int)Math.Clamp(16_000_000L / Math.Max(1, n), 2, 32);
        int dop = options.MaxDegreeOfParallelism == 0 ? Environment.ProcessorCount : options.MaxDegreeOfParallelism;
        bool parallel = dop > 1 && (long)sourceCount * graph.ArcCount > 200_000;
        var pool = new ConcurrentBag<BrandesScratch>();
        var partials = new double[Math.Min(waveBlocks, Math.Max(1, blockCount))][];
        for (int i = 0; i < partials.Length; i++)
        {
            partials[i] = new double[n];
        }
        for (int waveStart = 0; waveStart < blockCount; waveStart += waveBlocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int waveEnd = Math.Min(blockCount, waveStart + waveBlocks);
            void RunBlock(int b)
            {
                if (!pool.TryTake(out var scratch))
                {
                    scratch = new BrandesScratch(n);
                }
                var partial = partials[b - waveStart];
                Array.Clear(partial);
                int iEnd = Math.Min(sourceCount, (b + 1) * SourcesPerBlock);
                for (int i = b * SourcesPerBlock; i < iEnd; i++)
                {
                    if (cancellationToken.IsCancellationRequested)
                    {
                        break;
                    }
                    int s = sources is null ? i : sources[i];
                    if (weighted)
                    {
                        SingleSourceWeighted(graph, s, membership, scratch, partial);
                    }
                    else
                    {
                        SingleSourceUnweighted(graph, s, membership, scratch, partial);
                    }
                }
                pool.Add(scratch);
            }
            if (parallel)
            {
                Parallel.For(waveStart, waveEnd, new ParallelOptions { MaxDegreeOfParallelism = dop, CancellationToken = cancellationToken }, RunBlock);
            }
            else
            {
                for (int b = waveStart; b < waveEnd; b++)
                {
                    RunBlock(b);
                }
            }
            cancellationToken.ThrowIfCancellationRequested();
            for (int b = waveStart; b < waveEnd; b++)
            {
                var partial = partials[b - waveStart];
                for (int v = 0; v < n; v++)
                {
                    total[v] += partial[v];
                }
            }
            progress?.Report(new AnalysisProgress("Betweenness", (double)waveEnd / blockCount, Math.Min(sourceCount, waveEnd * SourcesPerBlock), sourceCount));
        }
        double scale = graph.IsDirected ? 1.0 : 0.5;
        if (sampled)
        {
            scale *= (double)n / sourceCount;
        }
        if (options.Normalized && n > 2)
        {
            scale /= graph.IsDirected ? (n - 1.0) * (n - 2.0) : (n - 1.0) * (n - 2.0) / 2.0;
        }
        for (int v = 0; v < n; v++)
        {
            total[v] *= scale;
        }
        if (n <= 2 || blockCount == 0)
        {
            progress?.Report(new AnalysisProgress("Betweenness", 1.0, n, n));
        }
        ImmutableArray<string> notes = sampled
            ? [string.Create(CultureInfo.InvariantCulture,
                $"estimated from {sourceCount} of {n} sources drawn with random seed {randomSeed} (Brandes & Pich 2007), scaled by n/k = {(double)n / sourceCount:G6}")]
            : [];
        return new CentralityResult(ImmutableArray.Create(total), 0, true, notes) { RandomSeed = randomSeed };
    }

    /// <summary>k distinct nodes of 0..n−1, uniformly at random from stream 0 of the seed (partial Fisher–Yates), ascending.</summary>
    private static int[] SampleSources(int n, int k, long randomSeed)
    {
        var rng = Xoshiro256StarStar.ForStream((ulong)randomSeed, 0);
        var pool = new int[n];
        for (int i = 0; i < n; i++)
        {
            pool[i] = i;
        }
        for (int i = 0; i < k; i++)
        {
            int j = i + rng.NextInt(n - i);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }
        var chosen = pool.AsSpan(0, k).ToArray();
        Array.Sort(chosen);
        return chosen;
    }

    private static void SingleSourceUnweighted(CsrGraph graph, int s, int[]? membership, BrandesScratch scratch, double[] partial)
    {
        // Forward BFS counts shortest paths; the backward pass pulls dependencies from successors (dist + 1) along
        // out-arcs, so each node's dependency is written once: δ(w) = σ(w) Σ_{v succ} (x_v + δ(v)) / σ(v).
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        double[] sigma = scratch.Sigma;
        double[] coefficient = scratch.Delta;
        int[] dist = scratch.DistInt;
        int[] order = scratch.Order;
        order[0] = s;
        dist[s] = 0;
        sigma[s] = 1;
        int head = 0;
        int tail = 1;
        while (head < tail)
        {
            int v = order[head++];
            int dv = dist[v] + 1;
            double sv = sigma[v];
            for (int a = offsets[v]; a < offsets[v + 1]; a++)
            {
                int w = targets[a];
                int dw = dist[w];
                if (dw < 0)
                {
                    dist[w] = dv;
                    sigma[w] = sv;
                    order[tail++] = w;
                }
                else if (dw == dv)
                {
                    sigma[w] += sv;
                }
            }
        }
        int cs = membership is null ? 0 : membership[s];
        for (int i = tail - 1; i > 0; i--)
        {
            int w = order[i];
            int next = dist[w] + 1;
            double sum = 0;
            for (int a = offsets[w]; a < offsets[w + 1]; a++)
            {
                int v = targets[a];
                if (dist[v] == next)
                {
                    sum += coefficient[v];
                }
            }
            double sw = sigma[w];
            double delta = sw * sum;
            partial[w] += delta;
            coefficient[w] = ((membership is null || membership[w] != cs ? 1.0 : 0.0) + delta) / sw;
        }
        for (int i = 0; i < tail; i++)
        {
            int w = order[i];
            sigma[w] = 0;
            coefficient[w] = 0;
            dist[w] = -1;
        }
    }

    private static void SingleSourceWeighted(CsrGraph graph, int s, int[]? membership, BrandesScratch scratch, double[] partial)
    {
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        double[] weights = graph.WeightsArray!;
        int[] inOffsets = graph.InOffsetsArray;
        int[] inSources = graph.InSourcesArray;
        double[] inWeights = graph.InWeightsArray!;
        double[] sigma = scratch.Sigma;
        double[] delta = scratch.Delta;
        double[] dist = scratch.DistDouble;
        int[] state = scratch.State; // 0 unseen, 1 queued, 2 settled
        int[] order = scratch.Order;
        var heap = scratch.Heap;
        heap.Clear();
        dist[s] = 0;
        sigma[s] = 1;
        state[s] = 1;
        heap.Enqueue(s, 0);
        int settled = 0;
        while (heap.TryDequeue(out int v, out double dv))
        {
            if (state[v] == 2 || dv > dist[v])
            {
                continue;
            }
            state[v] = 2;
            order[settled++] = v;
            double sv = sigma[v];
            for (int a = offsets[v]; a < offsets[v + 1]; a++)
            {
                int w = targets[a];
                if (state[w] == 2)
                {
                    continue;
                }
                double alt = dv + weights[a];
                if (state[w] == 0)
                {
                    state[w] = 1;
                    dist[w] = alt;
                    sigma[w] = sv;
                    heap.Enqueue(w, alt);
                }
                else
                {
                    int cmp = Compare(alt, dist[w]);
                    if (cmp < 0)
                    {
                        dist[w] = alt;
                        sigma[w] = sv;
                        heap.Enqueue(w, alt);
                    }
                    else if (cmp == 0)
                    {
                        sigma[w] += sv;
                    }
                }
            }
        }
        int cs = membership is null ? 0 : membership[s];
        for (int i = settled - 1; i > 0; i--)
        {
            int w = order[i];
            double coefficient = ((membership is null || membership[w] != cs ? 1.0 : 0.0) + delta[w]) / sigma[w];
            double dw = dist[w];
            for (int a = inOffsets[w]; a < inOffsets[w + 1]; a++)
            {
                int v = inSources[a];
                if (state[v] == 2 && v != w && Compare(dist[v] + inWeights[a], dw) == 0)
                {
                    delta[v] += sigma[v] * coefficient;
                }
            }
            partial[w] += delta[w];
        }
        for (int i = 0; i < settled; i++)
        {
            int w = order[i];
            sigma[w] = 0;
            delta[w] = 0;
            dist[w] = 0;
            state[w] = 0;
        }
    }

    private static int Compare(double a, double b)
    {
        double diff = a - b;
        double eps = 1e-10 * Math.Max(Math.Abs(a), Math.Abs(b));
        return diff < -eps ? -1 : diff > eps ? 1 : 0;
    }

    /// <summary>PageRank by Gauss–Seidel sweeps (power iteration when there are dangling nodes, whose mass is spread uniformly as igraph's PRPACK does).</summary>
    /// <remarks>
    /// <para>PR = (1−d)/n + d (Σ_{u→v} PR_u w_uv / s_u + Σ_{dangling u} PR_u / n), with s_u the out-strength; an undirected
    /// edge is two arcs. Brin &amp; Page 1998, <i>Computer Networks</i> 30:107–117, doi:10.1016/S0169-7552(98)00110-X.
    /// Iterates until the L1 change of a sweep is below <see cref="PageRankOptions.Tolerance"/>; the scores sum to 1. Without
    /// dangling nodes it uses Gauss–Seidel sweeps (in node order, deterministic), otherwise power iteration.</para>
    /// <para>Complexity O(m) per iteration; sequential and deterministic.</para>
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Options; <see cref="PageRankOptions.Default"/> when null.</param>
    /// <param name="progress">Progress (reported at the end).</param>
    /// <param name="cancellationToken">Cancellation (checked every iteration).</param>
    /// <returns>The scores, iterations and convergence.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static CentralityResult PageRank(CsrGraph graph, PageRankOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= PageRankOptions.Default;
        if (!(options.Damping >= 0 && options.Damping < 1))
        {
            ThrowHelper.ArgumentOutOfRange("options.Damping", options.Damping, "[0, 1)");
        }
        if (!(options.Tolerance > 0))
        {
            ThrowHelper.ArgumentOutOfRange("options.Tolerance", options.Tolerance, "> 0");
        }
        if (options.MaxIterations < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.MaxIterations", options.MaxIterations, "1 or more");
        }
        int n = graph.NodeCount;
        if (n == 0)
        {
            return new CentralityResult([], 0, true, []);
        }
        double d = options.Damping;
        int[] inOffsets = graph.InOffsetsArray;
        int[] inSources = graph.InSourcesArray;
        double[]? inWeights = options.UseWeights ? graph.InWeightsArray : null;
        var outStrength = new double[n];
        if (inWeights is null)
        {
            int[] offsets = graph.OffsetsArray;
            for (int v = 0; v < n; v++)
            {
                outStrength[v] = offsets[v + 1] - offsets[v];
            }
        }
        else
        {
            double[] w = graph.WeightsArray!;
            int[] offsets = graph.OffsetsArray;
            for (int v = 0; v < n; v++)
            {
                double s = 0;
                for (int a = offsets[v]; a < offsets[v + 1]; a++)
                {
                    s += w[a];
                }
                outStrength[v] = s;
            }
        }
        var x = new double[n];
        var y = new double[n];
        var scaled = new double[n];
        Array.Fill(x, 1.0 / n);
        int iteration = 0;
        bool converged = false;
        bool anyDangling = false;
        for (int v = 0; v < n; v++)
        {
            anyDangling |= !(outStrength[v] > 0);
        }
        if (!anyDangling)
        {
            // Gauss–Seidel sweeps (as PRPACK): the same fixed point, reached in about half the sweeps of power iteration.
            double teleport = (1 - d) / n;
            for (int v = 0; v < n; v++)
            {
                scaled[v] = x[v] / outStrength[v];
            }
            while (iteration < options.MaxIterations)
            {
                cancellationToken.ThrowIfCancellationRequested();
                iteration++;
                double change = 0;
                for (int v = 0; v < n; v++)
                {
                    double sum = 0;
                    if (inWeights is null)
                    {
                        for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
                        {
                            sum += scaled[inSources[a]];
                        }
                    }
                    else
                    {
                        for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
                        {
                            sum += scaled[inSources[a]] * inWeights[a];
                        }
                    }
                    double value = teleport + (d * sum);
                    change += Math.Abs(value - x[v]);
                    x[v] = value;
                    scaled[v] = value / outStrength[v];
                }
                if (change < options.Tolerance)
                {
                    converged = true;
                    break;
                }
            }
            double total = 0;
            for (int v = 0; v < n; v++)
            {
                total += x[v];
            }
            for (int v = 0; v < n; v++)
            {
                x[v] /= total;
            }
        }
        while (anyDangling && iteration < options.MaxIterations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            iteration++;
            double dangling = 0;
            for (int v = 0; v < n; v++)
            {
                if (outStrength[v] > 0)
                {
                    scaled[v] = x[v] / outStrength[v];
                }
                else
                {
                    scaled[v] = 0;
                    dangling += x[v];
                }
            }
            double baseValue = ((1 - d) / n) + (d * dangling / n);
            for (int v = 0; v < n; v++)
            {
                double sum = 0;
                if (inWeights is null)
                {
                    for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
                    {
                        sum += scaled[inSources[a]];
                    }
                }
                else
                {
                    for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
                    {
                        sum += scaled[inSources[a]] * inWeights[a];
                    }
                }
                y[v] = baseValue + (d * sum);
            }
            double norm = 0;
            for (int v = 0; v < n; v++)
            {
                norm += y[v];
            }
            double change = 0;
            for (int v = 0; v < n; v++)
            {
                y[v] /= norm;
                change += Math.Abs(y[v] - x[v]);
            }
            (x, y) = (y, x);
            if (change < options.Tolerance)
            {
                converged = true;
                break;
            }
        }
        progress?.Report(new AnalysisProgress("PageRank", 1.0, iteration, iteration));
        var diagnostics = converged ? ImmutableArray<string>.Empty :
            [string.Create(CultureInfo.InvariantCulture, $"PageRank did not reach tolerance {options.Tolerance} in {options.MaxIterations} iterations.")];
        return new CentralityResult(ImmutableArray.Create(x), iteration, converged, diagnostics);
    }

    /// <summary>Eigenvector centrality: the leading eigenvector of the adjacency matrix, scaled so that its maximum is 1 (as igraph).</summary>
    /// <remarks>
    /// <para>x_v ∝ Σ_{u→v} w_uv x_u (in-arcs; all neighbours when undirected). Bonacich 1972, <i>J. Math. Sociol.</i>
    /// 2(1):113–120, doi:10.1080/0022250X.1972.9989806. Undirected graphs: restarted Lanczos (Lanczos 1950, doi:10.6028/jres.045.026)
    /// with full reorthogonalisation and a Krylov dimension of 32, started from the degree vector as igraph does, until the
    /// residual ‖Ax − θx‖ ≤ tolerance·θ; <see cref="CentralityResult.Iterations"/> counts matrix-vector products. Directed
    /// graphs: power iteration on A + I (the shift avoids oscillation and leaves the eigenvector unchanged).
    /// On a disconnected graph the vector concentrates on the component with the largest eigenvalue.</para>
    /// <para>Complexity O(m) per iteration; sequential and deterministic. A graph with no edges gives all ones.</para>
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Options; <see cref="EigenvectorOptions.Default"/> when null.</param>
    /// <param name="progress">Progress (reported at the end).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The scores (max 1), iterations and convergence.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static CentralityResult EigenvectorCentrality(CsrGraph graph, EigenvectorOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= EigenvectorOptions.Default;
        if (!(options.Tolerance > 0))
        {
            ThrowHelper.ArgumentOutOfRange("options.Tolerance", options.Tolerance, "> 0");
        }
        if (options.MaxIterations < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.MaxIterations", options.MaxIterations, "1 or more");
        }
        int n = graph.NodeCount;
        int[] inOffsets = graph.InOffsetsArray;
        int[] inSources = graph.InSourcesArray;
        double[]? inWeights = options.UseWeights ? graph.InWeightsArray : null;
        var x = new double[n];
        bool any = false;
        for (int v = 0; v < n; v++)
        {
            x[v] = inOffsets[v + 1] - inOffsets[v];
            any |= x[v] > 0;
        }
        if (!any)
        {
            var ones = new double[n];
            Array.Fill(ones, 1.0);
            return new CentralityResult(ImmutableArray.Create(ones), 0, true, n == 0 ? [] : ["The graph has no edges: every node gets 1."]);
        }
        Normalize(x);
        if (!graph.IsDirected)
        {
            var (vector, matvecs, ok) = Lanczos(graph, inWeights, x, options, cancellationToken);
            progress?.Report(new AnalysisProgress("EigenvectorCentrality", 1.0, matvecs, matvecs));
            var notes = ok ? ImmutableArray<string>.Empty :
                [string.Create(CultureInfo.InvariantCulture, $"Eigenvector centrality did not reach tolerance {options.Tolerance} in {options.MaxIterations} matrix-vector products.")];
            return new CentralityResult(ImmutableArray.Create(vector), matvecs, ok, notes);
        }
        var y = new double[n];
        int iteration = 0;
        bool converged = false;
        while (iteration < options.MaxIterations)
        {
            if ((iteration & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            iteration++;
            for (int v = 0; v < n; v++)
            {
                double sum = x[v];
                if (inWeights is null)
                {
                    for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
                    {
                        sum += x[inSources[a]];
                    }
                }
                else
                {
                    for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
                    {
                        sum += x[inSources[a]] * inWeights[a];
                    }
                }
                y[v] = sum;
            }
            Normalize(y);
            double change = 0;
            for (int v = 0; v < n; v++)
            {
                change = Math.Max(change, Math.Abs(y[v] - x[v]));
            }
            (x, y) = (y, x);
            if (change < options.Tolerance)
            {
                converged = true;
                break;
            }
        }
        progress?.Report(new AnalysisProgress("EigenvectorCentrality", 1.0, iteration, iteration));
        var diagnostics = converged ? ImmutableArray<string>.Empty :
            [string.Create(CultureInfo.InvariantCulture, $"Eigenvector centrality did not reach tolerance {options.Tolerance} in {options.MaxIterations} iterations.")];
        return new CentralityResult(ImmutableArray.Create(x), iteration, converged, diagnostics);
    }

    /// <summary>
    /// Leading eigenvector of a symmetric adjacency matrix by restarted Lanczos with full (one-pass Gram–Schmidt) reorthogonalisation (the small
    /// tridiagonal problem solved by MathNet); stops when the residual ‖Ax − θx‖ is below tolerance · θ.
    /// </summary>
    private static (double[] Vector, int MatVecs, bool Converged) Lanczos(CsrGraph graph, double[]? weights, double[] start,
        EigenvectorOptions options, CancellationToken cancellationToken)
    {
        int n = graph.NodeCount;
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        int k = Math.Min(n, n > 200_000 ? 16 : 32);
        var basis = new double[k][];
        for (int i = 0; i < k; i++)
        {
            basis[i] = new double[n];
        }
        var alpha = new double[k];
        var beta = new double[k];
        var w = new double[n];
        var x = (double[])start.Clone();
        int matvecs = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double norm = Math.Sqrt(Dot(x, x));
            for (int v = 0; v < n; v++)
            {
                basis[0][v] = x[v] / norm;
            }
            int m = 0;
            for (int j = 0; j < k; j++)
            {
                double[] vj = basis[j];
                for (int v = 0; v < n; v++)
                {
                    double sum = 0;
                    if (weights is null)
                    {
                        for (int a = offsets[v]; a < offsets[v + 1]; a++)
                        {
                            sum += vj[targets[a]];
                        }
                    }
                    else
                    {
                        for (int a = offsets[v]; a < offsets[v + 1]; a++)
                        {
                            sum += vj[targets[a]] * weights[a];
                        }
                    }
                    w[v] = sum;
                }
                matvecs++;
                alpha[j] = Dot(w, vj);
                for (int pass = 0; pass < 1; pass++)
                {
                    for (int i = 0; i <= j; i++)
                    {
                        double c = Dot(w, basis[i]);
                        double[] vi = basis[i];
                        for (int v = 0; v < n; v++)
                        {
                            w[v] -= c * vi[v];
                        }
                    }
                }
                m = j + 1;
                beta[j] = Math.Sqrt(Dot(w, w));
                if (j + 1 == k || beta[j] <= 1e-14 * Math.Max(1, Math.Abs(alpha[j])))
                {
                    break;
                }
                double[] next = basis[j + 1];
                for (int v = 0; v < n; v++)
                {
                    next[v] = w[v] / beta[j];
                }
            }
            var t = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(m, m);
            for (int i = 0; i < m; i++)
            {
                t[i, i] = alpha[i];
                if (i + 1 < m)
                {
                    t[i, i + 1] = beta[i];
                    t[i + 1, i] = beta[i];
                }
            }
            var evd = t.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric);
            int best = 0;
            for (int i = 1; i < m; i++)
            {
                if (evd.EigenValues[i].Real > evd.EigenValues[best].Real)
                {
                    best = i;
                }
            }
            double theta = evd.EigenValues[best].Real;
            var y = evd.EigenVectors.Column(best);
            Array.Clear(x);
            for (int i = 0; i < m; i++)
            {
                double yi = y[i];
                double[] vi = basis[i];
                for (int v = 0; v < n; v++)
                {
                    x[v] += yi * vi[v];
                }
            }
            double residual = Math.Abs(beta[m - 1] * y[m - 1]);
            bool done = residual <= options.Tolerance * Math.Max(1, Math.Abs(theta)) || m < k;
            if (done || matvecs >= options.MaxIterations)
            {
                double sign = 0;
                foreach (double v in x)
                {
                    sign += v;
                }
                for (int v = 0; v < n; v++)
                {
                    x[v] = sign < 0 ? -x[v] : x[v];
                    if (x[v] < 0 && x[v] > -1e-12)
                    {
                        x[v] = 0;
                    }
                }
                Normalize(x);
                return (x, matvecs, done);
            }
        }
    }

    private static double Dot(double[] a, double[] b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void Normalize(double[] x)
    {
        double max = 0;
        foreach (double v in x)
        {
            max = Math.Max(max, v);
        }
        if (max > 0)
        {
            for (int i = 0; i < x.Length; i++)
            {
                x[i] /= max;
            }
        }
    }

    /// <summary>k-core numbers (coreness) by the Batagelj–Zaversnik bucket algorithm, O(n + m).</summary>
    /// <remarks>
    /// The core number of v is the largest k such that v belongs to a subgraph where every node has degree ≥ k.
    /// Batagelj &amp; Zaversnik 2003, arXiv:cs/0310049 ("An O(m) algorithm for cores decomposition of networks"); the k-shell
    /// predicts influential spreaders (Kitsak et al. 2010, <i>Nature Physics</i> 6:888, doi:10.1038/nphys1746). Degrees ignore
    /// self-loops; a directed graph uses in-degree + out-degree (igraph's mode "all"). The k-shell of K_n is n−1.
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <returns>The core number per node.</returns>
    public static ImmutableArray<int> CoreNumbers(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        int n = graph.NodeCount;
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        int[] inOffsets = graph.InOffsetsArray;
        int[] inSources = graph.InSourcesArray;
        bool directed = graph.IsDirected;
        var degree = new int[n];
        int maxDegree = 0;
        for (int v = 0; v < n; v++)
        {
            int d = 0;
            for (int a = offsets[v]; a < offsets[v + 1]; a++)
            {
                if (targets[a] != v)
                {
                    d++;
                }
            }
            if (directed)
            {
                for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
                {
                    if (inSources[a] != v)
                    {
                        d++;
                    }
                }
            }
            degree[v] = d;
            maxDegree = Math.Max(maxDegree, d);
        }
        var bin = new int[maxDegree + 1];
        foreach (int d in degree)
        {
            bin[d]++;
        }
        int start = 0;
        for (int d = 0; d <= maxDegree; d++)
        {
            int count = bin[d];
            bin[d] = start;
            start += count;
        }
        var pos = new int[n];
        var vert = new int[n];
        for (int v = 0; v < n; v++)
        {
            pos[v] = bin[degree[v]];
            vert[pos[v]] = v;
            bin[degree[v]]++;
        }
        for (int d = maxDegree; d > 0; d--)
        {
            bin[d] = bin[d - 1];
        }
        if (maxDegree >= 0 && bin.Length > 0)
        {
            bin[0] = 0;
        }
        for (int i = 0; i < n; i++)
        {
            int v = vert[i];
            for (int a = offsets[v]; a < offsets[v + 1]; a++)
            {
                Decrease(targets[a], v, degree, bin, pos, vert);
            }
            if (directed)
            {
                for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
                {
                    Decrease(inSources[a], v, degree, bin, pos, vert);
                }
            }
        }
        return ImmutableArray.Create(degree);
    }

    private static void Decrease(int u, int v, int[] degree, int[] bin, int[] pos, int[] vert)
    {
        if (u == v || degree[u] <= degree[v])
        {
            return;
        }
        int du = degree[u];
        int pu = pos[u];
        int pw = bin[du];
        int w = vert[pw];
        if (u != w)
        {
            pos[u] = pw;
            vert[pu] = w;
            pos[w] = pu;
            vert[pw] = u;
        }
        bin[du]++;
        degree[u]--;
    }
}
