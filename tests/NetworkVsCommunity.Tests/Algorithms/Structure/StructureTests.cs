using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetworkVsCommunity.Algorithms.Structure;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Structure;

public sealed class StructureTests
{
    [Fact]
    public void Breadth_first_distances_on_a_path_and_unreachable_nodes()
    {
        DistanceResult r = Traversal.BreadthFirstDistances(TestGraphs.Path(5), 1);
        Assert.Equal([1, 0, 1, 2, 3], r.Distances.ToArray());
        Assert.Equal(5, r.ReachedCount);
        Assert.Equal(3, r.Eccentricity);
        Assert.Empty(r.Diagnostics);
        DistanceResult split = Traversal.BreadthFirstDistances(TestGraphs.TwoTriangles(joined: false), 0);
        Assert.Equal([0, 1, 1, -1, -1, -1], split.Distances.ToArray());
        Assert.Single(split.Diagnostics);
    }

    [Fact]
    public void Breadth_first_search_follows_the_requested_direction()
    {
        CsrGraph g = TestGraphs.Path(4, directed: true); // 0 -> 1 -> 2 -> 3
        Assert.Equal([-1, -1, 0, 1], Traversal.BreadthFirstDistances(g, 2).Distances.ToArray());
        Assert.Equal([2, 1, 0, -1], Traversal.BreadthFirstDistances(g, 2, new TraversalOptions { Direction = TraversalDirection.In }).Distances.ToArray());
        Assert.Equal([2, 1, 0, 1], Traversal.BreadthFirstDistances(g, 2, new TraversalOptions { Direction = TraversalDirection.Both }).Distances.ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => Traversal.BreadthFirstDistances(g, 4));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Traversal.BreadthFirstDistances(g, 0, new TraversalOptions { Direction = (TraversalDirection)7 }));
        Assert.Contains("options.Direction = 7", ex.Message);
    }

    [Fact]
    public void Karate_distances_match_networkx()
    {
        // networkx: nx.single_source_shortest_path_length(nx.karate_club_graph(), 0): eccentricity 3, 16 nodes at distance 1.
        DistanceResult r = Traversal.BreadthFirstDistances(TestGraphs.Karate(), 0);
        Assert.Equal(3, r.Eccentricity);
        Assert.Equal(16, r.Distances.Count(d => d == 1));
        Assert.Equal(34, r.ReachedCount);
    }

    [Fact]
    public void Weak_components_are_numbered_canonically()
    {
        CsrGraph g = TestGraphs.FromEdges(7, [(5, 6), (0, 3), (1, 2)]);
        ComponentsResult r = Components.ConnectedComponents(g);
        Assert.Equal([0, 1, 1, 0, 2, 3, 3], r.Membership.ToArray());
        Assert.Equal([2, 2, 1, 2], r.Sizes.ToArray());
        Assert.Equal(4, r.Count);
        Assert.Equal(0, r.LargestComponent);
        Assert.Equal(2, r.LargestSize);
        Assert.Equal(4, r.ToPartition().CommunityCount);
        Assert.Equal(1, Components.ConnectedComponents(TestGraphs.Karate()).Count);
    }

    [Fact]
    public void Strong_components_of_a_directed_graph()
    {
        // 0 -> 1 -> 2 -> 0 is a cycle; 2 -> 3 -> 4 -> 3; 5 alone; 6 -> 0.
        CsrGraph g = TestGraphs.FromEdges(7, [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 3), (6, 0)], directed: true);
        ComponentsResult strong = Components.ConnectedComponents(g, new ComponentOptions { Kind = ComponentKind.Strong });
        Assert.Equal([0, 0, 0, 1, 1, 2, 3], strong.Membership.ToArray());
        Assert.Equal(4, strong.Count);
        Assert.Equal(3, strong.LargestSize);
        ComponentsResult weak = Components.ConnectedComponents(g);
        Assert.Equal([0, 0, 0, 0, 0, 1, 0], weak.Membership.ToArray());
    }

    [Fact]
    public void Degenerate_graphs_have_defined_answers()
    {
        CsrGraph empty = TestGraphs.FromEdges(0, []);
        ComponentsResult none = Components.ConnectedComponents(empty);
        Assert.Equal(0, none.Count);
        Assert.Equal(-1, none.LargestComponent);
        Assert.Equal(new DegreeSummary(0, 0, 0, 0, TraversalDirection.Out), GraphStatistics.Degrees(empty));
        Assert.Equal(0, GraphStatistics.Density(empty));
        ClusteringResult c = Clustering.AverageClustering(empty);
        Assert.Equal(0, c.AverageClustering);
        Assert.Equal(0, c.Transitivity);
        CsrGraph one = TestGraphs.FromEdges(1, [(0, 0)]);
        Assert.Equal([0], Traversal.BreadthFirstDistances(one, 0).Distances.ToArray());
        Assert.Equal(0, Clustering.AverageClustering(one).AverageClustering);
        Assert.Equal(1, Components.ConnectedComponents(one).Count);
    }

    [Fact]
    public void Degree_summary_and_density_are_exact()
    {
        DegreeSummary star = GraphStatistics.Degrees(TestGraphs.Star(4));
        Assert.Equal(new DegreeSummary(1, 4, 8.0 / 5, 1, TraversalDirection.Out), star);
        DegreeSummary karate = GraphStatistics.Degrees(TestGraphs.Karate());
        Assert.Equal(1, karate.Min);
        Assert.Equal(17, karate.Max);
        Assert.Equal(156.0 / 34, karate.Mean);
        Assert.Equal(3, karate.Median);
        // networkx: nx.density(nx.karate_club_graph()) = 0.13903743315508021
        Assert.Equal(0.13903743315508021, GraphStatistics.Density(TestGraphs.Karate()));
        Assert.Equal(1.0, GraphStatistics.Density(TestGraphs.Complete(5)));
        CsrGraph directed = TestGraphs.Path(3, directed: true);
        Assert.Equal(2.0 / 6, GraphStatistics.Density(directed));
        Assert.Equal(new DegreeSummary(0, 1, 2.0 / 3, 1, TraversalDirection.In), GraphStatistics.Degrees(directed, TraversalDirection.In));
        Assert.Equal(new DegreeSummary(1, 2, 4.0 / 3, 1, TraversalDirection.Both), GraphStatistics.Degrees(directed, TraversalDirection.Both));
    }

    [Fact]
    public void Karate_clustering_matches_networkx_and_igraph_exactly()
    {
        // networkx 2.8.8: nx.transitivity(nx.karate_club_graph()) = 0.2556818181818182,
        // nx.average_clustering(...) = 0.5706384782076823; igraph 0.10.2 on karate.edges: transitivity_undirected() = 0.2556818181818182,
        // transitivity_avglocal_undirected(mode="zero") = 0.5706384782076823, default mode "nan" = 0.5879305533048848.
        ClusteringResult r = Clustering.AverageClustering(TestGraphs.Karate());
        Assert.Equal(0.2556818181818182, r.Transitivity);
        Assert.Equal(0.5706384782076823, r.AverageClustering);
        Assert.Equal(45, r.TriangleCount);
        Assert.Equal(0.5879305533048848, Clustering.AverageClustering(TestGraphs.Karate(), new ClusteringOptions { CountZeros = false }).AverageClustering);
        Assert.Equal(0.2556818181818182, Clustering.Transitivity(TestGraphs.Karate()));
    }

    [Fact]
    public void Les_miserables_transitivity_matches_networkx()
    {
        // networkx 2.8.8: nx.transitivity(nx.les_miserables_graph()) = 0.49893162393162394 (an exact ratio of integers, so
        // independent of node order); nx.average_clustering(...) = 0.5731367499320134 (a sum: equal up to rounding order).
        CsrGraph lesmis = TestGraphs.LoadEdges("lesmis.edges");
        ClusteringResult r = Clustering.AverageClustering(lesmis);
        Assert.Equal(0.49893162393162394, r.Transitivity);
        Assert.Equal(0.5731367499320134, r.AverageClustering, 14);
    }

    [Fact]
    public void Clustering_on_hand_graphs()
    {
        ClusteringResult joined = Clustering.AverageClustering(TestGraphs.TwoTriangles(joined: true));
        // Nodes 2 and 3 have degree 3 and one triangle: c = 1/3; the others c = 1. Triples: 4·1 + 2·3 = 10, triangles 2.
        Assert.Equal([1, 1, 1, 1, 1, 1], joined.Triangles.ToArray());
        Assert.Equal((4 + (2.0 / 3)) / 6, joined.AverageClustering, 15);
        Assert.Equal(6.0 / 10, joined.Transitivity);
        Assert.Equal(1.0, Clustering.AverageClustering(TestGraphs.Complete(6)).Transitivity);
        Assert.Equal(0.0, Clustering.AverageClustering(TestGraphs.Star(5)).Transitivity);
        // Direction, duplicates and self-loops are ignored: a directed triangle with a loop is a triangle.
        CsrGraph directed = TestGraphs.FromEdges(3, [(0, 1), (1, 2), (2, 0), (1, 0), (1, 1)], directed: true);
        ClusteringResult d = Clustering.AverageClustering(directed);
        Assert.Equal(1.0, d.Transitivity);
        Assert.Equal(1.0, d.AverageClustering);
        Assert.Single(d.Diagnostics);
    }

    [Property(MaxTest = 100)]
    public Property Triangle_count_equals_brute_force_and_components_match_reachability() =>
        Prop.ForAll(
            (from n in Gen.Choose(1, 14)
             from m in Gen.Choose(0, 40)
             from ends in Gen.ArrayOf(Gen.Choose(0, n - 1), 2 * m)
             from directed in Gen.Elements(false, true)
             select (n, ends, directed)).ToArbitrary(),
            c =>
            {
                var edges = Enumerable.Range(0, c.ends.Length / 2).Select(i => (c.ends[2 * i], c.ends[(2 * i) + 1]));
                CsrGraph g = TestGraphs.FromEdges(c.n, edges, c.directed);
                var adjacent = new bool[c.n, c.n];
                foreach (var (u, v) in edges)
                {
                    if (u != v)
                    {
                        adjacent[u, v] = adjacent[v, u] = true;
                    }
                }
                long brute = 0;
                for (int a = 0; a < c.n; a++)
                {
                    for (int b = a + 1; b < c.n; b++)
                    {
                        for (int d = b + 1; d < c.n; d++)
                        {
                            if (adjacent[a, b] && adjacent[b, d] && adjacent[a, d])
                            {
                                brute++;
                            }
                        }
                    }
                }
                Assert.Equal(brute, Clustering.AverageClustering(g).TriangleCount);
                ComponentsResult weak = Components.ConnectedComponents(g);
                ComponentsResult strong = Components.ConnectedComponents(g, new ComponentOptions { Kind = ComponentKind.Strong });
                for (int s = 0; s < c.n; s++)
                {
                    var both = Traversal.BreadthFirstDistances(g, s, new TraversalOptions { Direction = TraversalDirection.Both }).Distances;
                    var forward = Traversal.BreadthFirstDistances(g, s).Distances;
                    for (int t = 0; t < c.n; t++)
                    {
                        Assert.Equal(both[t] >= 0, weak.Membership[s] == weak.Membership[t]);
                        bool mutual = forward[t] >= 0 && Traversal.BreadthFirstDistances(g, t).Distances[s] >= 0;
                        Assert.Equal(mutual, strong.Membership[s] == strong.Membership[t]);
                    }
                }
            });

    [Fact]
    public void Long_calls_stop_on_cancellation_and_report_progress_to_one()
    {
        CsrGraph g = TestGraphs.Ring(200_000);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => Components.ConnectedComponents(g, cancellationToken: cts.Token));
        Assert.Throws<OperationCanceledException>(() => Traversal.BreadthFirstDistances(g, 0, cancellationToken: cts.Token));
        Assert.Throws<OperationCanceledException>(() => Clustering.AverageClustering(g, cancellationToken: cts.Token));
        var recorder = new ProgressRecorder();
        Components.ConnectedComponents(g, progress: recorder);
        recorder.AssertMonotoneToCompletion();
        var bfs = new ProgressRecorder();
        Traversal.BreadthFirstDistances(g, 0, progress: bfs);
        bfs.AssertMonotoneToCompletion();
    }
}
