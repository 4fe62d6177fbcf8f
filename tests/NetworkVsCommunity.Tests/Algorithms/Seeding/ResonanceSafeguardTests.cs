using NetworkVsCommunity.Algorithms.Seeding;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Randomness;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Seeding;

/// <summary>The resonance search never returns a pick worse than top degree or a clustered neighbourhood (issue #18).</summary>
public class ResonanceSafeguardTests
{
    /// <summary>
    /// Hub 0 with leaves 1, 2, 3 and neighbour 4; 4 is also tied to 5. Nodes 6 and 7 share the neighbours 8, 9, 10.
    /// θ = 2, k = 3, reinforced adopters. The greedy takes the hub (highest degree; every first gain is 0), then 5 (4
    /// adopts: gain 1, while 6 or 7 alone gain 0), then a leaf (all gains 0): 1 reinforced adopter. Top degree takes
    /// 0, 6, 7 and ignites 8, 9, 10: 3. The clustered neighbourhood takes 0, 4 (most ties, higher degree), then 1: 0.
    /// </summary>
    internal static CsrGraph GreedyTrap() => TestGraphs.FromEdges(11,
        [(0, 1), (0, 2), (0, 3), (0, 4), (4, 5), (6, 8), (6, 9), (6, 10), (7, 8), (7, 9), (7, 10)], directed: false);

    [Fact]
    public void The_greedy_pick_that_loses_to_top_degree_is_replaced_by_it()
    {
        CsrGraph g = GreedyTrap();
        var options = new ResonanceSeedingOptions { SeedCount = 3 };
        ResonanceSeedingResult off = ResonanceSeeding.IncrementalGreedy(g, options with { CompareBaselines = false });
        Assert.Equal([0, 5, 1], off.SeedNodes.ToArray());
        Assert.Equal(1, off.ObjectiveValue);
        Assert.Empty(off.Candidates);
        Assert.Equal("", off.Winner);
        Assert.Equal(off.SeedNodes.ToArray(), ResonanceSeeding.Greedy(g, options).SeedNodes.ToArray());

        ResonanceSeedingResult on = ResonanceSeeding.IncrementalGreedy(g, options);
        Assert.Equal(["greedy", "degree", "clustered"], on.Candidates.Select(c => c.Name));
        Assert.Equal([1.0, 3.0, 0.0], on.Candidates.Select(c => c.Objective));
        Assert.Equal([0, 5, 1], on.Candidates[0].SeedNodes.ToArray());
        Assert.Equal([0, 6, 7], on.Candidates[1].SeedNodes.ToArray());
        Assert.Equal([0, 4, 1], on.Candidates[2].SeedNodes.ToArray());
        Assert.Equal("degree", on.Winner);
        Assert.Equal([0, 6, 7], on.SeedNodes.ToArray());
        Assert.Equal(3, on.ObjectiveValue);
        Assert.Equal(6, on.Outcome.Adopters);
        Assert.Equal("IncrementalGreedy", on.Method);
        Assert.Contains("never worse than those baselines; winner: degree.", on.Guarantee, StringComparison.Ordinal);
    }

    /// <summary>
    /// Seeded loop over 40 random graphs of 20–60 nodes (G(n, p) and preferential attachment), θ ∈ {2, 3}, the three
    /// objectives, k ∈ [2, 6]: the returned objective is at least top degree's (evaluated independently), at least the
    /// greedy's own, and equals the largest scored candidate.
    /// </summary>
    [Fact]
    public void The_returned_pick_is_never_worse_than_top_degree_on_small_random_graphs()
    {
        for (int trial = 0; trial < 40; trial++)
        {
            var rng = Xoshiro256StarStar.ForStream(18, (ulong)trial);
            CsrGraph g = IncrementalResonanceSeedingTests.SmallRandomGraph(ref rng, trial);
            int n = g.NodeCount;
            var objective = (ResonanceObjective)(trial % 3);
            var options = new ResonanceSeedingOptions
            {
                SeedCount = 2 + rng.NextInt(5),
                Threshold = 2 + rng.NextInt(2),
                Objective = objective,
                Communities = objective == ResonanceObjective.SupporterBase
                    ? IncrementalResonanceSeedingTests.Blocks(n, 10) : null,
            };
            ResonanceSeedingResult r = ResonanceSeeding.IncrementalGreedy(g, options);
            HeuristicSeedingResult degree = SeedingHeuristics.Degree(g, new HeuristicSeedingOptions { SeedCount = options.SeedCount });
            ThresholdOutcome degreeOutcome = ResonanceSeeding.Evaluate(g, degree.SeedNodes.AsSpan(), options);
            double degreeValue = objective switch
            {
                ResonanceObjective.SupporterBase => degreeOutcome.SupporterBase,
                ResonanceObjective.Adopters => degreeOutcome.Adopters,
                _ => degreeOutcome.ReinforcedAdopters,
            };
            Assert.True(r.ObjectiveValue >= degreeValue, $"trial {trial}: returned {r.ObjectiveValue} < top degree {degreeValue}");
            double greedyValue = ResonanceSeeding.IncrementalGreedy(g, options with { CompareBaselines = false }).ObjectiveValue;
            Assert.True(r.ObjectiveValue >= greedyValue, $"trial {trial}: returned {r.ObjectiveValue} < greedy {greedyValue}");
            Assert.Equal(r.Candidates.Max(c => c.Objective), r.ObjectiveValue);
            Assert.Equal(greedyValue, r.Candidates[0].Objective);
        }
    }
}
