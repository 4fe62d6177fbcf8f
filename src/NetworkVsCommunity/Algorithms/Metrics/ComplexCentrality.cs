using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>
/// RES-10 complex paths, complex path length and complex centrality (Guilbeault &amp; Centola, "Topological measures for
/// identifying and predicting the spread of complex contagions", Nature Communications 12:4430, 2021,
/// doi:10.1038/s41467-021-24704-6).
/// </summary>
public static class ComplexCentrality
{
    /// <summary>Complex path lengths from each source's seed neighbourhood and the resulting complex centrality.</summary>
    /// <param name="graph">The graph (arcs u → v: v hears u).</param>
    /// <param name="options">Options; null for <see cref="ComplexCentralityOptions.Default"/>.</param>
    /// <param name="progress">Optional progress over sources.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>Per source: complex centrality, mean complex path length, complex reach.</returns>
    /// <remarks>
    /// <para><b>Idea.</b> A complex contagion needs θ affirming contacts, so it travels along <i>complex paths</i>: chains of
    /// wide bridges, not single ties. Guilbeault &amp; Centola measure how far a contagion seeded in a node's neighbourhood
    /// travels and how fast; hubs whose many ties are long-range and unreinforced score high on degree, betweenness and
    /// PageRank but low on complex centrality.</para>
    /// <para><b>Definition used here.</b> For source i the initial adopters are its seed neighbourhood N[i] (i and its
    /// out-neighbours). A deterministic synchronous threshold cascade follows: v adopts at step t + 1 once θ_v distinct
    /// in-neighbours adopted by step t, with θ_v = θ (absolute) or max(1, ⌈φ·d_in(v)⌉) (fractional). The complex path length
    /// ℓ(i, j) is 1 + the step at which j adopts (neighbours of i have ℓ = 1): the length of the shortest complex path from
    /// i to j. Complex centrality is the harmonic form C(i) = Σ_{j ≠ i adopted} 1/ℓ(i, j) / (n − 1), so a node whose
    /// neighbourhood never ignites keeps only its neighbours' 1s and nodes never reached contribute 0 (the paper averages
    /// ℓ over reached nodes; that mean is reported too, with the reach, since averaging alone rewards contagions that die
    /// early). Thresholds count in-neighbours; self-loops never count.</para>
    /// <para><b>Cost.</b> One cascade per source, each O(volume of its adopters); O(|sources|·(n + m)) in the worst case. Sources
    /// run in parallel, each writing its own slot, so the result is identical for any thread count.</para>
    /// </remarks>
    /// <exception cref="ArgumentException">An option is out of range or a source repeats or is not a node.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ComplexCentralityResult Compute(CsrGraph graph, ComplexCentralityOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= ComplexCentralityOptions.Default;
        int n = graph.NodeCount;
        int[] sources = Validate(graph, options);
        int[] thresholds = Thresholds(graph, options);
        int count = sources.Length;
        var centrality = new double[count];
        var meanLength = new double[count];
        var reach = new int[count];
        var beyond = new int[count];
        int workers = options.MaxDegreeOfParallelism <= 0 ? Environment.ProcessorCount : options.MaxDegreeOfParallelism;
        int chunks = Math.Max(1, Math.Min(count, workers * 4));
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        long done = 0;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, c =>
        {
            var cascade = new ThresholdCascade(graph, thresholds);
            var seeds = new List<int>();
            int from = (int)((long)count * c / chunks);
            int to = (int)((long)count * (c + 1) / chunks);
            for (int s = from; s < to; s++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int i = sources[s];
                seeds.Clear();
                seeds.Add(i);
                for (int a = offsets[i]; a < offsets[i + 1]; a++)
                {
                    if (targets[a] != i)
                    {
                        seeds.Add(targets[a]);
                    }
                }
                int adopters = cascade.Run(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(seeds));
                ReadOnlySpan<int> order = cascade.Adopters;
                ReadOnlySpan<int> step = cascade.Steps;
                double harmonic = 0;
                long lengthSum = 0;
                int reached = 0;
                int outside = 0;
                for (int x = 0; x < adopters; x++)
                {
                    if (order[x] == i)
                    {
                        continue;
                    }
                    int length = step[x] + 1;
                    reached++;
                    lengthSum += length;
                    harmonic += 1.0 / length;
                    if (step[x] > 0)
                    {
                        outside++;
                    }
                }
                centrality[s] = n > 1 ? harmonic / (n - 1) : 0;
                meanLength[s] = reached > 0 ? (double)lengthSum / reached : double.NaN;
                reach[s] = reached;
                beyond[s] = outside;
                long completed = Interlocked.Increment(ref done);
                if (progress is not null && c == 0)
                {
                    progress.Report(new AnalysisProgress("Complex centrality", (double)completed / count, completed, count));
                }
            }
        });
        progress?.Report(new AnalysisProgress("Complex centrality", 1, count, count));
        return new ComplexCentralityResult([.. sources], [.. centrality], [.. meanLength], [.. reach], [.. beyond], ModelName(options), options);
    }

    /// <summary>The name of the contagion for a threshold choice, as reported in results and JSON.</summary>
    /// <param name="options">The options.</param>
    /// <returns>"threshold contagion (θ = 2)" or "threshold contagion (φ = 0.25, θ_v = max(1, ⌈φ·d_in(v)⌉))".</returns>
    public static string ModelName(ComplexCentralityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.FractionalThreshold is double phi
            ? string.Create(CultureInfo.InvariantCulture, $"threshold contagion (φ = {phi}, θ_v = max(1, ⌈φ·d_in(v)⌉))")
            : string.Create(CultureInfo.InvariantCulture, $"threshold contagion (θ = {options.Threshold})");
    }

    private static int[] Thresholds(CsrGraph graph, ComplexCentralityOptions options)
    {
        int n = graph.NodeCount;
        var t = new int[n];
        if (options.FractionalThreshold is double phi)
        {
            int[] inOffsets = graph.InOffsetsArray;
            int[] inSources = graph.InSourcesArray;
            for (int v = 0; v < n; v++)
            {
                int d = 0;
                for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
                {
                    if (inSources[a] != v)
                    {
                        d++;
                    }
                }
                // Guard against 0.3 * 10 = 3.0000000000000004 rounding up to 4.
                t[v] = Math.Max(1, (int)Math.Ceiling(phi * d - 1e-9));
            }
        }
        else
        {
            Array.Fill(t, options.Threshold);
        }
        return t;
    }

    private static int[] Validate(CsrGraph graph, ComplexCentralityOptions options)
    {
        if (options.Threshold < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.Threshold", options.Threshold, "1 or more");
        }
        if (options.FractionalThreshold is double phi && !(phi > 0 && phi <= 1))
        {
            ThrowHelper.ArgumentOutOfRange("options.FractionalThreshold", phi, "greater than 0 and at most 1, or null");
        }
        if (options.MaxDegreeOfParallelism < 0)
        {
            ThrowHelper.ArgumentOutOfRange("options.MaxDegreeOfParallelism", options.MaxDegreeOfParallelism, "0 (all processors) or more");
        }
        int n = graph.NodeCount;
        if (options.Sources.IsDefaultOrEmpty)
        {
            var all = new int[n];
            for (int v = 0; v < n; v++)
            {
                all[v] = v;
            }
            return all;
        }
        int[] sources = [.. options.Sources];
        Array.Sort(sources);
        for (int i = 0; i < sources.Length; i++)
        {
            ThrowHelper.CheckNode(sources[i], n, "options.Sources");
            if (i > 0 && sources[i] == sources[i - 1])
            {
                ThrowHelper.Argument("options.Sources", string.Create(CultureInfo.InvariantCulture, $"options.Sources lists node {sources[i]} twice."));
            }
        }
        return sources;
    }
}
