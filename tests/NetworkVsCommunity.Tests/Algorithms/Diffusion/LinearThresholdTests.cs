using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Diffusion;

public class LinearThresholdTests
{
    [Fact]
    public void Leaves_of_an_adopting_star_centre_always_adopt()
    {
        // Each leaf's only in-neighbour is the centre with b = 1 ≥ θ for any θ in [0, 1).
        for (int run = 0; run < 20; run++)
        {
            Assert.Equal(8, DiffusionSimulator.Simulate(TestGraphs.Star(7), [0], LinearThresholdModel.Default, 5, run).Size);
        }
    }

    [Fact]
    public void Path_exact_spread_matches_the_hand_computed_value_and_Monte_Carlo()
    {
        // Path 0..5 from node 0: interior nodes get b = 1/2 from each side, so node d (1 ≤ d ≤ 4) adopts with
        // probability (1/2)^d; the end node 5 has b = 1 from node 4, so it adopts with probability (1/2)^4.
        CsrGraph g = TestGraphs.Path(6);
        double expected = 1 + 0.5 + 0.25 + 0.125 + 0.0625 + 0.0625;
        var exact = DiffusionSimulator.ExactExpectedSpread(g, [0], LinearThresholdModel.Default);
        Assert.Equal(expected, exact.ExpectedAdopters, 12);
        var mc = DiffusionSimulator.MonteCarlo(g, [0], new MonteCarloOptions { Model = LinearThresholdModel.Default, Sampling = new SamplingOptions { Runs = 20_000, RandomSeed = 3, MaxDegreeOfParallelism = 2 } });
        Assert.InRange(expected, mc.MeanAdopters - (4 * mc.StandardError), mc.MeanAdopters + (4 * mc.StandardError));
    }

    [Fact]
    public void Raw_weights_must_sum_to_at_most_one_and_are_used_as_given()
    {
        CsrGraph g = TestGraphs.FromWeightedEdges(3, [(0, 2, 0.5), (1, 2, 0.75)], directed: true);
        var ex = Assert.Throws<ArgumentException>(() => DiffusionSimulator.Simulate(g, [0], new LinearThresholdModel { Weighting = LinearThresholdWeighting.Raw }, 1));
        Assert.Contains("node 2 has in-strength 1.25", ex.Message);
        CsrGraph h = TestGraphs.FromWeightedEdges(2, [(0, 1, 0.3)], directed: true);
        var exact = DiffusionSimulator.ExactExpectedSpread(h, [0], new LinearThresholdModel { Weighting = LinearThresholdWeighting.Raw });
        Assert.Equal(1.3, exact.ExpectedAdopters, 12);
        var normalized = DiffusionSimulator.ExactExpectedSpread(h, [0], LinearThresholdModel.Default);
        Assert.Equal(2.0, normalized.ExpectedAdopters, 12);
    }

    [Fact]
    public void Records_adopting_neighbours_and_parents_on_karate()
    {
        CsrGraph g = TestGraphs.Karate();
        Cascade c = DiffusionSimulator.Simulate(g, [0, 33], LinearThresholdModel.Default, 11);
        Assert.Equal(c.Size, c.ActiveNeighborsAtAdoption.Length);
        int[] step = Enumerable.Repeat(-1, g.NodeCount).ToArray();
        for (int i = 0; i < c.Size; i++)
        {
            step[c.Adopters[i]] = c.Steps[i];
        }
        for (int i = c.InitialSharerCount; i < c.Size; i++)
        {
            int v = c.Adopters[i];
            int earlier = 0;
            foreach (int u in g.Neighbors(v))
            {
                if (step[u] >= 0 && step[u] < c.Steps[i])
                {
                    earlier++;
                }
            }
            Assert.Equal(earlier, c.ActiveNeighborsAtAdoption[i]);
            Assert.True(g.ContainsEdge(c.Parents[i], v));
            Assert.Equal(c.Steps[i] - 1, step[c.Parents[i]]);
        }
    }
}
