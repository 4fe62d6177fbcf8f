using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Seeding;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Randomness;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Seeding;

public class GreedySeedingTests
{
    [Fact]
    public void Exact_oracle_matches_hand_computed_spreads()
    {
        // Directed path 0→1→2 with p = 1/2: σ({0}) = 1 + 1/2 + 1/4; σ({1}) = 1.5; σ({0, 2}) = 2 + 1/2.
        CsrGraph path = TestGraphs.Path(3, directed: true);
        var ic = new ExactSpreadOracle(path, Models.IC(0.5));
        Assert.Equal(1.75, ic.Spread([0]));
        Assert.Equal(1.5, ic.Spread([1]));
        Assert.Equal(2.5, ic.Spread([0, 2]));
        // LT with 1/in-degree: every node of the path has in-degree 1, so node 0 reaches everyone.
        var lt = new ExactSpreadOracle(path, LinearThresholdModel.Default);
        Assert.Equal(3.0, lt.Spread([0]));
        // Undirected triangle, p = 1/2 on each of the 6 arcs: σ({0}) = 1 + 2·Pr[a given other node is reached].
        // Node 1 is reached directly (1/2) or via 2 when 0→1 fails: (1/2)(1/2)(1/2) = 1/8; total 5/8. σ = 1 + 2·5/8 = 2.25.
        var triangle = new ExactSpreadOracle(TestGraphs.Complete(3), Models.IC(0.5));
        Assert.Equal(2.25, triangle.Spread([0]));
    }

    [Fact]
    public void Exact_oracle_refuses_graphs_with_too_many_worlds()
    {
        var e = Assert.Throws<ArgumentException>(() => new ExactSpreadOracle(TestGraphs.Karate(), Models.IC(0.5)));
        Assert.Contains("MonteCarloSpreadOracle", e.Message);
    }

    private static CsrGraph RandomSmallDigraph(ref Xoshiro256StarStar rng, int maxArcs)
    {
        int n = 3 + rng.NextInt(7);
        int m = 1 + rng.NextInt(maxArcs);
        var edges = new List<(int, int)>();
        for (int e = 0; e < m; e++)
        {
            int u = rng.NextInt(n);
            int v = rng.NextInt(n);
            if (u != v)
            {
                edges.Add((u, v));
            }
        }
        return TestGraphs.FromEdges(n, edges, directed: true);
    }

    [Property(MaxTest = 40)]
    public Property With_an_exact_oracle_greedy_CELF_and_CELF_plus_plus_pick_identical_sets(PositiveInt seed)
    {
        var rng = new Xoshiro256StarStar((ulong)seed.Get);
        CsrGraph g = RandomSmallDigraph(ref rng, 14);
        // p = 1/2 makes every world probability dyadic, so spreads and gains are exact in floating point.
        var oracle = new ExactSpreadOracle(g, Models.IC(0.5));
        var options = new GreedySeedingOptions { SeedCount = 1 + rng.NextInt(4) };
        GreedySeedingResult greedy = GreedySeeding.Greedy(g, oracle, options);
        GreedySeedingResult celf = GreedySeeding.Celf(g, oracle, options);
        GreedySeedingResult celfpp = GreedySeeding.CelfPlusPlus(g, oracle, options);
        return (greedy.SeedNodes.SequenceEqual(celf.SeedNodes) && greedy.SeedNodes.SequenceEqual(celfpp.SeedNodes)
            && greedy.Spread == celf.Spread && greedy.Spread == celfpp.Spread
            && greedy.MarginalGains.SequenceEqual(celf.MarginalGains)).ToProperty();
    }

    [Fact]
    public void On_a_Monte_Carlo_oracle_greedy_and_both_CELFs_agree_and_CELF_calls_the_oracle_less()
    {
        CsrGraph g = TestGraphs.Karate();
        var oracle = new MonteCarloSpreadOracle(g, Models.IC(0.1), runs: 256, randomSeed: 9);
        var options = new GreedySeedingOptions { SeedCount = 5 };
        GreedySeedingResult greedy = GreedySeeding.Greedy(g, oracle, options);
        GreedySeedingResult celf = GreedySeeding.Celf(g, oracle, options);
        GreedySeedingResult celfpp = GreedySeeding.CelfPlusPlus(g, oracle, options);
        Assert.Equal(greedy.SeedNodes.ToArray(), celf.SeedNodes.ToArray());
        Assert.Equal(greedy.SeedNodes.ToArray(), celfpp.SeedNodes.ToArray());
        Assert.Equal(greedy.Spread, celf.Spread);
        Assert.True(celf.OracleCalls < greedy.OracleCalls / 2, $"CELF {celf.OracleCalls} vs greedy {greedy.OracleCalls}");
        // Greedy's first choice is the single node of largest spread.
        double best = Enumerable.Range(0, 34).Max(v => oracle.Spread([v]));
        Assert.Equal(best, greedy.MarginalGains[0] + oracle.Spread([]));
    }

