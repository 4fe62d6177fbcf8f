using System.Collections.Immutable;
using FsCheck.Xunit;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Diffusion;

public class IndependentCascadeTests
{
    [Property(MaxTest = 60)]
    public void Probability_one_activates_exactly_the_reachable_set_at_BFS_distances(int graphSeed, bool directed)
    {
        CsrGraph g = DiffusionFixtures.RandomGraph(graphSeed, 30, 40, directed);
        int[] sharers = [Math.Abs(graphSeed % 30), Math.Abs((graphSeed / 30) % 30)];
        Cascade c = DiffusionSimulator.Simulate(g, sharers, new IndependentCascadeModel { Probability = 1.0 }, randomSeed: graphSeed);
        Assert.Equal(DiffusionFixtures.Reachable(g, sharers), c.Adopters.Order().ToArray());
        int[] dist = DiffusionFixtures.Distances(g, sharers);
        for (int i = 0; i < c.Size; i++)
        {
            Assert.Equal(dist[c.Adopters[i]], c.Steps[i]);
            if (c.Parents[i] >= 0)
            {
                Assert.True(g.ContainsEdge(c.Parents[i], c.Adopters[i]));
            }
        }
        // Re-validating through the public constructor proves the simulator's invariants.
        _ = new Cascade(c.NodeCount, c.Adopters, c.Steps, c.Parents, c.ActiveNeighborsAtAdoption, c.Times);
    }

    [Property(MaxTest = 40)]
    public void Probability_zero_activates_only_the_sharers(int graphSeed)
    {
        CsrGraph g = DiffusionFixtures.RandomGraph(graphSeed, 25, 60, directed: false);
        int[] sharers = [3, 7, 3];
        Cascade c = DiffusionSimulator.Simulate(g, sharers, new IndependentCascadeModel { Probability = 0.0 }, randomSeed: graphSeed);
        Assert.Equal([3, 7], c.Adopters.ToArray());
        Assert.Equal(2, c.InitialSharerCount);
        Assert.Equal(0, c.LastStep);
    }

    [Fact]
    public void Path_mean_equals_sum_of_p_to_the_distance_within_Monte_Carlo_error()
    {
        // On a path from an end node, node d adopts iff the d arcs before it all transmit: E[size] = Σ_{d=0}^{n-1} p^d.
        const double p = 0.6;
        CsrGraph g = TestGraphs.Path(12);
        double expected = Enumerable.Range(0, 12).Sum(d => Math.Pow(p, d));
        var r = DiffusionSimulator.MonteCarlo(g, [0], new MonteCarloOptions
        {
            Model = new IndependentCascadeModel { Probability = p },
            Sampling = new SamplingOptions { Runs = 20_000, RandomSeed = 20260101, MaxDegreeOfParallelism = 2 },
        });
        Assert.InRange(expected, r.MeanAdopters - (4 * r.StandardError), r.MeanAdopters + (4 * r.StandardError));
        Assert.True(r.StandardError > 0.005 && r.StandardError < 0.05, $"SE {r.StandardError}");
        for (int d = 0; d < 12; d++)
        {
            double q = Math.Pow(p, d);
            double se = Math.Sqrt(q * (1 - q) / r.Runs);
            Assert.InRange(r.ActivationProbabilities[d], q - (4.5 * se) - 1e-12, q + (4.5 * se) + 1e-12);
        }
        Assert.Equal(expected, DiffusionSimulator.ExactExpectedSpread(g, [0], new IndependentCascadeModel { Probability = p }).ExpectedAdopters, 12);
    }

    [Fact]
    public void Directed_cascade_follows_arc_direction()
    {
        CsrGraph g = TestGraphs.Path(5, directed: true);
        Assert.Equal([2, 3, 4], DiffusionSimulator.Simulate(g, [2], new IndependentCascadeModel { Probability = 1 }, 1).Adopters.ToArray());
    }

