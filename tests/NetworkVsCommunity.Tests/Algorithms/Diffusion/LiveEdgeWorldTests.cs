using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Metrics;
using NetworkVsCommunity.Algorithms.Seeding;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Randomness;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Diffusion;

/// <summary>The engine's one live-edge draw (<see cref="LiveEdgeWorld"/>): lazy and eager draws, and every caller, see the same worlds.</summary>
public class LiveEdgeWorldTests
{
    private static CsrGraph RandomDirected(ulong seed, out Xoshiro256StarStar rng)
    {
        rng = new Xoshiro256StarStar(seed);
        int n = 5 + rng.NextInt(30);
        var edges = new List<(int, int, double)>();
        for (int e = 0; e < 3 * n; e++)
        {
            edges.Add((rng.NextInt(n), rng.NextInt(n), 0.05 + 0.9 * rng.NextDouble()));
        }
        return TestGraphs.FromWeightedEdges(n, edges.Where(e => e.Item1 != e.Item2), directed: true);
    }

    [Property(MaxTest = 40)]
    public Property Lazy_and_eager_draws_give_the_same_world_whatever_the_order_of_examination(PositiveInt seed)
    {
        CsrGraph g = RandomDirected((ulong)seed.Get, out _);
        foreach (DiffusionModel m in new DiffusionModel[] { new IndependentCascadeModel { ProbabilitySource = EdgeProbabilitySource.TieStrength }, new LinearThresholdModel() })
        {
            LiveEdgeModel model = LiveEdgeModel.ForModel(g, m, "test", allowLinearThreshold: true);
            var eager = new bool[g.ArcCount];
            LiveEdgeWorld.DrawAll(model, 11, seed.Get, eager);
            var bits = new ulong[1 + ((g.ArcCount + 63) >> 6)];
            LiveEdgeWorld.DrawAll(model, 11, seed.Get, bits, 1);
            var lazy = new LiveEdgeWorld(model);
            lazy.Begin(11, seed.Get);
            if (bits[0] != 0)
            {
                return false.ToProperty();
            }
            // Backwards, then forwards: a decision does not depend on when it is first asked.
            for (int a = g.ArcCount - 1; a >= 0; a--)
            {
                bool bit = (bits[1 + (a >> 6)] & (1UL << (a & 63))) != 0;
                if (lazy.IsLive(a) != eager[a] || bit != eager[a])
                {
                    return false.ToProperty();
                }
            }
            for (int a = 0; a < g.ArcCount; a++)
            {
                if (lazy.IsLive(a) != eager[a])
                {
                    return false.ToProperty();
                }
            }
        }
        return true.ToProperty();
    }

    [Property(MaxTest = 40)]
    public Property Linear_threshold_worlds_keep_exactly_one_in_arc_per_node_with_normalised_weights(PositiveInt seed)
    {
        CsrGraph g = RandomDirected((ulong)seed.Get, out _);
        LiveEdgeModel model = LiveEdgeModel.ForModel(g, new LinearThresholdModel(), "test", allowLinearThreshold: true);
        var eager = new bool[g.ArcCount];
        LiveEdgeWorld.DrawAll(model, 5, 3, eager);
        int[] inOffsets = g.InOffsetsArray;
        bool ok = true;
        for (int v = 0; v < g.NodeCount; v++)
        {
            int kept = 0;
            for (int i = inOffsets[v]; i < inOffsets[v + 1]; i++)
            {
                int a = model.InArcToOutArc[i];
                ok &= g.TargetsArray[a] == v;
                kept += eager[a] ? 1 : 0;
            }
            // Normalized weights sum to 1 over a node's in-arcs, so a node with in-arcs keeps exactly one.
            ok &= kept == (inOffsets[v + 1] > inOffsets[v] ? 1 : 0);
        }
        return ok.ToProperty();
    }

