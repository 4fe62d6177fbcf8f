using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Seeding;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Seeding;

public class SeedingComparisonTests
{
    private static SeedSetCandidate C(string name, params int[] nodes) => new(name, [.. nodes]);

    [Fact]
    public void Deterministic_cascades_give_exact_values_and_a_certain_paired_difference()
    {
        // Directed out-star, p = 1: the centre reaches all 6 nodes, a leaf only itself.
        CsrGraph star = TestGraphs.Star(5, directed: true);
        SeedingComparisonResult r = SeedingComparison.Compare(star, [C("centre", 0), C("leaf", 3)],
            new SeedingComparisonOptions { Model = Models.IC(1.0), Runs = 10, RandomSeed = 1 });
        Assert.Equal(6.0, r.Strategies[0].Spread.Mean);
        Assert.Equal(0.0, r.Strategies[0].Spread.StandardError);
        Assert.Equal(1.0, r.Strategies[1].Spread.Mean);
        Assert.Equal(-5.0, r.Strategies[1].SpreadVersusBaseline.Mean);
        Assert.Equal(double.NegativeInfinity, r.Strategies[1].SpreadVersusBaseline.TStatistic);
        Assert.Equal(0.0, r.Strategies[1].SpreadVersusBaseline.PValue);
        Assert.Equal(0.0, r.Strategies[0].SpreadVersusBaseline.Mean);
        Assert.Equal(1.0, r.Strategies[0].SpreadVersusBaseline.PValue);
        // RSK-5: a star seeded at its centre only depends entirely on it.
        Assert.Equal(1.0, r.Strategies[0].FlagBearerDependence);
        Assert.Equal(6.0, r.Strategies[0].Credit[0]);
    }

    [Fact]
    public void Symmetric_disjoint_sharers_split_credit_equally_and_depend_on_the_flag_bearer_by_1_over_k()
    {
        // Two disjoint out-stars (0 → 1..3, 4 → 5..7), p = 1: METRICS.md RSK-5 gives 1/|S| = 1/2.
        var edges = new[] { (0, 1), (0, 2), (0, 3), (4, 5), (4, 6), (4, 7) };
        CsrGraph g = TestGraphs.FromEdges(8, edges, directed: true);
        SeedingComparisonResult r = SeedingComparison.Compare(g, [C("both", 0, 4)],
            new SeedingComparisonOptions { Model = Models.IC(1.0), Runs = 4, RandomSeed = 2 });
        Assert.Equal(8.0, r.Strategies[0].Spread.Mean);
        Assert.Equal(new[] { 4.0, 4.0 }, r.Strategies[0].Credit.ToArray());
        Assert.Equal(0.5, r.Strategies[0].FlagBearerDependence);
    }

    [Fact]
    public void A_triangle_seeded_at_two_nodes_has_one_reinforced_adopter_and_one_supporter()
    {
        // METRICS.md RES-1: in a triangle seeded at two nodes, the third counts as reinforced; with p = 1 it adopts at step 1.
        CsrGraph triangle = TestGraphs.Complete(3);
        SeedingComparisonResult r = SeedingComparison.Compare(triangle, [C("pair", 0, 1)],
            new SeedingComparisonOptions { Model = Models.IC(1.0), Runs = 3, RandomSeed = 3, Communities = Partition.FromMembership([0, 0, 0]) });
        Assert.Equal(1.0, r.Strategies[0].ReinforcedAdopters.Mean);
        Assert.Equal(1.0, r.Strategies[0].SupporterBase.Mean);
        // Along a path nobody is reinforced.
        SeedingComparisonResult path = SeedingComparison.Compare(TestGraphs.Path(5), [C("end", 0)],
            new SeedingComparisonOptions { Model = Models.IC(1.0), Runs = 3, RandomSeed = 3 });
        Assert.Equal(5.0, path.Strategies[0].Spread.Mean);
        Assert.Equal(0.0, path.Strategies[0].ReinforcedAdopters.Mean);
    }

    [Fact]
    public void Credit_is_efficient_and_results_do_not_depend_on_the_thread_count()
    {
        CsrGraph g = TestGraphs.Karate();
        SeedSetCandidate[] candidates = [C("hubs", 0, 33, 32), C("periphery", 11, 12, 16), C("mixed", 0, 16, 25)];
        foreach (DiffusionModel model in new DiffusionModel[] { Models.IC(0.2), LinearThresholdModel.Default })
        {
            var options = new SeedingComparisonOptions { Model = model, Runs = 600, RandomSeed = 21, Communities = Partition.FromMembership(TestGraphs.KarateFactions()) };
            SeedingComparisonResult one = SeedingComparison.Compare(g, candidates, options with { MaxDegreeOfParallelism = 1 });
            SeedingComparisonResult two = SeedingComparison.Compare(g, candidates, options with { MaxDegreeOfParallelism = 2 });
            for (int s = 0; s < candidates.Length; s++)
            {
                Assert.Equal(one.Strategies[s].Spread, two.Strategies[s].Spread);
                Assert.Equal(one.Strategies[s].ReinforcedAdopters, two.Strategies[s].ReinforcedAdopters);
                Assert.Equal(one.Strategies[s].Credit.ToArray(), two.Strategies[s].Credit.ToArray());
                Assert.Equal(one.Strategies[s].Spread.Mean, one.Strategies[s].Credit.Sum(), 9);
            }
        }
    }

    [Fact]
    public void Common_random_numbers_make_the_paired_error_smaller_than_the_unpaired_one()
    {
        CsrGraph g = TestGraphs.Karate();
        SeedingComparisonResult r = SeedingComparison.Compare(g, [C("hubs", 0, 33), C("hub and neighbour", 0, 1)],
            new SeedingComparisonOptions { Model = Models.IC(0.15), Runs = 2000, RandomSeed = 5 });
        StrategyOutcome a = r.Strategies[0];
        StrategyOutcome b = r.Strategies[1];
        double unpaired = Math.Sqrt(a.Spread.StandardError * a.Spread.StandardError + b.Spread.StandardError * b.Spread.StandardError);
        Assert.True(b.SpreadVersusBaseline.StandardError < 0.8 * unpaired, $"paired {b.SpreadVersusBaseline.StandardError} vs unpaired {unpaired}");
        // Two faction leaders reach more than a leader and his neighbour (overlapping audiences).
        Assert.True(b.SpreadVersusBaseline.Upper < 0 && b.SpreadVersusBaseline.PValue < 0.001);
    }

    [Fact]
    public void Invalid_candidates_are_rejected()
    {
        CsrGraph g = TestGraphs.Karate();
        Assert.Throws<ArgumentException>(() => SeedingComparison.Compare(g, []));
        Assert.Contains("twice", Assert.Throws<ArgumentException>(() => SeedingComparison.Compare(g, [C("dup", 1, 1)])).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => SeedingComparison.Compare(g, [C("bad", 99)]));
        Assert.Contains("options.Runs", Assert.Throws<ArgumentOutOfRangeException>(() => SeedingComparison.Compare(g, [C("a", 1)], new SeedingComparisonOptions { Runs = 1 })).Message);
    }
}
