using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Generators;
using NetworkVsCommunity.Algorithms.Seeding;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Randomness;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Seeding;

/// <summary>Issue 18: the spread pick of OPIM-C and IMM never loses to a trivial heuristic.</summary>
public class SpreadSafeguardTests
{
    /// <summary>Generated graphs with a dense core, where a coarse greedy estimate can fall behind sorting by degree.</summary>
    public static TheoryData<string> DenseCoreGraphs => ["holme-kim", "lfr-low-mu", "core-periphery-sbm"];

    private static CsrGraph DenseCore(string name) => name switch
    {
        // Preferential attachment with triad formation: hubs joined into a dense, clustered core.
        "holme-kim" => RandomGraphs.HolmeKim(new HolmeKimOptions { NodeCount = 1500, EdgesPerNode = 5, TriadProbability = 0.5, RandomSeed = 18 }).Graph,
        // LFR with μ = 0.05: power-law degrees, nearly closed communities.
        "lfr-low-mu" => RandomGraphs.Lfr(new LfrOptions { NodeCount = 1000, AverageDegree = 15, MaxDegree = 60, Mixing = 0.05, RandomSeed = 18 }).Graph,
        // 40 core nodes densely tied to each other and to the periphery, a sparse periphery of 960.
        _ => RandomGraphs.StochasticBlockModel(new StochasticBlockModelOptions
        {
            BlockSizes = [40, 960],
            EdgeProbabilities = [[0.5, 0.05], [0.05, 0.004]],
            RandomSeed = 18,
        }).Graph,
    };

    /// <summary>
    /// The returned pick's spread, on 2000 independent live-edge worlds shared with the top-degree pick (common random
    /// numbers), is at least top-degree's minus 2 paired standard errors (a one-sided check at about 2.3 % if they were equal).
    /// </summary>
    [Theory]
    [MemberData(nameof(DenseCoreGraphs))]
    public void The_OPIM_C_pick_reaches_at_least_as_many_as_the_top_degree_pick(string name)
    {
        CsrGraph g = DenseCore(name);
        DiffusionModel model = Models.IC(0.02);
        OpimCResult r = InfluenceMaximization.OpimC(g, new ImmOptions { SeedCount = 10, Model = model, RandomSeed = 5 });
        HeuristicSeedingResult degree = SeedingHeuristics.Degree(g, new HeuristicSeedingOptions { SeedCount = 10 });
        PairedDifference d = PickMinusDegree(g, model, r.SeedNodes, degree.SeedNodes);
        Assert.True(d.Mean >= -2 * d.StandardError, $"{name}: OPIM-C ({r.Winner}) − degree = {d.Mean:G4} ± {d.StandardError:G3}");
        Assert.True(r.Converged);
        Assert.True(r.ApproximationRatio >= r.TargetRatio);
    }

    [Fact]
    public void The_IMM_pick_reaches_at_least_as_many_as_the_top_degree_pick()
    {
        CsrGraph g = DenseCore("core-periphery-sbm");
        DiffusionModel model = Models.IC(0.02);
        ImmResult r = InfluenceMaximization.Imm(g, new ImmOptions { SeedCount = 10, Epsilon = 0.3, Model = model, RandomSeed = 5 });
        HeuristicSeedingResult degree = SeedingHeuristics.Degree(g, new HeuristicSeedingOptions { SeedCount = 10 });
        PairedDifference d = PickMinusDegree(g, model, r.SeedNodes, degree.SeedNodes);
        Assert.True(d.Mean >= -2 * d.StandardError, $"IMM ({r.Winner}) − degree = {d.Mean:G4} ± {d.StandardError:G3}");
        Assert.Equal(["greedy", "degree", "pagerank", "kcore"], r.Candidates.Take(1).Concat(r.Candidates.Skip(r.Candidates.Length - 3)).Select(c => c.Name));
        Assert.True(r.ApproximationRatio >= 1 - 1 / Math.E - 0.3 - 1e-12);
    }

    private static PairedDifference PickMinusDegree(CsrGraph g, DiffusionModel model, ImmutableArray<int> pick, ImmutableArray<int> degree)
    {
        SeedingComparisonResult cmp = SeedingComparison.Compare(g,
            [new SeedSetCandidate("degree", degree), new SeedSetCandidate("pick", pick)],
            new SeedingComparisonOptions { Model = model, Runs = 2000, RandomSeed = 77 });
        return cmp.Strategies[1].SpreadVersusBaseline;
    }