    [Fact]
    public void Monte_Carlo_oracle_is_the_same_on_1_and_2_threads()
    {
        CsrGraph g = TestGraphs.Karate();
        var one = new MonteCarloSpreadOracle(g, Models.WeightedCascade, runs: 500, randomSeed: 4, maxDegreeOfParallelism: 1);
        var two = new MonteCarloSpreadOracle(g, Models.WeightedCascade, runs: 500, randomSeed: 4, maxDegreeOfParallelism: 2);
        Assert.Equal(one.ReachPerWorld([0, 33]), two.ReachPerWorld([0, 33]));
    }

    [Fact]
    public void Monte_Carlo_oracle_agrees_with_the_exact_oracle_within_standard_errors()
    {
        CsrGraph g = TestGraphs.TwoTriangles(joined: true); // 7 edges = 14 arcs: 2^14 worlds
        foreach (DiffusionModel model in new DiffusionModel[] { Models.IC(0.4), Models.WeightedCascade, LinearThresholdModel.Default })
        {
            var exact = new ExactSpreadOracle(g, model);
            var mc = new MonteCarloSpreadOracle(g, model, runs: 20_000, randomSeed: 17);
            int[] reach = mc.ReachPerWorld([2]);
            double mean = reach.Average();
            double sd = Math.Sqrt(reach.Select(x => (x - mean) * (x - mean)).Sum() / (reach.Length - 1));
            Assert.InRange(mean, exact.Spread([2]) - 4 * sd / Math.Sqrt(reach.Length), exact.Spread([2]) + 4 * sd / Math.Sqrt(reach.Length));
        }
    }

    [Fact]
    public void IMM_estimate_agrees_with_the_exact_spread_and_is_near_greedy()
    {
        CsrGraph g = TestGraphs.TwoTriangles(joined: true);
        foreach (DiffusionModel model in new DiffusionModel[] { Models.IC(0.5), Models.WeightedCascade, LinearThresholdModel.Default })
        {
            var exact = new ExactSpreadOracle(g, model);
            ImmResult imm = InfluenceMaximization.Imm(g, new ImmOptions { SeedCount = 2, Epsilon = 0.2, Model = model, RandomSeed = 8 });
            double truth = exact.Spread(imm.SeedNodes.AsSpan());
            double f = truth / g.NodeCount;
            double se = g.NodeCount * Math.Sqrt(f * (1 - f) / imm.RRSetCount);
            Assert.InRange(imm.EstimatedSpread, truth - 5 * se - 1e-9, truth + 5 * se + 1e-9);
            GreedySeedingResult greedy = GreedySeeding.Celf(g, exact, new GreedySeedingOptions { SeedCount = 2 });
            Assert.True(truth >= imm.ApproximationRatio * greedy.Spread, $"{model}: IMM {truth} vs greedy {greedy.Spread}");
        }
    }

    [Property(MaxTest = 25)]
    public Property Greedy_and_CELF_respect_the_constraints(PositiveInt seed)
    {
        var rng = new Xoshiro256StarStar((ulong)seed.Get);
        CsrGraph g = TestGraphs.Karate();
        SeedingConstraints c = ImmTests.RandomConstraints(ref rng, g.NodeCount);
        int k = 1 + rng.NextInt(8);
        var oracle = new MonteCarloSpreadOracle(g, Models.IC(0.1), runs: 32, randomSeed: seed.Get, maxDegreeOfParallelism: 1);
        var options = new GreedySeedingOptions { SeedCount = k, Constraints = c };
        GreedySeedingResult celf = GreedySeeding.Celf(g, oracle, options);
        GreedySeedingResult celfpp = GreedySeeding.CelfPlusPlus(g, oracle, options);
        int expected = ImmTests.MaxFeasible(c, g.NodeCount, k);
        return (c.IsFeasible(celf.SeedNodes.AsSpan(), k) && celf.SeedNodes.Length == expected
            && c.IsFeasible(celfpp.SeedNodes.AsSpan(), k) && celfpp.SeedNodes.Length == expected).ToProperty();
    }
}
