using FsCheck;
using FsCheck.Xunit;
using NetworkVsCommunity.Algorithms.Communities;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Randomness;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Communities;

public sealed class CommunityDetectionTests
{
    private static Partition Blocks(int n, int size) => Partition.FromMembership(Enumerable.Range(0, n).Select(v => v / size).ToArray());

    [Theory]
    [InlineData(1L)]
    [InlineData(2L)]
    [InlineData(3L)]
    public void Leiden_splits_the_hand_graphs_exactly(long randomSeed)
    {
        var options = new LeidenOptions { RandomSeed = randomSeed };
        var joined = CommunityDetection.Leiden(TestGraphs.TwoTriangles(joined: true), options);
        Assert.Equal(Blocks(6, 3), joined.Partition);
        Assert.Equal(5.0 / 14.0, joined.Quality, 12);

        var barbell = CommunityDetection.Leiden(TestGraphs.Barbell(), options);
        Assert.Equal(Blocks(8, 4), barbell.Partition);
        Assert.Equal(11.0 / 26.0, barbell.Modularity, 12);

        var ring = CommunityDetection.Leiden(TestGraphs.RingOfCliques(6, 5), options);
        Assert.Equal(Blocks(30, 5), ring.Partition);
        Assert.Equal((60.0 / 66.0) - (1.0 / 6.0), ring.Quality, 12);
        Assert.Equal(randomSeed, ring.RandomSeed);
        Assert.Same(options, ring.Options);
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(7L)]
    [InlineData(42L)]
    public void Leiden_reaches_the_proven_karate_optimum(long randomSeed)
    {
        // Brandes et al. 2008, "On modularity clustering", IEEE TKDE 20(2):172–188, doi:10.1109/TKDE.2007.190689:
        // the maximum modularity of Zachary's karate club is 0.4198 (4 communities), proven by integer programming.
        var result = CommunityDetection.Leiden(TestGraphs.Karate(), new LeidenOptions { RandomSeed = randomSeed, Iterations = -1 });
        Assert.Equal(0.4198, result.Modularity, 4);
        Assert.Equal(4, result.Partition.CommunityCount);
        Assert.True(result.Converged);
    }

    [Fact]
    public void Louvain_on_karate_is_good_and_its_levels_coarsen()
    {
        var g = TestGraphs.Karate();
        var result = CommunityDetection.Louvain(g, new LouvainOptions { RandomSeed = 3 });
        Assert.True(result.Modularity > 0.40, $"Q = {result.Modularity}");
        Assert.Equal(result.Partition, result.Levels[^1]);
        Assert.Equal(result.Levels.Length, result.LevelQualities.Length);
        for (int l = 1; l < result.Levels.Length; l++)
        {
            var fine = result.Levels[l - 1];
            var coarse = result.Levels[l];
            Assert.True(coarse.CommunityCount < fine.CommunityCount);
            for (int v = 0; v < g.NodeCount; v++)
            {
                for (int u = 0; u < g.NodeCount; u++)
                {
                    if (fine.CommunityOf(u) == fine.CommunityOf(v))
                    {
                        Assert.Equal(coarse.CommunityOf(u), coarse.CommunityOf(v));
                    }
                }
            }
            Assert.True(result.LevelQualities[l] > result.LevelQualities[l - 1]);
        }
    }

    [Fact]
    public void Louvain_and_Leiden_split_the_ring_of_cliques()
    {
        var result = CommunityDetection.Louvain(TestGraphs.RingOfCliques(8, 4), new LouvainOptions { RandomSeed = 1 });
        Assert.Equal(Blocks(32, 4), result.Partition);
    }

    [Fact]
    public void Cpm_with_resolution_one_gives_singletons_on_an_unweighted_simple_graph()
    {
        var g = TestGraphs.Karate();
        var leiden = CommunityDetection.Leiden(g, new LeidenOptions { Objective = CommunityObjective.Cpm, Resolution = 1.0, RandomSeed = 1 });
        Assert.Equal(Partition.Singletons(g.NodeCount), leiden.Partition);
        Assert.Equal(0.0, leiden.Quality);
        var louvain = CommunityDetection.Louvain(g, new LouvainOptions { Objective = CommunityObjective.Cpm, Resolution = 1.0, RandomSeed = 1 });
        Assert.Equal(Partition.Singletons(g.NodeCount), louvain.Partition);
    }

