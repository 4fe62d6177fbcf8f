using FsCheck;
using FsCheck.Xunit;
using NetworkVsCommunity.Algorithms.Communities;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Randomness;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Communities;

public sealed class PartitionQualityTests
{
    private static Partition P(params int[] labels) => Partition.FromMembership(labels);

    [Fact]
    public void Two_disjoint_triangles_split_into_their_triangles_have_Q_one_half()
    {
        // METRICS.md 2.16: 2·(3/6 − (6/12)²) = 1/2.
        Assert.Equal(0.5, PartitionQuality.Modularity(TestGraphs.TwoTriangles(joined: false), P(0, 0, 0, 1, 1, 1)), 12);
    }

    [Fact]
    public void Two_triangles_joined_by_an_edge_have_Q_five_fourteenths()
    {
        // m = 7, each triangle: L = 3, K = 7: Q = 2·(3/7 − (7/14)²) = 6/7 − 1/2 = 5/14.
        var g = TestGraphs.TwoTriangles(joined: true);
        Assert.Equal(5.0 / 14.0, PartitionQuality.Modularity(g, P(0, 0, 0, 1, 1, 1)), 12);
        // Resolution γ = 2: 6/7 − 2·(1/2) = −1/7.
        Assert.Equal(-1.0 / 7.0, PartitionQuality.Modularity(g, P(0, 0, 0, 1, 1, 1), 2.0), 12);
    }

    [Fact]
    public void Barbell_split_at_the_bridge_has_Q_eleven_twentysixths()
    {
        // m = 13, each K4: L = 6, K = 13: Q = 12/13 − 1/2 = 11/26.
        Assert.Equal(11.0 / 26.0, PartitionQuality.Modularity(TestGraphs.Barbell(), P(0, 0, 0, 0, 1, 1, 1, 1)), 12);
    }

    [Fact]
    public void Ring_of_cliques_split_into_cliques_has_the_closed_form_Q()
    {
        // q = 6 cliques of s = 5: L = 10 each, m = 6·11 = 66, K_c/2m = 1/6: Q = 60/66 − 1/6.
        var g = TestGraphs.RingOfCliques(6, 5);
        var cliques = Partition.FromMembership(Enumerable.Range(0, 30).Select(v => v / 5).ToArray());
        Assert.Equal((60.0 / 66.0) - (1.0 / 6.0), PartitionQuality.Modularity(g, cliques), 12);
    }

    [Fact]
    public void All_in_one_has_Q_zero_and_singletons_have_minus_sum_of_squared_degree_shares()
    {
        var g = TestGraphs.Karate();
        Assert.Equal(0.0, PartitionQuality.Modularity(g, Partition.AllInOne(g.NodeCount)), 12);
        double expected = 0;
        for (int v = 0; v < g.NodeCount; v++)
        {
            expected -= Math.Pow(g.Strength(v) / (2 * g.TotalWeight), 2);
        }
        Assert.Equal(expected, PartitionQuality.Modularity(g, Partition.Singletons(g.NodeCount)), 12);
    }

    [Fact]
    public void Directed_modularity_is_Leicht_Newman()
    {
        // 3-cycles 0→1→2→0 and 3→4→5→3 plus 2→3: m = 7; K_out/K_in = 4/3 and 3/4: Q = 6/7 − (12 + 12)/49 = 18/49.
        var g = TestGraphs.FromEdges(6, [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (2, 3)], directed: true);
        Assert.Equal(18.0 / 49.0, PartitionQuality.Modularity(g, P(0, 0, 0, 1, 1, 1)), 12);
    }

    [Fact]
    public void Cpm_coverage_performance_conductance_and_embeddedness_on_the_joined_triangles()
    {
        var g = TestGraphs.TwoTriangles(joined: true);
        var p = P(0, 0, 0, 1, 1, 1);
        // CPM: Σ (3 − γ·3): γ = 1 → 0, γ = 0.5 → 3.
        Assert.Equal(0.0, PartitionQuality.Cpm(g, p, 1.0), 12);
        Assert.Equal(3.0, PartitionQuality.Cpm(g, p, 0.5), 12);
        Assert.Equal(6.0 / 7.0, PartitionQuality.Coverage(g, p), 12);
        // 15 pairs: 6 internal edges + (9 inter pairs − 1 inter edge) = 14 correct.
        Assert.Equal(14.0 / 15.0, PartitionQuality.Performance(g, p), 12);
        // cut 1, vol 7 each side.
        Assert.Equal([1.0 / 7.0, 1.0 / 7.0], PartitionQuality.Conductance(g, p).ToArray());
        Assert.Equal([6.0 / 7.0, 6.0 / 7.0], PartitionQuality.Embeddedness(g, p).ToArray());
        Assert.Equal([1.0, 1.0], PartitionQuality.Embeddedness(TestGraphs.TwoTriangles(false), p).ToArray());
    }

    [Fact]
    public void Modularity_of_a_graph_without_edges_throws_and_mismatched_partitions_are_rejected()
    {
        var empty = TestGraphs.FromEdges(3, []);
        var ex = Assert.Throws<ArgumentException>(() => PartitionQuality.Modularity(empty, Partition.Singletons(3)));
        Assert.Contains("no edge weight", ex.Message, StringComparison.Ordinal);
        var ex2 = Assert.Throws<ArgumentException>(() => PartitionQuality.Modularity(TestGraphs.Karate(), Partition.Singletons(3)));
        Assert.Contains("34", ex2.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 100)]
    public bool Modularity_lies_in_minus_half_to_one_and_is_invariant_under_relabelling(PositiveInt randomSeed, bool weighted, bool directed)
    {
        var g = CommunityGraphs.Random(randomSeed.Get, weighted, directed);
        var rng = new Xoshiro256StarStar((ulong)randomSeed.Get * 31);
        int n = g.NodeCount;
        var labels = new int[n];
        int k = 1 + rng.NextInt(n);
        for (int v = 0; v < n; v++)
        {
            labels[v] = rng.NextInt(k);
        }
        var p = Partition.FromMembership(labels);
        double q = PartitionQuality.Modularity(g, p);
        // Community relabelling: shift labels.
        var shifted = Partition.FromMembership(labels.Select(l => (l * 7) + 1000).ToArray());
        // Node relabelling: permute nodes of graph and partition alike.
        var perm = Enumerable.Range(0, n).ToArray();
        rng.ShuffleInPlace(perm.AsSpan());
        var permutedLabels = new int[n];
        for (int v = 0; v < n; v++)
        {
            permutedLabels[perm[v]] = labels[v];
        }
        double qPermuted = PartitionQuality.Modularity(CommunityGraphs.Permute(g, perm), Partition.FromMembership(permutedLabels));
        return q >= -0.5 - 1e-12 && q <= 1 + 1e-12
            && Math.Abs(q - PartitionQuality.Modularity(g, shifted)) < 1e-12
            && Math.Abs(q - qPermuted) < 1e-12;
    }
}
