using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetworkVsCommunity.Algorithms.Seeding;
using NetworkVsCommunity.Algorithms.Structure;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Randomness;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Seeding;

public class SeedingHeuristicsTests
{
    [Fact]
    public void Degree_PageRank_and_KCore_pick_the_centre_of_a_star_first()
    {
        CsrGraph star = TestGraphs.Star(6);
        var options = new HeuristicSeedingOptions { SeedCount = 2 };
        Assert.Equal(new[] { 0, 1 }, SeedingHeuristics.Degree(star, options).SeedNodes.ToArray());
        Assert.Equal(new[] { 0, 1 }, SeedingHeuristics.PageRank(star, options).SeedNodes.ToArray());
        Assert.Equal(new[] { 0, 1 }, SeedingHeuristics.KCore(star, options).SeedNodes.ToArray());
    }

    [Fact]
    public void Core_numbers_match_hand_values()
    {
        // Barbell: two K4 joined by a bridge: every node is in the 3-core.
        Assert.All(SeedingHeuristics.CoreNumbers(TestGraphs.Barbell()), c => Assert.Equal(3, c));
        // Karate club: the maximum core number is 4 (igraph coreness; peers RESULTS.md check value).
        int[] karate = SeedingHeuristics.CoreNumbers(TestGraphs.Karate());
        Assert.Equal(4, karate.Max());
        Assert.Equal(1, karate[11]); // node 11 (0-based) has degree 1
        // A path is a 1-core.
        Assert.All(SeedingHeuristics.CoreNumbers(TestGraphs.Path(5)), c => Assert.Equal(1, c));
    }

    [Fact]
    public void Directed_core_numbers_count_out_arcs_for_seeding_and_all_arcs_for_the_structure_measure()
    {
        // Out-star 0 -> 1..4. Out-arcs only (the k-core heuristic): leaves have out-degree 0 and peeling them lowers
        // nothing (they have no out-neighbours), so the centre keeps its out-degree 4. In + out (CoreDecomposition, igraph
        // mode "all"): the undirected star, a 1-core.
        CsrGraph star = TestGraphs.FromEdges(5, [(0, 1), (0, 2), (0, 3), (0, 4)], directed: true);
        Assert.Equal(new[] { 4, 0, 0, 0, 0 }, SeedingHeuristics.CoreNumbers(star));
        Assert.Equal(new[] { 1, 1, 1, 1, 1 }, CoreDecomposition.CoreNumbers(star).ToArray());
        // Directed triangle 0 -> 1 -> 2 -> 0 with a tail 3 -> 0. Out-arcs: every node has out-degree 1, a 1-core.
        // In + out: 3 has degree 1 (1-core); without it the triangle nodes have degree 2 each (2-core).
        CsrGraph cycle = TestGraphs.FromEdges(4, [(0, 1), (1, 2), (2, 0), (3, 0)], directed: true);
        Assert.Equal(new[] { 1, 1, 1, 1 }, SeedingHeuristics.CoreNumbers(cycle));
        Assert.Equal(new[] { 2, 2, 2, 1 }, CoreDecomposition.CoreNumbers(cycle).ToArray());
        // Undirected graphs: one answer.
        CsrGraph karate = TestGraphs.Karate();
        Assert.Equal(CoreDecomposition.CoreNumbers(karate).ToArray(), SeedingHeuristics.CoreNumbers(karate));
    }

    [Fact]
    public void PageRank_ranks_the_karate_hubs_first()
    {
        // Karate: nodes 33 and 0 have the largest PageRank (igraph 0.10.2 pagerank, damping 0.85: 0.10092, 0.09700).
        HeuristicSeedingResult r = SeedingHeuristics.PageRank(TestGraphs.Karate(), new HeuristicSeedingOptions { SeedCount = 2 });
        Assert.Equal(new[] { 33, 0 }, r.SeedNodes.ToArray());
        Assert.Equal(0.1009191823326258, r.Scores[0], 9); // igraph 0.10.2 (PRPACK) pagerank(karate, damping 0.85)[33]
    }

    [Fact]
    public void Random_nodes_are_a_function_of_the_random_seed()
    {
        CsrGraph g = TestGraphs.Karate();
        var o = new HeuristicSeedingOptions { SeedCount = 5, RandomSeed = 12 };
        HeuristicSeedingResult a = SeedingHeuristics.RandomNodes(g, o);
        HeuristicSeedingResult b = SeedingHeuristics.RandomNodes(g, o);
        Assert.Equal(a.SeedNodes.ToArray(), b.SeedNodes.ToArray());
        Assert.Equal(5, a.SeedNodes.Distinct().Count());
        Assert.Equal(12, a.RandomSeed);
        Assert.NotEqual(a.SeedNodes.ToArray(), SeedingHeuristics.RandomNodes(g, o with { RandomSeed = 13 }).SeedNodes.ToArray());
    }

    [Property(MaxTest = 50)]
    public Property Heuristics_respect_the_constraints(PositiveInt seed)
    {
        var rng = new Xoshiro256StarStar((ulong)seed.Get);
        CsrGraph g = TestGraphs.Karate();
        SeedingConstraints c = ImmTests.RandomConstraints(ref rng, g.NodeCount);
        int k = 1 + rng.NextInt(10);
        var o = new HeuristicSeedingOptions { SeedCount = k, Constraints = c, RandomSeed = seed.Get };
        int expected = ImmTests.MaxFeasible(c, g.NodeCount, k);
        bool ok = true;
        foreach (HeuristicSeedingResult r in new[] { SeedingHeuristics.Degree(g, o), SeedingHeuristics.PageRank(g, o), SeedingHeuristics.KCore(g, o), SeedingHeuristics.RandomNodes(g, o) })
        {
            ok &= c.IsFeasible(r.SeedNodes.AsSpan(), k) && r.SeedNodes.Length == expected;
        }
        var ro = new ResonanceSeedingOptions { SeedCount = k, Constraints = c, RandomSeed = seed.Get, Communities = Partition.FromMembership(TestGraphs.KarateFactions()) };
        foreach (ResonanceSeedingResult r in new[] { ResonanceSeeding.Clustered(g, ro), ResonanceSeeding.Scattered(g, ro) })
        {
            ok &= c.IsFeasible(r.SeedNodes.AsSpan(), k) && r.SeedNodes.Length == expected;
        }
        return ok.ToProperty();
    }
}
