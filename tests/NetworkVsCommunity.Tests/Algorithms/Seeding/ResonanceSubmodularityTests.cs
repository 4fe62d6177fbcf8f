using NetworkVsCommunity.Algorithms.Seeding;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Seeding;

public class ResonanceSubmodularityTests
{
    /// <summary>
    /// Why <see cref="ResonanceSeeding.Greedy"/> keeps the exact greedy instead of CELF's lazy evaluation: lazy evaluation
    /// needs every marginal gain to shrink as sharers are added (submodularity), and threshold contagion violates that.
    /// On a ring lattice (each node tied to its two nearest neighbours on each side) with θ = 2, node 1 alone convinces
    /// nobody, but next to node 0 it ignites the whole ring (Centola &amp; Macy 2007's complex contagion).
    /// </summary>
    [Fact]
    public void Reinforced_adoption_under_threshold_contagion_is_not_submodular_so_the_greedy_cannot_be_lazy()
    {
        CsrGraph lattice = TestGraphs.RingLattice(30, 4);
        var options = new ResonanceSeedingOptions { Threshold = 2 };
        int F(params int[] seeds) => ResonanceSeeding.Evaluate(lattice, seeds, options).ReinforcedAdopters;

        int gainAlone = F(1) - F();
        int gainNextToZero = F(0, 1) - F(0);
        Assert.Equal(0, gainAlone);
        Assert.Equal(28, gainNextToZero); // the 28 other nodes all adopt, each with at least two adopting neighbours
        Assert.True(gainNextToZero > gainAlone, "a lazy (CELF) bound from round 1 would wrongly discard node 1");

        // The exact greedy finds the igniting pair all the same.
        ResonanceSeedingResult greedy = ResonanceSeeding.Greedy(lattice, options with { SeedCount = 2 });
        Assert.Equal(30, greedy.Outcome.Adopters);
    }
}
