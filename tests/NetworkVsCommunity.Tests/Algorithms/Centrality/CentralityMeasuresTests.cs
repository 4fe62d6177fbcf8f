using NetworkVsCommunity.Algorithms.Centrality;
using NetworkVsCommunity.Algorithms.Structure;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Centrality;

public class CentralityMeasuresTests
{
    [Fact]
    public void Betweenness_of_a_path_and_a_star_is_hand_computable()
    {
        Assert.Equal([0.0, 3, 4, 3, 0], CentralityMeasures.Betweenness(TestGraphs.Path(5)).Values.ToArray());
        var star = CentralityMeasures.Betweenness(TestGraphs.Star(6)).Values;
        Assert.Equal(15.0, star[0]);
        Assert.Equal(0.0, star[1]);
        var normalized = CentralityMeasures.Betweenness(TestGraphs.Star(6), new BetweennessOptions { Normalized = true }).Values;
        Assert.Equal(1.0, normalized[0], 12);
    }

    [Fact]
    public void Betweenness_of_karate_matches_igraph()
    {
        // igraph 0.10.2 (python-igraph) Graph.betweenness() on karate.edges: node 0 → 231.0714285714286, node 33 → 160.5515873015873.
        var b = CentralityMeasures.Betweenness(TestGraphs.Karate()).Values;
        Assert.Equal(231.0714285714286, b[0], 9);
        Assert.Equal(160.5515873015873, b[33], 9);
    }

    [Fact]
    public void Betweenness_directed_counts_ordered_pairs()
    {
        var path = TestGraphs.Path(4, directed: true);
        Assert.Equal([0.0, 2, 2, 0], CentralityMeasures.Betweenness(path).Values.ToArray());
    }

    [Fact]
    public void Weighted_betweenness_follows_shortest_weighted_paths()
    {
        // Triangle 0-1-2 where the direct edge 0-2 is long (3) and 0-1-2 is short (1 + 1): node 1 carries the pair (0, 2).
        var g = TestGraphs.FromWeightedEdges(3, [(0, 1, 1.0), (1, 2, 1.0), (0, 2, 3.0)]);
        Assert.Equal([0.0, 1, 0], CentralityMeasures.Betweenness(g).Values.ToArray());
        Assert.Equal([0.0, 0, 0], CentralityMeasures.Betweenness(g, new BetweennessOptions { UseWeights = false }).Values.ToArray());
        // Ties: 0-1-3 and 0-2-3 both of length 2 split the pair (0, 3).
        var square = TestGraphs.FromWeightedEdges(4, [(0, 1, 0.5), (1, 3, 1.5), (0, 2, 1.0), (2, 3, 1.0)]);
        var b = CentralityMeasures.Betweenness(square).Values;
        Assert.Equal(0.5, b[1], 12);
        Assert.Equal(0.5, b[2], 12);
    }

    [Fact]
    public void Betweenness_is_bit_identical_on_1_and_2_threads()
    {
        var g = TestGraphs.LoadEdges("football.edges");
        var a = CentralityMeasures.Betweenness(g, new BetweennessOptions { MaxDegreeOfParallelism = 1 }).Values;
        var b = CentralityMeasures.Betweenness(g, new BetweennessOptions { MaxDegreeOfParallelism = 2 }).Values;
        Assert.Equal(a.ToArray(), b.ToArray());
    }

    [Fact]
    public void Sampled_betweenness_with_every_source_is_exact_and_reports_no_seed()
    {
        var g = TestGraphs.Karate();
        var exact = CentralityMeasures.Betweenness(g);
        var all = CentralityMeasures.Betweenness(g, new BetweennessOptions { SampleSources = g.NodeCount, RandomSeed = 5 });
        Assert.Equal(exact.Values.ToArray(), all.Values.ToArray());
        Assert.Null(all.RandomSeed);
        Assert.Empty(all.Diagnostics);
    }

    [Fact]
    public void Sampled_betweenness_is_an_unbiased_estimate_of_the_exact_value()
    {
        // Brandes & Pich 2007: the sum over k uniform sources, scaled by n/k, has the exact betweenness as its mean.
        var g = TestGraphs.Karate();
        double exact0 = CentralityMeasures.Betweenness(g).Values[0];
        const int seeds = 400;
        var estimates = new double[seeds];
        for (int i = 0; i < seeds; i++)
        {
            var r = CentralityMeasures.Betweenness(g, new BetweennessOptions { SampleSources = 8, RandomSeed = i, MaxDegreeOfParallelism = 1 });
            Assert.Equal(i, r.RandomSeed);
            Assert.Single(r.Diagnostics);
            estimates[i] = r.Values[0];
        }
        double mean = estimates.Average();
        double sd = Math.Sqrt(estimates.Sum(x => (x - mean) * (x - mean)) / (seeds - 1));
        Assert.True(sd > 0, "different seeds must draw different sources");
        Assert.True(Math.Abs(mean - exact0) < 4 * sd / Math.Sqrt(seeds), $"mean {mean} vs exact {exact0} (sd {sd})");
    }

