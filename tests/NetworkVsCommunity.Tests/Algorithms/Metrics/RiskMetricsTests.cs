using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Metrics;
using NetworkVsCommunity.Tests.Fixtures;
using static NetworkVsCommunity.Tests.Algorithms.Metrics.MetricFixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Metrics;

public class RiskMetricsTests
{
    private static SamplingOptions P(int samples = 200, long seed = 3, int threads = 0) =>
        new() { Runs = samples, RandomSeed = seed, MaxDegreeOfParallelism = threads };

    [Fact]
    public void RSK1_star_centre_with_p1_gives_n_plus_1_and_isolated_employee_gives_1()
    {
        var star = TestGraphs.FromEdges(7, Enumerable.Range(1, 5).Select(i => (0, i))); // node 6 isolated
        var r = RiskMetrics.BlastRadius(star, AllEmployees(7), 0.5, Models.IC(1), P(10));
        Assert.Equal(6.0, r.ExpectedReach[0]);
        Assert.Equal(1.0, r.ExpectedReach[6]);
        Assert.Equal(6.0, r.Max);
        Assert.InRange(r.Gini, 0.0, 1.0);
        Assert.Equal(3, r.RandomSeed);
    }

    [Fact]
    public void RSK1_is_only_computed_for_employees_and_identical_on_1_and_2_threads()
    {
        var g = TestGraphs.Karate();
        var mask = Enumerable.Range(0, 34).Select(v => v % 3 != 0).ToArray();
        var a = RiskMetrics.BlastRadius(g, mask, 0.3, Models.IC(0.2), P(100, 9, 1));
        var b = RiskMetrics.BlastRadius(g, mask, 0.3, Models.IC(0.2), P(100, 9, 2));
        Assert.Equal(mask.Count(x => x), a.Employees.Length);
        Assert.Equal(a.ExpectedReach.ToArray(), b.ExpectedReach.ToArray());
        Assert.Equal(a.FirestormProbability.ToArray(), b.FirestormProbability.ToArray());
        Assert.Equal(a.Gini, b.Gini);
    }

    [Fact]
    public void RSK2_connected_graph_p1_gives_1_and_p0_gives_0()
    {
        var g = TestGraphs.Karate();
        Assert.Equal(1.0, RiskMetrics.FirestormProbability(g, 5, 0.9, Models.IC(1), P(20)).Probability);
        Assert.Equal(0.0, RiskMetrics.FirestormProbability(g, 5, 2.0 / 34, Models.IC(0), P(20)).Probability);
    }

    [Fact]
    public void RSK2_is_monotone_in_p_with_common_random_numbers()
    {
        var g = TestGraphs.Karate();
        double previous = -1;
        foreach (double p in new[] { 0.05, 0.1, 0.15, 0.2, 0.3, 0.5 })
        {
            double f = RiskMetrics.FirestormProbability(g, 0, 0.3, Models.IC(p), P(300, 17)).Probability;
            Assert.True(f >= previous, $"p = {p}: {f} < {previous}");
            previous = f;
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(7)]
    public void RSK3_lambda_max_of_Kn_is_n_minus_1_dense_and_power(int n)
    {
        var k = TestGraphs.Complete(n);
        var dense = RiskMetrics.EpidemicMargin(k);
        Assert.Equal("dense", dense.Method);
        Assert.Equal(n - 1, dense.LambdaMax, 9);
        Assert.Equal(1.0 / (n - 1), dense.EpidemicThreshold, 9);
        var power = RiskMetrics.EpidemicMargin(k, new EpidemicMarginOptions { DenseLimit = 0 });
        Assert.Equal("power", power.Method);
        Assert.True(power.Converged);
        Assert.Equal(n - 1, power.LambdaMax, 6);
    }

    [Fact]
    public void RSK3_star_with_n_leaves_gives_sqrt_n_and_margin_against_transmissibility()
    {
        var star = TestGraphs.Star(9);
        var dense = RiskMetrics.EpidemicMargin(star, new EpidemicMarginOptions { Transmissibility = 0.2 });
        Assert.Equal(3.0, dense.LambdaMax, 9);
        Assert.Equal((1.0 / 3.0) - 0.2, dense.Margin, 9);
        var power = RiskMetrics.EpidemicMargin(star, new EpidemicMarginOptions { DenseLimit = 0 });
        Assert.Equal(3.0, power.LambdaMax, 6);
        Assert.True(double.IsNaN(power.Margin));
    }

    [Fact]
    public void RSK4_one_employee_holding_all_external_arcs_gives_share_1_for_k1()
    {
        // Employees 0..3 (a K4), externals 4..6 all tied to employee 2.
        var g = TestGraphs.FromEdges(7, [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3), (2, 4), (2, 5), (2, 6)]);
        bool[] employee = [true, true, true, true, false, false, false];
        var r = RiskMetrics.ExternalBoundaryConcentration(g, employee, 1);
        Assert.Equal(1.0, r.Share);
        Assert.Equal([2], r.TopEmployees.ToArray());
        Assert.Equal(3, r.TotalExternalArcs);
        Assert.Equal(3, r.CoreNumbers[0]);
    }