    [Fact]
    public void Cpm_below_the_clique_density_finds_the_cliques()
    {
        // Inside a K5 the density is 1, between cliques ~0: any γ in (0, 1) resolves them.
        var g = TestGraphs.RingOfCliques(6, 5);
        var result = CommunityDetection.Leiden(g, new LeidenOptions { Objective = CommunityObjective.Cpm, Resolution = 0.5, RandomSeed = 4 });
        Assert.Equal(Blocks(30, 5), result.Partition);
        Assert.Equal(6 * (10 - (0.5 * 10)), result.Quality, 12);
    }

    [Fact]
    public void Directed_graphs_use_Leicht_Newman_modularity()
    {
        var g = TestGraphs.FromEdges(6, [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (2, 3)], directed: true);
        var result = CommunityDetection.Leiden(g, new LeidenOptions { RandomSeed = 1 });
        Assert.Equal(Blocks(6, 3), result.Partition);
        Assert.Equal(18.0 / 49.0, result.Quality, 12);
        Assert.Equal(Blocks(6, 3), CommunityDetection.Louvain(g, new LouvainOptions { RandomSeed = 1 }).Partition);
    }

    [Fact]
    public void Weights_decide_the_split()
    {
        // A 4-cycle 0-1-2-3-0 with heavy edges 0-1 and 2-3 splits {0,1},{2,3}; heavy 1-2 and 3-0 splits {1,2},{3,0}.
        var a = TestGraphs.FromWeightedEdges(4, [(0, 1, 10), (1, 2, 1), (2, 3, 10), (3, 0, 1)]);
        var b = TestGraphs.FromWeightedEdges(4, [(0, 1, 1), (1, 2, 10), (2, 3, 1), (3, 0, 10)]);
        Assert.Equal(Partition.FromMembership([0, 0, 1, 1]), CommunityDetection.Leiden(a, new LeidenOptions { RandomSeed = 1 }).Partition);
        Assert.Equal(Partition.FromMembership([0, 1, 1, 0]), CommunityDetection.Leiden(b, new LeidenOptions { RandomSeed = 1 }).Partition);
    }

    [Fact]
    public void Higher_resolution_gives_more_communities()
    {
        var g = TestGraphs.Karate();
        int low = CommunityDetection.Leiden(g, new LeidenOptions { RandomSeed = 1, Resolution = 0.5 }).Partition.CommunityCount;
        int high = CommunityDetection.Leiden(g, new LeidenOptions { RandomSeed = 1, Resolution = 2.0 }).Partition.CommunityCount;
        Assert.True(high > low, $"γ=0.5: {low}, γ=2: {high}");
    }

    [Fact]
    public void Warm_start_with_all_nodes_fixed_returns_the_initial_partition()
    {
        var g = TestGraphs.Karate();
        var factions = Partition.FromMembership(TestGraphs.KarateFactions());
        var options = new LeidenOptions { RandomSeed = 1, InitialPartition = factions, FixedNodes = [.. Enumerable.Range(0, g.NodeCount)] };
        Assert.Equal(factions, CommunityDetection.Leiden(g, options).Partition);
        var louvain = new LouvainOptions { RandomSeed = 1, InitialPartition = factions, FixedNodes = [.. Enumerable.Range(0, g.NodeCount)] };
        Assert.Equal(factions, CommunityDetection.Louvain(g, louvain).Partition);
    }

    [Fact]
    public void Fixed_nodes_keep_their_initial_communities_apart_and_together()
    {
        // Barbell: fix 0 and 7 in different communities, and 1 with 0: the bridge cannot merge them.
        var g = TestGraphs.Barbell();
        var initial = Partition.FromMembership([0, 0, 1, 2, 3, 4, 5, 6]);
        var result = CommunityDetection.Leiden(g, new LeidenOptions { RandomSeed = 2, InitialPartition = initial, FixedNodes = [0, 1, 7] });
        var p = result.Partition;
        Assert.Equal(p.CommunityOf(0), p.CommunityOf(1));
        Assert.NotEqual(p.CommunityOf(0), p.CommunityOf(7));
        Assert.Equal(Blocks(8, 4), p);
    }

