using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Seeding;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Randomness;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Seeding;

/// <summary>The seeding fast paths agree with the diffusion engine (the library's reference simulators).</summary>
public class DiffusionEngineAgreementTests
{
    [Property(MaxTest = 40)]
    public Property Threshold_outcomes_equal_the_diffusion_engines_threshold_cascade(PositiveInt seed)
    {
        var rng = new Xoshiro256StarStar((ulong)seed.Get);
        CsrGraph g = TestGraphs.RandomSparse(ref rng, 10, 40);
        int n = g.NodeCount;
        int[] sharers = Enumerable.Range(0, 1 + rng.NextInt(5)).Select(_ => rng.NextInt(n)).Distinct().ToArray();
        int theta = 1 + rng.NextInt(3);
        ThresholdOutcome ours = ResonanceSeeding.Evaluate(g, sharers, new ResonanceSeedingOptions { Threshold = theta });
        Cascade reference = DiffusionSimulator.Simulate(g, sharers, new ThresholdModel { Threshold = theta }, 0);
        int reinforced = 0;
        for (int i = reference.InitialSharerCount; i < reference.Size; i++)
        {
            reinforced += reference.ActiveNeighborsAtAdoption[i] >= 2 ? 1 : 0;
        }
        return (ours.Adopters == reference.Size && ours.Steps == reference.LastStep && ours.ReinforcedAdopters == reinforced).ToProperty();
    }

    [Fact]
    public void Monte_Carlo_oracle_agrees_with_the_diffusion_engines_monte_carlo()
    {
        CsrGraph g = TestGraphs.Karate();
        int[] sharers = [0, 33];
        var oracle = new MonteCarloSpreadOracle(g, Models.IC(0.2), runs: 4000, randomSeed: 3);
        int[] reach = oracle.ReachPerWorld(sharers);
        double mean = reach.Average();
        double se = Math.Sqrt(reach.Sum(x => (x - mean) * (x - mean)) / (reach.Length - 1) / reach.Length);
        MonteCarloResult reference = DiffusionSimulator.MonteCarlo(g, sharers,
            new MonteCarloOptions { Model = new IndependentCascadeModel { Probability = 0.2 }, Sampling = new SamplingOptions { Runs = 4000, RandomSeed = 4 } });
        double both = Math.Sqrt(se * se + reference.StandardError * reference.StandardError);
        Assert.InRange(mean - reference.MeanAdopters, -4 * both, 4 * both);
    }
}
