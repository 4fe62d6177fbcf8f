using System.Collections.Immutable;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Seeding;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Randomness;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Seeding;

public class ImmTests
{
    [Fact]
    public void On_a_directed_out_star_with_p_1_IMM_picks_the_centre()
    {
        CsrGraph g = TestGraphs.Star(30, directed: true);
        ImmResult r = InfluenceMaximization.Imm(g, new ImmOptions { SeedCount = 1, Model = Models.IC(1.0), RandomSeed = 3 });
        Assert.Equal(new[] { 0 }, r.SeedNodes.ToArray());
        // Every RR set contains the centre, so the estimate is exact: the centre reaches all 31 nodes.
        Assert.Equal(31.0, r.EstimatedSpread, 9);
        Assert.Equal(1 - 1 / Math.E - 0.1, r.ApproximationRatio, 12);
        Assert.Equal(3, r.RandomSeed);
    }

    [Fact]
    public void On_two_disjoint_out_stars_IMM_picks_both_centres_larger_first()
    {
        // Star A: 0 → 1..20; star B: 21 → 22..31.
        var edges = Enumerable.Range(1, 20).Select(i => (0, i)).Concat(Enumerable.Range(22, 10).Select(i => (21, i)));
        CsrGraph g = TestGraphs.FromEdges(32, edges, directed: true);
        ImmResult r = InfluenceMaximization.Imm(g, new ImmOptions { SeedCount = 2, Model = Models.IC(1.0), RandomSeed = 5 });
        Assert.Equal(new[] { 0, 21 }, r.SeedNodes.ToArray());
        Assert.Equal(32.0, r.EstimatedSpread, 9);
    }

    [Fact]
    public void Same_random_seed_gives_the_same_result_on_1_and_2_threads()
    {
        CsrGraph g = TestGraphs.Karate();
        foreach (DiffusionModel model in new DiffusionModel[] { Models.IC(0.1), Models.WeightedCascade, LinearThresholdModel.Default })
        {
            var options = new ImmOptions { SeedCount = 4, Epsilon = 0.3, Model = model, RandomSeed = 11 };
            ImmResult one = InfluenceMaximization.Imm(g, options with { MaxDegreeOfParallelism = 1 });
            ImmResult two = InfluenceMaximization.Imm(g, options with { MaxDegreeOfParallelism = 2 });
            Assert.Equal(one.SeedNodes.ToArray(), two.SeedNodes.ToArray());
            Assert.Equal(one.EstimatedSpread, two.EstimatedSpread);
            Assert.Equal(one.RRSetCount, two.RRSetCount);
            Assert.Equal(one.SamplingRRSetCount, two.SamplingRRSetCount);
        }
    }

    [Fact]
    public void Karate_IC_picks_the_two_faction_leaders_first()
    {
        // Nodes 33 (the officer, degree 17) and 0 (Mr. Hi, degree 16) are the hubs of the two factions (Zachary 1977).
        ImmResult r = InfluenceMaximization.Imm(TestGraphs.Karate(), new ImmOptions { SeedCount = 2, Epsilon = 0.2, Model = Models.IC(0.1), RandomSeed = 1 });
        Assert.Equal(new SortedSet<int> { 0, 33 }, new SortedSet<int>(r.SeedNodes));
    }

    [Fact]
    public void Invalid_options_are_rejected_with_the_option_named()
    {
        CsrGraph g = TestGraphs.Karate();
        var e1 = Assert.Throws<ArgumentOutOfRangeException>(() => InfluenceMaximization.Imm(g, new ImmOptions { Epsilon = 0 }));
        Assert.Contains("options.Epsilon = 0", e1.Message);
        var e2 = Assert.Throws<ArgumentOutOfRangeException>(() => InfluenceMaximization.Imm(g, new ImmOptions { SeedCount = 0 }));
        Assert.Contains("options.SeedCount", e2.Message);
        var e3 = Assert.Throws<ArgumentException>(() => InfluenceMaximization.Imm(g, new ImmOptions { Model = ThresholdModel.Default }));
        Assert.Contains("options.Model = 'threshold'", e3.Message);
        Assert.Contains("ic, icp, relationship and lt", e3.Message);
        var e5 = Assert.Throws<ArgumentException>(() => InfluenceMaximization.OpimC(g, new ImmOptions { Model = SirModel.Default }));
        Assert.Contains("'sir'", e5.Message);
        var e4 = Assert.Throws<ArgumentException>(() => InfluenceMaximization.Imm(g, new ImmOptions { Constraints = new SeedingConstraints { Eligible = [true, false] } }));
        Assert.Contains("Eligible", e4.Message);
    }

