using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Diffusion;

public class RelationshipCascadeModelTests
{
    // 0 <-> 1 (mutual), 0 -> 2 (one-way: 2 does not listen back), 2 -> 3 (one-way).
    private static CsrGraph Directed() => TestGraphs.FromEdges(4, [(0, 1), (1, 0), (0, 2), (2, 3)], directed: true);

    [Fact]
    public void Arcs_are_mutual_exactly_when_the_reverse_arc_exists()
    {
        CsrGraph g = Directed();
        var classes = RelationshipCascadeModel.ClassifyArcs(g);
        // Rows in target order: 0 -> {1, 2}, 1 -> {0}, 2 -> {3}.
        Assert.Equal([TieClass.Mutual, TieClass.OneWay, TieClass.Mutual, TieClass.OneWay], classes.ToArray());
        Assert.All(RelationshipCascadeModel.ClassifyArcs(TestGraphs.Path(4)), c => Assert.Equal(TieClass.Mutual, c));
    }

    [Fact]
    public void Exact_spread_uses_the_class_probabilities()
    {
        // From 0: P(1) = 0.5 (mutual), P(2) = 0.2 (one-way), P(3) = 0.2 * 0.2 = 0.04; E = 1 + 0.5 + 0.2 + 0.04 = 1.74.
        var model = new RelationshipCascadeModel { MutualProbability = 0.5, OneWayProbability = 0.2 };
        ExactSpreadResult r = DiffusionSimulator.ExactExpectedSpread(Directed(), [0], model);
        Assert.Equal(0.5, r.ActivationProbabilities[1], 12);
        Assert.Equal(0.2, r.ActivationProbabilities[2], 12);
        Assert.Equal(0.04, r.ActivationProbabilities[3], 12);
        Assert.Equal(1.74, r.ExpectedAdopters, 12);
    }

    [Fact]
    public void Equal_class_probabilities_are_uniform_independent_cascade()
    {
        CsrGraph g = Directed();
        var rel = new RelationshipCascadeModel { MutualProbability = 0.3, OneWayProbability = 0.3 };
        var ic = new IndependentCascadeModel { Probability = 0.3 };
        Assert.Equal(DiffusionSimulator.ExactExpectedSpread(g, [0], ic).ExpectedAdopters,
            DiffusionSimulator.ExactExpectedSpread(g, [0], rel).ExpectedAdopters, 12);
        var mcRel = DiffusionSimulator.MonteCarlo(g, [0], new MonteCarloOptions { Model = rel, Sampling = new SamplingOptions { Runs = 500, RandomSeed = 3, MaxDegreeOfParallelism = 1 } });
        var mcIc = DiffusionSimulator.MonteCarlo(g, [0], new MonteCarloOptions { Model = ic, Sampling = new SamplingOptions { Runs = 500, RandomSeed = 3, MaxDegreeOfParallelism = 1 } });
        Assert.Equal(mcIc.MeanAdopters, mcRel.MeanAdopters);
    }

    [Fact]
    public void Tie_strength_counts_as_repeated_exposures_and_sharer_factors_multiply()
    {
        // 0 -> 1 with weight 2, one-way p = 0.2: 1 - 0.8^2 = 0.36; sharer factor 0.5 on node 0 halves it to 0.18.
        CsrGraph g = TestGraphs.FromWeightedEdges(2, [(0, 1, 2.0)], directed: true);
        var scaled = new RelationshipCascadeModel { MutualProbability = 0.9, OneWayProbability = 0.2, ScaleByTieStrength = true };
        Assert.Equal(0.36, DiffusionSimulator.ExactExpectedSpread(g, [0], scaled).ActivationProbabilities[1], 12);
        var halved = scaled with { SharerFactors = [0.5, 1.0] };
        Assert.Equal(0.18, DiffusionSimulator.ExactExpectedSpread(g, [0], halved).ActivationProbabilities[1], 12);
    }

    [Fact]
    public void Bad_parameters_name_the_property_and_the_allowed_range()
    {
        CsrGraph g = Directed();
        var ex = Assert.ThrowsAny<ArgumentException>(() => DiffusionSimulator.ExactExpectedSpread(g, [0], new RelationshipCascadeModel { OneWayProbability = 1.5 }));
        Assert.Contains("model.OneWayProbability", ex.Message, StringComparison.Ordinal);
        ex = Assert.ThrowsAny<ArgumentException>(() => DiffusionSimulator.ExactExpectedSpread(g, [0], new RelationshipCascadeModel { SharerFactors = [1.0] }));
        Assert.Contains("exactly one per node (4)", ex.Message, StringComparison.Ordinal);
    }
}
