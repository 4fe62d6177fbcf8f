using NetworkVsCommunity.Algorithms.Generators;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Generators;

public class RandomGraphsTests
{
    internal static double DegreeSum(CsrGraph g)
    {
        long sum = 0;
        for (int v = 0; v < g.NodeCount; v++)
        {
            sum += g.Degree(v);
        }
        return sum;
    }

    /// <summary>Fraction of edges whose ends lie in different communities.</summary>
    internal static double Mixing(CsrGraph g, Partition p)
    {
        long cross = 0;
        long arcs = 0;
        for (int v = 0; v < g.NodeCount; v++)
        {
            foreach (int w in g.Neighbors(v))
            {
                arcs++;
                if (p.CommunityOf(v) != p.CommunityOf(w))
                {
                    cross++;
                }
            }
        }
        return (double)cross / arcs;
    }

    /// <summary>Average local clustering coefficient (nodes of degree &lt; 2 count 0), as NetworkX's average_clustering.</summary>
    internal static double AverageClustering(CsrGraph g)
    {
        double total = 0;
        for (int v = 0; v < g.NodeCount; v++)
        {
            var nb = g.Neighbors(v);
            int d = nb.Length;
            if (d < 2)
            {
                continue;
            }
            long links = 0;
            for (int i = 0; i < d; i++)
            {
                for (int j = i + 1; j < d; j++)
                {
                    if (g.ContainsEdge(nb[i], nb[j]))
                    {
                        links++;
                    }
                }
            }
            total += 2.0 * links / (d * (d - 1.0));
        }
        return total / g.NodeCount;
    }

    private static void AssertSimple(CsrGraph g)
    {
        Assert.False(g.IsDirected);
        Assert.Equal(0, g.SelfLoopCount);
        Assert.Equal(0, g.BuildStatistics.MergedParallelEdges);
        Assert.Equal(2 * g.EdgeCount, DegreeSum(g)); // handshake lemma
    }

    private static void AssertSameGraph(CsrGraph a, CsrGraph b)
    {
        Assert.Equal(a.Offsets.ToArray(), b.Offsets.ToArray());
        Assert.Equal(a.Targets.ToArray(), b.Targets.ToArray());
    }

    [Fact]
    public void Gnp_edge_count_is_within_four_standard_errors_of_p_times_pairs()
    {
        var r = RandomGraphs.ErdosRenyiGnp(new GnpOptions { NodeCount = 2000, EdgeProbability = 0.005, RandomSeed = 11 });
        AssertSimple(r.Graph);
        double pairs = 2000.0 * 1999 / 2;
        double mean = 0.005 * pairs;
        double sd = Math.Sqrt(pairs * 0.005 * 0.995);
        Assert.InRange(r.Graph.EdgeCount, mean - 4 * sd, mean + 4 * sd);
        Assert.Equal(11, r.RandomSeed);
        Assert.Null(r.GroundTruth);
        AssertSameGraph(r.Graph, RandomGraphs.ErdosRenyiGnp(new GnpOptions { NodeCount = 2000, EdgeProbability = 0.005, RandomSeed = 11 }).Graph);
        Assert.NotEqual(r.Graph.Targets.ToArray(), RandomGraphs.ErdosRenyiGnp(new GnpOptions { NodeCount = 2000, EdgeProbability = 0.005, RandomSeed = 12 }).Graph.Targets.ToArray());
    }

    [Fact]
    public void Gnp_extremes_are_empty_and_complete()
    {
        Assert.Equal(0, RandomGraphs.ErdosRenyiGnp(new GnpOptions { NodeCount = 50, EdgeProbability = 0, RandomSeed = 1 }).Graph.EdgeCount);
        Assert.Equal(50 * 49 / 2, RandomGraphs.ErdosRenyiGnp(new GnpOptions { NodeCount = 50, EdgeProbability = 1, RandomSeed = 1 }).Graph.EdgeCount);
        var unseeded = RandomGraphs.ErdosRenyiGnp(new GnpOptions { NodeCount = 10, EdgeProbability = 0.5 });
        Assert.True(unseeded.RandomSeed >= 0);
    }

