using FsCheck.Xunit;
using FsCheck;
using NetworkVsCommunity.Algorithms.Attribution;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Metrics;
using NetworkVsCommunity.Algorithms.Roles;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Randomness;
using NetworkVsCommunity.Tests.Fixtures;
using static NetworkVsCommunity.Tests.Algorithms.Metrics.MetricFixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Metrics;

/// <summary>FsCheck properties of the metric suite: bounds, symmetry, Shapley efficiency, monotonicity and submodularity.</summary>
public class MetricPropertyTests
{
    private static int[] Subset(int n, ulong seed, ulong stream, double p)
    {
        var rng = Xoshiro256StarStar.ForStream(seed, stream);
        return [.. Enumerable.Range(0, n).Where(_ => rng.NextDouble() < p)];
    }

    /// <summary>
    /// SPR-1 in the advocacy setting (sharers post to an audience, not to each other): a directed bipartite graph from
    /// pool P to audience. There UniqueReach is a coverage function: monotone and submodular in S ⊆ P.
    /// </summary>
    [Property(MaxTest = 60)]
    public bool SPR1_unique_reach_is_monotone_and_submodular(NonNegativeInt seedValue)
    {
        ulong seed = (ulong)seedValue.Get;
        const int pool = 8;
        const int audience = 20;
        var rng = Xoshiro256StarStar.ForStream(seed, 9);
        var edges = new List<(int, int)>();
        for (int s = 0; s < pool; s++)
        {
            for (int a = 0; a < audience; a++)
            {
                if (rng.NextDouble() < 0.2)
                {
                    edges.Add((s, pool + a));
                }
            }
        }
        var g = TestGraphs.FromEdges(pool + audience, edges, directed: true);
        int[] b = Subset(pool, seed, 1, 0.6);
        int[] a2 = [.. b.Where((_, i) => i % 2 == 0)];
        int x = rng.NextInt(pool);
        if (b.Contains(x))
        {
            return true;
        }
        int F(IEnumerable<int> s) => SpreadMetrics.UniqueReach(g, s.ToArray()).UniqueReach;
        bool monotone = F(a2) <= F(b) && F(b) <= F(b.Append(x));
        bool submodular = F(a2.Append(x)) - F(a2) >= F(b.Append(x)) - F(b);
        return monotone && submodular;
    }

    [Property(MaxTest = 60)]
    public bool ATT1_coverage_shapley_is_efficient_and_symmetric(NonNegativeInt seedValue)
    {
        ulong seed = (ulong)seedValue.Get;
        var g = RandomGraph(25, 0.12, seed);
        int[] s = Subset(25, seed, 2, 0.3);
        var r = FairCredit.CoverageShapley(g, s, 2);
        double sum = r.Credits.Sum();
        bool efficient = Math.Abs(sum - SpreadMetrics.UniqueReach(g, s, 2).UniqueReach) < 1e-9;
        bool bounded = r.Credits.All(c => c >= 0);
        // Symmetry: duplicating a reach set splits its credit equally.
        var sets = FairCredit.CoverageShapley([[1, 2, 3], [1, 2, 3], [3, 4]]);
        return efficient && bounded && Math.Abs(sets.Credits[0] - sets.Credits[1]) < 1e-12;
    }

    [Property(MaxTest = 15)]
    public bool ATT2_spread_and_resonance_shapley_are_efficient_per_sample(NonNegativeInt seedValue)
    {
        ulong seed = (ulong)seedValue.Get;
        var g = RandomGraph(20, 0.2, seed);
        int[] s = Subset(20, seed, 3, 0.25);
        var model = Models.IC(0.3);
        var sampling = new SamplingOptions { Runs = 20, RandomSeed = (long)seed };
        var spread = FairCredit.SpreadShapley(g, s, model, sampling);
        var res = FairCredit.ResonanceShapley(g, Partition.FromMembership([.. Enumerable.Range(0, 20).Select(v => v % 3)]), s, model, sampling);
        return Math.Abs(spread.Credits.Sum() - spread.Value) < 1e-9 && Math.Abs(res.Credits.Sum() - res.Value) < 1e-9
            && Math.Abs(spread.Value - SpreadMetrics.ExpectedSpread(g, s, model, sampling).Mean) < 1e-9;
    }

