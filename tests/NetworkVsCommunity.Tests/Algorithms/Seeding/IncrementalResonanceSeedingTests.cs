using NetworkVsCommunity.Algorithms.Seeding;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Randomness;
using NetworkVsCommunity.Tests.Algorithms.Metrics;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Seeding;

/// <summary>The scalable resonance search against its reference, the exact greedy (issue #16).</summary>
public class IncrementalResonanceSeedingTests
{
    internal static Partition Blocks(int n, int size) => Partition.FromMembership(Enumerable.Range(0, n).Select(v => v / size).ToArray());

    /// <summary>A random graph of 20–60 nodes from the stream: G(n, p) with p ∈ [0.05, 0.2] on even trials, preferential attachment (m ∈ {2, 3}) on odd ones.</summary>
    internal static CsrGraph SmallRandomGraph(ref Xoshiro256StarStar rng, int trial)
    {
        int n = 20 + rng.NextInt(41);
        return trial % 2 == 0
            ? MetricFixtures.RandomGraph(n, 0.05 + 0.15 * rng.NextDouble(), (ulong)trial)
            : TestGraphs.PreferentialAttachment(n, 2 + rng.NextInt(2), (ulong)trial);
    }

    /// <summary>
    /// Seeded loop over 48 random graphs of 20–60 nodes (G(n, p) and preferential attachment), θ ∈ {2, 3}, the three
    /// objectives and k ∈ [2, 6]. With every candidate evaluated the search must choose exactly as the exact greedy does
    /// (the restriction is lossless and the gains exact), so it reaches 1.0 of exact greedy's objective on every graph (the
    /// issue asks ≥ 0.9); with a cap of 3 candidates per round it keeps ≥ 0.9 of the total over the 48 graphs.
    /// </summary>
    [Fact]
    public void The_incremental_search_matches_exact_greedy_on_small_random_graphs()
    {
        int capped = 0;
        double narrowTotal = 0, exactTotal = 0;
        for (int trial = 0; trial < 48; trial++)
        {
            var rng = Xoshiro256StarStar.ForStream(16, (ulong)trial);
            CsrGraph g = SmallRandomGraph(ref rng, trial);
            int n = g.NodeCount;
            var objective = (ResonanceObjective)(trial % 3);
            var options = new ResonanceSeedingOptions
            {
                SeedCount = 2 + rng.NextInt(5),
                Threshold = 2 + rng.NextInt(2),
                Objective = objective,
                Communities = objective == ResonanceObjective.SupporterBase || trial % 4 == 1 ? Blocks(n, 10) : null,
                CandidatesPerRound = int.MaxValue,
                CompareBaselines = false,
            };
            ResonanceSeedingResult exact = ResonanceSeeding.Greedy(g, options);
            ResonanceSeedingResult fast = ResonanceSeeding.IncrementalGreedy(g, options);
            Assert.True(exact.SeedNodes.SequenceEqual(fast.SeedNodes),
                $"trial {trial}: exact {string.Join(",", exact.SeedNodes)} vs incremental {string.Join(",", fast.SeedNodes)}");
            Assert.Equal(exact.ObjectiveValue, fast.ObjectiveValue);
            Assert.Equal(exact.Outcome, fast.Outcome);

            ResonanceSeedingResult narrow = ResonanceSeeding.IncrementalGreedy(g, options with { CandidatesPerRound = 3 });
            narrowTotal += narrow.ObjectiveValue;
            exactTotal += exact.ObjectiveValue;
            if (!narrow.Guarantee.Contains(" 0 rounds evaluated only", StringComparison.Ordinal))
            {
                capped++;
            }
        }
        Assert.True(capped > 0, "the cap of 3 never bound, so the second assertion tested nothing");
        // Measured: single graphs fall as low as 1/2 of exact greedy's value under a cap of 3 (1 vs 2 reinforced adopters),
        // so the 0.9 criterion holds only in aggregate there; with the default cap it holds exactly, graph by graph.
        Assert.True(narrowTotal >= 0.9 * exactTotal, $"cap 3: {narrowTotal} of exact greedy's {exactTotal}");
    }

