using System.Collections.Immutable;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Metrics;
using NetworkVsCommunity.Algorithms.Roles;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Roles;

public class RoleAnalysisTests
{
    [Fact]
    public void ROL1_all_links_inside_give_P_0_and_one_link_into_each_of_q_modules_gives_1_minus_1_over_q()
    {
        // Node 0 links once into each of the modules {1,2}, {3,4}, {5,6} and is alone in its own: q = 3, P = 2/3.
        // Guimerà & Amaral 2005; implementations have flipped P (NetworkToolbox#7) — this pins the direction.
        var g = TestGraphs.FromEdges(7, [(0, 1), (0, 3), (0, 5), (1, 2), (3, 4), (5, 6)]);
        var p = Partition.FromMembership([9, 1, 1, 2, 2, 3, 3]);
        var r = RoleAnalysis.Cartography(g, p);
        Assert.Equal(2.0 / 3.0, r.Participation[0], 12);
        Assert.Equal(0.0, r.Participation[2]);
        Assert.Equal(0.5, r.Participation[1], 12);
        Assert.Equal(CartographyRole.R1UltraPeripheral, r.Roles[2]);
        Assert.Equal(CartographyRole.R3Connector, r.Roles[0]);
    }

    [Fact]
    public void ROL1_z_is_0_when_all_module_degrees_are_equal()
    {
        var r = RoleAnalysis.Cartography(TestGraphs.Ring(8), Partition.AllInOne(8));
        Assert.All(r.WithinModuleZ, z => Assert.Equal(0.0, z));
        Assert.All(r.Participation, x => Assert.Equal(0.0, x));
    }

    [Fact]
    public void ROL1_star_centre_is_a_provincial_hub_with_population_sd_z()
    {
        var r = RoleAnalysis.Cartography(TestGraphs.Star(10), Partition.AllInOne(11));
        double mean = 20.0 / 11;
        double sd = Math.Sqrt((Math.Pow(10 - mean, 2) + (10 * Math.Pow(1 - mean, 2))) / 11);
        Assert.Equal((10 - mean) / sd, r.WithinModuleZ[0], 12);
        Assert.Equal(CartographyRole.R5ProvincialHub, r.Roles[0]);
        Assert.Equal(10, r.WithinModuleDegree[0]);
    }

    [Fact]
    public void ROL2_star_centre_has_constraint_1_over_n_and_leaf_1()
    {
        // Burt 1992 (METRICS.md §2.8): centre of a star with n leaves: c = 1/n, ES = n; a leaf: c = 1.
        var r = RoleAnalysis.BrokerScores(TestGraphs.Star(5), Partition.AllInOne(6));
        Assert.Equal(0.2, r.Constraint[0], 12);
        Assert.Equal(5.0, r.EffectiveSize[0], 12);
        Assert.Equal(1.0, r.Constraint[3], 12);
        Assert.Equal(1.0, r.EffectiveSize[3], 12);
    }

    [Fact]
    public void ROL2_every_node_of_Kn_has_the_same_constraint_and_effective_size_is_k_minus_2t_over_k()
    {
        var r = RoleAnalysis.BrokerScores(TestGraphs.Complete(5), Partition.AllInOne(5));
        Assert.All(r.Constraint, c => Assert.Equal(r.Constraint[0], c, 12));
        // k = 4, t = 6: ES = 4 − 12/4 = 1.
        Assert.All(r.EffectiveSize, e => Assert.Equal(1.0, e, 12));
        var isolated = RoleAnalysis.BrokerScores(TestGraphs.FromEdges(3, [(0, 1)]), Partition.AllInOne(3));
        Assert.True(double.IsNaN(isolated.Constraint[2]));
    }

    [Fact]
    public void ROL2_karate_constraint_matches_networkx()
    {
        // Cross-checked with NetworkX (Debian python3-networkx) nx.constraint / nx.effective_size on the unweighted karate
        // club: node 0 → 0.15542329764660495 and 13.75; node 33 → 0.1564186851211073 and 15.235294117647058.
        var r = RoleAnalysis.BrokerScores(TestGraphs.Karate(), Partition.AllInOne(34));
        Assert.Equal(0.15542329764660495, r.Constraint[0], 12);
        Assert.Equal(0.1564186851211073, r.Constraint[33], 12);
        Assert.Equal(13.75, r.EffectiveSize[0], 12);
        Assert.Equal(15.235294117647058, r.EffectiveSize[33], 12);
    }

    [Fact]
    public void ROL2_between_community_betweenness_on_barbell_counts_only_crossing_paths()
    {
        var p = Partition.FromMembership([0, 0, 0, 0, 1, 1, 1, 1]);
        var r = RoleAnalysis.BrokerScores(TestGraphs.Barbell(), p);
        Assert.Equal(12.0, r.BetweenCommunityBetweenness[3], 12);
        Assert.Equal(12.0, r.BetweenCommunityBetweenness[4], 12);
        Assert.Equal(0.0, r.BetweenCommunityBetweenness[0]);
    }

    private static SamplingOptions Sampling(int samples = 400, long seed = 13) =>
        new() { Runs = samples, RandomSeed = seed };

    [Fact]
    public void ROL3_clique_member_outscores_a_bridge_node_of_equal_degree()
    {
        // Two K5 ({0..4}, {5..9}) and a bridge node 10 tied to 0, 1, 5, 6: node 10 and node 2 both have degree 4.
        var edges = (from i in Enumerable.Range(0, 5) from j in Enumerable.Range(0, 5) where i < j select (i, j))
            .Concat(from i in Enumerable.Range(5, 5) from j in Enumerable.Range(5, 5) where i < j select (i, j))
            .Concat([(10, 0), (10, 1), (10, 5), (10, 6)]);
        var g = TestGraphs.FromEdges(11, edges);
        Assert.Equal(g.Degree(2), g.Degree(10));
        var p = Partition.FromMembership([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0]);
        var r = RoleAnalysis.EvangelistsAndBroadcasters(g, p, [2, 10], Models.IC(0.4), Sampling());
        Assert.True(r.EvangelistScore[0] > r.EvangelistScore[1], $"{r.EvangelistScore[0]} <= {r.EvangelistScore[1]}");
    }