    [Fact]
    public void OPIM_C_lists_every_candidate_and_returns_the_best_certified_one()
    {
        CsrGraph g = DenseCore("holme-kim");
        OpimCResult r = InfluenceMaximization.OpimC(g, new ImmOptions { SeedCount = 8, Model = Models.IC(0.02), RandomSeed = 9 });
        string[] names = r.Candidates.Select(c => c.Name).ToArray();
        Assert.Equal("greedy", names[0]);
        Assert.Equal(["degree", "pagerank", "kcore"], names[^3..]);
        Assert.Equal(r.ImprovementRounds > 0 || r.CertifiedAtIteration < r.Iterations ? 5 : names.Length, names.Length);
        SeedSetCandidateScore winner = r.Candidates.Single(c => c.Name == r.Winner);
        Assert.True(winner.Eligible);
        Assert.All(r.Candidates.Where(c => c.Eligible), c => Assert.True(c.EstimatedSpread <= winner.EstimatedSpread));
        Assert.Equal(winner.SeedNodes.ToArray(), r.SeedNodes.ToArray());
        Assert.Equal(winner.EstimatedSpread, r.EstimatedSpread);
        Assert.Equal(winner.SpreadLowerBound, r.SpreadLowerBound);
        Assert.True(r.SpreadLowerBound >= r.TargetRatio * r.OptimumUpperBound);
        Assert.All(r.Candidates, c =>
        {
            Assert.Equal(8, c.SeedNodes.Length);
            Assert.InRange(c.SpreadLowerBound, 0, c.EstimatedSpread);
            Assert.True(c.StandardError > 0);
        });
    }

    [Fact]
    public void With_the_safeguard_off_OPIM_C_is_the_published_algorithm()
    {
        CsrGraph g = TestGraphs.Karate();
        OpimCResult r = InfluenceMaximization.OpimC(g, new ImmOptions
        {
            SeedCount = 3,
            Model = Models.IC(0.1),
            RandomSeed = 4,
            CompareBaselines = false,
            ImprovementRRSetLimit = 0,
        });
        Assert.Equal(["greedy"], r.Candidates.Select(c => c.Name));
        Assert.Equal("greedy", r.Winner);
        Assert.Equal(0, r.ImprovementRounds);
        Assert.Equal(r.Iterations, r.CertifiedAtIteration);
        Assert.Equal(r.DrawnRRSetCount, r.RRSetCount);
    }

    /// <summary>Improvement rounds double both collections only within the budget, and only after the certificate.</summary>
    [Property(MaxTest = 10)]
    public Property Improvement_rounds_stay_within_the_sample_budget(PositiveInt seed)
    {
        var rng = new Xoshiro256StarStar((ulong)seed.Get);
        long limit = rng.NextInt(3) switch { 0 => 0, 1 => 50_000, _ => 400_000 };
        OpimCResult r = InfluenceMaximization.OpimC(TestGraphs.Karate(), new ImmOptions
        {
            SeedCount = 1 + rng.NextInt(4),
            Epsilon = 0.2,
            Model = Models.IC(0.1),
            RandomSeed = seed.Get,
            MaxDegreeOfParallelism = 1,
            ImprovementRRSetLimit = limit,
        });
        bool withinBudget = r.ImprovementRounds == 0 || r.DrawnRRSetCount <= limit;
        bool roundsAdd = r.CertifiedAtIteration + r.ImprovementRounds <= r.Iterations && r.Iterations <= r.CertifiedAtIteration + r.ImprovementRounds + 1;
        return (withinBudget && roundsAdd && (limit > 0 || r.ImprovementRounds == 0) && r.Converged)
            .Label($"limit={limit} rounds={r.ImprovementRounds} drawn={r.DrawnRRSetCount} certified at {r.CertifiedAtIteration} of {r.Iterations}");
    }

    [Fact]
    public void Candidates_and_rounds_are_the_same_on_1_and_2_threads()
    {
        CsrGraph g = DenseCore("lfr-low-mu");
        var options = new ImmOptions { SeedCount = 5, Model = Models.IC(0.02), RandomSeed = 21 };
        OpimCResult one = InfluenceMaximization.OpimC(g, options with { MaxDegreeOfParallelism = 1 });
        OpimCResult two = InfluenceMaximization.OpimC(g, options with { MaxDegreeOfParallelism = 2 });
        Assert.Equal(one.Candidates.Select(c => (c.Name, c.EstimatedSpread, c.SpreadLowerBound)), two.Candidates.Select(c => (c.Name, c.EstimatedSpread, c.SpreadLowerBound)));
        Assert.Equal(one.ImprovementRounds, two.ImprovementRounds);
        Assert.Equal(one.DrawnRRSetCount, two.DrawnRRSetCount);
        Assert.Equal(one.Winner, two.Winner);
    }

    [Fact]
    public void Invalid_improvement_options_are_rejected_with_the_option_named()
    {
        CsrGraph g = TestGraphs.Karate();
        var e1 = Assert.Throws<ArgumentOutOfRangeException>(() => InfluenceMaximization.OpimC(g, new ImmOptions { ImprovementRRSetLimit = -1 }));
        Assert.Contains("options.ImprovementRRSetLimit = -1", e1.Message);
        var e2 = Assert.Throws<ArgumentOutOfRangeException>(() => InfluenceMaximization.Imm(g, new ImmOptions { ImprovementTolerance = double.NaN }));
        Assert.Contains("options.ImprovementTolerance", e2.Message);
    }

