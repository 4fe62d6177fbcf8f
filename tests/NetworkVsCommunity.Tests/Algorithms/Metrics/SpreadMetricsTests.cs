using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Metrics;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Tests.Fixtures;
using static NetworkVsCommunity.Tests.Algorithms.Metrics.MetricFixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Metrics;

public class SpreadMetricsTests
{
    private static CsrGraph TwoSharersSameAudience() =>
        TestGraphs.FromEdges(5, [(0, 2), (0, 3), (0, 4), (1, 2), (1, 3), (1, 4)]);

    [Fact]
    public void SPR1_identical_neighbourhoods_count_once_while_vendor_sum_doubles()
    {
        var r = SpreadMetrics.UniqueReach(TwoSharersSameAudience(), [0, 1]);
        Assert.Equal(3, r.UniqueReach);
        Assert.Equal(6, r.VendorSum);
        Assert.Equal([3, 3], r.PerSeedReach.ToArray());
    }

    [Fact]
    public void SPR2_identical_neighbourhoods_give_redundancy_S_and_disjoint_give_1()
    {
        Assert.Equal(2.0, SpreadMetrics.UniqueReach(TwoSharersSameAudience(), [0, 1]).AudienceRedundancy);
        var disjoint = TestGraphs.FromEdges(6, [(0, 2), (0, 3), (1, 4), (1, 5)]);
        var r = SpreadMetrics.UniqueReach(disjoint, [0, 1]);
        Assert.Equal(4, r.UniqueReach);
        Assert.Equal(1.0, r.AudienceRedundancy);
    }

    [Fact]
    public void SPR1_counts_h_hop_balls_without_the_sharers()
    {
        var path = TestGraphs.Path(6);
        Assert.Equal(2, SpreadMetrics.UniqueReach(path, [0], hops: 2).UniqueReach);
        Assert.Equal(5, SpreadMetrics.UniqueReach(path, [0], hops: 10).UniqueReach);
        Assert.Equal(0, SpreadMetrics.UniqueReach(path, [0], hops: 0).UniqueReach);
        var r = SpreadMetrics.UniqueReach(TestGraphs.Path(2), [0, 1]);
        Assert.Equal(0, r.UniqueReach);
        Assert.True(double.IsNaN(r.AudienceRedundancy));
        Assert.NotEmpty(r.Diagnostics);
    }

