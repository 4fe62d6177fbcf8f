using System.Diagnostics;
using System.Globalization;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Benchmarks.Diffusion;

/// <summary>
/// Stopwatch runner for the side-by-side comparison with <c>ic_ref.c</c> (see <c>benchmarks/peers/compare_ic.sh</c>):
/// Independent Cascade Monte Carlo with k uniform random initial sharers per run, adjacency entries examined per second
/// (the C reference's count), single-threaded and with 2 threads. Prints one JSON line per (p, threads).
/// </summary>
/// <remarks>
/// Usage: <c>ic-compare EDGES [--p 0.01,0.05,0.1] [--random-sharers 10] [--min-time 0.5] [--trials 3] [--threads 1,2] [--random-seed 12345] [--kernel-only]</c>.
/// <c>--kernel-only</c> times the bare single-run kernel with one reused workspace (no Monte Carlo bookkeeping).
/// Besides wall-clock throughput, each line reports arcs examined per second of process CPU time: on a machine shared with
/// other work, equal CPU throughput on 1 and 2 threads shows the parallel loop itself costs nothing (no contention), so
/// the wall-clock speed-up is limited only by the cores actually free.
/// Each trial is one <see cref="DiffusionSimulator.MonteCarlo"/> call of R runs (R calibrated so a trial lasts about
/// min-time on one thread, as the C reference does, but at least 16 runs per thread); the median of the trials is reported.
/// </remarks>
internal static class IcComparison
{
    public static int Run(string[] args)
    {
        string path = args[0];
        double[] ps = [0.01, 0.05, 0.1];
        int k = 10;
        double minTime = 0.5;
        int trials = 3;
        int[] threadCounts = [1, 2];
        long randomSeed = 12345;
        for (int i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--p":
                    ps = args[++i].Split(',').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
                    break;
                case "--random-sharers":
                    k = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--min-time":
                    minTime = double.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--trials":
                    trials = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--threads":
                    threadCounts = args[++i].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
                    break;
                case "--kernel-only":
                    break;
                case "--random-seed":
                    randomSeed = long.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine($"unknown argument {args[i]}");
                    return 2;
            }
        }
        var load = Stopwatch.StartNew();
        CsrGraph graph = EdgeFile.LoadUnweighted(path);
        Console.Error.WriteLine($"loaded {graph} in {load.Elapsed.TotalSeconds:F3}s");
        if (args.Contains("--kernel-only"))
        {
            foreach (double p in ps)
            {
                var prepared = PreparedDiffusion.Create(graph, new IndependentCascadeModel { Probability = p });
                var ws = new DiffusionWorkspace(graph.NodeCount);
                for (int rep = 0; rep < 4; rep++)
                {
                    var sw = Stopwatch.StartNew();
                    long examined = 0;
                    int r = 0;
                    while (sw.Elapsed.TotalSeconds < 0.5)
                    {
                        var rng = NetworkVsCommunity.Randomness.Xoshiro256StarStar.ForStream(1, (ulong)r++);
                        Span<int> buf = ws.EnsureSharerBuffer(k);
                        for (int j = 0; j < k; j++)
                        {
                            buf[j] = rng.NextInt(graph.NodeCount);
                        }
                        prepared.Run(buf, ref rng, ws, default);
                        examined += ws.ArcsExamined;
                    }
                    Console.WriteLine($"probe p={p} runs={r} examined/s={examined / sw.Elapsed.TotalSeconds:G4}");
                }
            }
            return 0;
        }
        foreach (double p in ps)
        {
            var model = new IndependentCascadeModel { Probability = p };
            // Calibrate on one thread (also warms up the JIT to tier 1).
            int runs = 1;
            while (true)
            {
                double dt = Time(graph, model, runs, k, 1, randomSeed, out _);
                if (dt >= minTime / 4 || runs >= 1 << 28)
                {
                    double scale = dt > 0 ? minTime / dt : 1e6;
                    if (scale > 1)
                    {
                        runs = (int)Math.Min(int.MaxValue / 2, (runs * scale) + 1);
                    }
                    break;
                }
                runs *= 2;
            }
            // At least 16 runs per thread, so that whole runs split evenly over 2 threads (R = 7 would cap the speed-up at 7/4).
            runs = Math.Max(runs, 16 * threadCounts.Max());
            MonteCarloResult? reference = null;
            foreach (int threads in threadCounts)
            {
                var rates = new double[trials];
                var times = new double[trials];
                var cpuRates = new double[trials];
                MonteCarloResult? last = null;
                using var process = Process.GetCurrentProcess();
                for (int t = 0; t < trials; t++)
                {
                    process.Refresh();
                    TimeSpan cpu0 = process.TotalProcessorTime;
                    times[t] = Time(graph, model, runs, k, threads, randomSeed, out last);
                    process.Refresh();
                    double cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
                    rates[t] = last.ArcsExamined / times[t];
                    cpuRates[t] = cpu > 0 ? last.ArcsExamined / cpu : 0;
                }
                Array.Sort(cpuRates);
                reference ??= last;
                bool identical = last!.RunSizes.AsSpan().SequenceEqual(reference!.RunSizes.AsSpan()) &&
                    last.ActivationProbabilities.AsSpan().SequenceEqual(reference.ActivationProbabilities.AsSpan()) &&
                    last.MeanAdopters.Equals(reference.MeanAdopters) && last.ArcsExamined == reference.ArcsExamined;
                Array.Sort(rates);
                Array.Sort(times);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{{\"p\": {p}, \"k\": {k}, \"threads\": {threads}, \"runs_per_trial\": {runs}, \"trials\": {trials}, \"trial_s_med\": {times[trials / 2]:G6}, \"examined_per_s_med\": {rates[trials / 2]:G6}, \"examined_per_s_min\": {rates[0]:G6}, \"examined_per_s_max\": {rates[^1]:G6}, \"examined_per_cpu_s_med\": {cpuRates[trials / 2]:G6}, \"mean_cascade_size\": {last.MeanAdopters:G6}, \"mean_examined_per_cascade\": {(double)last.ArcsExamined / runs:G6}, \"identical_to_1_thread\": {(identical ? "true" : "false")}}}"));
            }
        }
        return 0;
    }

    private static double Time(CsrGraph graph, IndependentCascadeModel model, int runs, int k, int threads, long randomSeed, out MonteCarloResult result)
    {
        var options = new MonteCarloOptions
        {
            Model = model,
            RandomSharersPerRun = k,
            Sampling = new SamplingOptions { Runs = runs, RandomSeed = randomSeed, MaxDegreeOfParallelism = threads },
        };
        var sw = Stopwatch.StartNew();
        result = DiffusionSimulator.MonteCarlo(graph, [], options);
        return sw.Elapsed.TotalSeconds;
    }
}