    [Fact]
    public void Sampled_betweenness_is_reproducible_and_thread_count_independent()
    {
        var g = TestGraphs.LoadEdges("football.edges");
        var options = new BetweennessOptions { SampleSources = 40, RandomSeed = 9, MaxDegreeOfParallelism = 1 };
        var a = CentralityMeasures.BetweenCommunityBetweenness(g, Partition.FromMembership(Enumerable.Range(0, g.NodeCount).Select(v => v % 3).ToArray()), options);
        var b = CentralityMeasures.BetweenCommunityBetweenness(g, Partition.FromMembership(Enumerable.Range(0, g.NodeCount).Select(v => v % 3).ToArray()), options with { MaxDegreeOfParallelism = 2 });
        Assert.Equal(a.Values.ToArray(), b.Values.ToArray());
        Assert.Equal(9, b.RandomSeed);
        Assert.Throws<ArgumentOutOfRangeException>(() => CentralityMeasures.Betweenness(g, new BetweennessOptions { SampleSources = -1 }));
    }

    [Fact]
    public void Betweenness_reports_monotone_progress_ending_at_1()
    {
        var recorder = new ProgressRecorder();
        CentralityMeasures.Betweenness(TestGraphs.LoadEdges("football.edges"), null, recorder);
        Assert.NotEmpty(recorder.Reports);
        Assert.Equal(1.0, recorder.Reports[^1].Fraction);
        for (int i = 1; i < recorder.Reports.Count; i++)
        {
            Assert.True(recorder.Reports[i].Fraction >= recorder.Reports[i - 1].Fraction);
        }
    }

    [Fact]
    public void PageRank_of_karate_matches_igraph_and_sums_to_1()
    {
        // igraph 0.10.2 Graph.pagerank() (PRPACK, d = 0.85): node 0 → 0.09699728538829475, node 33 → 0.1009191823326258.
        var r = CentralityMeasures.PageRank(TestGraphs.Karate());
        Assert.True(r.Converged);
        Assert.Equal(0.09699728538829475, r.Values[0], 10);
        Assert.Equal(0.1009191823326258, r.Values[33], 10);
        Assert.Equal(1.0, r.Values.Sum(), 12);
    }

    [Fact]
    public void PageRank_spreads_dangling_mass_uniformly()
    {
        // 0 → 1 with 1 dangling: x1 = 0.13875 / 0.21375, x0 = 1 − x1.
        var r = CentralityMeasures.PageRank(TestGraphs.FromEdges(2, [(0, 1)], directed: true));
        Assert.Equal(0.13875 / 0.21375, r.Values[1], 10);
        Assert.Equal(1 - (0.13875 / 0.21375), r.Values[0], 10);
        Assert.Throws<ArgumentOutOfRangeException>(() => CentralityMeasures.PageRank(TestGraphs.Path(3), new PageRankOptions { Damping = 1 }));
    }

    [Fact]
    public void Eigenvector_centrality_of_star_and_karate()
    {
        var star = CentralityMeasures.EigenvectorCentrality(TestGraphs.Star(4));
        Assert.Equal(1.0, star.Values[0], 9);
        Assert.Equal(0.5, star.Values[1], 9);
        // igraph 0.10.2 Graph.eigenvector_centrality(scale=True): node 0 → 0.9521323664766562, node 33 → 1.
        var k = CentralityMeasures.EigenvectorCentrality(TestGraphs.Karate());
        Assert.True(k.Converged);
        Assert.Equal(0.9521323664766562, k.Values[0], 8);
        Assert.Equal(1.0, k.Values[33], 9);
    }

    [Fact]
    public void Core_numbers_of_Kn_path_and_karate()
    {
        Assert.All(CoreDecomposition.CoreNumbers(TestGraphs.Complete(6)), c => Assert.Equal(5, c));
        Assert.All(CoreDecomposition.CoreNumbers(TestGraphs.Path(5)), c => Assert.Equal(1, c));
        var karate = CoreDecomposition.CoreNumbers(TestGraphs.Karate());
        Assert.Equal(4, karate.Max()); // igraph 0.10.2 coreness(): max 4
        Assert.Equal(1, karate[11]); // node 11 has degree 1
        var withIsolate = CoreDecomposition.CoreNumbers(TestGraphs.FromEdges(4, [(0, 1), (1, 2), (0, 2)]));
        Assert.Equal([2, 2, 2, 0], withIsolate.ToArray());
    }

    [Fact]
    public void Betweenness_and_sampling_stop_on_cancellation()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var g = TestGraphs.LoadEdges("football.edges");
        Assert.ThrowsAny<OperationCanceledException>(() => CentralityMeasures.Betweenness(g, null, null, cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => NetworkVsCommunity.Algorithms.Metrics.SpreadMetrics.ExpectedSpread(g, [0],
            Models.IC(0.1), new SamplingOptions { Runs = 100, RandomSeed = 1, MaxDegreeOfParallelism = 2 }, null, cts.Token));
    }
}