    [Fact]
    public void Same_random_seed_same_cascade_and_run_i_replays_Monte_Carlo_run_i()
    {
        CsrGraph g = TestGraphs.Karate();
        var model = new IndependentCascadeModel { Probability = 0.3 };
        Cascade a = DiffusionSimulator.Simulate(g, [0], model, randomSeed: 42, run: 7);
        Cascade b = DiffusionSimulator.Simulate(g, [0], model, randomSeed: 42, run: 7);
        Assert.Equal(a, b);
        var mc = DiffusionSimulator.MonteCarlo(g, [0], new MonteCarloOptions { Model = model, KeepCascades = true, Sampling = new SamplingOptions { Runs = 10, RandomSeed = 42, MaxDegreeOfParallelism = 2 } });
        Assert.Equal(a, mc.Cascades[7]);
        Assert.Equal(a.Size, mc.RunSizes[7]);
        // Different runs differ somewhere (p = 0.3 on karate gives varied cascades).
        Assert.True(mc.Cascades.Distinct().Count() > 3);
    }

    [Fact]
    public void Weighted_cascade_gives_one_over_in_degree()
    {
        // Star centre 0 with 4 leaves, plus leaf 1 also tied to leaf 2: p(0→1) = 1/2, p(0→3) = 1, p(1→0) = 1/4.
        CsrGraph g = TestGraphs.FromEdges(5, [(0, 1), (0, 2), (0, 3), (0, 4), (1, 2)]);
        double[] p = DiffusionArcProbabilities.ForModel(g, new IndependentCascadeModel { ProbabilitySource = EdgeProbabilitySource.WeightedCascade });
        Assert.Equal(0.5, p[Arc(g, 0, 1)]);
        Assert.Equal(1.0, p[Arc(g, 0, 3)]);
        Assert.Equal(0.25, p[Arc(g, 1, 0)]);
        Assert.Equal(0.5, p[Arc(g, 1, 2)]);
    }

    [Fact]
    public void Tie_strength_maps_through_one_minus_exp()
    {
        CsrGraph g = TestGraphs.FromWeightedEdges(3, [(0, 1, 2.0), (1, 2, 0.0)]);
        double[] p = DiffusionArcProbabilities.ForModel(g, new IndependentCascadeModel { ProbabilitySource = EdgeProbabilitySource.TieStrength, TieStrengthScale = 0.5 });
        Assert.Equal(1 - Math.Exp(-1.0), p[Arc(g, 0, 1)], 15);
        Assert.Equal(0.0, p[Arc(g, 1, 2)]);
        // A zero-strength tie never transmits; a weight-as-probability of 1 always does.
        CsrGraph h = TestGraphs.FromWeightedEdges(3, [(0, 1, 1.0), (1, 2, 0.0)]);
        Cascade c = DiffusionSimulator.Simulate(h, [0], new IndependentCascadeModel { ProbabilitySource = EdgeProbabilitySource.Weight }, 5);
        Assert.Equal([0, 1], c.Adopters.ToArray());
    }

    [Fact]
    public void Per_arc_probabilities_are_used_in_CSR_order()
    {
        CsrGraph g = TestGraphs.Path(3, directed: true);
        var model = new IndependentCascadeModel { ProbabilitySource = EdgeProbabilitySource.PerArc, ArcProbabilities = [1.0, 0.0] };
        Assert.Equal([0, 1], DiffusionSimulator.Simulate(g, [0], model, 3).Adopters.ToArray());
    }