    [Fact]
    public void Cancellation_stops_the_run()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => InfluenceMaximization.Imm(TestGraphs.Karate(), new ImmOptions { RandomSeed = 1 }, null, cts.Token));
    }

    [Fact]
    public void Progress_is_monotone_and_ends_at_1()
    {
        var recorder = new ProgressRecorder();
        InfluenceMaximization.Imm(TestGraphs.Karate(), new ImmOptions { SeedCount = 3, Epsilon = 0.3, RandomSeed = 2 }, recorder);
        Assert.NotEmpty(recorder.Reports);
        for (int i = 1; i < recorder.Reports.Count; i++)
        {
            Assert.True(recorder.Reports[i].Fraction >= recorder.Reports[i - 1].Fraction);
        }
        Assert.Equal(1.0, recorder.Reports[^1].Fraction);
    }

    [Property(MaxTest = 25)]
    public Property IMM_respects_the_constraints(PositiveInt seed)
    {
        var rng = new Xoshiro256StarStar((ulong)seed.Get);
        CsrGraph g = TestGraphs.Karate();
        SeedingConstraints c = RandomConstraints(ref rng, g.NodeCount);
        int k = 1 + rng.NextInt(8);
        ImmResult r = InfluenceMaximization.Imm(g, new ImmOptions { SeedCount = k, Epsilon = 0.5, Constraints = c, Model = Models.IC(0.2), RandomSeed = seed.Get, MaxDegreeOfParallelism = 1 });
        return (c.IsFeasible(r.SeedNodes.AsSpan(), k) && r.SeedNodes.Length == MaxFeasible(c, g.NodeCount, k)).ToProperty();
    }

    /// <summary>Random eligibility, exclusions, departments with quotas and enthusiasm.</summary>
    internal static SeedingConstraints RandomConstraints(ref Xoshiro256StarStar rng, int n)
    {
        var eligible = new bool[n];
        var departments = new int[n];
        var enthusiasm = new double[n];
        for (int v = 0; v < n; v++)
        {
            eligible[v] = rng.NextDouble() < 0.8;
            departments[v] = rng.NextInt(4) - 1;
            enthusiasm[v] = rng.NextDouble();
        }
        var excludedList = new List<int>();
        int excludedCount = 1 + rng.NextInt(4);
        for (int i = 0; i < excludedCount; i++)
        {
            excludedList.Add(rng.NextInt(n));
        }
        int[] excluded = excludedList.Distinct().ToArray();
        return new SeedingConstraints
        {
            Eligible = [.. eligible],
            Excluded = [.. excluded],
            Departments = [.. departments],
            DepartmentQuotas = [rng.NextInt(3), rng.NextInt(3), 1 + rng.NextInt(2)],
            Enthusiasm = [.. enthusiasm],
            MinimumEnthusiasm = 0.2,
        };
    }

    /// <summary>The size of a largest feasible set: min(k, admissible nodes with department quotas applied).</summary>
    internal static int MaxFeasible(SeedingConstraints c, int n, int k)
    {
        var perDepartment = new Dictionary<int, int>();
        int free = 0;
        for (int v = 0; v < n; v++)
        {
            if (!c.IsAdmissible(v))
            {
                continue;
            }
            int d = c.Departments[v];
            if (d >= 0 && d < c.DepartmentQuotas.Length)
            {
                perDepartment[d] = perDepartment.GetValueOrDefault(d) + 1;
            }
            else
            {
                free++;
            }
        }
        int total = free + perDepartment.Sum(p => Math.Min(p.Value, c.DepartmentQuotas[p.Key]));
        return Math.Min(k, total);
    }
}
