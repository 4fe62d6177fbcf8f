using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.ExceptionServices;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>
/// Runs diffusion models on a graph: one run (<see cref="Simulate"/>), a parallel Monte Carlo estimate
/// (<see cref="MonteCarlo"/>) and the exact expected spread on tiny graphs (<see cref="ExactExpectedSpread"/>).
/// </summary>
/// <remarks>
/// <para><b>Direction.</b> Influence flows along arcs u→v (out-neighbours); an undirected graph lets it flow both ways.
/// Threshold models count adopting in-neighbours.</para>
/// <para><b>Determinism.</b> Run i draws only from <c>Xoshiro256StarStar.ForStream(RandomSeed, i)</c> (after drawing its
/// random initial sharers, if any), so <c>Simulate(..., randomSeed, run: i)</c> reproduces run i of a Monte Carlo
/// estimate, and aggregates are bit-identical for any thread count.</para>
/// <para><b>Cost.</b> One run costs O(Σ<sub>u∈A</sub> deg(u)) time for the adopters A (SIR/SIS: per infectious step) and
/// no allocation beyond the returned cascade; Monte Carlo allocates O(n) per thread once.</para>
/// <para>Thread-safe: all methods are stateless.</para>
/// </remarks>
public static class DiffusionSimulator
{
    private const double Z95 = 1.959963984540054;

