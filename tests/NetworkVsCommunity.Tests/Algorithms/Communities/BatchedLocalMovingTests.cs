using NetworkVsCommunity.Algorithms.Communities;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Tests.Algorithms.Communities;

/// <summary>
/// Local moving on levels of 2^22 arcs or more runs in batches: proposals in parallel, commits in batch order. These
/// tests drive the engine directly with every level batched and every batch handed to the threads
/// (<c>MinBatchedArcs = 0</c>, <c>MinParallelBatchArcs = 0</c>), which the public entry points do only on large graphs.
/// </summary>
public sealed class BatchedLocalMovingTests
{
    private static (int[] Community, long Moves, bool Moved) Move(CsrGraph graph, int threads, long randomSeed, int minParallelBatchArcs = 0,
        CancellationToken cancellationToken = default)
    {
        var engine = new CommunityEngine(graph.NodeCount, CommunityDetection.PenaltyScale(graph, CommunityObjective.Modularity, 1.0), threads, cancellationToken)
        {
            MinParallelBatchArcs = minParallelBatchArcs,
            MinBatchedArcs = 0,
        };
        WorkGraph g = WorkGraph.FromGraph(graph, cpm: false, fixedNodes: null);
        int[] community = Enumerable.Range(0, graph.NodeCount).ToArray();
        var rng = Xoshiro256StarStar.ForStream((ulong)randomSeed, 0);
        int[] order = CommunityEngine.RandomOrder(graph.NodeCount, ref rng);
        bool moved = engine.MoveNodes(g, community, order);
        return (community, engine.Moves, moved);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Parallel_batches_make_the_moves_of_one_thread(bool directed, bool weighted)
    {
        var graph = CommunityGraphs.NoisyBlocks(12_000, 40, 160_000, 0.7, 77, directed, weighted);
        foreach (long randomSeed in new[] { 1L, 2L })
        {
            var one = Move(graph, 1, randomSeed);
            // The threshold only decides who runs a batch: the calling thread alone gives the same moves.
            var serial = Move(graph, 2, randomSeed, minParallelBatchArcs: int.MaxValue);
            Assert.Equal(one.Community, serial.Community);
            foreach (int threads in new[] { 2, 3, 4 })
            {
                var many = Move(graph, threads, randomSeed);
                Assert.Equal(one.Community, many.Community);
                Assert.Equal(one.Moves, many.Moves);
            }
            Assert.True(one.Moved);
        }
    }

    [Fact]
    public void Batched_local_moving_raises_modularity_and_finds_the_blocks()
    {
        // Every accepted move gains under the current totals, so the partition beats singletons by far; on 40-node blocks
        // with 70 % of the edges inside, the communities found are (nearly) the blocks.
        var graph = CommunityGraphs.NoisyBlocks(12_000, 40, 160_000, 0.7, 5, directed: false, weighted: false);
        var (community, _, _) = Move(graph, 2, 3);
        var found = Partition.FromMembership(community);
        var truth = Partition.FromMembership(Enumerable.Range(0, graph.NodeCount).Select(v => v / 40).ToArray());
        double q = PartitionQuality.Modularity(graph, found);
        double singletons = PartitionQuality.Modularity(graph, Partition.FromMembership(Enumerable.Range(0, graph.NodeCount).ToArray()));
        Assert.True(q > 0.5 && q > singletons + 0.5, $"modularity {q}, singletons {singletons}");
        Assert.True(PartitionComparison.NormalizedMutualInformation(found, truth) > 0.9);
    }

    [Fact]
    public void Grouped_compaction_numbers_sub_communities_community_by_community()
    {
        // Sub-communities named by a node id below n, not always a member's: community 0 holds {2, 4} (named 2) and
        // {6, 7} (named 6), community 1 holds {0, 1} (named 5) and {3, 5} (named 7).
        int[] refined = [5, 5, 2, 7, 2, 7, 6, 6];
        int[] community = [1, 1, 0, 1, 0, 1, 0, 0];
        var engine = new CommunityEngine(refined.Length, 1.0, 1, CancellationToken.None);
        int r = engine.CompactGrouped(refined, community, refined.Length, 2);
        Assert.Equal(4, r);
        Assert.Equal([2, 2, 0, 3, 0, 3, 1, 1], refined);
    }

    [Fact]
    public void A_cancelled_token_stops_batched_local_moving_and_its_threads()
    {
        var graph = CommunityGraphs.NoisyBlocks(12_000, 40, 160_000, 0.7, 9, directed: false, weighted: false);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Move(graph, 2, 1, cancellationToken: cts.Token));
    }
}

