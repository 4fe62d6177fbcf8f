using NetworkVsCommunity.Algorithms.Centrality;
using NetworkVsCommunity.Algorithms.Metrics;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Metrics;

/// <summary>RES-10 complex centrality (Guilbeault &amp; Centola 2021, doi:10.1038/s41467-021-24704-6) on hand-counted graphs.</summary>
public class ComplexCentralityTests
{
    [Fact]
    public void On_a_path_with_theta_2_the_contagion_never_leaves_the_seed_neighbourhood()
    {
        // P5 = 0-1-2-3-4. Source 2 seeds {1, 2, 3}; 0 and 4 each have one adopting neighbour, below θ = 2.
        // C(2) = (1/1 + 1/1) / (n − 1) = 2/4; C(0) = 1/4 (only node 1, at length 1).
        ComplexCentralityResult r = ComplexCentrality.Compute(TestGraphs.Path(5));
        Assert.Equal(0.5, r.Centrality[2], 12);
        Assert.Equal(0.25, r.Centrality[0], 12);
        Assert.Equal(2, r.ComplexReach[2]);
        Assert.Equal(0, r.BeyondNeighbourhood[2]);
        Assert.Equal(1.0, r.MeanComplexPathLength[2], 12);
        Assert.Equal("threshold contagion (θ = 2)", r.Model);
    }

    [Fact]
    public void A_fractional_threshold_lets_a_path_carry_the_contagion_one_step_at_a_time()
    {
        // φ = 0.5 on P5: θ_v = max(1, ⌈0.5·d(v)⌉) = 1 for every node. Source 0 seeds {0, 1}; 2, 3, 4 adopt at steps 1, 2, 3,
        // so their complex path lengths are 2, 3, 4. C(0) = (1 + 1/2 + 1/3 + 1/4) / 4 = 25/48; mean length (1+2+3+4)/4 = 2.5.
        ComplexCentralityResult r = ComplexCentrality.Compute(TestGraphs.Path(5), new ComplexCentralityOptions { FractionalThreshold = 0.5 });
        Assert.Equal(25.0 / 48, r.Centrality[0], 12);
        Assert.Equal(2.5, r.MeanComplexPathLength[0], 12);
        Assert.Equal(3, r.BeyondNeighbourhood[0]);
        Assert.StartsWith("threshold contagion (φ = 0.5", r.Model, StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_ring_lattice_the_complex_paths_can_be_counted_by_hand()
    {
        // Ring lattice n = 10, k = 4, θ = 2. Source 0 seeds N[0] = {8, 9, 0, 1, 2} (length 1 for its four neighbours).
        // Step 1: 3 (via 1, 2) and 7 (via 8, 9), length 2. Step 2: 4 (via 2, 3), 6 (via 7, 8) and 5 (via 3, 7), length 3.
        // C(0) = (4 + 2/2 + 3/3) / 9 = 6/9; mean length (4·1 + 2·2 + 3·3) / 9 = 17/9.
        ComplexCentralityResult r = ComplexCentrality.Compute(TestGraphs.RingLattice(10, 4), new ComplexCentralityOptions { Sources = [0] });
        Assert.Equal([0], r.Nodes.ToArray());
        Assert.Equal(6.0 / 9, r.Centrality[0], 12);
        Assert.Equal(17.0 / 9, r.MeanComplexPathLength[0], 12);
        Assert.Equal(9, r.ComplexReach[0]);
        Assert.Equal(5, r.BeyondNeighbourhood[0]);
    }

    /// <summary>
    /// The paper's qualitative result: a node whose ties are long-range and unreinforced can top degree, betweenness and
    /// PageRank and still be the worst place to seed a complex contagion. A ring lattice (k = 4) of 30 nodes plus a hub
    /// tied to every fifth node: the hub's neighbours are five apart, so no lattice node sees two of them.
    /// </summary>
    [Fact]
    public void A_hub_with_long_range_ties_tops_degree_betweenness_and_pagerank_but_not_complex_centrality()
    {
        const int hub = 30;
        CsrGraph g = ResonanceGraphs.RingLatticeWithLongRangeHub();
        double[] betweenness = [.. CentralityMeasures.Betweenness(g).Values];
        double[] pageRank = [.. CentralityMeasures.PageRank(g).Values];
        ComplexCentralityResult complex = ComplexCentrality.Compute(g);
        for (int v = 0; v < 30; v++)
        {
            Assert.True(g.Degree(hub) > g.Degree(v));
            Assert.True(betweenness[hub] > betweenness[v], $"betweenness of node {v}");
            Assert.True(pageRank[hub] > pageRank[v], $"PageRank of node {v}");
            Assert.True(complex.Centrality[hub] < complex.Centrality[v], $"complex centrality of node {v}");
        }
        // The hub's neighbourhood never ignites: only its six neighbours, each at length 1, C = 6/30.
        Assert.Equal(6.0 / 30, complex.Centrality[hub], 12);
        Assert.Equal(0, complex.BeyondNeighbourhood[hub]);
        Assert.Equal(30, complex.ComplexReach[1]);
    }

    [Fact]
    public void The_result_does_not_depend_on_the_thread_count()
    {
        CsrGraph karate = TestGraphs.Karate();
        ComplexCentralityResult one = ComplexCentrality.Compute(karate, new ComplexCentralityOptions { MaxDegreeOfParallelism = 1, Threshold = 3 });
        ComplexCentralityResult many = ComplexCentrality.Compute(karate, new ComplexCentralityOptions { MaxDegreeOfParallelism = 4, Threshold = 3 });
        Assert.Equal(one.Centrality.ToArray(), many.Centrality.ToArray());
        Assert.Equal(one.ComplexReach.ToArray(), many.ComplexReach.ToArray());
        Assert.All(one.Centrality, c => Assert.InRange(c, 0, 1));
    }

    [Fact]
    public void Bad_options_name_the_option()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ComplexCentrality.Compute(TestGraphs.Path(3), new ComplexCentralityOptions { FractionalThreshold = 0 }));
        Assert.Equal("options.FractionalThreshold", e.ParamName);
        var d = Assert.Throws<ArgumentException>(() => ComplexCentrality.Compute(TestGraphs.Path(3), new ComplexCentralityOptions { Sources = [1, 1] }));
        Assert.Equal("options.Sources", d.ParamName);
    }
}
