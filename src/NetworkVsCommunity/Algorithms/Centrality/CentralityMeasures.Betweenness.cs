using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Algorithms.Centrality;

// Betweenness (Brandes 2001) and its between-community variant, exact or by sampled sources.
public static partial class CentralityMeasures
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
    /// The broker term of ROL-2 (docs/metrics.md#rol-2): people on the paths between communities hold them together
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
}
