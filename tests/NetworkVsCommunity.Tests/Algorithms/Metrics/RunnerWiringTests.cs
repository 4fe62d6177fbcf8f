using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Metrics;
using NetworkVsCommunity.Algorithms.Roles;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Tests.Fixtures;
using static NetworkVsCommunity.Tests.Algorithms.Metrics.MetricFixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Metrics;

/// <summary>
/// The sample-based metrics take one model: cascade models with independent arcs go through live-edge sampling, any
/// other model through the diffusion engine's Monte Carlo runner; a metric that needs live edges refuses other models by name.
/// </summary>
public class RunnerWiringTests
{
    private static SamplingOptions Runs(int runs, long seed, int threads = 0) => new() { Runs = runs, RandomSeed = seed, MaxDegreeOfParallelism = threads };

    [Fact]
    public void RSK1_star_centre_with_p1_gives_n_plus_1_and_a_threshold_model_gives_1()
    {
        var star = TestGraphs.Star(5);
        var ic = RiskMetrics.BlastRadius(star, AllEmployees(6), 0.5, Models.IC(1), Runs(10, 4));
        Assert.Equal(6.0, ic.ExpectedReach[0]);
        Assert.Equal(1.0, ic.FirestormProbability[0]);
        Assert.Equal(4, ic.RandomSeed);
        Assert.Equal(Models.IC(1), ic.Model);
        Assert.Equal(Runs(10, 4), ic.Sampling);
        var threshold = RiskMetrics.BlastRadius(star, AllEmployees(6), 0.5, ThresholdModel.Default, Runs(3, 1));
        Assert.Equal(1.0, threshold.ExpectedReach[0]);
        Assert.IsType<ThresholdModel>(threshold.Model);
    }

    [Fact]
    public void RSK1_under_LT_equals_the_simulator_run_for_each_employee_and_is_identical_on_1_and_2_threads()
    {
        var g = TestGraphs.Karate();
        var mask = Enumerable.Range(0, 34).Select(v => v is 0 or 33 or 16).ToArray();
        var a = RiskMetrics.BlastRadius(g, mask, 0.3, LinearThresholdModel.Default, Runs(300, 12, 1));
        var b = RiskMetrics.BlastRadius(g, mask, 0.3, LinearThresholdModel.Default, Runs(300, 12, 2));
        Assert.Equal(a.ExpectedReach.ToArray(), b.ExpectedReach.ToArray());
        Assert.Equal(a.FirestormProbability.ToArray(), b.FirestormProbability.ToArray());
        for (int e = 0; e < 3; e++)
        {
            var mc = DiffusionSimulator.MonteCarlo(g, [a.Employees[e]], new MonteCarloOptions { Model = LinearThresholdModel.Default, Sampling = new SamplingOptions { Runs = 300, RandomSeed = 12 } });
            Assert.Equal(mc.MeanAdopters, a.ExpectedReach[e]);
        }
    }

    [Fact]
    public void RSK5_star_seeded_at_centre_only_gives_1_and_a_model_without_live_edges_is_refused_by_name()
    {
        var r = RiskMetrics.FlagBearerDependence(TestGraphs.Star(4), [0], null, Models.IC(0.5), Runs(50, 2));
        Assert.Equal(1.0, r.SpreadDependence);
        Assert.Equal(2, r.RandomSeed);
        Assert.Equal(Models.IC(0.5), r.Model);
        var pair = RiskMetrics.FlagBearerDependence(TestGraphs.Complete(3), [0, 1], 0, Models.IC(1), Runs(5, 2));
        Assert.Equal(1.0, pair.ResonanceDependence);
        var e = Assert.Throws<ArgumentException>(() => RiskMetrics.FlagBearerDependence(TestGraphs.Star(4), [0], null, LinearThresholdModel.Default, Runs(5, 2)));
        Assert.Contains("'lt'", e.Message);
        Assert.Contains("FlagBearerDependence", e.Message);
    }

    [Fact]
    public void ROL3_ROL4_star_of_singletons_and_thread_independence_under_LT()
    {
        var star = TestGraphs.Star(8);
        var r = RoleAnalysis.EvangelistsAndBroadcasters(star, Partition.Singletons(9), [.. Enumerable.Range(0, 9)], Models.IC(0.5), Runs(300, 6));
        Assert.Equal(0.0, r.EvangelistScore[0]);
        Assert.True(r.IsBroadcaster[0]);
        var g = TestGraphs.Karate();
        var p = Partition.FromMembership(TestGraphs.KarateFactions());
        var a = RoleAnalysis.EvangelistsAndBroadcasters(g, p, [0, 5, 33], LinearThresholdModel.Default, Runs(200, 8, 1));
        var b = RoleAnalysis.EvangelistsAndBroadcasters(g, p, [0, 5, 33], LinearThresholdModel.Default, Runs(200, 8, 2));
        Assert.Equal(a.EvangelistScore.ToArray(), b.EvangelistScore.ToArray());
        Assert.Equal(a.BroadcasterScore.ToArray(), b.BroadcasterScore.ToArray());
        Assert.IsType<LinearThresholdModel>(a.Model);
    }
}
