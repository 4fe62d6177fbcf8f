using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.PublicApi.Tests;

public class DiffusionSurfaceTests
{
    private static CsrGraph TwoTrianglesWithBridge()
    {
        var builder = new GraphBuilder();
        foreach (var (u, v) in new[] { (0, 1), (0, 2), (1, 2), (2, 3), (3, 4), (3, 5), (4, 5) })
        {
            builder.AddEdge(u, v);
        }
        return builder.Build();
    }

    [Fact]
    public void A_user_compares_simple_and_complex_contagion_and_replays_a_run()
    {
        CsrGraph graph = TwoTrianglesWithBridge();
        MonteCarloResult spread = DiffusionSimulator.MonteCarlo(graph, [0], new MonteCarloOptions
        {
            Model = new IndependentCascadeModel { Probability = 0.5 },
            KeepCascades = true,
            Sampling = new SamplingOptions { Runs = 2000, RandomSeed = 1 },
        });
        ExactSpreadResult exact = DiffusionSimulator.ExactExpectedSpread(graph, [0], new IndependentCascadeModel { Probability = 0.5 });
        Assert.InRange(exact.ExpectedAdopters, spread.Ci95Low - spread.StandardError, spread.Ci95High + spread.StandardError);
        Assert.Equal(spread.Cascades[12], DiffusionSimulator.Simulate(graph, [0], new IndependentCascadeModel { Probability = 0.5 }, randomSeed: 1, run: 12));

        // Complex contagion from two members of the first triangle stops at the one-tie bridge.
        Cascade resonance = DiffusionSimulator.Simulate(graph, [0, 1], new ThresholdModel { Threshold = 2 }, randomSeed: 0);
        Assert.Equal([0, 1, 2], resonance.Adopters.ToArray());
        Assert.Equal(2, resonance.ActiveNeighborsAtAdoption[2]);
    }

    [Fact]
    public void A_user_loads_an_observed_cascade()
    {
        Cascade observed = ObservedCascadeReader.Read(new StringReader("parent,child,time\n,0,0\n0,1,1\n1,2,2\n0,3,2\n"), "<string>", 6);
        Assert.Equal(2, observed.LastStep);
        Assert.Equal([0, 1, 3, 2], observed.Adopters.ToArray());
    }
}