    [Fact]
    public void RSK5_star_seeded_at_centre_only_gives_1()
    {
        var r = RiskMetrics.FlagBearerDependence(TestGraphs.Star(4), [0], null, Models.IC(0.5), P(100));
        Assert.Equal(0, r.FlagBearer);
        Assert.Equal(1.0, r.SpreadDependence);
    }

    [Fact]
    public void RSK5_symmetric_seeds_with_disjoint_audiences_give_1_over_S_under_p1()
    {
        // Three stars of 3 leaves; sharers are the three centres.
        var edges = new List<(int, int)>();
        for (int s = 0; s < 3; s++)
        {
            for (int l = 1; l <= 3; l++)
            {
                edges.Add((4 * s, (4 * s) + l));
            }
        }
        var g = TestGraphs.FromEdges(12, edges);
        var r = RiskMetrics.FlagBearerDependence(g, [0, 4, 8], null, Models.IC(1), P(10));
        Assert.Equal(1.0 / 3.0, r.SpreadDependence, 12);
        Assert.Equal(0, r.FlagBearer);
        var named = RiskMetrics.FlagBearerDependence(g, [0, 4, 8], 8, Models.IC(1), P(10));
        Assert.Equal(8, named.FlagBearer);
        Assert.Throws<ArgumentException>(() => RiskMetrics.FlagBearerDependence(g, [0, 4], 8, Models.IC(1), P(10)));
    }

    [Fact]
    public void RSK5_resonance_dependence_drops_to_zero_when_the_reinforcing_pair_loses_a_member()
    {
        // Triangle: sharers 0 and 1 reinforce 2; without the flag-bearer 2 has one source only.
        var r = RiskMetrics.FlagBearerDependence(TestGraphs.Complete(3), [0, 1], 0, Models.IC(1), P(10));
        Assert.Equal(1.0, r.ReinforcedWith);
        Assert.Equal(1.0, r.ResonanceDependence);
        Assert.Equal(0.0, r.SpreadDependence);
    }

    [Fact]
    public void RSK6_all_edges_internal_gives_EI_minus_1_and_r_1()
    {
        var g = TestGraphs.TwoTriangles(joined: false);
        var r = RiskMetrics.EchoChamber(g, [0, 0, 0, 1, 1, 1], []);
        Assert.Equal(-1.0, r.EIIndex);
        Assert.Equal(1.0, r.Assortativity, 12);
        Assert.Equal(6, r.InternalEdges);
    }

    [Fact]
    public void RSK6_complete_bipartite_across_groups_gives_EI_plus_1_and_r_minus_1()
    {
        var k33 = TestGraphs.FromEdges(6, from u in Enumerable.Range(0, 3) from v in Enumerable.Range(3, 3) select (u, v));
        var r = RiskMetrics.EchoChamber(k33, [0, 0, 0, 1, 1, 1], []);
        Assert.Equal(1.0, r.EIIndex);
        Assert.Equal(-1.0, r.Assortativity, 12);
    }

    [Fact]
    public void RSK6_over_adopters_uses_the_induced_subgraph()
    {
        var g = TestGraphs.TwoTriangles(joined: true);
        var c = Cascade(6, (2, 0, -1), (3, 1, 2), (1, 1, 2));
        var r = RiskMetrics.EchoChamber(g, c, [0, 0, 0, 1, 1, 1]);
        Assert.Equal(1, r.InternalEdges);
        Assert.Equal(1, r.ExternalEdges);
        Assert.Equal(0.0, r.EIIndex);
    }
}
