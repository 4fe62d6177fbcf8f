using NetworkVsCommunity.Algorithms.Metrics;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Tests.Fixtures;
using static NetworkVsCommunity.Tests.Algorithms.Metrics.MetricFixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Metrics;

public class ResonanceMetricsTests
{
    [Fact]
    public void RES1_path_cascade_gives_0_and_triangle_seeded_at_two_nodes_gives_1()
    {
        var path = TestGraphs.Path(4);
        var c = Cascade(4, (0, 0, -1), (1, 1, 0), (2, 2, 1), (3, 3, 2));
        Assert.Equal(0.0, ResonanceMetrics.ReinforcedAdoptionShare(path, c));
        var triangle = TestGraphs.Complete(3);
        var t = Cascade(3, (0, 0, -1), (1, 0, -1), (2, 1, 0));
        Assert.Equal(1.0, ResonanceMetrics.ReinforcedAdoptionShare(triangle, t));
    }

    [Fact]
    public void RES1_uses_recorded_counts_when_present()
    {
        var triangle = TestGraphs.Complete(3);
        var recorded = new NetworkVsCommunity.Algorithms.Diffusion.Cascade(3, [0, 1, 2], [0, 0, 1], [-1, -1, 0], [0, 0, 1]);
        Assert.Equal(0.0, ResonanceMetrics.ReinforcedAdoptionShare(triangle, recorded));
    }

    [Fact]
    public void RES2_clique_transmissions_give_1_and_bridge_transmissions_give_0()
    {
        var k5 = TestGraphs.Complete(5);
        var c = Cascade(5, (0, 0, -1), (1, 1, 0), (2, 1, 0), (3, 2, 1), (4, 2, 2));
        Assert.Equal(1.0, ResonanceMetrics.TransmissionEmbeddedness(k5, c), 12);
        var barbell = TestGraphs.Barbell();
        var across = Cascade(8, (3, 0, -1), (4, 1, 3));
        Assert.Equal(0.0, ResonanceMetrics.TransmissionEmbeddedness(barbell, across));
    }

    [Fact]
    public void RES2_barbell_overlaps_match_the_worked_values()
    {
        // METRICS.md §2.6: O = 0 on the bridge, 1 on K4 edges that avoid the bridge endpoint, 2/3 on edges touching it.
        var g = TestGraphs.Barbell();
        Assert.Equal(0.0, ResonanceMetrics.NeighborhoodOverlap(g, 3, 4));
        Assert.Equal(1.0, ResonanceMetrics.NeighborhoodOverlap(g, 0, 1), 12);
        Assert.Equal(2.0 / 3.0, ResonanceMetrics.NeighborhoodOverlap(g, 0, 3), 12);
    }

    [Fact]
    public void RES3_two_disconnected_cliques_give_1_and_relabelling_communities_changes_nothing()
    {
        var g = TestGraphs.TwoTriangles(joined: false);
        var c = Cascade(6, (0, 0, -1), (3, 0, -1), (1, 1, 0), (4, 1, 3), (2, 2, 1), (5, 2, 4));
        var p = Partition.FromMembership([0, 0, 0, 1, 1, 1]);
        var relabelled = Partition.FromMembership([7, 7, 7, 2, 2, 2]);
        Assert.Equal(1.0, ResonanceMetrics.IntraCommunityShare(c, p));
        Assert.Equal(1.0, ResonanceMetrics.IntraCommunityShare(c, relabelled));
        var crossing = Cascade(6, (2, 0, -1), (3, 1, 2), (1, 1, 2));
        Assert.Equal(0.5, ResonanceMetrics.IntraCommunityShare(crossing, p));
    }

    [Fact]
    public void RES4_full_clique_adoption_gives_1_1_and_single_adopter_density_0()
    {
        var k4 = TestGraphs.Complete(4);
        var all = Cascade(4, (0, 0, -1), (1, 1, 0), (2, 1, 0), (3, 1, 0));
        var d = ResonanceMetrics.CommunityDepth(k4, all, Partition.AllInOne(4));
        Assert.Single(d.Communities);
        Assert.Equal(1.0, d.Communities[0].Coverage);
        Assert.Equal(1.0, d.Communities[0].Density);
        var single = ResonanceMetrics.CommunityDepth(k4, Cascade(4, (2, 0, -1)), Partition.AllInOne(4));
        Assert.Equal(0.25, single.MeanCoverage);
        Assert.Equal(0.0, single.MeanDensity);
    }