    /// <summary>Runs the model once from the given initial sharers.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="initialSharers">The nodes active at step 0 (at least one; duplicates count once).</param>
    /// <param name="model">The diffusion model and its parameters.</param>
    /// <param name="randomSeed">The random seed (any value).</param>
    /// <param name="run">The run index i ≥ 0: the run draws from <c>ForStream(randomSeed, i)</c>, so it equals run i of <see cref="MonteCarlo"/> with the same seed. Default 0.</param>
    /// <param name="cancellationToken">Cancels a long run (checked every 1024 adopters).</param>
    /// <returns>The cascade: adopters in adoption order with steps and parents (and active-neighbour counts for threshold models).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The model is invalid for this graph, or no initial sharer is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An initial sharer is not a node, or <paramref name="run"/> is negative.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Cascade Simulate(CsrGraph graph, IReadOnlyList<int> initialSharers, DiffusionModel model, long randomSeed, int run = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        int[] sharers = ValidateSharers(graph, initialSharers, allowEmpty: false, out _);
        if (run < 0)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(run), run, "0 or more");
        }
        PreparedDiffusion prepared = PreparedDiffusion.Create(graph, model);
        var ws = new DiffusionWorkspace(graph.NodeCount);
        Xoshiro256StarStar rng = Xoshiro256StarStar.ForStream((ulong)randomSeed, (ulong)run);
        prepared.Run(sharers, ref rng, ws, cancellationToken);
        return PreparedDiffusion.ToCascade(ws);
    }

    /// <summary>Estimates the spread of a model by R independent runs in parallel.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="initialSharers">The nodes active at step 0 in every run (duplicates count once); empty when
    /// <see cref="MonteCarloOptions.RandomSharersPerRun"/> draws them per run.</param>
    /// <param name="options">The model, runs, random seed and threads; <see cref="MonteCarloOptions.Default"/> when null.</param>
    /// <param name="progress">Receives monotone reports (runs completed), the last at fraction 1.</param>
    /// <param name="cancellationToken">Cancels the estimate; runs check it at least every 1024 adopters.</param>
    /// <returns>The aggregates, the random seed used and the options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> or <paramref name="initialSharers"/> is null.</exception>
    /// <exception cref="ArgumentException">The options or model are invalid, or sharers are given together with random sharers (or neither).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An initial sharer is not a node.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <remarks>
    /// <para>Run i draws from <c>Xoshiro256StarStar.ForStream(RandomSeed, i)</c>; its size and last step go to slot i and
    /// per-node activation counts are integers summed per thread, so every aggregate is independent of the thread count and
    /// of scheduling. The 95 % interval is the normal approximation mean ± 1.96·s/√R.</para>
    /// <para>Cost: R runs (see <see cref="Simulate"/>) spread over the threads; memory O(n) per thread plus 8 bytes per run.</para>
    /// </remarks>
    public static MonteCarloResult MonteCarlo(CsrGraph graph, IReadOnlyList<int> initialSharers, MonteCarloOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= MonteCarloOptions.Default;
        if (options.Model is null)
        {
            ThrowHelper.Argument(nameof(options), "options.Model is null; allowed: a diffusion model such as IndependentCascadeModel.");
        }
        if (options.Sampling is null)
        {
            ThrowHelper.Argument(nameof(options), "options.Sampling is null; allowed: a SamplingOptions record such as SamplingOptions.Default.");
        }
        options.Sampling.Validate("options.Sampling");
        if (options.RandomSharersPerRun < 0)
        {
            ThrowHelper.ArgumentOutOfRange("options.RandomSharersPerRun", options.RandomSharersPerRun, "0 or more");
        }
        bool randomSharers = options.RandomSharersPerRun > 0;
        int[] sharers = ValidateSharers(graph, initialSharers, allowEmpty: randomSharers, out bool duplicates);
        if (randomSharers && sharers.Length > 0)
        {
            ThrowHelper.Argument(nameof(initialSharers), string.Create(CultureInfo.InvariantCulture,
                $"options.RandomSharersPerRun = {options.RandomSharersPerRun} draws the initial sharers of every run, so initialSharers must be empty (it has {sharers.Length})."));
        }
        if (randomSharers && graph.NodeCount == 0)
        {
            ThrowHelper.Argument(nameof(graph), "The graph has no nodes to draw random initial sharers from.");
        }
        PreparedDiffusion prepared = PreparedDiffusion.Create(graph, options.Model);
        options = options with { Sampling = options.Sampling.Resolve("options.Sampling") };
        long randomSeed = options.Sampling.RandomSeed!.Value;

        var runner = new MonteCarloRunner(prepared, sharers, options, randomSeed, progress, cancellationToken);
        runner.Execute();

        int runs = options.Sampling.Runs;
        int[] sizes = runner.Sizes;
        long total = 0;
        long totalLastStep = 0;
        for (int i = 0; i < runs; i++)
        {
            total += sizes[i];
            totalLastStep += runner.LastSteps[i];
        }
        double mean = (double)total / runs;
        double sumSquares = 0;
        for (int i = 0; i < runs; i++)
        {
            double d = sizes[i] - mean;
            sumSquares += d * d;
        }
        double standardError = runs > 1 ? Math.Sqrt(sumSquares / (runs - 1) / runs) : 0.0;
        var probabilities = new double[graph.NodeCount];
        long[] counts = runner.ActivationCounts;
        for (int v = 0; v < probabilities.Length; v++)
        {
            probabilities[v] = (double)counts[v] / runs;
        }
        var diagnostics = ImmutableArray.CreateBuilder<string>();
        if (duplicates)
        {
            diagnostics.Add("initialSharers contained duplicates; each node counts once.");
        }
        if (!options.Model.IsStochastic && !randomSharers)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture, $"Model '{options.Model.Name}' is deterministic: every run gives the same cascade (standard error 0)."));
        }
        if (runner.RunsStoppedAtMaxSteps > 0)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture, $"{runner.RunsStoppedAtMaxSteps} of {runs} runs stopped at model.MaxSteps with nodes still infected."));
        }
        return new MonteCarloResult
        {
            Runs = runs,
            MeanAdopters = mean,
            StandardError = standardError,
            Ci95Low = mean - (Z95 * standardError),
            Ci95High = mean + (Z95 * standardError),
            ActivationProbabilities = ImmutableArray.Create(probabilities),
            SizeQuantiles = Quantiles(sizes),
            RunSizes = ImmutableArray.Create(sizes),
            MeanLastStep = (double)totalLastStep / runs,
            ArcsExamined = runner.ArcsExamined,
            Cascades = runner.Cascades is null ? [] : ImmutableArray.Create(runner.Cascades),
            InitialSharers = ImmutableArray.Create(sharers),
            RandomSeed = randomSeed,
            Options = options,
            Diagnostics = diagnostics.ToImmutable(),
        };
    }

    /// <summary>
    /// The exact expected spread σ(S) and per-node activation probabilities on a tiny graph, by enumerating live-edge
    /// graphs (the oracle for Monte Carlo tests).
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="initialSharers">The initial sharers (at least one; duplicates count once).</param>
    /// <param name="model">An <see cref="IndependentCascadeModel"/>, <see cref="CommunityCascadeModel"/>,
    /// <see cref="LinearThresholdModel"/> or <see cref="ThresholdModel"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The exact expectation (up to floating-point rounding).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The model is SIR/SIS or invalid, or the graph needs more than 2²⁰ configurations.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An initial sharer is not a node.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <remarks>
    /// <para><b>Cascade models.</b> Kempe et al. (2003, Claim 2.3): the final set of the Independent Cascade has the
    /// distribution of the set reachable from S when every arc is live independently with probability p<sub>uv</sub>.
    /// On an undirected graph with symmetric probabilities each edge is tried at most once (from whichever end adopts
    /// first), so one coin per edge suffices; otherwise one per arc. Arcs with p ∈ {0, 1} are fixed, so the limit of at
    /// most 20 uncertain edges (or arcs) is on the ones with 0 &lt; p &lt; 1.</para>
    /// <para><b>Linear threshold.</b> Kempe et al. (2003, Theorem 2.5): the final set has the distribution of reachability
    /// when every node keeps at most one in-arc, u→v with probability b<sub>uv</sub> (none with 1 − Σb); all
    /// combinations are enumerated (at most 2²⁰).</para>
    /// <para><b>Threshold.</b> Deterministic: one run is exact.</para>
    /// <para>Cost: O(configurations × (n + m)).</para>
    /// </remarks>
    public static ExactSpreadResult ExactExpectedSpread(CsrGraph graph, IReadOnlyList<int> initialSharers, DiffusionModel model,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(model);
        int[] sharers = ValidateSharers(graph, initialSharers, allowEmpty: false, out _);
        double[] probabilities;
        long configurations;
        switch (model)
        {
            case IndependentCascadeModel or CommunityCascadeModel or RelationshipCascadeModel:
                probabilities = LiveEdgeEnumeration.Cascade(graph, sharers, DiffusionArcProbabilities.ForModel(graph, model), out configurations, cancellationToken);
                break;
            case LinearThresholdModel lt:
                probabilities = LiveEdgeEnumeration.LinearThreshold(graph, sharers, DiffusionArcProbabilities.LinearThresholdWeights(graph, lt), out configurations, cancellationToken);
                break;
            case ThresholdModel:
                {
                    Cascade cascade = Simulate(graph, sharers, model, 0, 0, cancellationToken);
                    probabilities = new double[graph.NodeCount];
                    foreach (int v in cascade.Adopters)
                    {
                        probabilities[v] = 1.0;
                    }
                    configurations = 1;
                    break;
                }
            default:
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"ExactExpectedSpread does not support model '{model.Name}'; allowed: ic, icp, lt, threshold (SIR/SIS have no live-edge form)."), nameof(model));
        }
        double expected = 0;
        for (int v = 0; v < probabilities.Length; v++)
        {
            probabilities[v] = Math.Clamp(probabilities[v], 0.0, 1.0); // sums of 2^k products may round past 1
            expected += probabilities[v];
        }
        return new ExactSpreadResult
        {
            ExpectedAdopters = expected,
            ActivationProbabilities = ImmutableArray.Create(probabilities),
            Configurations = configurations,
            InitialSharers = ImmutableArray.Create(sharers),
            Model = model,
        };
    }

    internal static int[] ValidateSharers(CsrGraph graph, IReadOnlyList<int> initialSharers, bool allowEmpty, out bool duplicates)
    {
        ArgumentNullException.ThrowIfNull(initialSharers);
        duplicates = false;
        if (initialSharers.Count == 0 && !allowEmpty)
        {
            ThrowHelper.Argument(nameof(initialSharers), "initialSharers is empty; allowed: at least one node.");
        }
        var seen = new HashSet<int>();
        var list = new List<int>(initialSharers.Count);
        for (int i = 0; i < initialSharers.Count; i++)
        {
            int v = initialSharers[i];
            if ((uint)v >= (uint)graph.NodeCount)
            {
                throw new ArgumentOutOfRangeException(nameof(initialSharers), v, string.Create(CultureInfo.InvariantCulture,
                    $"initialSharers[{i}] = {v} is not a node of this graph; allowed: 0..{graph.NodeCount - 1} ({graph.NodeCount} nodes)."));
            }
            if (seen.Add(v))
            {
                list.Add(v);
            }
            else
            {
                duplicates = true;
            }
        }
        return [.. list];
    }

    private static ImmutableArray<double> Quantiles(int[] sizes)
    {
        int[] sorted = (int[])sizes.Clone();
        Array.Sort(sorted);
        var q = new double[MonteCarloResult.QuantileLevels.Length];
        for (int i = 0; i < q.Length; i++)
        {
            double h = (sorted.Length - 1) * MonteCarloResult.QuantileLevels[i];
            int lo = (int)Math.Floor(h);
            int hi = Math.Min(lo + 1, sorted.Length - 1);
            q[i] = sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
        }
        return ImmutableArray.Create(q);
    }

    /// <summary>The parallel loop over runs with per-thread workspaces.</summary>
    private sealed class MonteCarloRunner(PreparedDiffusion prepared, int[] sharers, MonteCarloOptions options, long randomSeed,
        IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken)
    {
        private readonly Lock _progressLock = new();
        private int _nextChunk = -1;
        private long _completed;
        private long _lastReported = -1;
        private int _chunkSize;

        public int[] Sizes { get; } = new int[options.Sampling.Runs];

        public int[] LastSteps { get; } = new int[options.Sampling.Runs];

        public long[] ActivationCounts { get; } = new long[prepared.Graph.NodeCount];

        public Cascade[]? Cascades { get; } = options.KeepCascades ? new Cascade[options.Sampling.Runs] : null;

        public long ArcsExamined { get; private set; }

        public int RunsStoppedAtMaxSteps { get; private set; }

        public void Execute()
        {
            int runs = options.Sampling.Runs;
            int threads = options.Sampling.MaxDegreeOfParallelism == 0 ? Environment.ProcessorCount : options.Sampling.MaxDegreeOfParallelism;
            threads = Math.Max(1, Math.Min(threads, runs));
            _chunkSize = Math.Clamp(runs / (threads * 32), 1, 1024);
            Report(0);
            if (threads == 1)
            {
                Worker();
            }
            else
            {
                try
                {
                    Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ => Worker());
                }
                catch (AggregateException ex)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
                }
            }
            cancellationToken.ThrowIfCancellationRequested();
            Report(runs);
        }

        [System.Runtime.CompilerServices.MethodImpl(Hot.Kernel)]
        private void Worker()
        {
            CsrGraph graph = prepared.Graph;
            int n = graph.NodeCount;
            var ws = new DiffusionWorkspace(n);
            var counts = new int[n];
            long examined = 0;
            int stopped = 0;
            int runs = options.Sampling.Runs;
            int chunkCount = (runs + _chunkSize - 1) / _chunkSize;
            int k = options.RandomSharersPerRun;
            ulong seed = (ulong)randomSeed;
            int chunk;
            while ((chunk = Interlocked.Increment(ref _nextChunk)) < chunkCount)
            {
                int start = chunk * _chunkSize;
                int end = Math.Min(runs, start + _chunkSize);
                for (int i = start; i < end; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Xoshiro256StarStar rng = Xoshiro256StarStar.ForStream(seed, (ulong)i);
                    ReadOnlySpan<int> runSharers = sharers;
                    if (k > 0)
                    {
                        Span<int> buffer = ws.EnsureSharerBuffer(k);
                        for (int j = 0; j < k; j++)
                        {
                            buffer[j] = rng.NextInt(n);
                        }
                        runSharers = buffer;
                    }
                    int size = prepared.Run(runSharers, ref rng, ws, cancellationToken);
                    Sizes[i] = size;
                    LastSteps[i] = size == 0 ? 0 : ws.AdopterSteps[size - 1];
                    examined += ws.ArcsExamined;
                    if (ws.StoppedAtMaxSteps)
                    {
                        stopped++;
                    }
                    int[] queue = ws.Queue;
                    for (int j = 0; j < size; j++)
                    {
                        counts[queue[j]]++;
                    }
                    if (Cascades is not null)
                    {
                        Cascades[i] = PreparedDiffusion.ToCascade(ws);
                    }
                }
                Report(Interlocked.Add(ref _completed, end - start));
            }
            lock (_progressLock)
            {
                for (int v = 0; v < n; v++)
                {
                    ActivationCounts[v] += counts[v];
                }
                ArcsExamined += examined;
                RunsStoppedAtMaxSteps += stopped;
            }
        }

        private void Report(long completed)
        {
            if (progress is null)
            {
                return;
            }
            lock (_progressLock)
            {
                if (completed <= _lastReported)
                {
                    return;
                }
                _lastReported = completed;
                progress.Report(new AnalysisProgress(
                    string.Create(CultureInfo.InvariantCulture, $"Monte Carlo ({prepared.Model.Name})"),
                    (double)completed / options.Sampling.Runs, completed, options.Sampling.Runs));
            }
        }
    }
}
