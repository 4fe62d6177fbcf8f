using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Seeding;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Randomness;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Diffusion;

/// <summary>The engine's one threshold propagation, as the seeding routines drive it.</summary>
public class ThresholdCascadeTests
{
    [Fact]
    public void Outcome_of_a_hand_computed_threshold_cascade()
    {
        // Undirected: 0-2, 1-2, 0-3, 1-3, 2-4, 3-4, 4-5; communities {0,1,2,3} and {4,5}; θ = 2, sharers {0, 1}.
        // Step 1: 2 and 3 (two sharer neighbours each). Step 2: 4 (neighbours 2 and 3). 5 has one adopting neighbour: no.
        // Adopters 5, steps 2, reinforced 3 (2, 3, 4 each had 2 earlier adopters). Supporters with threshold 2 (same-community
        // adopting neighbours, sharers excluded): 2 (0, 1), 3 (0, 1); 4 has 2, 3 in the other community and 5 is outside.
        CsrGraph g = TestGraphs.FromEdges(6, [(0, 2), (1, 2), (0, 3), (1, 3), (2, 4), (3, 4), (4, 5)]);
        var communities = Partition.FromMembership([0, 0, 0, 0, 1, 1]);
        var evaluator = new ResonanceEvaluator(g, 2, communities, 2);
        Assert.Equal(new ThresholdOutcome(5, 3, 2, 2), evaluator.Run([0, 1]));
        // Reused: a second run from other sharers is not affected by the first.
        Assert.Equal(new ThresholdOutcome(1, 0, 0, 0), evaluator.Run([5]));
        Assert.Equal(new ThresholdOutcome(5, 3, 2, 2), evaluator.Run([1, 0, 1]));
    }

    [Property(MaxTest = 40)]
    public Property The_incremental_closure_equals_a_full_run_from_the_same_sharers(PositiveInt seed)
    {
        var rng = new Xoshiro256StarStar((ulong)seed.Get);
        CsrGraph g = TestGraphs.RandomSparse(ref rng, 8, 30, directed: seed.Get % 2 == 0);
        int n = g.NodeCount;
        int theta = 1 + rng.NextInt(3);
        var closure = new IncrementalThresholdState(g, theta, null, 1, ResonanceObjective.Adopters);
        var full = new ThresholdCascade(g, theta);
        var sharers = new List<int>();
        bool ok = true;
        for (int k = 0; k < 5; k++)
        {
            int u = rng.NextInt(n);
            double gain = closure.Gain(u);
            int before = closure.Adopters;
            closure.Commit(u);
            sharers.Add(u);
            int adopters = full.Run(sharers.ToArray());
            ok &= closure.Adopters == adopters && before + gain == adopters;
            foreach (int v in full.Adopters)
            {
                ok &= closure.IsAdopted(v);
            }
        }
        return ok.ToProperty();
    }
}