    [Fact]
    public void RES5_tree_with_one_seed_and_theta_2_gives_one_over_reach()
    {
        var tree = TestGraphs.Star(5);
        var r = ResonanceMetrics.ComplexSurvival(tree, [1], threshold: 2);
        Assert.Equal(1, r.ComplexAdopters);
        Assert.Equal(6, r.SimpleReach);
        Assert.Equal(1.0 / 6.0, r.Survival, 12);
    }

    [Fact]
    public void RES5_ring_lattice_k4_two_adjacent_seeds_theta_2_gives_1()
    {
        // Centola & Macy 2007: clustered lattices carry complex contagion.
        var lattice = TestGraphs.RingLattice(20, 4);
        var r = ResonanceMetrics.ComplexSurvival(lattice, [0, 1], threshold: 2);
        Assert.Equal(1.0, r.Survival);
        Assert.Equal(20, r.ThresholdCascade.Size);
        Assert.Equal(1.0, ResonanceMetrics.ReinforcedAdoptionShare(lattice, r.ThresholdCascade));
    }

    [Fact]
    public void RES6_barbell_has_no_wide_bridge_and_two_K5_meeting_one_node_have_one()
    {
        var barbell = TestGraphs.Barbell();
        var bp = Partition.FromMembership([0, 0, 0, 0, 1, 1, 1, 1]);
        Assert.Equal(0, ResonanceMetrics.WideBridges(barbell, bp, 2).WideBridgeCount);
        var k5p = Partition.FromMembership([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
        var meet = ResonanceMetrics.WideBridges(TestGraphs.TwoK5WithBridge(3, meetOneNode: true), k5p, 2);
        Assert.Equal(1, meet.WideBridgeCount);
        Assert.Equal(3, meet.Bridges[0].Width);
        Assert.Equal(3, meet.Bridges[0].EffectiveWidth);
        // Distinct endpoints: W = w but effective width 1 (METRICS.md §2.2).
        var distinct = ResonanceMetrics.WideBridges(TestGraphs.TwoK5WithBridge(3, meetOneNode: false), k5p, 2);
        Assert.Equal(0, distinct.WideBridgeCount);
        Assert.Equal(3, distinct.Bridges[0].Width);
        Assert.Equal(1, distinct.Bridges[0].EffectiveWidth);
    }

    [Fact]
    public void RES7_neighbourhood_of_two_disjoint_triangles_gives_2_and_a_clique_of_six_gives_1()
    {
        // Ugander et al. 2012: v (node 6) adjacent to two disjoint adopting triangles.
        var edges = new List<(int, int)> { (0, 1), (0, 2), (1, 2), (3, 4), (3, 5), (4, 5) };
        edges.AddRange(Enumerable.Range(0, 6).Select(i => (i, 6)));
        var g = TestGraphs.FromEdges(7, edges);
        var c = Cascade(7, (0, 0, -1), (1, 0, -1), (2, 0, -1), (3, 0, -1), (4, 0, -1), (5, 0, -1), (6, 1, 0));
        var sd = ResonanceMetrics.StructuralDiversity(g, c);
        Assert.Equal(2, sd.PerAdopter[6]);
        Assert.Equal(2.0, sd.Mean);
        var k7 = TestGraphs.Complete(7);
        Assert.Equal(1.0, ResonanceMetrics.StructuralDiversity(k7, c).Mean);
    }

    [Fact]
    public void Overlap_and_structural_diversity_equal_a_naive_set_computation_on_a_graph_with_hubs()
    {
        // Preferential attachment gives hubs, where both metrics switch to binary search in the hub's sorted row.
        var g = TestGraphs.PreferentialAttachment(400, 3, 17);
        var neighbours = Enumerable.Range(0, g.NodeCount).Select(v => g.Neighbors(v).ToArray().ToHashSet()).ToArray();
        for (int u = 0; u < g.NodeCount; u++)
        {
            foreach (int v in neighbours[u])
            {
                var nu = neighbours[u].Where(t => t != u && t != v).ToHashSet();
                var nv = neighbours[v].Where(t => t != u && t != v).ToHashSet();
                int common = nu.Intersect(nv).Count();
                int denominator = nu.Count + nv.Count - common;
                double expected = denominator <= 0 ? 0 : (double)common / denominator;
                Assert.Equal(expected, ResonanceMetrics.NeighborhoodOverlap(g, u, v));
            }
        }
        // Everyone adopts at step 1 from the hubs 0..4: each adopter's exposers are its hub neighbours; count their components.
        var rows = Enumerable.Range(0, g.NodeCount).Select(v => v < 5 ? (v, 0, -1) : (v, 1, Math.Min(4, v % 5))).ToArray();
        var c = Cascade(g.NodeCount, rows);
        var sd = ResonanceMetrics.StructuralDiversity(g, c);
        for (int v = 5; v < g.NodeCount; v++)
        {
            var exposers = neighbours[v].Where(u => u < 5).ToList();
            var label = exposers.ToDictionary(u => u, u => u);
            bool merged = true;
            while (merged)
            {
                merged = false;
                foreach (int a in exposers)
                {
                    foreach (int b in exposers)
                    {
                        if (neighbours[a].Contains(b) && label[a] != label[b])
                        {
                            int low = Math.Min(label[a], label[b]);
                            int high = Math.Max(label[a], label[b]);
                            foreach (int x in exposers.Where(x => label[x] == high).ToList())
                            {
                                label[x] = low;
                            }
                            merged = true;
                        }
                    }
                }
            }
            Assert.Equal(label.Values.Distinct().Count(), sd.PerAdopter[v]);
        }
    }

    [Fact]
    public void RES8_all_mutual_gives_1_and_broadcast_star_gives_0()
    {
        EngagementEvent[] mutual = [new(0, 1), new(1, 0), new(2, 3), new(3, 2), new(2, 3)];
        Assert.Equal(1.0, ResonanceMetrics.EngagementReciprocity(mutual));
        EngagementEvent[] star = [new(1, 0), new(2, 0), new(3, 0), new(4, 0)];
        Assert.Equal(0.0, ResonanceMetrics.EngagementReciprocity(star));
        EngagementEvent[] half = [new(0, 1), new(1, 0), new(2, 0), new(3, 3)];
        Assert.Equal(0.5, ResonanceMetrics.EngagementReciprocity(half));
    }

    [Fact]
    public void RES9_r1_is_the_union_of_external_adopters_and_growth_is_monotone()
    {
        bool[] employee = [true, true, false, false, false, false];
        var c1 = Cascade(6, (0, 0, -1), (2, 1, 0), (3, 1, 0));
        var c2 = Cascade(6, (1, 0, -1), (3, 1, 1), (4, 1, 1));
        var c3 = Cascade(6, (0, 0, -1), (2, 1, 0));
        var r1 = ResonanceMetrics.SupporterBase([c1, c2, c3], employee, 1);
        Assert.Equal([2, 3, 4], r1.SupporterNodes.ToArray());
        Assert.Equal([2, 3, 3], r1.GrowthByCampaign.ToArray());
        var r2 = ResonanceMetrics.SupporterBase([c1, c2, c3], employee, 2);
        Assert.Equal([2, 3], r2.SupporterNodes.ToArray());
        Assert.Equal([0, 1, 2], r2.GrowthByCampaign.ToArray());
    }

    [Fact]
    public void RES9_affirmation_form_counts_externals_with_two_adopting_neighbours_in_their_community()
    {
        // External 3 has adopting neighbours 0 and 1 in its community; external 4 only 2.
        var g = TestGraphs.FromEdges(5, [(0, 3), (1, 3), (2, 4), (0, 1)]);
        var c = Cascade(5, (0, 0, -1), (2, 0, -1), (1, 1, 0));
        var p = Partition.FromMembership([0, 0, 1, 0, 1]);
        bool[] employee = [true, true, true, false, false];
        Assert.Equal([3], ResonanceMetrics.SupportersByAffirmation(g, c, p, employee, 2).ToArray());
    }

    [Fact]
    public void Exposure_curve_everyone_adopting_at_first_exposure_gives_p1_1_and_p2_undefined()
    {
        // Romero, Meeder & Kleinberg 2011 (METRICS.md §2.4).
        var path = TestGraphs.Path(5);
        var c = Cascade(5, (0, 0, -1), (1, 1, 0), (2, 2, 1), (3, 3, 2), (4, 4, 3));
        var e = ResonanceMetrics.ExposureCurve(path, c);
        Assert.Equal(1.0, e.AdoptionProbability[1]);
        Assert.True(e.AdoptionProbability.Length <= 2 || double.IsNaN(e.AdoptionProbability[2]));
    }

    [Fact]
    public void Exposure_curve_rises_past_k1_for_threshold_adoption()
    {
        // Ring lattice with θ = 2: nobody adopts after a single exposure.
        var lattice = TestGraphs.RingLattice(12, 4);
        var c = ResonanceMetrics.ComplexSurvival(lattice, [0, 1], 2).ThresholdCascade;
        var e = ResonanceMetrics.ExposureCurve(lattice, c);
        Assert.Equal(0.0, e.AdoptionProbability[1]);
        Assert.True(e.AdoptionProbability[2] > 0);
    }
}
