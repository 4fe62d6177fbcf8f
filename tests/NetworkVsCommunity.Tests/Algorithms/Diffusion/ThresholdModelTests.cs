using FsCheck.Xunit;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Randomness;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Diffusion;

public class ThresholdModelTests
{
    private static readonly ThresholdModel Theta2 = new() { Threshold = 2 };

    [Property(MaxTest = 50)]
    public void Theta_two_on_a_tree_from_one_sharer_spreads_nowhere(int treeSeed)
    {
        // METRICS.md 2.1: on any tree with θ = 2 and a single seed, nothing spreads (no node has two adopting neighbours).
        var rng = new Xoshiro256StarStar((ulong)treeSeed);
        int n = 2 + rng.NextInt(40);
        var edges = Enumerable.Range(1, n - 1).Select(v => (rng.NextInt(v), v)).ToList();
        CsrGraph tree = TestGraphs.FromEdges(n, edges);
        int sharer = rng.NextInt(n);
        Cascade c = DiffusionSimulator.Simulate(tree, [sharer], Theta2, randomSeed: 0);
        Assert.Equal([sharer], c.Adopters.ToArray());
    }

    [Fact]
    public void Ring_lattice_theta_two_from_two_adjacent_sharers_reaches_everyone()
    {
        // Centola & Macy (2007, AJS 113(3):702): clustered lattices carry complex contagions through wide bridges.
        CsrGraph lattice = TestGraphs.RingLattice(60, 4);
        Cascade c = DiffusionSimulator.Simulate(lattice, [0, 1], Theta2, randomSeed: 0);
        Assert.Equal(60, c.Size);
        for (int i = c.InitialSharerCount; i < c.Size; i++)
        {
            Assert.True(c.ActiveNeighborsAtAdoption[i] >= 2);
        }
        // Two fronts advance one node per step each: the last node adopts at step 29.
        Assert.Equal(29, c.LastStep);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Fully_rewired_lattice_stalls_the_same_complex_contagion(int rewiringSeed)
    {
        // Centola & Macy (2007): randomising the ties (Watts–Strogatz β = 1) removes the wide bridges, so θ = 2 stalls.
        CsrGraph random = DiffusionFixtures.FullyRewiredRingLattice(200, 4, rewiringSeed);
        int sharer = 0;
        int neighbour = random.Neighbors(sharer)[0];
        Cascade c = DiffusionSimulator.Simulate(random, [sharer, neighbour], Theta2, randomSeed: 0);
        Assert.True(c.Size < 0.1 * 200, $"activated {c.Size} of 200");
        // The same pair spreads everywhere as a simple contagion (p = 1) when the rewired graph is connected enough.
        Cascade simple = DiffusionSimulator.Simulate(random, [sharer, neighbour], new IndependentCascadeModel { Probability = 1 }, randomSeed: 0);
        Assert.True(simple.Size > 0.9 * 200, $"simple contagion reached {simple.Size}");
    }

    [Fact]
    public void Triangle_seeded_at_two_nodes_records_two_adopting_neighbours()
    {
        // METRICS.md RES-1: in a triangle seeded at two nodes, the third has 2 distinct adopting neighbours.
        Cascade c = DiffusionSimulator.Simulate(TestGraphs.Complete(3), [0, 1], Theta2, 0);
        Assert.Equal([0, 1, 2], c.Adopters.ToArray());
        Assert.Equal([0, 0, 2], c.ActiveNeighborsAtAdoption.ToArray());
        Assert.Equal(1, c.Parents[2]); // the second adopting neighbour in adoption order completed the threshold
    }

    [Fact]
    public void Bridge_width_decides_whether_a_complex_contagion_crosses()
    {
        // METRICS.md 2.2: two K5 joined by w = 3 edges from distinct endpoints have effective width 1 for θ = 2;
        // if the 3 edges all meet node 5, it has 3 adopting neighbours and adopts, but the rest of B stays out.
        int[] cliqueA = [0, 1, 2, 3, 4];
        Cascade distinct = DiffusionSimulator.Simulate(TestGraphs.TwoK5WithBridge(3, meetOneNode: false), cliqueA, Theta2, 0);
        Assert.Equal(5, distinct.Size);
        Cascade oneNode = DiffusionSimulator.Simulate(TestGraphs.TwoK5WithBridge(3, meetOneNode: true), cliqueA, Theta2, 0);
        Assert.Equal([0, 1, 2, 3, 4, 5], oneNode.Adopters.ToArray());
        Assert.Equal(3, oneNode.ActiveNeighborsAtAdoption[5]);
    }

    [Fact]
    public void Fractional_threshold_uses_the_share_of_in_neighbours()
    {
        // Star centre adopting: each leaf has 1 of 1 neighbours adopting, φ = 0.5 → adopt.
        Assert.Equal(6, DiffusionSimulator.Simulate(TestGraphs.Star(5), [0], new ThresholdModel { Kind = ThresholdKind.Fractional, Fraction = 0.5 }, 0).Size);
        // From a leaf: the centre has 1 of 5 adopting (0.2 < 0.5), so nothing spreads; φ = 0.2 suffices.
        Assert.Equal(1, DiffusionSimulator.Simulate(TestGraphs.Star(5), [1], new ThresholdModel { Kind = ThresholdKind.Fractional, Fraction = 0.5 }, 0).Size);
        Assert.Equal(6, DiffusionSimulator.Simulate(TestGraphs.Star(5), [1], new ThresholdModel { Kind = ThresholdKind.Fractional, Fraction = 0.2 }, 0).Size);
        // φ = 0.3 on 10 neighbours needs exactly 3 (no floating-point overshoot to 4).
        CsrGraph star10 = TestGraphs.Star(10);
        Assert.Equal(4, DiffusionSimulator.Simulate(star10, [1, 2, 3], new ThresholdModel { Kind = ThresholdKind.Fractional, Fraction = 0.3 }, 0).Adopters.Count(v => v <= 3));
    }

    [Fact]
    public void Per_node_thresholds_apply_to_each_node()
    {
        CsrGraph g = TestGraphs.Complete(4);
        var model = new ThresholdModel { NodeThresholds = [1, 1, 3, 2] };
        Cascade c = DiffusionSimulator.Simulate(g, [0], model, 0);
        // Step 1: node 1 (needs 1). Step 2: node 3 (needs 2: 0 and 1). Step 3: node 2 (needs 3).
        Assert.Equal([0, 1, 3, 2], c.Adopters.ToArray());
        Assert.Equal([0, 1, 2, 3], c.Steps.ToArray());
        Assert.Equal([0, 1, 2, 3], c.ActiveNeighborsAtAdoption.ToArray());
        var fractions = new ThresholdModel { Kind = ThresholdKind.Fractional, NodeFractions = [1.0, 0.3, 1.0, 1.0] };
        Assert.Equal([0, 1], DiffusionSimulator.Simulate(g, [0], fractions, 0).Adopters.ToArray());
    }

    [Fact]
    public void Invalid_thresholds_are_rejected()
    {
        CsrGraph g = TestGraphs.Path(3);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DiffusionSimulator.Simulate(g, [0], new ThresholdModel { Threshold = 0 }, 0));
        Assert.Contains("model.Threshold = 0 is out of range; allowed: 1 or more", ex.Message);
        Assert.Throws<ArgumentException>(() => DiffusionSimulator.Simulate(g, [0], new ThresholdModel { NodeThresholds = [1, 2] }, 0));
        var ex2 = Assert.Throws<ArgumentOutOfRangeException>(() => DiffusionSimulator.Simulate(g, [0], new ThresholdModel { Kind = ThresholdKind.Fractional, Fraction = 0 }, 0));
        Assert.Contains("model.Fraction = 0", ex2.Message);
    }
}