    [Property(MaxTest = 60)]
    public bool Cascade_metrics_stay_in_their_bounds(NonNegativeInt seedValue)
    {
        ulong seed = (ulong)seedValue.Get;
        var g = RandomGraph(30, 0.12, seed);
        int[] s = Subset(30, seed, 4, 0.15);
        if (s.Length == 0)
        {
            return true;
        }
        var cascade = ResonanceMetrics.ComplexSurvival(g, s, 1).ThresholdCascade; // θ = 1: simple contagion
        var p = Partition.FromMembership([.. Enumerable.Range(0, 30).Select(v => v / 7)]);
        var mask = Enumerable.Range(0, 30).Select(v => v % 4 != 0).ToArray();
        double spr4 = SpreadMetrics.ExternalPenetration(cascade, mask);
        double res1 = ResonanceMetrics.ReinforcedAdoptionShare(g, cascade);
        double res2 = ResonanceMetrics.TransmissionEmbeddedness(g, cascade);
        double res3 = ResonanceMetrics.IntraCommunityShare(cascade, p);
        double res5 = ResonanceMetrics.ComplexSurvival(g, s, 2).Survival;
        var span = SpreadMetrics.CommunitySpan(cascade, p);
        var profile = SpreadMetrics.Profile(g, cascade, p, mask);
        var echo = RiskMetrics.EchoChamber(g, cascade, p.Membership);
        bool eiOk = double.IsNaN(echo.EIIndex) || (echo.EIIndex >= -1 && echo.EIIndex <= 1);
        return In01(spr4) && In01(res1) && In01(res2) && In01(res3) && res5 > 0 && res5 <= 1 && In01(span.NormalizedEntropy)
            && In01(profile.NetworkNess) && In01(profile.CommunityNess) && eiOk;
    }

    private static bool In01(double x) => x >= 0 && x <= 1;

    [Property(MaxTest = 60)]
    public bool SPR5_structural_virality_does_not_depend_on_the_root(NonNegativeInt seedValue, PositiveInt size)
    {
        int n = 2 + (size.Get % 30);
        var (cascade, parent) = RandomTreeCascade(n, (ulong)seedValue.Get);
        double nu = SpreadMetrics.CascadeShape(cascade).StructuralVirality;
        int root = (int)((ulong)seedValue.Get % (ulong)n);
        double rerooted = SpreadMetrics.CascadeShape(Reroot(parent, root)).StructuralVirality;
        return Math.Abs(nu - rerooted) < 1e-9 && nu >= 1 - 1e-12;
    }

    [Property(MaxTest = 25)]
    public bool RSK2_firestorm_probability_is_monotone_in_p(NonNegativeInt seedValue)
    {
        var g = RandomGraph(25, 0.15, (ulong)seedValue.Get);
        double low = RiskMetrics.FirestormProbability(g, 0, 0.3, Models.IC(0.2), new SamplingOptions { Runs = 40, RandomSeed = seedValue.Get }).Probability;
        double high = RiskMetrics.FirestormProbability(g, 0, 0.3, Models.IC(0.4), new SamplingOptions { Runs = 40, RandomSeed = seedValue.Get }).Probability;
        return low <= high;
    }