    [Fact]
    public void The_best_candidate_is_the_eligible_one_of_largest_estimate_ties_to_the_first()
    {
        static SeedSetCandidateScore S(string name, double spread, bool eligible) => new(name, [0], spread, 1, 0, eligible);
        Assert.Equal(2, SpreadCandidates.Best([S("greedy", 10, true), S("degree", 12, false), S("pagerank", 11, true), S("kcore", 11, true)]));
        Assert.Equal(0, SpreadCandidates.Best([S("greedy", 10, true), S("degree", 10, true)]));
        Assert.Equal(-1, SpreadCandidates.Best([S("greedy", 10, false)]));
        // Rise: (new − previous)/previous on the same sets.
        Assert.Equal(0.25, SpreadCandidates.Rise(S("greedy", 10, true), S("greedy (previous round)", 8, true)), 12);
        // Still rising: 25 % > 0.5 %, and 30 − 10 = 20 discordant sets net > 2·√40 = 12.6; with 12 and 5, 7 < 2·√17 = 8.2.
        SeedSetCandidateScore[] pair = [S("greedy", 10, true), S("greedy (previous round)", 8, true)];
        Assert.True(new SpreadCandidates.ScoredRound(pair, [0, 30, 10, 0], [1000, 980]).StillRising(0.005));
        Assert.False(new SpreadCandidates.ScoredRound(pair, [0, 12, 5, 0], [1000, 993]).StillRising(0.005));
        Assert.False(new SpreadCandidates.ScoredRound(pair, [0, 30, 10, 0], [1000, 980]).StillRising(0.3));
        // Settled: the winner is significantly ahead of every eligible candidate covering different sets; identical
        // coverage (no discordant sets) and ineligible candidates do not count; 12 − 5 = 7 < 8.2 is not significant, but
        // with the winner covering 10,000 sets, 7 + 8.2 = 15.2 is within 0.5 % (50 sets): equivalent, settled too.
        SeedSetCandidateScore[] three = [S("greedy", 10, true), S("degree", 9, true), S("kcore", 12, false)];
        Assert.True(new SpreadCandidates.ScoredRound(three, [0, 30, 0, 10, 0, 0, 0, 50, 0], [1000, 980, 1200]).Settled(0, 0.005));
        Assert.False(new SpreadCandidates.ScoredRound(three, [0, 12, 0, 5, 0, 0, 0, 50, 0], [1000, 993, 1200]).Settled(0, 0.005));
        Assert.True(new SpreadCandidates.ScoredRound(three, [0, 12, 0, 5, 0, 0, 0, 50, 0], [10_000, 9993, 1200]).Settled(0, 0.005));
        Assert.True(new SpreadCandidates.ScoredRound(three, [0, 0, 0, 0, 0, 0, 0, 50, 0], [1000, 1000, 1200]).Settled(0, 0.005));
    }

    /// <summary>The one-pass coverages and the in-order marginal coverages agree with the plain coverage count.</summary>
    [Property(MaxTest = 20)]
    public Property Coverages_and_marginal_coverages_agree_with_coverage(PositiveInt seed)
    {
        var rng = new Xoshiro256StarStar((ulong)seed.Get);
        CsrGraph g = TestGraphs.Karate();
        var sets = new ReverseReachableSetCollection(new ReverseReachableSampler(g, SeedingModel.Create(g, Models.IC(0.2), "model")), (ulong)seed.Get, 0, 1);
        sets.ExtendTo(2000, null, "", 0, 1, CancellationToken.None);
        var nodeSets = new int[1 + rng.NextInt(6)][];
        for (int j = 0; j < nodeSets.Length; j++)
        {
            nodeSets[j] = Enumerable.Range(0, g.NodeCount).Where(_ => rng.NextInt(5) == 0).ToArray();
        }
        long[] all = MaxCoverage.Coverages(sets, nodeSets, CancellationToken.None, out long[] only);
        int c = nodeSets.Length;
        for (int i = 0; i < c; i++)
        {
            for (int j = 0; j < c; j++)
            {
                // Coverage of the union of i and j = covered by j + covered by i only.
                long union = NaiveCoverage(sets, nodeSets[i].Concat(nodeSets[j]));
                if (i != j && union != all[j] + only[i * c + j])
                {
                    return false.Label($"pair ({i}, {j}): union {union}, covered by {j} {all[j]}, by {i} only {only[i * c + j]}");
                }
            }
        }
        bool ok = true;
        for (int j = 0; j < nodeSets.Length; j++)
        {
            long one = NaiveCoverage(sets, nodeSets[j]);
            ok &= all[j] == one && MaxCoverage.MarginalCoverages(sets, nodeSets[j], CancellationToken.None).Sum() == one;
        }
        return ok.ToProperty();
    }

    /// <summary>Sets holding any of <paramref name="nodes"/>, counted one by one (singletons per node).</summary>
    private static long NaiveCoverage(ReverseReachableSetCollection sets, IEnumerable<int> nodes)
    {
        var chosen = new HashSet<int>(nodes);
        long covered = chosen.Sum(v => sets.SingletonCounts[v]);
        for (int s = 0; s < sets.StoredCount; s++)
        {
            foreach (int v in sets.StoredSet(s))
            {
                if (chosen.Contains(v))
                {
                    covered++;
                    break;
                }
            }
        }
        return covered;
    }
}
