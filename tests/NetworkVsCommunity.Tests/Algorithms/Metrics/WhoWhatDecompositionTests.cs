using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Metrics;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Metrics;

public class WhoWhatDecompositionTests
{
    [Fact]
    public void WHO1_hand_computed_balanced_design()
    {
        // Two sharers × two appeals × two runs: sharer effect ±1, appeal effect ±2, no noise.
        double[] y = [0 - 1 - 2, 0 - 1 - 2, -1 + 2, -1 + 2, 1 - 2, 1 - 2, 1 + 2, 1 + 2];
        var r = WhoWhatDecomposition.Decompose(y, 2, 2, 2);
        Assert.Equal(0.2, r.EtaSquaredWho, 12);
        Assert.Equal(0.8, r.EtaSquaredWhat, 12);
        Assert.Equal(0.0, r.EtaSquaredInteraction, 12);
        Assert.Throws<ArgumentException>(() => WhoWhatDecomposition.Decompose(y, 3, 2, 2));
    }

    [Fact]
    public void WHO1_on_a_ring_who_explains_nothing_within_monte_carlo_error()
    {
        var ring = TestGraphs.Ring(30);
        var options = new WhoWhatOptions
        {
            AppealLevels = [0.5, 1.0, 1.5],
            Model = Models.IC(0.5), Sampling = new SamplingOptions { Runs = 150, RandomSeed = 21 },
        };
        var r = WhoWhatDecomposition.Simulate(ring, [0, 7, 15, 22], options);
        // Under H0 (no sharer effect) E[SS_who/SS_total] ≈ (S−1)/(N−1) = 3/1799; allow a wide statistical margin.
        Assert.InRange(r.EtaSquaredWho, 0.0, 0.02);
        Assert.True(r.EtaSquaredWhat > 0.1);
        Assert.Equal(21, r.RandomSeed);
    }

    [Fact]
    public void WHO1_one_appeal_level_gives_eta_what_0_and_both_lie_in_0_1_summing_to_at_most_1()
    {
        var g = TestGraphs.Karate();
        var one = WhoWhatDecomposition.Simulate(g, [0, 11, 33], new WhoWhatOptions
        {
            AppealLevels = [1.0],
            Model = Models.IC(0.2), Sampling = new SamplingOptions { Runs = 60, RandomSeed = 4 },
        });
        Assert.Equal(0.0, one.EtaSquaredWhat);
        Assert.True(one.EtaSquaredWho > 0);
        var two = WhoWhatDecomposition.Simulate(g, [0, 11, 33], new WhoWhatOptions
        {
            Outcome = WhoWhatOutcome.ReinforcedAdopters,
            Model = Models.IC(0.2), Sampling = new SamplingOptions { Runs = 60, RandomSeed = 4 },
        });
        Assert.InRange(two.EtaSquaredWho, 0, 1);
        Assert.InRange(two.EtaSquaredWhat, 0, 1);
        Assert.True(two.EtaSquaredWho + two.EtaSquaredWhat <= 1 + 1e-12);
    }

    [Fact]
    public void WHO1_same_seed_same_result_on_1_and_2_threads()
    {
        var g = TestGraphs.Karate();
        WhoWhatOptions Opt(int t) => new()
        {
            Model = Models.IC(0.2), Sampling = new SamplingOptions { Runs = 40, RandomSeed = 8, MaxDegreeOfParallelism = t },
        };
        var a = WhoWhatDecomposition.Simulate(g, [0, 5, 33], Opt(1));
        var b = WhoWhatDecomposition.Simulate(g, [0, 5, 33], Opt(2));
        Assert.Equal(a.EtaSquaredWho, b.EtaSquaredWho);
        Assert.Equal(a.CellMeans.ToArray(), b.CellMeans.ToArray());
    }
}
