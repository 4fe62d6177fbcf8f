using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Seeding;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.PublicApi.Tests;

public class SeedingSurfaceTests
{
    private static CsrGraph TwoTeamsAndABroadcaster()
    {
        // Two teams of five (everyone tied inside), and node 10 tied to one member of each team plus three outsiders 11..13.
        var builder = new GraphBuilder();
        for (int team = 0; team < 2; team++)
        {
            for (int i = 0; i < 5; i++)
            {
                for (int j = i + 1; j < 5; j++)
                {
                    builder.AddEdge((team * 5) + i, (team * 5) + j);
                }
            }
        }
        foreach (int v in new[] { 0, 5, 11, 12, 13 })
        {
            builder.AddEdge(10, v);
        }
        return builder.Build();
    }

    [Fact]
    public void A_user_chooses_sharers_for_spread_and_for_resonance_and_compares_them_on_the_same_runs()
    {
        CsrGraph graph = TwoTeamsAndABroadcaster();
        ImmResult spread = InfluenceMaximization.Imm(graph, new ImmOptions
        {
            SeedCount = 2,
            Epsilon = 0.3,
            Model = new IndependentCascadeModel { Probability = 0.3 },
            Constraints = new SeedingConstraints { Excluded = [13] },
            RandomSeed = 1,
        });
        Assert.Equal(2, spread.SeedNodes.Length);
        Assert.DoesNotContain(13, spread.SeedNodes);
        Assert.Equal(1, spread.RandomSeed);

        // The teams (as a community detection would find them); node 10 and the outsiders form a third group.
        Partition teams = Partition.FromMembership([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2]);
        ResonanceSeedingResult resonance = ResonanceSeeding.Clustered(graph, new ResonanceSeedingOptions { SeedCount = 2, Threshold = 2, Communities = teams });
        Assert.Equal(5, resonance.Outcome.Adopters); // two team-mates convince their whole team of five
        Assert.Equal(3, resonance.Outcome.ReinforcedAdopters);

        SeedingComparisonResult comparison = SeedingComparison.Compare(graph,
            [new SeedSetCandidate("spread", spread.SeedNodes), new SeedSetCandidate("resonance", resonance.SeedNodes)],
            new SeedingComparisonOptions { Model = new IndependentCascadeModel { Probability = 0.3 }, Runs = 500, RandomSeed = 2 });
        Assert.Equal(2, comparison.Strategies.Length);
        Assert.Equal(comparison.Strategies[0].Spread.Mean, comparison.Strategies[0].Credit.Sum(), 9);
        Assert.InRange(comparison.Strategies[1].SpreadVersusBaseline.PValue, 0.0, 1.0);
    }

    [Fact]
    public void A_user_gets_the_same_guarantee_from_OPIM_C_with_the_certifying_bounds_in_the_result()
    {
        CsrGraph graph = TwoTeamsAndABroadcaster();
        var options = new ImmOptions { SeedCount = 2, Model = new IndependentCascadeModel { Probability = 0.3 }, RandomSeed = 1 };
        OpimCResult r = InfluenceMaximization.OpimC(graph, options);
        Assert.Equal(2, r.SeedNodes.Length);
        Assert.True(r.Converged);
        Assert.True(r.ApproximationRatio >= r.TargetRatio);
        Assert.True(r.SpreadLowerBound <= r.EstimatedSpread && r.EstimatedSpread <= r.OptimumUpperBound);
        Assert.Equal(options, r.Options);
        OpimCResult oneThread = InfluenceMaximization.OpimC(graph, options with { MaxDegreeOfParallelism = 1 });
        Assert.Equal(r.SeedNodes.ToArray(), oneThread.SeedNodes.ToArray());
        Assert.Equal((r.EstimatedSpread, r.SpreadLowerBound, r.OptimumUpperBound, r.RRSetCount), (oneThread.EstimatedSpread, oneThread.SpreadLowerBound, oneThread.OptimumUpperBound, oneThread.RRSetCount));
    }
}
