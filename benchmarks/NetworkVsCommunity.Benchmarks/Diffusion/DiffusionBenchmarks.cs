using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Benchmarks.Diffusion;

/// <summary>
/// One run of every diffusion model through its allocation-free kernel (reused workspace, per-run stream and
/// 10 random initial sharers, as the Monte Carlo runner does), plus whole Monte Carlo estimates on 1 and 2 threads.
/// MemoryDiagnoser must show 0 B allocated for the single-run kernels.
/// </summary>
/// <remarks>
/// The input is a seeded planted-partition graph (20,000 nodes in 40 blocks of 500, mean degree 20, 80 % of ties inside
/// blocks) built in <see cref="Setup"/>. Run with
/// <c>dotnet run -c Release --project benchmarks/NetworkVsCommunity.Benchmarks -- --filter '*DiffusionBenchmarks*' --job short</c>.
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DiffusionBenchmarks
{
    private const int SharerCount = 10;
    private CsrGraph _graph = null!;
    private PreparedDiffusion _ic = null!;
    private PreparedDiffusion _icWeighted = null!;
    private PreparedDiffusion _icp = null!;
    private PreparedDiffusion _lt = null!;
    private PreparedDiffusion _threshold = null!;
    private PreparedDiffusion _sir = null!;
    private PreparedDiffusion _sis = null!;
    private DiffusionWorkspace _workspace = null!;
    private ulong _run;

    [GlobalSetup]
    public void Setup()
    {
        const int n = 20_000;
        const int blockSize = 500;
        var rng = new Xoshiro256StarStar(2026);
        var builder = new GraphBuilder(edgeCapacity: n * 10);
        for (int e = 0; e < n * 10; e++)
        {
            int u = rng.NextInt(n);
            int v = rng.NextDouble() < 0.8 ? ((u / blockSize) * blockSize) + rng.NextInt(blockSize) : rng.NextInt(n);
            if (u != v)
            {
                builder.AddEdge(u, v);
            }
        }
        _graph = builder.Build();
        var partition = Partition.FromMembership(Enumerable.Range(0, n).Select(v => v / blockSize).ToArray());
        _ic = PreparedDiffusion.Create(_graph, new IndependentCascadeModel { Probability = 0.05 });
        _icWeighted = PreparedDiffusion.Create(_graph, new IndependentCascadeModel { ProbabilitySource = EdgeProbabilitySource.WeightedCascade });
        _icp = PreparedDiffusion.Create(_graph, new CommunityCascadeModel { Partition = partition, Probability = 0.08, Permeability = 0.3 });
        _lt = PreparedDiffusion.Create(_graph, LinearThresholdModel.Default);
        _threshold = PreparedDiffusion.Create(_graph, new ThresholdModel { Kind = ThresholdKind.Fractional, Fraction = 0.1 });
        _sir = PreparedDiffusion.Create(_graph, new SirModel { InfectionProbability = 0.02, RecoveryProbability = 0.3 });
        _sis = PreparedDiffusion.Create(_graph, new SisModel { InfectionProbability = 0.02, RecoveryProbability = 0.3, MaxSteps = 50 });
        _workspace = new DiffusionWorkspace(n);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("SingleRun")]
    public int IndependentCascade() => Run(_ic);

    [Benchmark]
    [BenchmarkCategory("SingleRun")]
    public int WeightedCascade() => Run(_icWeighted);

    [Benchmark]
    [BenchmarkCategory("SingleRun")]
    public int CommunityCascade() => Run(_icp);

    [Benchmark]
    [BenchmarkCategory("SingleRun")]
    public int LinearThreshold() => Run(_lt);

    [Benchmark]
    [BenchmarkCategory("SingleRun")]
    public int FractionalThreshold() => Run(_threshold);

    [Benchmark]
    [BenchmarkCategory("SingleRun")]
    public int Sir() => Run(_sir);

    [Benchmark]
    [BenchmarkCategory("SingleRun")]
    public int Sis() => Run(_sis);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("MonteCarlo")]
    public double MonteCarloOneThread() => MonteCarlo(1);

    [Benchmark]
    [BenchmarkCategory("MonteCarlo")]
    public double MonteCarloTwoThreads() => MonteCarlo(2);

    private double MonteCarlo(int threads) => DiffusionSimulator.MonteCarlo(_graph, [], new MonteCarloOptions
    {
        Model = new IndependentCascadeModel { Probability = 0.05 },
        RandomSharersPerRun = SharerCount,
        Sampling = new SamplingOptions { Runs = 1000, RandomSeed = 7, MaxDegreeOfParallelism = threads },
    }).MeanAdopters;

    private int Run(PreparedDiffusion model)
    {
        var rng = Xoshiro256StarStar.ForStream(7, _run++);
        Span<int> sharers = _workspace.EnsureSharerBuffer(SharerCount);
        for (int i = 0; i < sharers.Length; i++)
        {
            sharers[i] = rng.NextInt(_graph.NodeCount);
        }
        return model.Run(sharers, ref rng, _workspace, default);
    }
}