    [Fact]
    public void An_independent_cascade_arc_is_live_with_its_probability_and_worlds_grow_with_it()
    {
        // One arc 0 -> 1: live in a fraction p of the worlds (within 4 SE over 20,000 worlds), and a world live at p = 0.3
        // is live at p = 0.6 (the same uniform serves every probability).
        CsrGraph g = TestGraphs.FromEdges(2, [(0, 1)], directed: true);
        const int Worlds = 20_000;
        var low = LiveEdgeModel.Cascade(g, [0.3]);
        var high = LiveEdgeModel.Cascade(g, [0.6]);
        var a = new bool[1];
        var b = new bool[1];
        int live = 0;
        for (int w = 0; w < Worlds; w++)
        {
            LiveEdgeWorld.DrawAll(low, 7, w, a);
            LiveEdgeWorld.DrawAll(high, 7, w, b);
            live += a[0] ? 1 : 0;
            Assert.True(!a[0] || b[0]);
        }
        double se = Math.Sqrt(0.3 * 0.7 / Worlds);
        Assert.InRange(live / (double)Worlds, 0.3 - 4 * se, 0.3 + 4 * se);
    }

    [Fact]
    public void A_linear_threshold_node_keeps_each_in_arc_with_its_weight_and_none_with_the_rest()
    {
        // 0 -> 2 with b = 0.2, 1 -> 2 with b = 0.3 (raw weights): node 2 keeps 0->2 with probability 0.2, 1->2 with 0.3,
        // neither with 0.5 (Kempe, Kleinberg & Tardos 2003, Claim 2.6).
        CsrGraph g = TestGraphs.FromWeightedEdges(3, [(0, 2, 0.2), (1, 2, 0.3)], directed: true);
        LiveEdgeModel model = LiveEdgeModel.ForModel(g, new LinearThresholdModel { Weighting = LinearThresholdWeighting.Raw }, "test", allowLinearThreshold: true);
        const int Worlds = 20_000;
        var live = new bool[g.ArcCount];
        int first = 0;
        int second = 0;
        for (int w = 0; w < Worlds; w++)
        {
            LiveEdgeWorld.DrawAll(model, 42, w, live);
            first += live[0] ? 1 : 0;
            second += live[1] ? 1 : 0;
            Assert.False(live[0] && live[1]);
        }
        Assert.InRange(first / (double)Worlds, 0.2 - 4 * Math.Sqrt(0.2 * 0.8 / Worlds), 0.2 + 4 * Math.Sqrt(0.2 * 0.8 / Worlds));
        Assert.InRange(second / (double)Worlds, 0.3 - 4 * Math.Sqrt(0.3 * 0.7 / Worlds), 0.3 + 4 * Math.Sqrt(0.3 * 0.7 / Worlds));
    }

    [Fact]
    public void The_seeding_oracle_and_the_metrics_sample_the_same_worlds()
    {
        CsrGraph g = TestGraphs.Karate();
        int[] sharers = [0, 33];
        var oracle = new MonteCarloSpreadOracle(g, Models.IC(0.15), runs: 200, randomSeed: 8, maxDegreeOfParallelism: 1);
        int[] perWorld = oracle.ReachPerWorld(sharers);
        var sampler = LiveEdgeSampler.ForModel(g, Models.IC(0.15), 8, "test");
        var scratch = sampler.CreateScratch();
        for (int r = 0; r < perWorld.Length; r++)
        {
            sampler.Draw(r, scratch);
            Assert.Equal(perWorld[r], sampler.Reach(sharers, scratch, out _));
        }
        // So the oracle's σ̂ is the metrics' expected spread for the same seed and runs, to the last bit.
        ExpectedSpreadResult metric = SpreadMetrics.ExpectedSpread(g, sharers, Models.IC(0.15), new SamplingOptions { Runs = 200, RandomSeed = 8, MaxDegreeOfParallelism = 2 });
        Assert.Equal(oracle.Spread(sharers), metric.Mean);
    }
}
