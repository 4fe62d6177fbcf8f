using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Metrics;
using NetworkVsCommunity.Algorithms.Roles;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Tests.Fixtures;
using static NetworkVsCommunity.Tests.Algorithms.Metrics.MetricFixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Metrics;

/// <summary>The sample-based metrics wired to the diffusion engine's Monte Carlo runner (any model).</summary>
public class RunnerWiringTests
{
    private static MonteCarloOptions Ic(double p, int runs, long seed, int threads = 0) => new()
    {
        Model = new IndependentCascadeModel { Probability = p },
        Runs = runs,
        RandomSeed = seed,
        MaxDegreeOfParallelism = threads,
    };

    [Fact]
    public void RSK1_runner_star_centre_with_p1_gives_n_plus_1_and_a_threshold_model_gives_1()
    {
        var star = TestGraphs.Star(5);
        var ic = RiskMetrics.BlastRadius(star, AllEmployees(6), 0.5, Ic(1, 10, 4));
        Assert.Equal(6.0, ic.ExpectedReach[0]);
        Assert.Equal(1.0, ic.FirestormProbability[0]);
        Assert.Equal(4, ic.RandomSeed);
        Assert.NotNull(ic.Runner);
        var threshold = RiskMetrics.BlastRadius(star, AllEmployees(6), 0.5, new MonteCarloOptions { Model = ThresholdModel.Default, Runs = 3, RandomSeed = 1 });
        Assert.Equal(1.0, threshold.ExpectedReach[0]);
    }

    [Fact]
    public void RSK1_runner_agrees_with_live_edge_sampling_and_is_identical_on_1_and_2_threads()
    {
        var g = TestGraphs.Karate();
        var mask = Enumerable.Range(0, 34).Select(v => v is 0 or 33 or 16).ToArray();
        var a = RiskMetrics.BlastRadius(g, mask, 0.3, Ic(0.15, 1500, 12, 1));
        var b = RiskMetrics.BlastRadius(g, mask, 0.3, Ic(0.15, 1500, 12, 2));
        Assert.Equal(a.ExpectedReach.ToArray(), b.ExpectedReach.ToArray());
        Assert.Equal(a.FirestormProbability.ToArray(), b.FirestormProbability.ToArray());
        var live = RiskMetrics.BlastRadius(g, mask, 0.3, new InfluenceSamplingOptions { TransmissionProbability = 0.15, SampleCount = 1500, RandomSeed = 99 });
        for (int e = 0; e < 3; e++)
        {
            var sigma = SpreadMetrics.ExpectedSpread(g, [a.Employees[e]], new InfluenceSamplingOptions { TransmissionProbability = 0.15, SampleCount = 1500, RandomSeed = 99 });
            double tolerance = 5 * sigma.StandardError * Math.Sqrt(2);
            Assert.InRange(a.ExpectedReach[e], live.ExpectedReach[e] - tolerance, live.ExpectedReach[e] + tolerance);
        }
    }

    [Fact]
    public void RSK5_runner_star_seeded_at_centre_only_gives_1()
    {
        var r = RiskMetrics.FlagBearerDependence(TestGraphs.Star(4), [0], null, Ic(0.5, 50, 2));
        Assert.Equal(1.0, r.SpreadDependence);
        Assert.Equal(2, r.RandomSeed);
        var pair = RiskMetrics.FlagBearerDependence(TestGraphs.Complete(3), [0, 1], 0, Ic(1, 5, 2));
        Assert.Equal(1.0, pair.ResonanceDependence);
    }

    [Fact]
    public void ROL3_ROL4_runner_star_of_singletons_and_thread_independence()
    {
        var star = TestGraphs.Star(8);
        var r = RoleAnalysis.EvangelistsAndBroadcasters(star, Partition.Singletons(9), [.. Enumerable.Range(0, 9)], Ic(0.5, 300, 6));
        Assert.Equal(0.0, r.EvangelistScore[0]);
        Assert.True(r.IsBroadcaster[0]);
        var g = TestGraphs.Karate();
        var p = Partition.FromMembership(TestGraphs.KarateFactions());
        var a = RoleAnalysis.EvangelistsAndBroadcasters(g, p, [0, 5, 33], Ic(0.2, 200, 8, 1));
        var b = RoleAnalysis.EvangelistsAndBroadcasters(g, p, [0, 5, 33], Ic(0.2, 200, 8, 2));
        Assert.Equal(a.EvangelistScore.ToArray(), b.EvangelistScore.ToArray());
        Assert.Equal(a.BroadcasterScore.ToArray(), b.BroadcasterScore.ToArray());
    }
}