    [Property(MaxTest = 100)]
    public bool ATT5_reward_split_always_sums_to_the_pool(NonNegativeInt seedValue, PositiveInt count)
    {
        int k = 1 + (count.Get % 12);
        var rng = Xoshiro256StarStar.ForStream((ulong)seedValue.Get, 5);
        double[] spread = [.. Enumerable.Range(0, k).Select(_ => rng.NextDouble() < 0.3 ? 0 : rng.NextDouble() * 10)];
        double[] res = [.. Enumerable.Range(0, k).Select(_ => rng.NextDouble() < 0.5 ? 0 : rng.NextDouble() * 3)];
        double pool = 1000 * rng.NextDouble();
        double alpha = rng.NextDouble();
        var r = FairCredit.RewardSplit(spread, res, pool, alpha);
        bool nullPlayers = Enumerable.Range(0, k).All(i => spread[i] > 0 || res[i] > 0 || r.Payouts[i] == 0 || spread.Sum() + res.Sum() == 0);
        return Math.Abs(r.Payouts.Sum() - pool) <= 1e-9 * Math.Max(1, pool) && r.Payouts.All(x => x >= -1e-9) && nullPlayers;
    }

    [Property(MaxTest = 60)]
    public bool ROL1_participation_is_bounded_and_ROL2_constraint_is_positive(NonNegativeInt seedValue)
    {
        ulong seed = (ulong)seedValue.Get;
        var g = RandomGraph(24, 0.15, seed);
        var p = Partition.FromMembership([.. Enumerable.Range(0, 24).Select(v => (int)((ulong)v * seed % 4))]);
        var c = RoleAnalysis.Cartography(g, p);
        var b = RoleAnalysis.BrokerScores(g, p);
        bool pOk = c.Participation.All(x => x >= 0 && x < 1);
        bool cOk = Enumerable.Range(0, 24).All(v => g.Degree(v) == 0 ? double.IsNaN(b.Constraint[v]) : b.Constraint[v] > 0 && double.IsFinite(b.Constraint[v]) && b.EffectiveSize[v] >= 1 - 1e-9 && b.EffectiveSize[v] <= g.Degree(v) + 1e-9);
        return pOk && cOk;
    }

    [Property(MaxTest = 60)]
    public bool ROL5_enthusiasm_index_is_bounded(NonNegativeInt seedValue)
    {
        var rng = Xoshiro256StarStar.ForStream((ulong)seedValue.Get, 6);
        const int n = 12;
        var parts = Enumerable.Range(0, 30).Select(_ => new CampaignParticipation(rng.NextInt(n), rng.NextInt(4))).ToArray();
        var eng = Enumerable.Range(0, 40).Select(_ => new EngagementEvent(rng.NextInt(n), rng.NextInt(n))).ToArray();
        var log = new ActivityLog(n, 4, [.. parts], [.. eng]);
        var r = RoleAnalysis.EnthusiasmIndex(log, Partition.FromMembership([.. Enumerable.Range(0, n).Select(v => v % 3)]));
        return r.Index.All(In01) && r.EnthusiastCount == r.Index.Count(x => x >= 0.5);
    }

    /// <summary>Any two nodes of a ring are swapped by a reflection, so their credit must be equal (symmetry axiom).</summary>
    [Property(MaxTest = 40)]
    public bool ATT1_ATT2_automorphic_sharers_on_a_ring_get_equal_credit(PositiveInt size, NonNegativeInt a, NonNegativeInt b, PositiveInt hops)
    {
        int n = 5 + (size.Get % 30);
        int i = a.Get % n;
        int j = b.Get % n;
        if (i == j)
        {
            return true;
        }
        var ring = TestGraphs.Ring(n);
        int h = 1 + (hops.Get % 3);
        var exact = FairCredit.CoverageShapley(ring, [i, j], h);
        var sure = FairCredit.SpreadShapley(ring, [i, j], Models.IC(1), new SamplingOptions { Runs = 3, RandomSeed = 1 });
        var mc = FairCredit.SpreadShapley(ring, [i, j], Models.IC(0.5), new SamplingOptions { Runs = 400, RandomSeed = size.Get });
        double se = Math.Sqrt((mc.StandardErrors[0] * mc.StandardErrors[0]) + (mc.StandardErrors[1] * mc.StandardErrors[1]));
        return exact.Credits[0] == exact.Credits[1] && sure.Credits[0] == sure.Credits[1]
            && Math.Abs(mc.Credits[0] - mc.Credits[1]) <= (5 * se) + 1e-12;
    }
}