    [Fact]
    public void Warm_start_from_the_optimum_is_stable()
    {
        var g = TestGraphs.Karate();
        var best = CommunityDetection.Leiden(g, new LeidenOptions { RandomSeed = 1, Iterations = -1 }).Partition;
        var again = CommunityDetection.Leiden(g, new LeidenOptions { RandomSeed = 99, InitialPartition = best, Iterations = 1 });
        Assert.Equal(best, again.Partition);
        Assert.True(again.Converged);
    }

    [Fact]
    public void Planted_partition_is_recovered_and_two_threads_equal_one()
    {
        // 60 groups of 50 (3000 nodes): exercises parallel refinement (≥ 64 communities at level 0) and aggregation blocks.
        var g = CommunityGraphs.PlantedPartition(60, 50, 0.3, 0.002, 11, out int[] truth);
        var one = CommunityDetection.Leiden(g, new LeidenOptions { RandomSeed = 5, MaxDegreeOfParallelism = 1 });
        var two = CommunityDetection.Leiden(g, new LeidenOptions { RandomSeed = 5, MaxDegreeOfParallelism = 2 });
        var four = CommunityDetection.Leiden(g, new LeidenOptions { RandomSeed = 5, MaxDegreeOfParallelism = 4 });
        Assert.Equal(one.Partition, two.Partition);
        Assert.Equal(one.Partition, four.Partition);
        Assert.Equal(one.Quality, two.Quality);
        Assert.True(PartitionComparison.NormalizedMutualInformation(one.Partition, Partition.FromMembership(truth)) > 0.95);
        var louvain1 = CommunityDetection.Louvain(g, new LouvainOptions { RandomSeed = 5, MaxDegreeOfParallelism = 1 });
        var louvain2 = CommunityDetection.Louvain(g, new LouvainOptions { RandomSeed = 5, MaxDegreeOfParallelism = 2 });
        Assert.Equal(louvain1.Partition, louvain2.Partition);
        Assert.True(CommunityGraphs.CommunitiesConnected(g, one.Partition));
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Leiden_and_Louvain_give_the_same_result_on_1_2_3_and_4_threads(bool directed, bool weighted)
    {
        // 12,000 nodes, over 2^18 arcs in the undirected view (the engine's bar for parallel passes): many communities
        // and blocks, so refinement, inside weights, aggregation and the component split run in parallel chunks at level 0.
        // Unweighted undirected graphs aggregate into integer edge counts.
        var g = CommunityGraphs.NoisyBlocks(12_000, 40, 160_000, 0.7, 77, directed, weighted);
        var pairs = new HashSet<long>();
        for (int u = 0; u < g.NodeCount; u++)
        {
            foreach (int v in g.Neighbors(u))
            {
                pairs.Add(((long)Math.Min(u, v) << 32) | (uint)Math.Max(u, v));
            }
        }
        Assert.True(2 * pairs.Count >= 1 << 18, $"{2 * pairs.Count} arcs in the undirected view");
        foreach (long randomSeed in new[] { 1L, 2L })
        {
            var one = CommunityDetection.Leiden(g, new LeidenOptions { RandomSeed = randomSeed, MaxDegreeOfParallelism = 1, Iterations = -1 });
            foreach (int threads in new[] { 2, 3, 4 })
            {
                var many = CommunityDetection.Leiden(g, new LeidenOptions { RandomSeed = randomSeed, MaxDegreeOfParallelism = threads, Iterations = -1 });
                Assert.Equal(one.Partition, many.Partition);
                Assert.Equal(one.Quality, many.Quality);
                Assert.Equal(one.Iterations, many.Iterations);
                Assert.Equal(one.Diagnostics.ToArray(), many.Diagnostics.ToArray());
            }
            Assert.True(CommunityGraphs.CommunitiesConnected(g, one.Partition));
            var louvain1 = CommunityDetection.Louvain(g, new LouvainOptions { RandomSeed = randomSeed, MaxDegreeOfParallelism = 1 });
            foreach (int threads in new[] { 2, 4 })
            {
                var louvainMany = CommunityDetection.Louvain(g, new LouvainOptions { RandomSeed = randomSeed, MaxDegreeOfParallelism = threads });
                Assert.Equal(louvain1.Levels.ToArray(), louvainMany.Levels.ToArray());
                Assert.Equal(louvain1.LevelQualities.ToArray(), louvainMany.LevelQualities.ToArray());
            }
        }
    }

    [Fact]
    public void Edge_count_levels_give_the_partitions_of_unit_weights()
    {
        // An unweighted graph's aggregated levels store integer edge counts; the same graph with every weight 1.0 stores
        // doubles. The values are equal, so every move, level and partition must be too.
        var unweighted = CommunityGraphs.NoisyBlocks(6_000, 30, 30_000, 0.7, 11, directed: false, weighted: false);
        var b = new GraphBuilder(directed: false, weighted: true);
        b.EnsureNodeCount(unweighted.NodeCount);
        for (int u = 0; u < unweighted.NodeCount; u++)
        {
            foreach (int v in unweighted.Neighbors(u))
            {
                if (u < v)
                {
                    b.AddEdge(u, v, 1.0);
                }
            }
        }
        var unit = b.Build();
        Assert.False(unweighted.IsWeighted);
        Assert.True(unit.IsWeighted);
        foreach (long randomSeed in new[] { 1L, 2L, 3L })
        {
            var a = CommunityDetection.Leiden(unweighted, new LeidenOptions { RandomSeed = randomSeed, Iterations = -1 });
            var c = CommunityDetection.Leiden(unit, new LeidenOptions { RandomSeed = randomSeed, Iterations = -1 });
            Assert.Equal(a.Partition, c.Partition);
            Assert.Equal(a.Quality, c.Quality);
            Assert.Equal(a.Levels, c.Levels);
            var la = CommunityDetection.Louvain(unweighted, new LouvainOptions { RandomSeed = randomSeed });
            var lc = CommunityDetection.Louvain(unit, new LouvainOptions { RandomSeed = randomSeed });
            Assert.Equal(la.Levels.ToArray(), lc.Levels.ToArray());
            Assert.Equal(la.LevelQualities.ToArray(), lc.LevelQualities.ToArray());
        }
    }

    [Fact]
    public void Leiden_recovers_planted_blocks()
    {
        // 20,000 nodes in 50 blocks of 400, 60 % of the ~20 edges per node inside the block: Leiden must find the
        // blocks (NMI ≥ 0.95); Leiden run to convergence comes within 0.002 of the planted partition's
        // modularity (0.5866–0.5870 over seeds 1–5; planted 0.5869),
        // with every community connected, on 1 and 2 threads alike.
        var g = CommunityGraphs.NoisyBlocks(20_000, 400, 200_000, 0.6, 5, directed: false);
        var truth = Partition.FromMembership(Enumerable.Range(0, 20_000).Select(v => v / 400).ToArray());
        var one = CommunityDetection.Leiden(g, new LeidenOptions { RandomSeed = 3, MaxDegreeOfParallelism = 1, Iterations = -1 });
        var two = CommunityDetection.Leiden(g, new LeidenOptions { RandomSeed = 3, MaxDegreeOfParallelism = 2, Iterations = -1 });
        Assert.Equal(one.Partition, two.Partition);
        double nmi = PartitionComparison.NormalizedMutualInformation(one.Partition, truth);
        Assert.True(nmi >= 0.95, $"NMI {nmi}");
        double planted = PartitionQuality.Modularity(g, truth);
        Assert.True(one.Modularity >= planted - 0.002, $"modularity {one.Modularity} vs planted {planted}");
        Assert.True(CommunityGraphs.CommunitiesConnected(g, one.Partition));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Component_split_is_the_same_on_any_thread_count(bool directed)
    {
        // Communities that deliberately ignore the graph (v mod 7): most are disconnected and get split.
        var g = CommunityGraphs.NoisyBlocks(3_000, 30, 6_000, 0.9, 9, directed);
        var labels = Enumerable.Range(0, g.NodeCount).Select(v => v % 7).ToArray();
        var fixedNodes = new bool[g.NodeCount];
        fixedNodes[3] = true; // community 3 holds a fixed node: it stays whole
        var one = (int[])labels.Clone();
        var two = (int[])labels.Clone();
        int splitOne = CommunityDetection.SplitDisconnected(g, one, fixedNodes, threads: 1);
        int splitTwo = CommunityDetection.SplitDisconnected(g, two, fixedNodes, threads: 2);
        Assert.True(splitOne > 0);
        Assert.Equal(splitOne, splitTwo);
        Assert.Equal(Partition.FromMembership(one), Partition.FromMembership(two));
        for (int v = 0; v < g.NodeCount; v++)
        {
            Assert.Equal(labels[v] == 3, one[v] == one[3]); // the community holding a fixed node stays whole, and alone
            for (int u = v + 1; u < Math.Min(g.NodeCount, v + 50); u++)
            {
                if (labels[u] != labels[v])
                {
                    Assert.NotEqual(one[v], one[u]); // splitting never merges
                }
            }
        }
        var free1 = (int[])labels.Clone();
        var free3 = (int[])labels.Clone();
        CommunityDetection.SplitDisconnected(g, free1, null, threads: 1);
        CommunityDetection.SplitDisconnected(g, free3, null, threads: 3);
        Assert.Equal(Partition.FromMembership(free1), Partition.FromMembership(free3));
        Assert.True(CommunityGraphs.CommunitiesConnected(g, Partition.FromMembership(free1)));
    }

    [Fact]
    public void Parallel_internal_weight_gives_the_same_modularity_bits()
    {
        // 70,000 nodes: above the size from which the per-node sums are computed in parallel.
        var g = CommunityGraphs.NoisyBlocks(70_000, 50, 140_000, 0.8, 13, directed: false);
        var p = Partition.FromMembership(Enumerable.Range(0, g.NodeCount).Select(v => (v / 50) % 997).ToArray());
        double sequential = PartitionQuality.Modularity(g, p, 1.3);
        Assert.Equal(sequential, PartitionQuality.Modularity(g, p, 1.3, threads: 2));
        Assert.Equal(sequential, PartitionQuality.Modularity(g, p, 1.3, threads: 4));
        Assert.Equal(PartitionQuality.Cpm(g, p, 0.1), PartitionQuality.Cpm(g, p, 0.1, threads: 3));
    }

    [Fact]
    public void Parallel_internal_weight_adds_in_node_order()
    {
        // Weights with long fractions, so that another order of addition would change the last bits of a sum (the test
        // above draws weights 0.5..4.5 in steps of 1, whose sums are exact in any order); the communities: blocks of 50
        // nodes, then one community of half the nodes beside 35,000 singletons.
        var rng = new Xoshiro256StarStar(29);
        var b = new GraphBuilder(directed: false, weighted: true);
        b.EnsureNodeCount(70_000);
        for (int e = 0; e < 280_000; e++)
        {
            int u = rng.NextInt(70_000);
            int v = rng.NextDouble() < 0.8 ? Math.Min(69_999, (u / 50 * 50) + rng.NextInt(50)) : rng.NextInt(70_000);
            if (u != v)
            {
                b.AddEdge(u, v, 0.1 + rng.NextDouble());
            }
        }
        CsrGraph g = b.Build();
        var blocks = Partition.FromMembership(Enumerable.Range(0, g.NodeCount).Select(v => v / 50).ToArray());
        var skewed = Partition.FromMembership(Enumerable.Range(0, g.NodeCount).Select(v => v % 2 == 0 ? -1 : v).ToArray());
        foreach (Partition q in new[] { blocks, skewed })
        {
            double[] one = PartitionQuality.InternalWeight(g, q, threads: 1);
            Assert.Equal(one, PartitionQuality.InternalWeight(g, q, threads: 2));
            Assert.Equal(one, PartitionQuality.InternalWeight(g, q, threads: 4));
        }
    }

    [Fact]
    public void Shuffled_input_order_gives_the_same_partition()
    {
        var edges = TestGraphs.Karate();
        var list = new List<(int, int)>();
        for (int v = 0; v < edges.NodeCount; v++)
        {
            foreach (int u in edges.Neighbors(v))
            {
                if (v < u)
                {
                    list.Add((v, u));
                }
            }
        }
        list.Reverse();
        var reversed = TestGraphs.FromEdges(edges.NodeCount, list.Select(e => (e.Item2, e.Item1)));
        Assert.Equal(CommunityDetection.Leiden(edges, new LeidenOptions { RandomSeed = 8 }).Partition,
            CommunityDetection.Leiden(reversed, new LeidenOptions { RandomSeed = 8 }).Partition);
    }

    [Fact]
    public void Label_propagation_finds_separate_cliques()
    {
        var g = TestGraphs.FromEdges(10, from i in Enumerable.Range(0, 10) from j in Enumerable.Range(0, 10)
                                          where i < j && i / 5 == j / 5
                                          select (i, j));
        var result = CommunityDetection.LabelPropagation(g, new LabelPropagationOptions { RandomSeed = 3 });
        Assert.Equal(Blocks(10, 5), result.Partition);
        Assert.True(result.Converged);
        Assert.Equal(0.5, result.Modularity, 12);
    }

    [Fact]
    public void Label_propagation_on_the_planted_partition_is_good_and_seeded()
    {
        var g = CommunityGraphs.PlantedPartition(20, 30, 0.4, 0.005, 3, out int[] truth);
        var a = CommunityDetection.LabelPropagation(g, new LabelPropagationOptions { RandomSeed = 9 });
        var b = CommunityDetection.LabelPropagation(g, new LabelPropagationOptions { RandomSeed = 9 });
        Assert.Equal(a.Partition, b.Partition);
        Assert.True(PartitionComparison.NormalizedMutualInformation(a.Partition, Partition.FromMembership(truth)) > 0.9);
    }

    [Fact]
    public void Options_are_validated_with_the_option_named()
    {
        var g = TestGraphs.Karate();
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CommunityDetection.Leiden(g, new LeidenOptions { Resolution = -1 }));
        Assert.Contains("options.Resolution = -1 is out of range", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => CommunityDetection.Leiden(g, new LeidenOptions { Iterations = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => CommunityDetection.Louvain(g, new LouvainOptions { MaxDegreeOfParallelism = -2 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => CommunityDetection.Leiden(g, new LeidenOptions { FixedNodes = [40] }));
        Assert.Throws<ArgumentException>(() => CommunityDetection.Leiden(g, new LeidenOptions { InitialPartition = Partition.Singletons(3) }));
        Assert.Throws<ArgumentOutOfRangeException>(() => CommunityDetection.LabelPropagation(g, new LabelPropagationOptions { MaxIterations = 0 }));
        var noEdges = Assert.Throws<ArgumentException>(() => CommunityDetection.Leiden(TestGraphs.FromEdges(4, [])));
        Assert.Contains("Cpm", noEdges.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_seed_is_drawn_and_reported_so_the_run_replays()
    {
        var g = TestGraphs.Karate();
        var first = CommunityDetection.Leiden(g);
        var replay = CommunityDetection.Leiden(g, new LeidenOptions { RandomSeed = first.RandomSeed });
        Assert.Equal(first.Partition, replay.Partition);
    }

    [Fact]
    public void Cancellation_and_progress()
    {
        var g = TestGraphs.Karate();
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => CommunityDetection.Leiden(g, null, null, cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => CommunityDetection.Louvain(g, null, null, cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => CommunityDetection.LabelPropagation(g, null, null, cts.Token));
        var recorder = new ProgressRecorder();
        CommunityDetection.Leiden(g, new LeidenOptions { RandomSeed = 1 }, recorder);
        recorder.AssertMonotoneToCompletion();
        recorder = new ProgressRecorder();
        CommunityDetection.Louvain(g, new LouvainOptions { RandomSeed = 1 }, recorder);
        recorder.AssertMonotoneToCompletion();
        recorder = new ProgressRecorder();
        CommunityDetection.LabelPropagation(g, new LabelPropagationOptions { RandomSeed = 1 }, recorder);
        recorder.AssertMonotoneToCompletion();
    }

    [Property(MaxTest = 150)]
    public bool Leiden_gives_a_valid_connected_partition_at_least_as_good_as_singletons(PositiveInt randomSeed, bool weighted, bool directed)
    {
        var g = CommunityGraphs.Random(randomSeed.Get, weighted, directed);
        var result = CommunityDetection.Leiden(g, new LeidenOptions { RandomSeed = randomSeed.Get, MaxDegreeOfParallelism = 1 });
        double singletons = PartitionQuality.Modularity(g, Partition.Singletons(g.NodeCount));
        return CommunityGraphs.IsValid(result.Partition, g.NodeCount)
            && CommunityGraphs.CommunitiesConnected(g, result.Partition)
            && result.Quality >= singletons - 1e-12
            && result.Quality >= -0.5 && result.Quality <= 1
            && Math.Abs(result.Quality - PartitionQuality.Modularity(g, result.Partition)) < 1e-12;
    }

    [Property(MaxTest = 100)]
    public bool Leiden_communities_stay_connected_under_cpm_and_resolution(PositiveInt randomSeed, bool directed)
    {
        var g = CommunityGraphs.Random(randomSeed.Get, weighted: true, directed);
        var result = CommunityDetection.Leiden(g, new LeidenOptions
        {
            RandomSeed = randomSeed.Get,
            Objective = randomSeed.Get % 2 == 0 ? CommunityObjective.Cpm : CommunityObjective.Modularity,
            Resolution = 0.05 + (randomSeed.Get % 7 * 0.3),
            Iterations = -1,
        });
        return CommunityGraphs.CommunitiesConnected(g, result.Partition) && result.Converged;
    }

    [Property(MaxTest = 100)]
    public bool Louvain_is_valid_and_at_least_as_good_as_singletons(PositiveInt randomSeed, bool weighted, bool directed)
    {
        var g = CommunityGraphs.Random(randomSeed.Get, weighted, directed);
        var result = CommunityDetection.Louvain(g, new LouvainOptions { RandomSeed = randomSeed.Get });
        double singletons = PartitionQuality.Modularity(g, Partition.Singletons(g.NodeCount));
        return CommunityGraphs.IsValid(result.Partition, g.NodeCount)
            && result.Quality >= singletons - 1e-12
            && result.Levels.All(l => CommunityGraphs.IsValid(l, g.NodeCount));
    }

    [Property(MaxTest = 80)]
    public bool Same_seed_same_result_and_two_threads_equal_one(PositiveInt randomSeed, bool weighted)
    {
        var g = CommunityGraphs.Random(randomSeed.Get, weighted);
        var one = CommunityDetection.Leiden(g, new LeidenOptions { RandomSeed = randomSeed.Get, MaxDegreeOfParallelism = 1 });
        var again = CommunityDetection.Leiden(g, new LeidenOptions { RandomSeed = randomSeed.Get, MaxDegreeOfParallelism = 1 });
        var two = CommunityDetection.Leiden(g, new LeidenOptions { RandomSeed = randomSeed.Get, MaxDegreeOfParallelism = 2 });
        var lpa1 = CommunityDetection.LabelPropagation(g, new LabelPropagationOptions { RandomSeed = randomSeed.Get });
        var lpa2 = CommunityDetection.LabelPropagation(g, new LabelPropagationOptions { RandomSeed = randomSeed.Get });
        return one.Partition == again.Partition && one.Partition == two.Partition
            && one.Quality.Equals(two.Quality) && one.Iterations == two.Iterations && one.Levels == two.Levels
            && lpa1.Partition == lpa2.Partition;
    }
}