public sealed class PhaseCrewTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Every_chunk_runs_once_per_phase(int workers)
    {
        using var crew = new PhaseCrew(workers);
        Assert.Equal(workers, crew.Workers);
        for (int phase = 0; phase < 200; phase++)
        {
            int chunks = phase % 7 == 0 ? 0 : 1 + (phase % 50);
            var hits = new int[chunks];
            var seen = new int[workers];
            crew.Run(chunks, (worker, chunk) =>
            {
                Interlocked.Increment(ref hits[chunk]);
                Interlocked.Increment(ref seen[worker]);
            });
            Assert.All(hits, h => Assert.Equal(1, h));
            Assert.Equal(chunks, seen.Sum());
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_leader_runs_on_the_calling_thread_while_the_others_take_chunks(int workers)
    {
        // Chunk c waits until the leader has published c + 1 steps, as a gather waits for the commit: the phase ends
        // only if the leader runs beside the chunks (or, alone, before them) and every chunk then runs once.
        using var crew = new PhaseCrew(workers);
        for (int phase = 0; phase < 50; phase++)
        {
            int chunks = 1 + (phase % 20);
            int progress = 0;
            int caller = Environment.CurrentManagedThreadId;
            int leaderThread = -1;
            var hits = new int[chunks];
            crew.Run(chunks, (_, chunk) =>
            {
                var spin = default(SpinWait);
                while (Volatile.Read(ref progress) <= chunk)
                {
                    spin.SpinOnce(sleep1Threshold: -1);
                }
                Interlocked.Increment(ref hits[chunk]);
            }, () =>
            {
                leaderThread = Environment.CurrentManagedThreadId;
                for (int step = 1; step <= chunks; step++)
                {
                    Volatile.Write(ref progress, step);
                }
            });
            Assert.Equal(caller, leaderThread);
            Assert.All(hits, h => Assert.Equal(1, h));
        }
    }

    [Fact]
    public void A_failing_leader_is_rethrown_after_it_released_the_waiting_chunks()
    {
        using var crew = new PhaseCrew(2);
        int released = 0;
        var error = Assert.Throws<InvalidOperationException>(() => crew.Run(8, (_, _) =>
        {
            var spin = default(SpinWait);
            while (Volatile.Read(ref released) == 0)
            {
                spin.SpinOnce(sleep1Threshold: -1);
            }
        }, () =>
        {
            try
            {
                throw new InvalidOperationException("leader");
            }
            finally
            {
                Volatile.Write(ref released, 1);
            }
        }));
        Assert.Equal("leader", error.Message);
        int done = 0;
        crew.Run(10, (_, _) => Interlocked.Increment(ref done));
        Assert.Equal(10, done);
    }

    [Fact]
    public void An_exception_in_a_chunk_is_rethrown_and_the_crew_goes_on()
    {
        using var crew = new PhaseCrew(2);
        var error = Assert.Throws<InvalidOperationException>(() => crew.Run(64, (_, chunk) =>
        {
            if (chunk == 37)
            {
                throw new InvalidOperationException("chunk 37");
            }
        }));
        Assert.Equal("chunk 37", error.Message);
        int done = 0;
        crew.Run(10, (_, _) => Interlocked.Increment(ref done));
        Assert.Equal(10, done);
    }
}