    [Fact]
    public void With_theta_1_the_reinforced_objective_is_re_simulated_and_still_matches_exact_greedy()
    {
        for (int trial = 0; trial < 6; trial++)
        {
            CsrGraph g = MetricFixtures.RandomGraph(30, 0.08, (ulong)(100 + trial));
            var options = new ResonanceSeedingOptions { SeedCount = 3, Threshold = 1, CandidatesPerRound = int.MaxValue, CompareBaselines = false };
            Assert.Equal(ResonanceSeeding.Greedy(g, options).SeedNodes.ToArray(), ResonanceSeeding.IncrementalGreedy(g, options).SeedNodes.ToArray());
        }
    }

    [Fact]
    public void The_search_grows_a_cluster_around_a_reinforced_neighbourhood_where_top_degree_stalls()
    {
        // Ring lattice (k = 4) plus a hub tied to every fifth node. Top degree picks the hub and node 0, which share no
        // reinforced neighbour; the search picks the hub (most ties), then node 1 or 29 beside the hub's neighbour 0, which
        // makes 0's neighbourhood reinforced and ignites the ring.
        CsrGraph g = ResonanceGraphs.RingLatticeWithLongRangeHub();
        var options = new ResonanceSeedingOptions { SeedCount = 2 };
        ResonanceSeedingResult search = ResonanceSeeding.IncrementalGreedy(g, options);
        Assert.Equal(31, search.Outcome.Adopters);
        Assert.Equal(29, search.ObjectiveValue);
        HeuristicSeedingResult degree = SeedingHeuristics.Degree(g, new HeuristicSeedingOptions { SeedCount = 2 });
        Assert.Equal(2, ResonanceSeeding.Evaluate(g, degree.SeedNodes.AsSpan(), options).Adopters);
        Assert.Equal("threshold contagion (θ = 2, deterministic, synchronous)", search.Model);
        Assert.StartsWith("No approximation ratio: threshold contagion (θ = 2) is not submodular", search.Guarantee, StringComparison.Ordinal);
        Assert.Equal("IncrementalGreedy", search.Method);
    }

    [Fact]
    public void The_comparison_sets_the_search_against_simpler_picks_of_equal_size()
    {
        CsrGraph g = ResonanceGraphs.RingLatticeWithLongRangeHub();
        var options = new ResonanceComparisonOptions { Seeding = new ResonanceSeedingOptions { SeedCount = 2 }, RandomDraws = 400, RandomSeed = 7 };
        ResonanceComparisonResult c = SeedingComparison.CompareResonance(g, options);
        Assert.Equal(["resonance search", "top degree", "top PageRank", "complex centrality"], c.Picks.Select(p => p.Name));
        Assert.Equal(29, c.Picks[0].ObjectiveValue);
        Assert.Equal(0, c.Picks[1].ObjectiveValue);
        Assert.Equal(1.0, c.Picks[0].ShareOfRandomClusteredAtOrBelow);
        // Complex centrality's best node is a lattice node whose neighbourhood ignites the ring.
        Assert.Equal(29, c.Picks[3].ObjectiveValue);
        // A random clustered pair ignites the ring (29) unless it starts at the hub or its neighbour meets the hub: both
        // outcomes occur, so the mean lies strictly between and its interval is honest about it.
        ResonanceDrawSummary d = c.RandomClustered;
        Assert.Equal(0, d.MinimumObjective);
        Assert.Equal(29, d.MaximumObjective);
        Assert.InRange(d.Objective.Mean, d.Objective.Lower, d.Objective.Upper);
        Assert.True(d.Objective.Lower > 20 && d.Objective.Upper < 29, $"{d.Objective}");
        ResonanceComparisonResult again = SeedingComparison.CompareResonance(g, options);
        Assert.Equal(c.RandomClustered, again.RandomClustered);
        Assert.Equal(c.Picks.Select(p => p.Outcome), again.Picks.Select(p => p.Outcome));
        Assert.Contains("θ = 2", c.Model, StringComparison.Ordinal);
    }
}