    [Fact]
    public void ROL4_centre_of_a_star_of_singletons_is_a_broadcaster_with_evangelist_score_0()
    {
        var star = TestGraphs.Star(8);
        var r = RoleAnalysis.EvangelistsAndBroadcasters(star, Partition.Singletons(9), [.. Enumerable.Range(0, 9)], Models.IC(0.5), Sampling());
        Assert.Equal(0.0, r.EvangelistScore[0]);
        Assert.False(r.IsEvangelist[0]);
        Assert.Equal(r.ExpectedReach[0], r.BroadcasterScore[0], 12);
        Assert.True(r.BroadcasterScore[0] > 4);
        Assert.True(r.IsBroadcaster[0]);
        Assert.Equal(r.BroadcasterScore.Max(), r.BroadcasterScore[0]);
    }

    [Fact]
    public void ROL3_ROL4_identical_on_1_and_2_threads()
    {
        var g = TestGraphs.Karate();
        var p = Partition.FromMembership(TestGraphs.KarateFactions());
        var a = RoleAnalysis.EvangelistsAndBroadcasters(g, p, [.. Enumerable.Range(0, 34)],
            Models.IC(0.1), new SamplingOptions { Runs = 50, RandomSeed = 2, MaxDegreeOfParallelism = 1 });
        var b = RoleAnalysis.EvangelistsAndBroadcasters(g, p, [.. Enumerable.Range(0, 34)],
            Models.IC(0.1), new SamplingOptions { Runs = 50, RandomSeed = 2, MaxDegreeOfParallelism = 2 });
        Assert.Equal(a.EvangelistScore.ToArray(), b.EvangelistScore.ToArray());
        Assert.Equal(a.BroadcasterScore.ToArray(), b.BroadcasterScore.ToArray());
    }

    [Fact]
    public void ROL5_joining_every_campaign_with_all_engagement_in_community_gives_1()
    {
        var log = new ActivityLog(4, 2,
            [new(0, 0), new(0, 1), new(1, 0), new(0, 1)],
            [new(1, 0), new(2, 0), new(3, 1), new(0, 1), new(0, 0)]);
        var p = Partition.FromMembership([0, 0, 0, 1]);
        var r = RoleAnalysis.EnthusiasmIndex(log, p);
        Assert.Equal(1.0, r.Index[0]);
        Assert.Equal(0.5 * 0.5, r.Index[1], 12);
        Assert.Equal(0.0, r.Index[3]);
        Assert.Equal([0], r.Enthusiasts.ToArray());
        Assert.Equal(1, r.EnthusiastCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ActivityLog(4, 1, [new(0, 3)], []));
    }

    /// <summary>
    /// The hand-built org of METRICS.md §2.14: three units plus external contacts, each ONA role designed into one person.
    /// Unit A = 0..5 (0 is its hub: central connector; 5 ties A to B and C: broker), unit B = 6..11 (9 has four external
    /// contacts: boundary spanner), unit C = 12..17 and 22 (22 hangs off 13: peripheral; 14 is rated energising by four
    /// colleagues: energizer). Externals 18..21.
    /// </summary>
    private static (CsrGraph Graph, Partition Units, bool[] Employee, CsrGraph Energy) ThreeUnitOrg()
    {
        var edges = new List<(int, int)>
        {
            (0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (1, 2), (3, 4),
            (6, 7), (7, 8), (8, 9), (9, 10), (10, 11), (11, 6), (6, 8), (9, 11),
            (12, 13), (13, 14), (14, 15), (15, 16), (16, 17), (17, 12), (12, 14), (15, 17), (13, 22),
            (5, 6), (5, 12),
            (9, 18), (9, 19), (9, 20), (9, 21),
        };
        var graph = TestGraphs.FromEdges(23, edges);
        int[] unit = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 2];
        var employee = Enumerable.Range(0, 23).Select(v => v < 18 || v == 22).ToArray();
        var energy = TestGraphs.FromEdges(23, [(12, 14), (13, 14), (15, 14), (16, 14), (14, 12), (7, 6)], directed: true);
        return (graph, Partition.FromMembership(unit), employee, energy);
    }

    [Fact]
    public void ROL6_each_designed_role_is_assigned_to_the_designed_person()
    {
        var (g, units, employee, energy) = ThreeUnitOrg();
        var r = RoleAnalysis.OnaRoleMap(g, units, employee, energy);
        Assert.True(r.Roles[0].HasFlag(OnaRole.CentralConnector), r.Roles[0].ToString());
        Assert.True(r.Roles[9].HasFlag(OnaRole.BoundarySpanner), r.Roles[9].ToString());
        Assert.True(r.Roles[5].HasFlag(OnaRole.Broker), r.Roles[5].ToString());
        Assert.True(r.Roles[22].HasFlag(OnaRole.Peripheral), r.Roles[22].ToString());
        Assert.True(r.Roles[14].HasFlag(OnaRole.Energizer), r.Roles[14].ToString());
        Assert.Equal(OnaRole.None, r.Roles[18]);
        // The roles are not handed out wholesale.
        Assert.False(r.Roles[1].HasFlag(OnaRole.Broker));
        Assert.False(r.Roles[10].HasFlag(OnaRole.BoundarySpanner));
        Assert.False(r.Roles[9].HasFlag(OnaRole.Energizer));
    }
}