    [Fact]
    public void SPR1_rejects_bad_input()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SpreadMetrics.UniqueReach(TestGraphs.Path(3), [5]));
        Assert.Throws<ArgumentOutOfRangeException>(() => SpreadMetrics.UniqueReach(TestGraphs.Path(3), [0], -1));
    }

    [Fact]
    public void SPR4_internal_cascade_gives_0_and_counts_external_share_of_non_sharers()
    {
        var c = Cascade(5, (0, 0, -1), (1, 1, 0), (2, 1, 0), (3, 2, 1));
        Assert.Equal(0.0, SpreadMetrics.ExternalPenetration(c, AllEmployees(5)));
        bool[] mask = [true, true, false, false, true];
        Assert.Equal(2.0 / 3.0, SpreadMetrics.ExternalPenetration(c, mask), 12);
        Assert.Equal(0.0, SpreadMetrics.ExternalPenetration(Cascade(5, (0, 0, -1)), mask));
    }

    [Fact]
    public void SPR5_star_has_virality_2_n_minus_1_over_n_and_depth_1()
    {
        // Goel, Anderson, Hofman & Watts 2016: a star of n nodes has ν = 2(n−1)/n.
        var c = Cascade(5, (0, 0, -1), (1, 1, 0), (2, 1, 0), (3, 1, 0), (4, 1, 0));
        var s = SpreadMetrics.CascadeShape(c);
        Assert.Equal(5, s.Size);
        Assert.Equal(1, s.Depth);
        Assert.Equal(4, s.MaxBreadth);
        Assert.Equal(2.0 * 4 / 5, s.StructuralVirality, 12);
    }

    [Fact]
    public void SPR5_path_has_virality_n_plus_1_over_3_from_any_root()
    {
        var fromEnd = Cascade(5, (0, 0, -1), (1, 1, 0), (2, 2, 1), (3, 3, 2), (4, 4, 3));
        var s = SpreadMetrics.CascadeShape(fromEnd);
        Assert.Equal(4, s.Depth);
        Assert.Equal(1, s.MaxBreadth);
        Assert.Equal(6.0 / 3.0, s.StructuralVirality, 12);
        var fromMiddle = Cascade(5, (2, 0, -1), (1, 1, 2), (3, 1, 2), (0, 2, 1), (4, 2, 3));
        Assert.Equal(2.0, SpreadMetrics.CascadeShape(fromMiddle).StructuralVirality, 12);
        Assert.Equal(2, SpreadMetrics.CascadeShape(fromMiddle).Depth);
    }

    [Fact]
    public void SPR5_forest_averages_trees_weighted_by_size()
    {
        // Two trees: a 3-node star (ν = 4/3) and a lone sharer (ignored).
        var c = Cascade(5, (0, 0, -1), (4, 0, -1), (1, 1, 0), (2, 1, 0));
        var s = SpreadMetrics.CascadeShape(c);
        Assert.Equal(2, s.TreeCount);
        Assert.Equal(4.0 / 3.0, s.StructuralVirality, 12);
        Assert.Equal([2, 2], s.BreadthByDepth.ToArray());
    }

    [Fact]
    public void SPR6_single_community_gives_zero_entropy_and_uniform_gives_one()
    {
        var partition = Partition.FromMembership([0, 0, 1, 1, 2, 2]);
        var inOne = Cascade(6, (0, 0, -1), (1, 1, 0));
        var s = SpreadMetrics.CommunitySpan(inOne, partition);
        Assert.Equal(1, s.CommunitiesTouched);
        Assert.Equal(0.0, s.Entropy);
        Assert.Equal(0.0, s.NormalizedEntropy);
        var uniform = Cascade(6, (0, 0, -1), (2, 1, 0), (4, 1, 0));
        var u = SpreadMetrics.CommunitySpan(uniform, partition);
        Assert.Equal(3, u.CommunitiesTouched);
        Assert.Equal(1.0, u.NormalizedEntropy, 12);
        Assert.Equal(Math.Log(3), u.Entropy, 12);
    }

    [Fact]
    public void SPR3_p1_gives_reachable_set_and_p0_gives_sharers()
    {
        var g = TestGraphs.TwoTriangles(joined: false);
        var one = SpreadMetrics.ExpectedSpread(g, [0], Models.IC(1), new SamplingOptions { Runs = 20, RandomSeed = 1 });
        Assert.Equal(3.0, one.Mean);
        Assert.Equal(0.0, one.StandardError);
        var zero = SpreadMetrics.ExpectedSpread(g, [0, 3], Models.IC(0), new SamplingOptions { Runs = 20, RandomSeed = 1 });
        Assert.Equal(2.0, zero.Mean);
    }

    [Fact]
    public void SPR3_path_gives_sum_of_p_to_the_d_exactly_and_by_monte_carlo()
    {
        // METRICS.md §2.11: on a path from v0 with uniform p, σ({v0}) = Σ_{d=0}^{n−1} p^d.
        var path = TestGraphs.Path(5, directed: true);
        double p = 0.6;
        double expected = Enumerable.Range(0, 5).Sum(d => Math.Pow(p, d));
        var exact = SpreadMetrics.ExpectedSpreadExact(path, [0], Models.IC(p));
        Assert.True(exact.IsExact);
        Assert.Equal(expected, exact.Mean, 12);
        var mc = SpreadMetrics.ExpectedSpread(path, [0], Models.IC(p), new SamplingOptions { Runs = 4000, RandomSeed = 7 });
        Assert.InRange(mc.Mean, expected - (4 * mc.StandardError), expected + (4 * mc.StandardError));
    }

    [Fact]
    public void SPR3_monte_carlo_agrees_with_live_edge_enumeration_within_its_confidence_interval()
    {
        var g = TestGraphs.TwoTriangles(joined: true); // 7 edges = 14 arcs
        var model = Models.IC(0.4);
        var sampling = new SamplingOptions { Runs = 4000, RandomSeed = 11 };
        var exact = SpreadMetrics.ExpectedSpreadExact(g, [0], model);
        var mc = SpreadMetrics.ExpectedSpread(g, [0], model, sampling);
        Assert.InRange(exact.Mean, mc.Mean - (4 * mc.StandardError), mc.Mean + (4 * mc.StandardError));
        Assert.Throws<ArgumentException>(() => SpreadMetrics.ExpectedSpreadExact(TestGraphs.Complete(7), [0])); // 21 uncertain edges: 2^21 configurations
    }

    [Fact]
    public void SPR3_same_seed_same_result_on_1_and_2_threads_and_the_seed_is_reported()
    {
        var g = TestGraphs.Karate();
        var a = SpreadMetrics.ExpectedSpread(g, [0, 33], Models.IC(0.1), new SamplingOptions { Runs = 300, RandomSeed = 5, MaxDegreeOfParallelism = 1 });
        var b = SpreadMetrics.ExpectedSpread(g, [0, 33], Models.IC(0.1), new SamplingOptions { Runs = 300, RandomSeed = 5, MaxDegreeOfParallelism = 2 });
        Assert.Equal(a.Mean, b.Mean);
        Assert.Equal(a.StandardError, b.StandardError);
        Assert.Equal(5, a.RandomSeed);
        var drawn = SpreadMetrics.ExpectedSpread(g, [0], Models.IC(0.1), new SamplingOptions { Runs = 10 });
        var replay = SpreadMetrics.ExpectedSpread(g, [0], Models.IC(0.1), new SamplingOptions { Runs = 10, RandomSeed = drawn.RandomSeed });
        Assert.Equal(drawn.Mean, replay.Mean);
    }

    [Fact]
    public void SPR3_options_are_validated_with_the_option_named()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            SpreadMetrics.ExpectedSpread(TestGraphs.Path(3), [0], Models.IC(0.1), new SamplingOptions { Runs = 0 }));
        Assert.Contains("sampling.Runs", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            SpreadMetrics.ExpectedSpread(TestGraphs.Path(3), [0], Models.IC(1.5), new SamplingOptions()));
    }

    [Fact]
    public void Profile_star_seeded_at_centre_has_y_0_and_clique_seeded_at_two_nodes_has_y_1_x_0()
    {
        var star = TestGraphs.Star(4);
        var starCascade = Cascade(5, (0, 0, -1), (1, 1, 0), (2, 1, 0), (3, 1, 0), (4, 1, 0));
        var ps = SpreadMetrics.Profile(star, starCascade, Partition.AllInOne(5), AllEmployees(5));
        Assert.Equal(0.0, ps.CommunityNess);
        var k4 = TestGraphs.Complete(4);
        var cliqueCascade = Cascade(4, (0, 0, -1), (1, 0, -1), (2, 1, 0), (3, 1, 1));
        var pc = SpreadMetrics.Profile(k4, cliqueCascade, Partition.AllInOne(4), AllEmployees(4));
        Assert.Equal(1.0, pc.CommunityNess);
        Assert.Equal(0.0, pc.NetworkNess);
        Assert.Equal(SpreadShareQuadrant.Evangelism, pc.Quadrant);
    }

    [Fact]
    public void Profile_star_broadcast_to_outsiders_in_their_own_circles_is_broadcast()
    {
        var star = TestGraphs.Star(4);
        var c = Cascade(5, (0, 0, -1), (1, 1, 0), (2, 1, 0), (3, 1, 0), (4, 1, 0));
        bool[] mask = [true, false, false, false, false];
        var p = SpreadMetrics.Profile(star, c, Partition.Singletons(5), mask);
        Assert.Equal(1.0, p.ExternalPenetration);
        Assert.Equal(1.0, p.NetworkNess, 12);
        Assert.Equal(SpreadShareQuadrant.Broadcast, p.Quadrant);
    }
}
