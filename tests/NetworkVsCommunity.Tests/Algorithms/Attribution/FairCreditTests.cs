using NetworkVsCommunity.Algorithms.Attribution;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Metrics;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Tests.Fixtures;
using static NetworkVsCommunity.Tests.Algorithms.Metrics.MetricFixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Attribution;

public class FairCreditTests
{
    [Fact]
    public void ATT1_identical_reach_sets_split_equally_and_sum_to_unique_reach()
    {
        var g = TestGraphs.FromEdges(5, [(0, 2), (0, 3), (0, 4), (1, 2), (1, 3), (1, 4)]);
        var r = FairCredit.CoverageShapley(g, [0, 1]);
        Assert.Equal([1.5, 1.5], r.Credits.ToArray());
        Assert.Equal(3.0, r.Value);
        Assert.Equal(SpreadMetrics.UniqueReach(g, [0, 1]).UniqueReach, r.Credits.Sum(), 12);
    }

    [Fact]
    public void ATT1_disjoint_sets_give_their_sizes_and_a_null_player_gets_0()
    {
        var g = TestGraphs.FromEdges(7, [(0, 2), (0, 3), (1, 4), (1, 5), (1, 0)]);
        // Node 6 is isolated: a null player. 1's ball includes sharer 0, which is not audience.
        var r = FairCredit.CoverageShapley(g, [0, 1, 6]);
        Assert.Equal([2.0, 2.0, 0.0], r.Credits.ToArray());
        var sets = FairCredit.CoverageShapley([[1, 2, 3], [3, 4], []]);
        Assert.Equal(1 + 1 + 0.5, sets.Credits[0], 12);
        Assert.Equal(1.5, sets.Credits[1], 12);
        Assert.Equal(0.0, sets.Credits[2]);
        Assert.Equal(4.0, sets.Value);
    }

    private static SamplingOptions S(int samples, long seed, int threads = 0) =>
        new() { Runs = samples, RandomSeed = seed, MaxDegreeOfParallelism = threads };

    [Fact]
    public void ATT2_credits_sum_to_expected_spread_on_the_same_samples()
    {
        var g = TestGraphs.Karate();
        int[] seeds = [0, 5, 33, 16];
        var credit = FairCredit.SpreadShapley(g, seeds, Models.IC(0.2), S(300, 31));
        var sigma = SpreadMetrics.ExpectedSpread(g, seeds, Models.IC(0.2), S(300, 31));
        Assert.Equal(sigma.Mean, credit.Value, 9);
        Assert.Equal(sigma.Mean, credit.Credits.Sum(), 9);
    }

    [Fact]
    public void ATT2_symmetric_sharers_get_equal_credit_within_monte_carlo_error()
    {
        // Ring: sharers 0 and 10 are automorphic images of each other.
        var ring = TestGraphs.Ring(20);
        var r = FairCredit.SpreadShapley(ring, [0, 10], Models.IC(0.6), S(2000, 5));
        double diff = Math.Abs(r.Credits[0] - r.Credits[1]);
        Assert.True(diff < 4 * Math.Sqrt((r.StandardErrors[0] * r.StandardErrors[0]) + (r.StandardErrors[1] * r.StandardErrors[1])), $"diff {diff}");
    }

    [Fact]
    public void ATT2_closed_form_agrees_with_Castro_permutation_sampling()
    {
        var g = TestGraphs.Karate();
        int[] seeds = [0, 2, 33];
        var exact = FairCredit.SpreadShapley(g, seeds, Models.IC(0.15), S(1500, 77));
        var perm = FairCredit.SpreadShapleyByPermutations(g, seeds, Models.IC(0.15), S(1500, 78));
        for (int i = 0; i < seeds.Length; i++)
        {
            double se = Math.Sqrt((exact.StandardErrors[i] * exact.StandardErrors[i]) + (perm.StandardErrors[i] * perm.StandardErrors[i]));
            Assert.InRange(perm.Credits[i], exact.Credits[i] - (4 * se), exact.Credits[i] + (4 * se));
        }
        Assert.Equal(perm.Value, perm.Credits.Sum(), 9);
    }

    [Fact]
    public void ATT2_identical_on_1_and_2_threads()
    {
        var g = TestGraphs.Karate();
        var a = FairCredit.SpreadShapley(g, [0, 33], Models.IC(0.2), S(200, 3, 1));
        var b = FairCredit.SpreadShapley(g, [0, 33], Models.IC(0.2), S(200, 3, 2));
        Assert.Equal(a.Credits.ToArray(), b.Credits.ToArray());
        Assert.Equal(a.StandardErrors.ToArray(), b.StandardErrors.ToArray());
    }

