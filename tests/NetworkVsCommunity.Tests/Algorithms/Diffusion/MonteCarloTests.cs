using System.Diagnostics;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Diffusion;

public class MonteCarloTests
{
    public static TheoryData<string> Models => ["ic", "icw", "lt", "threshold", "sir", "sis", "icp"];

    private static DiffusionModel Model(string name) => name switch
    {
        "ic" => new IndependentCascadeModel { Probability = 0.15 },
        "icw" => new IndependentCascadeModel { ProbabilitySource = EdgeProbabilitySource.WeightedCascade },
        "lt" => LinearThresholdModel.Default,
        "threshold" => new ThresholdModel { Kind = ThresholdKind.Fractional, Fraction = 0.25 },
        "sir" => new SirModel { InfectionProbability = 0.1, RecoveryProbability = 0.4 },
        "sis" => new SisModel { InfectionProbability = 0.1, RecoveryProbability = 0.4, MaxSteps = 30 },
        _ => new CommunityCascadeModel { Partition = Partition.FromMembership(TestGraphs.KarateFactions()), Permeability = 0.3, Probability = 0.3 },
    };

    [Theory]
    [MemberData(nameof(Models))]
    public void One_thread_and_many_give_bit_identical_aggregates(string model)
    {
        CsrGraph g = TestGraphs.Karate();
        MonteCarloResult Run(int threads) => DiffusionSimulator.MonteCarlo(g, [0, 33], new MonteCarloOptions
        {
            Model = Model(model),
            KeepCascades = true,
            Sampling = new SamplingOptions { Runs = 3000, RandomSeed = 123456789, MaxDegreeOfParallelism = threads },
        });
        MonteCarloResult one = Run(1);
        foreach (int threads in new[] { 2, 3 })
        {
            MonteCarloResult many = Run(threads);
            AssertSameAggregates(one, many);
            Assert.True(one.Cascades.SequenceEqual(many.Cascades));
        }
    }

    [Fact]
    public void Random_sharers_per_run_are_reproducible_and_thread_independent()
    {
        CsrGraph g = TestGraphs.LoadEdges("football.edges");
        MonteCarloResult Run(int threads) => DiffusionSimulator.MonteCarlo(g, [], new MonteCarloOptions
        {
            Model = new IndependentCascadeModel { Probability = 0.1 },
            RandomSharersPerRun = 10,
            Sampling = new SamplingOptions { Runs = 2000, RandomSeed = 5, MaxDegreeOfParallelism = threads },
        });
        MonteCarloResult a = Run(1);
        AssertSameAggregates(a, Run(2));
        Assert.Empty(a.InitialSharers);
        Assert.True(a.RunSizes.All(s => s >= 1));
        Assert.Throws<ArgumentException>(() => DiffusionSimulator.MonteCarlo(g, [1], new MonteCarloOptions { RandomSharersPerRun = 3, Sampling = new SamplingOptions { Runs = 2 } }));
    }

    [Fact]
    public void Same_random_seed_same_result_and_a_drawn_seed_is_reported_and_replays()
    {
        CsrGraph g = TestGraphs.LoadEdges("dolphins.edges");
        var options = new MonteCarloOptions { Model = new IndependentCascadeModel { Probability = 0.2 }, Sampling = new SamplingOptions { Runs = 500 } };
        MonteCarloResult drawn = DiffusionSimulator.MonteCarlo(g, [0], options);
        Assert.Equal(drawn.RandomSeed, drawn.Options.Sampling.RandomSeed);
        MonteCarloResult replay = DiffusionSimulator.MonteCarlo(g, [0], options with { Sampling = options.Sampling with { RandomSeed = drawn.RandomSeed } });
        AssertSameAggregates(drawn, replay);
        MonteCarloResult other = DiffusionSimulator.MonteCarlo(g, [0], options with { Sampling = options.Sampling with { RandomSeed = drawn.RandomSeed + 1 } });
        Assert.False(other.RunSizes.SequenceEqual(drawn.RunSizes));
    }

    [Fact]
    public void Aggregates_are_consistent_with_the_runs()
    {
        CsrGraph g = TestGraphs.Karate();
        MonteCarloResult r = DiffusionSimulator.MonteCarlo(g, [0, 0, 1], new MonteCarloOptions { Model = new IndependentCascadeModel { Probability = 0.2 }, KeepCascades = true, Sampling = new SamplingOptions { Runs = 1001, RandomSeed = 9 } });
        Assert.Equal([0, 1], r.InitialSharers.ToArray());
        Assert.Contains(r.Diagnostics, d => d.Contains("duplicates", StringComparison.Ordinal));
        Assert.Equal(r.RunSizes.Average(), r.MeanAdopters, 12);
        Assert.Equal(r.ActivationProbabilities.Sum(), r.MeanAdopters, 10);
        Assert.Equal(1.0, r.ActivationProbabilities[0]);
        int[] sorted = r.RunSizes.Order().ToArray();
        Assert.Equal(sorted[0], r.SizeQuantiles[0]);
        Assert.Equal(sorted[500], r.SizeQuantiles[3]); // median of 1001 values
        Assert.Equal(sorted[^1], r.SizeQuantiles[^1]);
        double sd = Math.Sqrt(r.RunSizes.Sum(s => (s - r.MeanAdopters) * (s - r.MeanAdopters)) / 1000);
        Assert.Equal(sd / Math.Sqrt(1001), r.StandardError, 10);
        Assert.Equal(r.MeanAdopters - (1.959963984540054 * r.StandardError), r.Ci95Low, 12);
        Assert.Equal(r.Cascades.Average(c => c.LastStep), r.MeanLastStep, 12);
        // Arcs examined: every adopter scans its row once.
        long examined = r.Cascades.Sum(c => c.Adopters.Sum(v => (long)g.Degree(v)));
        Assert.Equal(examined, r.ArcsExamined);
    }

