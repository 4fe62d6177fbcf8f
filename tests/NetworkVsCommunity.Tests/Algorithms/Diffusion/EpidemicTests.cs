using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Diffusion;

public class EpidemicTests
{
    [Fact]
    public void Sir_with_certain_recovery_is_the_independent_cascade_draw_for_draw()
    {
        CsrGraph g = TestGraphs.Karate();
        for (int run = 0; run < 20; run++)
        {
            Cascade ic = DiffusionSimulator.Simulate(g, [0, 5], new IndependentCascadeModel { Probability = 0.25 }, 99, run);
            Cascade sir = DiffusionSimulator.Simulate(g, [0, 5], new SirModel { InfectionProbability = 0.25, RecoveryProbability = 1 }, 99, run);
            Assert.Equal(ic, sir);
        }
    }

    [Fact]
    public void Sir_final_size_on_a_star_matches_the_transmissibility()
    {
        // The centre stays infectious a Geometric(γ) number of steps; each leaf escapes with probability
        // E[(1−β)^D] = γ(1−β)/(1−(1−γ)(1−β)), so E[size] = 1 + L·β/(1−(1−β)(1−γ)) (= 1 + 30/3 = 11 here).
        const double beta = 0.2;
        const double gamma = 0.5;
        double t = beta / (1 - ((1 - beta) * (1 - gamma)));
        var r = DiffusionSimulator.MonteCarlo(TestGraphs.Star(30), [0], new MonteCarloOptions
        {
            Model = new SirModel { InfectionProbability = beta, RecoveryProbability = gamma },
            Sampling = new SamplingOptions { Runs = 20_000, RandomSeed = 8, MaxDegreeOfParallelism = 2 },
        });
        Assert.InRange(1 + (30 * t), r.MeanAdopters - (4 * r.StandardError), r.MeanAdopters + (4 * r.StandardError));
    }

    [Fact]
    public void Sis_first_infections_and_the_step_cap()
    {
        // β = 1, γ = 1 on a path: every node is first infected at its distance from the sharer, though nodes are reinfected.
        CsrGraph path = TestGraphs.Path(6);
        Cascade c = DiffusionSimulator.Simulate(path, [0], new SisModel { InfectionProbability = 1, RecoveryProbability = 1, MaxSteps = 50 }, 1);
        Assert.Equal([0, 1, 2, 3, 4, 5], c.Adopters.ToArray());
        Assert.Equal([0, 1, 2, 3, 4, 5], c.Steps.ToArray());
        // One step only: the centre's direct infections, E[size] = 1 + L·β.
        var r = DiffusionSimulator.MonteCarlo(TestGraphs.Star(20), [0], new MonteCarloOptions
        {
            Model = new SisModel { InfectionProbability = 0.3, RecoveryProbability = 0.5, MaxSteps = 1 },
            Sampling = new SamplingOptions { Runs = 10_000, RandomSeed = 4 },
        });
        Assert.InRange(1 + (20 * 0.3), r.MeanAdopters - (4 * r.StandardError), r.MeanAdopters + (4 * r.StandardError));
        Assert.InRange(r.MeanLastStep, 0.99, 1.0); // 1 unless no leaf is infected (probability 0.7^20)
        // An endemic SIS on K5 never dies out in 10 steps: every run hits the cap, and the result says so.
        var endemic = DiffusionSimulator.MonteCarlo(TestGraphs.Complete(5), [0], new MonteCarloOptions
        {
            Model = new SisModel { InfectionProbability = 1, RecoveryProbability = 0.01, MaxSteps = 10 },
            Sampling = new SamplingOptions { Runs = 50, RandomSeed = 4 },
        });
        Assert.Contains(endemic.Diagnostics, d => d.StartsWith("50 of 50 runs stopped at model.MaxSteps", StringComparison.Ordinal));
    }

    [Fact]
    public void Epidemic_parameters_are_validated()
    {
        CsrGraph g = TestGraphs.Path(3);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DiffusionSimulator.Simulate(g, [0], new SirModel { RecoveryProbability = 0 }, 1));
        Assert.Contains("model.RecoveryProbability = 0 is out of range; allowed: (0, 1]", ex.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => DiffusionSimulator.Simulate(g, [0], new SisModel { MaxSteps = 0 }, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => DiffusionSimulator.Simulate(g, [0], new SisModel { InfectionProbability = -0.1 }, 1));
    }
}