    [Fact]
    public void ATT3_a_broadcaster_with_no_reinforced_adopters_gets_0()
    {
        // A star (centre 0, leaves 1..5) beside a K4 (6..9); sharers 0 (broadcaster) and 6, 7 (K4 pair).
        var edges = Enumerable.Range(1, 5).Select(i => (0, i))
            .Concat(from i in Enumerable.Range(6, 4) from j in Enumerable.Range(6, 4) where i < j select (i, j));
        var g = TestGraphs.FromEdges(10, edges);
        var p = Partition.FromMembership([0, 0, 0, 0, 0, 0, 1, 1, 1, 1]);
        var r = FairCredit.ResonanceShapley(g, p, [0, 6, 7], Models.IC(1), S(5, 1));
        Assert.Equal(0.0, r.Credits[0]);
        Assert.Equal(2.0, r.Value);
        Assert.Equal([0.0, 1.0, 1.0], r.Credits.ToArray());
    }

    [Fact]
    public void ATT4_chain_gives_a_2_and_b_1_and_two_parents_get_half_each()
    {
        // Goyal, Bonchi & Lakshmanan 2011 (METRICS.md §2.13).
        var chain = TestGraphs.Path(3, directed: true);
        var c = Cascade(3, (0, 0, -1), (1, 1, 0), (2, 2, 1));
        var r = FairCredit.CascadeCredit(chain, [c]);
        Assert.Equal([2.0, 1.0, 0.0], r.Credits.ToArray());
        var v = TestGraphs.FromEdges(3, [(0, 2), (1, 2)], directed: true);
        var two = FairCredit.CascadeCredit(v, [Cascade(3, (0, 0, -1), (1, 0, -1), (2, 1, 0))]);
        Assert.Equal([0.5, 0.5, 0.0], two.Credits.ToArray());
        var parentOnly = FairCredit.CascadeCredit(v, [Cascade(3, (0, 0, -1), (1, 0, -1), (2, 1, 0))], new CascadeCreditOptions { RecordedParentOnly = true });
        Assert.Equal([1.0, 0.0, 0.0], parentOnly.Credits.ToArray());
    }

    [Fact]
    public void ATT5_sums_to_the_pool_gives_null_players_0_and_alpha_1_is_pure_spread()
    {
        double[] spread = [3, 1, 0];
        double[] res = [0, 2, 0];
        var r = FairCredit.RewardSplit(spread, res, 100, 0.5);
        Assert.Equal(100.0, r.Payouts.Sum(), 9);
        Assert.Equal(0.0, r.Payouts[2]);
        Assert.Equal(100 * ((0.5 * 0.75) + 0), r.Payouts[0], 9);
        var pure = FairCredit.RewardSplit(spread, res, 100, 1.0);
        Assert.Equal([75.0, 25.0, 0.0], pure.Payouts.ToArray());
        var noRes = FairCredit.RewardSplit(spread, [0, 0, 0], 100, 0.5);
        Assert.Equal([75.0, 25.0, 0.0], noRes.Payouts.ToArray());
        Assert.NotEmpty(noRes.Diagnostics);
        Assert.Throws<ArgumentException>(() => FairCredit.RewardSplit([1.0, -1], [0.0, 0], 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => FairCredit.RewardSplit([1.0], [1.0], 10, 1.5));
    }

    [Fact]
    public void ATT5_is_monotone_in_credit()
    {
        var low = FairCredit.RewardSplit([1.0, 2, 3], [1.0, 1, 1], 60, 0.5);
        var high = FairCredit.RewardSplit([2.0, 2, 3], [1.0, 1, 1], 60, 0.5);
        Assert.True(high.Payouts[0] > low.Payouts[0]);
    }

    [Fact]
    public void ATT6_two_seeds_with_identical_audiences_each_get_0_and_the_sum_falls_short_of_the_value()
    {
        var g = TestGraphs.FromEdges(5, [(0, 2), (0, 3), (0, 4), (1, 2), (1, 3), (1, 4)]);
        var r = FairCredit.LeaveOneOut(g, [0, 1]);
        Assert.Equal([0.0, 0.0], r.Credits.ToArray());
        Assert.Equal(3.0, r.Value);
        // Under IC σ counts the sharers too, so the two sharers must also reach each other for identical audiences.
        var linked = TestGraphs.FromEdges(5, [(0, 1), (0, 2), (0, 3), (0, 4), (1, 2), (1, 3), (1, 4)]);
        var sampled = FairCredit.LeaveOneOutSampled(linked, [0, 1], Models.IC(1), S(10, 1));
        Assert.Equal([0.0, 0.0], sampled.Credits.ToArray());
        Assert.Equal(5.0, sampled.Value);
    }
}