    [Fact]
    public void Deterministic_model_gives_zero_error_and_says_so()
    {
        MonteCarloResult r = DiffusionSimulator.MonteCarlo(TestGraphs.RingLattice(30, 4), [0, 1], new MonteCarloOptions { Model = ThresholdModel.Default, Sampling = new SamplingOptions { Runs = 10, RandomSeed = 1 } });
        Assert.Equal(30, r.MeanAdopters);
        Assert.Equal(0, r.StandardError);
        Assert.Equal(r.Ci95Low, r.Ci95High);
        Assert.All(r.SizeQuantiles, q => Assert.Equal(30, q));
        Assert.Contains(r.Diagnostics, d => d.Contains("deterministic", StringComparison.Ordinal));
    }

    [Fact]
    public void Progress_is_monotone_and_ends_at_one()
    {
        var recorder = new ProgressRecorder();
        DiffusionSimulator.MonteCarlo(TestGraphs.Karate(), [0], new MonteCarloOptions { Sampling = new SamplingOptions { Runs = 5000, RandomSeed = 1, MaxDegreeOfParallelism = 2 } }, recorder);
        recorder.AssertMonotoneToCompletion();
        Assert.Equal(5000, recorder.Reports[^1].Completed);
    }

    [Fact]
    public void Cancellation_throws_from_any_thread_count()
    {
        CsrGraph g = TestGraphs.RingLattice(50_000, 10);
        var options = new MonteCarloOptions { Model = new IndependentCascadeModel { Probability = 0.9 }, Sampling = new SamplingOptions { Runs = 100_000, RandomSeed = 1, MaxDegreeOfParallelism = 2 } };
        Assert.ThrowsAny<OperationCanceledException>(() => DiffusionSimulator.MonteCarlo(g, [0], options, null, new CancellationToken(true)));
        using var cts = new CancellationTokenSource(100);
        Assert.ThrowsAny<OperationCanceledException>(() => DiffusionSimulator.MonteCarlo(g, [0], options, null, cts.Token));
    }

    [Fact]
    public void Cancellation_latency_is_under_200_ms_of_compute()
    {
        CsrGraph g = TestGraphs.RingLattice(200_000, 10);
        using var cts = new CancellationTokenSource();
        var options = new MonteCarloOptions { Model = new IndependentCascadeModel { Probability = 0.9 }, Sampling = new SamplingOptions { Runs = 100_000, RandomSeed = 1, MaxDegreeOfParallelism = 1 } };
        var stopwatch = Stopwatch.StartNew();
        long cancelledAt = 0;
        using var timer = new Timer(_ =>
        {
            cancelledAt = stopwatch.ElapsedMilliseconds;
            cts.Cancel();
        }, null, 150, Timeout.Infinite);
        Assert.ThrowsAny<OperationCanceledException>(() => DiffusionSimulator.MonteCarlo(g, [0], options, null, cts.Token));
        long latency = stopwatch.ElapsedMilliseconds - Volatile.Read(ref cancelledAt);
        // 1024 adopters of degree 10 take microseconds; allow generous slack for a loaded 2-core CI machine.
        Assert.True(latency < 1000, $"cancellation took {latency} ms");
    }

    [Fact]
    public void Options_are_validated_with_their_names()
    {
        CsrGraph g = TestGraphs.Path(3);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DiffusionSimulator.MonteCarlo(g, [0], new MonteCarloOptions { Sampling = new SamplingOptions { Runs = 0 } }));
        Assert.Contains("options.Sampling.Runs = 0 is out of range; allowed: 1 or more", ex.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => DiffusionSimulator.MonteCarlo(g, [0], new MonteCarloOptions { Sampling = new SamplingOptions { MaxDegreeOfParallelism = -1 } }));
        Assert.Throws<ArgumentException>(() => DiffusionSimulator.MonteCarlo(g, [], MonteCarloOptions.Default));
    }

    internal static void AssertSameAggregates(MonteCarloResult a, MonteCarloResult b)
    {
        Assert.Equal(a.Runs, b.Runs);
        Assert.Equal(a.MeanAdopters, b.MeanAdopters);
        Assert.Equal(a.StandardError, b.StandardError);
        Assert.Equal(a.Ci95Low, b.Ci95Low);
        Assert.Equal(a.Ci95High, b.Ci95High);
        Assert.Equal(a.MeanLastStep, b.MeanLastStep);
        Assert.Equal(a.ArcsExamined, b.ArcsExamined);
        Assert.Equal(a.RandomSeed, b.RandomSeed);
        Assert.True(a.ActivationProbabilities.SequenceEqual(b.ActivationProbabilities));
        Assert.True(a.SizeQuantiles.SequenceEqual(b.SizeQuantiles));
        Assert.True(a.RunSizes.SequenceEqual(b.RunSizes));
        Assert.True(a.Diagnostics.SequenceEqual(b.Diagnostics));
    }
}
