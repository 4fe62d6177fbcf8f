using FsCheck.Xunit;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Randomness;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Diffusion;

public class ExactSpreadTests
{
    [Property(MaxTest = 25)]
    public void Monte_Carlo_agrees_with_live_edge_enumeration_on_random_tiny_graphs(int caseSeed)
    {
        var rng = new Xoshiro256StarStar((ulong)caseSeed);
        bool directed = rng.NextInt(2) == 1;
        int n = 3 + rng.NextInt(5);
        CsrGraph g = DiffusionFixtures.RandomGraph(caseSeed, n, 2 + rng.NextInt(9), directed, weighted: rng.NextInt(2) == 1);
        int[] sharers = rng.NextInt(3) == 0 ? [0, n - 1] : [rng.NextInt(n)];
        DiffusionModel model = rng.NextInt(3) switch
        {
            0 => new IndependentCascadeModel { Probability = 0.1 + (0.8 * rng.NextDouble()) },
            1 => new IndependentCascadeModel { ProbabilitySource = EdgeProbabilitySource.TieStrength, TieStrengthScale = 0.5 + rng.NextDouble() },
            _ => LinearThresholdModel.Default,
        };
        ExactSpreadResult exact = DiffusionSimulator.ExactExpectedSpread(g, sharers, model);
        MonteCarloResult mc = DiffusionSimulator.MonteCarlo(g, sharers, new MonteCarloOptions { Model = model, Sampling = new SamplingOptions { Runs = 4000, RandomSeed = 17, MaxDegreeOfParallelism = 1 } });
        // Mean within 4.5 standard errors (plus rounding slack when the spread is certain and SE = 0).
        Assert.InRange(exact.ExpectedAdopters, mc.MeanAdopters - (4.5 * mc.StandardError) - 1e-9, mc.MeanAdopters + (4.5 * mc.StandardError) + 1e-9);
        for (int v = 0; v < n; v++)
        {
            double q = exact.ActivationProbabilities[v];
            double se = Math.Sqrt(Math.Max(0, q * (1 - q)) / mc.Runs);
            Assert.InRange(mc.ActivationProbabilities[v], q - (4.5 * se) - 1e-9, q + (4.5 * se) + 1e-9);
        }
    }

    [Property(MaxTest = 25)]
    public void One_coin_per_undirected_edge_equals_one_coin_per_arc(int caseSeed)
    {
        // An undirected edge is tried at most once (from whichever end adopts first), so bond percolation on edges and
        // independent coins on both arcs give the same distribution (the justification for enumerating edges).
        var rng = new Xoshiro256StarStar((ulong)caseSeed);
        int n = 3 + rng.NextInt(4);
        CsrGraph undirected = DiffusionFixtures.RandomGraph(caseSeed, n, 2 + rng.NextInt(6), directed: false);
        var both = new GraphBuilder(directed: true);
        both.EnsureNodeCount(n);
        for (int u = 0; u < n; u++)
        {
            foreach (int v in undirected.Neighbors(u))
            {
                both.AddEdge(u, v);
            }
        }
        CsrGraph directed = both.Build();
        var model = new IndependentCascadeModel { Probability = 0.2 + (0.6 * rng.NextDouble()) };
        int[] sharers = [rng.NextInt(n)];
        var a = DiffusionSimulator.ExactExpectedSpread(undirected, sharers, model);
        var b = DiffusionSimulator.ExactExpectedSpread(directed, sharers, model);
        for (int v = 0; v < n; v++)
        {
            Assert.Equal(b.ActivationProbabilities[v], a.ActivationProbabilities[v], 12);
        }
        Assert.True(a.Configurations <= b.Configurations);
    }

    [Fact]
    public void Triangle_exact_values_by_hand()
    {
        // Triangle from node 0, p = 1/2: node 1 is reached directly (1/2) or via 2 (1/2 · 1/2 · 1/2) = 5/8.
        var r = DiffusionSimulator.ExactExpectedSpread(TestGraphs.Complete(3), [0], new IndependentCascadeModel { Probability = 0.5 });
        Assert.Equal(0.625, r.ActivationProbabilities[1], 15);
        Assert.Equal(2.25, r.ExpectedAdopters, 15);
        Assert.Equal(8, r.Configurations);
        // The threshold model is deterministic: exact = one run.
        Assert.Equal(1.0, DiffusionSimulator.ExactExpectedSpread(TestGraphs.Path(4), [0], ThresholdModel.Default).ExpectedAdopters);
    }

    [Fact]
    public void Too_many_uncertain_edges_and_epidemics_are_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => DiffusionSimulator.ExactExpectedSpread(TestGraphs.Karate(), [0], Models.IC(0.1)));
        Assert.Contains("2^78", ex.Message);
        // Certain arcs (p = 1) do not count against the limit.
        Assert.Equal(34, DiffusionSimulator.ExactExpectedSpread(TestGraphs.Karate(), [0], new IndependentCascadeModel { Probability = 1 }).ExpectedAdopters);
        Assert.Throws<ArgumentException>(() => DiffusionSimulator.ExactExpectedSpread(TestGraphs.Path(3), [0], SirModel.Default));
    }
}