    [Theory]
    [InlineData(100, 300)]
    [InlineData(20, 150)] // more than half the 190 pairs: the complement is drawn
    [InlineData(20, 190)]
    [InlineData(5, 0)]
    public void Gnm_has_exactly_m_edges(int n, long m)
    {
        var r = RandomGraphs.ErdosRenyiGnm(new GnmOptions { NodeCount = n, EdgeCount = m, RandomSeed = 5 });
        AssertSimple(r.Graph);
        Assert.Equal(m, r.Graph.EdgeCount);
        Assert.Equal(n, r.Graph.NodeCount);
    }

    [Fact]
    public void Sbm_edge_counts_per_block_pair_match_expectations()
    {
        var options = new StochasticBlockModelOptions
        {
            BlockSizes = [300, 200, 100],
            EdgeProbabilities = [[0.05, 0.002, 0.0], [0.002, 0.08, 0.004], [0.0, 0.004, 0.2]],
            RandomSeed = 42,
        };
        var r = RandomGraphs.StochasticBlockModel(options);
        AssertSimple(r.Graph);
        var truth = r.GroundTruth!;
        Assert.Equal(new[] { 300, 200, 100 }, truth.Sizes());
        var counts = new long[3, 3];
        for (int v = 0; v < r.Graph.NodeCount; v++)
        {
            foreach (int w in r.Graph.Neighbors(v))
            {
                if (v < w)
                {
                    int a = Math.Min(truth.CommunityOf(v), truth.CommunityOf(w));
                    int b = Math.Max(truth.CommunityOf(v), truth.CommunityOf(w));
                    counts[a, b]++;
                }
            }
        }
        int[] sizes = [300, 200, 100];
        for (int a = 0; a < 3; a++)
        {
            for (int b = a; b < 3; b++)
            {
                double pairs = a == b ? sizes[a] * (sizes[a] - 1.0) / 2 : (double)sizes[a] * sizes[b];
                double p = options.EdgeProbabilities[a][b];
                double mean = p * pairs;
                double sd = Math.Sqrt(pairs * p * (1 - p));
                Assert.InRange(counts[a, b], mean - 4 * sd - 1e-9, mean + 4 * sd + 1e-9);
            }
        }
        Assert.Equal(0, counts[0, 2]);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.4)]
    public void Planted_partition_realises_the_expected_mixing(double mu)
    {
        // 10 communities of 100; mean degree 20: p_in (s−1) = (1−μ)·20, p_out (n−s) = μ·20.
        var r = RandomGraphs.PlantedPartition(new PlantedPartitionOptions
        {
            CommunityCount = 10,
            CommunitySize = 100,
            InternalProbability = (1 - mu) * 20 / 99,
            ExternalProbability = mu * 20 / 900,
            RandomSeed = 7,
        });
        AssertSimple(r.Graph);
        Assert.Equal(10, r.GroundTruth!.CommunityCount);
        Assert.InRange(Mixing(r.Graph, r.GroundTruth), mu - 0.02, mu + 0.02);
        Assert.InRange(2.0 * r.Graph.EdgeCount / 1000, 19.0, 21.0);
    }

    [Fact]
    public void Sbm_reports_monotone_progress_and_validates_options()
    {
        var recorder = new ProgressRecorder();
        RandomGraphs.PlantedPartition(new PlantedPartitionOptions { CommunityCount = 20, CommunitySize = 10, RandomSeed = 1 }, recorder);
        recorder.AssertMonotoneToCompletion();
        var e1 = Assert.Throws<ArgumentOutOfRangeException>(() => RandomGraphs.PlantedPartition(new PlantedPartitionOptions { InternalProbability = 1.5 }));
        Assert.Contains("options.InternalProbability = 1.5", e1.Message);
        var e2 = Assert.Throws<ArgumentException>(() => RandomGraphs.StochasticBlockModel(new StochasticBlockModelOptions
        {
            BlockSizes = [2, 2],
            EdgeProbabilities = [[0.1, 0.2], [0.3, 0.1]],
        }));
        Assert.Contains("not symmetric", e2.Message);
        Assert.Throws<ArgumentException>(() => RandomGraphs.StochasticBlockModel(new StochasticBlockModelOptions { BlockSizes = [2, 2, 2] }));
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.3)]
    [InlineData(0.5)]
    public void Lfr_realises_mixing_degrees_and_community_sizes_near_the_request(double mu)
    {
        var options = new LfrOptions { NodeCount = 1000, Mixing = mu, RandomSeed = 2008 };
        var r = RandomGraphs.Lfr(options);
        AssertSimple(r.Graph);
        var truth = r.GroundTruth!;
        Assert.InRange(Mixing(r.Graph, truth), mu - 0.03, mu + 0.03);
        double meanDegree = 2.0 * r.Graph.EdgeCount / 1000;
        Assert.InRange(meanDegree, 0.9 * options.AverageDegree, 1.1 * options.AverageDegree);
        Assert.True(r.Graph.MaxDegree <= options.MaxDegree);
        foreach (int s in truth.Sizes())
        {
            Assert.InRange(s, options.MinCommunitySize, options.MaxCommunitySize);
        }
        AssertSameGraph(r.Graph, RandomGraphs.Lfr(options).Graph);
        Assert.Equal(truth, RandomGraphs.Lfr(options).GroundTruth);
    }

    [Fact]
    public void Lfr_degrees_are_heavy_tailed()
    {
        var r = RandomGraphs.Lfr(new LfrOptions { NodeCount = 5000, AverageDegree = 10, MaxDegree = 200, DegreeExponent = 2.5, MinCommunitySize = 30, MaxCommunitySize = 300, Mixing = 0.2, RandomSeed = 9 });
        var degrees = Enumerable.Range(0, 5000).Select(v => r.Graph.Degree(v)).OrderBy(d => d).ToArray();
        double median = degrees[2500];
        Assert.True(degrees[^1] > 8 * median, $"max {degrees[^1]} vs median {median}");
        Assert.True(degrees[^1] <= 200);
    }

    [Fact]
    public void Barabasi_albert_has_minimum_degree_m_exact_edge_count_and_hubs()
    {
        var r = RandomGraphs.BarabasiAlbert(new BarabasiAlbertOptions { NodeCount = 5000, EdgesPerNode = 3, RandomSeed = 1999 });
        var g = r.Graph;
        AssertSimple(g);
        Assert.Equal(3 * 4 / 2 + (5000 - 4) * 3, g.EdgeCount);
        int min = Enumerable.Range(0, g.NodeCount).Min(g.Degree);
        Assert.Equal(3, min);
        Assert.True(g.MaxDegree > 60, $"max degree {g.MaxDegree}");
        AssertSameGraph(g, RandomGraphs.BarabasiAlbert(new BarabasiAlbertOptions { NodeCount = 5000, EdgesPerNode = 3, RandomSeed = 1999 }).Graph);
        Assert.Contains("options.NodeCount = 3", Assert.Throws<ArgumentOutOfRangeException>(() =>
            RandomGraphs.BarabasiAlbert(new BarabasiAlbertOptions { NodeCount = 3, EdgesPerNode = 3 })).Message);
    }

    [Fact]
    public void Holme_kim_triad_formation_raises_clustering()
    {
        var low = RandomGraphs.HolmeKim(new HolmeKimOptions { NodeCount = 3000, EdgesPerNode = 3, TriadProbability = 0, RandomSeed = 2002 }).Graph;
        var high = RandomGraphs.HolmeKim(new HolmeKimOptions { NodeCount = 3000, EdgesPerNode = 3, TriadProbability = 0.9, RandomSeed = 2002 }).Graph;
        AssertSimple(high);
        Assert.Equal(low.EdgeCount, high.EdgeCount);
        Assert.Equal(3, Enumerable.Range(0, high.NodeCount).Min(high.Degree));
        double cLow = AverageClustering(low);
        double cHigh = AverageClustering(high);
        // Holme & Kim (2002), Fig. 2: C ≈ 0.5 for m = 3, P_t ≈ 0.9, against ≈ 0.01 for BA at this size.
        Assert.True(cHigh > 0.3, $"clustering {cHigh}");
        Assert.True(cLow < 0.05, $"clustering {cLow}");
        Assert.True(high.MaxDegree > 40);
    }

    [Fact]
    public void Watts_strogatz_beta_zero_equals_the_ring_lattice()
    {
        var lattice = RandomGraphs.RingLattice(100, 4);
        AssertSameGraph(lattice, TestGraphs.RingLattice(100, 4));
        var ws = RandomGraphs.WattsStrogatz(new WattsStrogatzOptions { NodeCount = 100, Neighbors = 4, RewiringProbability = 0, RandomSeed = 3 });
        AssertSameGraph(lattice, ws.Graph);
        // The ring lattice of degree 4 has clustering 3(k−2)/(4(k−1)) = 0.5.
        Assert.Equal(0.5, AverageClustering(lattice), 12);
    }

    [Fact]
    public void Watts_strogatz_full_rewiring_keeps_edge_count_and_destroys_clustering()
    {
        var ws = RandomGraphs.WattsStrogatz(new WattsStrogatzOptions { NodeCount = 2000, Neighbors = 6, RewiringProbability = 1, RandomSeed = 1998 });
        AssertSimple(ws.Graph);
        Assert.Equal(2000 * 3, ws.Graph.EdgeCount);
        Assert.True(AverageClustering(ws.Graph) < 0.05);
        var partial = RandomGraphs.WattsStrogatz(new WattsStrogatzOptions { NodeCount = 2000, Neighbors = 6, RewiringProbability = 0.1, RandomSeed = 1998 });
        // C(β) ≈ C(0)(1−β)³ (Barrat & Weigt 2000): 0.6 · 0.729 ≈ 0.44.
        Assert.InRange(AverageClustering(partial.Graph), 0.38, 0.5);
        AssertSameGraph(partial.Graph, RandomGraphs.WattsStrogatz(new WattsStrogatzOptions { NodeCount = 2000, Neighbors = 6, RewiringProbability = 0.1, RandomSeed = 1998 }).Graph);
        Assert.Contains("an even number", Assert.Throws<ArgumentOutOfRangeException>(() => RandomGraphs.RingLattice(10, 3)).Message);
    }

    [Fact]
    public void Cancellation_stops_a_large_generation()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            RandomGraphs.ErdosRenyiGnp(new GnpOptions { NodeCount = 100_000, EdgeProbability = 0.001, RandomSeed = 1 }, cancellationToken: cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() =>
            RandomGraphs.Lfr(new LfrOptions { NodeCount = 10_000, RandomSeed = 1 }, cancellationToken: cts.Token));
    }
    [Fact]
    public void Unseeded_runs_report_a_seed_and_echo_options_that_replay_the_graph()
    {
        var lfr = RandomGraphs.Lfr(new LfrOptions { NodeCount = 300, AverageDegree = 8, MaxDegree = 20 });
        var options = Assert.IsType<LfrOptions>(lfr.Options);
        Assert.Equal(lfr.RandomSeed, options.RandomSeed);
        AssertSameGraph(lfr.Graph, RandomGraphs.Lfr(options).Graph);

        var pp = RandomGraphs.PlantedPartition(new PlantedPartitionOptions { CommunityCount = 3, CommunitySize = 20 });
        var ppOptions = Assert.IsType<PlantedPartitionOptions>(pp.Options);
        AssertSameGraph(pp.Graph, RandomGraphs.PlantedPartition(ppOptions).Graph);

        var ws = RandomGraphs.WattsStrogatz(new WattsStrogatzOptions { NodeCount = 50 });
        AssertSameGraph(ws.Graph, RandomGraphs.WattsStrogatz((WattsStrogatzOptions)ws.Options).Graph);
    }
    [Fact]
    public void Lfr_reports_its_approximations_in_diagnostics()
    {
        // Communities of at most 15 cannot hold internal degrees up to 45: those are capped, and it is said.
        var r = RandomGraphs.Lfr(new LfrOptions { NodeCount = 300, AverageDegree = 20, MaxDegree = 50, MinCommunitySize = 10, MaxCommunitySize = 15, Mixing = 0.1, RandomSeed = 4 });
        Assert.Contains(r.Diagnostics, d => d.Contains("capped", StringComparison.Ordinal));
        foreach (int s in r.GroundTruth!.Sizes())
        {
            Assert.InRange(s, 10, 15);
        }
        // The default configuration wires (almost) every stub: no capping.
        var ok = RandomGraphs.Lfr(new LfrOptions { RandomSeed = 4 });
        Assert.DoesNotContain(ok.Diagnostics, d => d.Contains("capped", StringComparison.Ordinal));
    }
}
