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
    public Property Asking_every_arc_lazily_in_csr_order_draws_the_eager_world(PositiveInt seed)
    {
        CsrGraph g = RandomDirected((ulong)seed.Get, out _);
        LiveEdgeModel model = LiveEdgeModel.ForModel(g, new IndependentCascadeModel { ProbabilitySource = EdgeProbabilitySource.TieStrength }, "test", allowLinearThreshold: false);
        var eager = new bool[g.ArcCount];
        LiveEdgeWorld.DrawAll(model, 11, (ulong)seed.Get, eager);
        var bits = new ulong[1 + ((g.ArcCount + 63) >> 6)];
        LiveEdgeWorld.DrawAll(model, 11, (ulong)seed.Get, bits, 1);
        var lazy = new LiveEdgeWorld(model);
        lazy.Begin(11, (ulong)seed.Get);
        bool same = bits[0] == 0;
        for (int a = 0; a < g.ArcCount; a++)
        {
            bool bit = (bits[1 + (a >> 6)] & (1UL << (a & 63))) != 0;
            same &= lazy.IsLive(a) == eager[a] && bit == eager[a] && lazy.IsLive(a) == eager[a];
        }
        return same.ToProperty();
    }

    [Property(MaxTest = 40)]
    public Property Linear_threshold_worlds_keep_at_most_one_in_arc_and_lazy_equals_eager_in_node_order(PositiveInt seed)
    {
        CsrGraph g = RandomDirected((ulong)seed.Get, out _);
        LiveEdgeModel model = LiveEdgeModel.ForModel(g, new LinearThresholdModel(), "test", allowLinearThreshold: true);
        var eager = new bool[g.ArcCount];
        LiveEdgeWorld.DrawAll(model, 5, 3, eager);
        var lazy = new LiveEdgeWorld(model);
        lazy.Begin(5, 3);
        int[] inOffsets = g.InOffsetsArray;
        bool ok = true;
        for (int v = 0; v < g.NodeCount; v++)
        {
            int kept = 0;
            for (int i = inOffsets[v]; i < inOffsets[v + 1]; i++)
            {
                int a = model.InArcToOutArc[i];
                ok &= g.TargetsArray[a] == v && lazy.IsLive(a) == eager[a];
                kept += eager[a] ? 1 : 0;
            }
            ok &= kept <= 1;
            // Normalized weights sum to 1 over a node's in-arcs, so a node with in-arcs always keeps exactly one.
            ok &= kept == (inOffsets[v + 1] > inOffsets[v] ? 1 : 0);
        }
        return ok.ToProperty();
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
            LiveEdgeWorld.DrawAll(model, 42, (ulong)w, live);
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