    [Fact]
    public void Invalid_models_are_rejected_with_the_option_named()
    {
        CsrGraph g = TestGraphs.Path(3);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DiffusionSimulator.Simulate(g, [0], new IndependentCascadeModel { Probability = 1.5 }, 1));
        Assert.Contains("model.Probability = 1.5 is out of range; allowed: [0, 1]", ex.Message);
        var weights = TestGraphs.FromWeightedEdges(2, [(0, 1, 3.0)]);
        var ex2 = Assert.Throws<ArgumentException>(() => DiffusionSimulator.Simulate(weights, [0], new IndependentCascadeModel { ProbabilitySource = EdgeProbabilitySource.Weight }, 1));
        Assert.Contains("arc 0->1 has weight 3", ex2.Message);
        var ex3 = Assert.Throws<ArgumentException>(() => DiffusionSimulator.Simulate(g, [0], new IndependentCascadeModel { ProbabilitySource = EdgeProbabilitySource.PerArc, ArcProbabilities = [0.5] }, 1));
        Assert.Contains("ArcProbabilities has 1 entries", ex3.Message);
        var ex4 = Assert.Throws<ArgumentOutOfRangeException>(() => DiffusionSimulator.Simulate(g, [0, 9], Models.IC(0.1), 1));
        Assert.Contains("initialSharers[1] = 9 is not a node", ex4.Message);
        Assert.Throws<ArgumentException>(() => DiffusionSimulator.Simulate(g, [], Models.IC(0.1), 1));
    }

    [Fact]
    public void Community_cascade_with_zero_permeability_stays_in_the_sharers_community()
    {
        CsrGraph g = TestGraphs.TwoTriangles(joined: true);
        Partition triangles = Partition.FromMembership([0, 0, 0, 1, 1, 1]);
        var closed = new CommunityCascadeModel { Partition = triangles, Permeability = 0, Probability = 1 };
        Assert.Equal([0, 1, 2], DiffusionSimulator.Simulate(g, [0], closed, 9).Adopters.Order().ToArray());
        var open = closed with { Permeability = 1 };
        Assert.Equal(6, DiffusionSimulator.Simulate(g, [0], open, 9).Size);
        // η = 1 is the plain Independent Cascade, draw for draw.
        CsrGraph karate = TestGraphs.Karate();
        var icp = new CommunityCascadeModel { Partition = Partition.FromMembership(TestGraphs.KarateFactions()), Permeability = 1, Probability = 0.2 };
        Assert.Equal(DiffusionSimulator.Simulate(karate, [0], new IndependentCascadeModel { Probability = 0.2 }, 77, 3),
            DiffusionSimulator.Simulate(karate, [0], icp, 77, 3));
        // The crossing arc 2→3 gets p·η.
        double[] p = DiffusionArcProbabilities.ForModel(g, closed with { Permeability = 0.25, Probability = 0.8 });
        Assert.Equal(0.2, p[Arc(g, 2, 3)], 15);
        Assert.Equal(0.8, p[Arc(g, 0, 1)]);
        Assert.Throws<ArgumentException>(() => DiffusionSimulator.Simulate(g, [0], CommunityCascadeModel.Default, 1));
    }

    [Fact]
    public void Kernel_runs_of_every_model_allocate_nothing_after_warm_up()
    {
        CsrGraph g = TestGraphs.Karate();
        var partition = Partition.FromMembership(TestGraphs.KarateFactions());
        PreparedDiffusion[] models =
        [
            PreparedDiffusion.Create(g, new IndependentCascadeModel { Probability = 0.2 }),
            PreparedDiffusion.Create(g, new IndependentCascadeModel { ProbabilitySource = EdgeProbabilitySource.WeightedCascade }),
            PreparedDiffusion.Create(g, new CommunityCascadeModel { Partition = partition, Probability = 0.3, Permeability = 0.2 }),
            PreparedDiffusion.Create(g, LinearThresholdModel.Default),
            PreparedDiffusion.Create(g, new ThresholdModel { Kind = ThresholdKind.Fractional, Fraction = 0.3 }),
            PreparedDiffusion.Create(g, new SirModel { InfectionProbability = 0.2, RecoveryProbability = 0.3 }),
            PreparedDiffusion.Create(g, new SisModel { InfectionProbability = 0.2, RecoveryProbability = 0.3, MaxSteps = 20 }),
        ];
        var ws = new DiffusionWorkspace(g.NodeCount);
        int[] sharers = [0, 33];
        var rng = NetworkVsCommunity.Randomness.Xoshiro256StarStar.ForStream(1, 0);
        foreach (PreparedDiffusion m in models)
        {
            m.Run(sharers, ref rng, ws, default); // first use creates the model's lazily allocated workspace arrays
        }
        // Tiered compilation may promote a kernel mid-loop, and that promotion can allocate a few bytes on this thread once;
        // a kernel that allocates per run allocates in every block. So: up to three blocks of 500 runs, one must allocate 0.
        var allocated = new List<long>();
        long total = 0;
        for (int block = 0; block < 3; block++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            total = 0;
            for (int i = 0; i < 500; i++)
            {
                foreach (PreparedDiffusion m in models)
                {
                    total += m.Run(sharers, ref rng, ws, default);
                }
            }
            allocated.Add(GC.GetAllocatedBytesForCurrentThread() - before);
            if (allocated[^1] == 0)
            {
                break;
            }
        }
        Assert.True(allocated[^1] == 0, "bytes allocated per block of 500 runs: " + string.Join(", ", allocated));
        Assert.True(total >= 7000);
    }

    internal static int Arc(CsrGraph g, int u, int v)
    {
        int index = g.Neighbors(u).IndexOf(v);
        Assert.True(index >= 0);
        return g.Offsets[u] + index;
    }
}
