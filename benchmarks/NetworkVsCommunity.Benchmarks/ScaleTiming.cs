using System.Diagnostics;
using System.Globalization;
using NetworkVsCommunity.Algorithms.Communities;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Generators;
using NetworkVsCommunity.Algorithms.Structure;

namespace NetworkVsCommunity.Benchmarks;

/// <summary>
/// The scale check of the reliability issue: generates a planted-partition graph of about <c>EDGES</c> undirected edges
/// (default 50 million: 5 million nodes in 1,000 communities of 5,000, mean degree 20, a fifth of it between communities),
/// builds it, and runs connected components, Leiden and a Monte Carlo Independent Cascade on it, printing the time and the
/// process's peak working set after each step:
/// <c>dotnet NetworkVsCommunity.Benchmarks.dll scale [--edges M] [--threads N] [--random-seed S]</c>.
/// <c>benchmarks/scale/run-50m.sh</c> wraps it with <c>/usr/bin/time -v</c>.
/// </summary>
internal static class ScaleTiming
{
    public static int Run(string[] args)
    {
        long edges = 50_000_000;
        int threads = 0;
        long seed = 1;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--edges":
                    edges = long.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--threads":
                    threads = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--random-seed":
                    seed = long.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine($"unknown argument {args[i]}; usage: scale [--edges M] [--threads N] [--random-seed S]");
                    return 2;
            }
        }
        // Mean degree 20 (16 inside, 4 outside the community): n = m / 10 nodes in communities of 5,000.
        const int communitySize = 5_000;
        int communities = (int)Math.Max(1, edges / 10 / communitySize);
        int n = communities * communitySize;
        var wall = Stopwatch.StartNew();
        var generated = RandomGraphs.PlantedPartition(new PlantedPartitionOptions
        {
            CommunityCount = communities,
            CommunitySize = communitySize,
            InternalProbability = 16.0 / (communitySize - 1),
            ExternalProbability = communities == 1 ? 0 : 4.0 / (n - communitySize),
            RandomSeed = seed,
        });
        var graph = generated.Graph;
        Report("generate + build CSR", wall, $"{graph.NodeCount:N0} nodes, {graph.EdgeCount:N0} edges, {graph.ArcCount:N0} stored arcs");

        wall.Restart();
        var components = Components.ConnectedComponents(graph);
        Report("connected components", wall, $"{components.Count:N0} components, largest {components.LargestSize:N0}");

        wall.Restart();
        var leiden = CommunityDetection.Leiden(graph, new LeidenOptions { RandomSeed = seed, MaxDegreeOfParallelism = threads });
        Report("Leiden (modularity)", wall, string.Create(CultureInfo.InvariantCulture,
            $"{leiden.Partition.CommunityCount:N0} communities, modularity {leiden.Modularity:F4}, {leiden.Iterations} iterations"));

        wall.Restart();
        var cascades = DiffusionSimulator.MonteCarlo(graph, [0, n / 2], new MonteCarloOptions
        {
            Model = new IndependentCascadeModel { Probability = 0.1 },
            Sampling = new SamplingOptions { Runs = 10, RandomSeed = seed, MaxDegreeOfParallelism = threads },
        });
        Report("Monte Carlo IC (p = 0.1, 10 runs)", wall, string.Create(CultureInfo.InvariantCulture,
            $"mean adopters {cascades.MeanAdopters:N0} of {n:N0}"));
        return 0;
    }

    private static void Report(string step, Stopwatch wall, string detail)
    {
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{step,-36} {wall.Elapsed.TotalSeconds,8:F1} s  peak working set {process.PeakWorkingSet64 / (1024.0 * 1024 * 1024),6:F2} GiB  {detail}"));
    }
}
