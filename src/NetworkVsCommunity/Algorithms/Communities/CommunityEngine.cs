using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Algorithms.Communities;

/// <summary>
/// The flat-array machinery shared by Louvain and Leiden: fast local moving with a node queue, refinement of each
/// community on its own, and aggregation by CSR rebuild. One instance serves one call; it is not thread-safe.
/// </summary>
/// <remarks>
/// The gain of moving node v (taken out of its community) into community C is
/// <c>w(v, C) − penaltyScale · (out_v · In_C + in_v · Out_C)</c>, where w is the symmetric arc weight, and out/in are
/// node weights: strengths (modularity, with penaltyScale = γ/(4m) undirected and γ/m directed, Leicht–Newman) or
/// node sizes (CPM, penaltyScale = γ/2 undirected and γ directed). Every quantity is accumulated in a fixed order, so
/// a run is a pure function of (graph, options, random seed), whatever the thread count.
/// </remarks>
internal sealed class CommunityEngine
{
    private const int CancelMask = 4095;
    private const int AggregationChunk = 2048;
    private const int AggregationArcs = 1 << 16;
    private const int InsideChunk = 4096;
    private const int MinParallelArcs = 1 << 18;
    private const int BatchNodes = 4096;
    private const int MinBatchNodes = 64;
    private const int BatchFraction = 64;
    private const int BatchArcs = 1 << 19;
    private const int BatchChunk = 64;
    private const int CommitPrefetch = 8;
    private const int ListPrefetch = 16;
    private const int MaxCrew = 16;
    private const int DefaultMinParallelBatchArcs = 1 << 16;
    private const int DefaultMinBatchedArcs = 1 << 22;

    private readonly double _penaltyScale;
    private readonly int _threads;
    private readonly CancellationToken _cancellationToken;
    private readonly ConcurrentBag<Scratch> _scratchPool = [];
    private readonly int _scratchSize;

    // Local-moving state, sized for level 0 and reused at every level.
    private readonly double[] _commOut;
    private double[]? _commIn;
    private readonly int[] _commCount;
    private readonly int[] _queue;
    private readonly bool[] _inQueue;
    private readonly int[] _empty;

    // Buffers of refinement and aggregation, sized for level 0 at first use and reused at every level and iteration,
    // so that a run touches fresh memory once (a first touch costs a page fault) and allocates nothing per level.
    private readonly int[] _members;
    private readonly int[] _start;
    private readonly int[] _cursor;
    private readonly int[] _refined;
    private double[]? _clusterOut;
    private double[]? _clusterIn;
    private double[]? _clusterExternal;
    private int[]? _clusterCount;
    private double[]? _totalOut;
    private double[]? _totalIn;
    private LevelBuffers? _levelA;
    private LevelBuffers? _levelB;
    private bool _writeB;
    private int _levelArcs; // the room of level 1 (the largest any level needs)
    private MoveBatch[]? _batches;

    public CommunityEngine(int nodeCount, double penaltyScale, int threads, CancellationToken cancellationToken)
    {
        _penaltyScale = penaltyScale;
        _threads = threads;
        _cancellationToken = cancellationToken;
        _scratchSize = nodeCount;
        _commOut = LargeArrays.Zeroed<double>(nodeCount);
        _commCount = LargeArrays.Zeroed<int>(nodeCount);
        _queue = LargeArrays.Zeroed<int>(nodeCount);
        _inQueue = LargeArrays.Zeroed<bool>(nodeCount);
        _empty = LargeArrays.Zeroed<int>(nodeCount);
        _members = LargeArrays.Zeroed<int>(nodeCount);
        _start = LargeArrays.Zeroed<int>(nodeCount + 1);
        _cursor = LargeArrays.Zeroed<int>(nodeCount + 1);
        _refined = LargeArrays.Zeroed<int>(nodeCount);
    }

    /// <summary>
    /// Whether the refinement, inside-weight and aggregation passes over <paramref name="g"/> use the threads: only when
    /// more than one is allowed and the level has at least <see cref="MinParallelArcs"/> arcs. A smaller level takes well
    /// under a millisecond a pass, less than handing work to the thread pool, and a pool kept busy by other work would
    /// only delay it (and its cancellation). The result is the same either way.
    /// </summary>
    private bool RunsInParallel(WorkGraph g) => _threads > 1 && g.Offsets[g.NodeCount] >= MinParallelArcs;

    /// <summary>Whether <paramref name="g"/> is level 0 (the caller's graph), not a level built by <see cref="Aggregate"/>.</summary>
    private bool IsInputLevel(WorkGraph g) =>
        !ReferenceEquals(g.Targets, _levelA?.Targets) && !ReferenceEquals(g.Targets, _levelB?.Targets);

    /// <summary>
    /// The smallest batch of local moving (in arcs) whose proposals and gathers are handed to the threads; smaller
    /// batches run on the calling thread. Default 2^16: on the 2-core machine of docs/performance.md a batch of
    /// 31k arcs (sbm_100k) gained nothing from a second thread, as the commit then reads what the other core wrote,
    /// and one of 82k arcs (sbm_1m) gained 1.8× in its proposals. The moves are the same either way, so tests set it
    /// to 0 to run the parallel phases on small graphs.
    /// </summary>
    internal int MinParallelBatchArcs { get; init; } = DefaultMinParallelBatchArcs;

    /// <summary>
    /// The smallest level (in arcs) whose local moving runs in batches; smaller levels visit one node at a time. It
    /// decides the moves, so it depends on nothing but the level. Default 2^22: with at most 4,096 nodes (n/64) a batch,
    /// smaller levels have batches too small for a second thread (see <see cref="MinParallelBatchArcs"/>), and batching
    /// alone cost 7–13 % on one thread (hk_37k, sbm_100k: re-evaluations after batch-mate moves, the batch arrays).
    /// Tests set it to 0.
    /// </summary>
    internal int MinBatchedArcs { get; init; } = DefaultMinBatchedArcs;

    /// <summary>Number of node moves made by local moving so far (diagnostics).</summary>
    public long Moves { get; private set; }

    /// <summary>
    /// Asks the cache for the start of node <paramref name="v"/>'s row (two cache lines of targets) while the current
    /// node is evaluated: a hint only, which never changes a result. Rows are visited in a scattered order by local
    /// moving, refinement and aggregation, so each row start is otherwise a cache miss.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void PrefetchRow(int[] offsets, int[] targets, int v) => CacheHints.TwoLines(targets, offsets[v]);

    /// <summary>
    /// As <see cref="PrefetchRow(int[], int[], int)"/>, with the row's weights (a separate array on weighted graphs and
    /// aggregated levels, whose first line was otherwise a miss of its own at every row: 0.85-0.92x of level 1's local
    /// moving on the 50M graph's shape at 1 M nodes, docs/performance.md).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void PrefetchRow<TW>(int[] offsets, int[] targets, TW w, int v)
        where TW : struct, IArcWeights
    {
        PrefetchRow(offsets, targets, v);
        w.PrefetchRow(offsets[v]);
    }

    /// <summary>
    /// Asks the cache for the labels (<paramref name="labels"/>[u]) of node <paramref name="v"/>'s first neighbours, whose
    /// row was asked for one step earlier: a hint only. The label reads are the scattered loads of every pass.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void PrefetchLabels(int[] offsets, int[] targets, int[] labels, int v)
    {
        if (Sse.IsSupported)
        {
            int end = Math.Min(offsets[v + 1], offsets[v] + 32);
            for (int a = offsets[v]; a < end; a++)
            {
                CacheHints.Line(labels, targets[a]);
            }
        }
    }

    /// <summary>A random permutation of 0..n−1 drawn from the given generator.</summary>
    [MethodImpl(Hot.Kernel)]
    public static int[] RandomOrder(int n, ref Xoshiro256StarStar rng)
    {
        var order = LargeArrays.Zeroed<int>(n);
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }
        rng.ShuffleInPlace(order.AsSpan());
        return order;
    }

    /// <summary>Renumbers labels (each &lt; n) to 0..k−1 by first appearance in ascending node order; returns k.</summary>
    [MethodImpl(Hot.Kernel)]
    public int Compact(int[] labels, int n)
    {
        int[] map = _cursor; // free between refinement and aggregation
        Array.Fill(map, -1, 0, n);
        int next = 0;
        for (int v = 0; v < n; v++)
        {
            int c = labels[v];
            int m = map[c];
            if (m < 0)
            {
                m = map[c] = next++;
            }
            labels[v] = m;
        }
        return next;
    }

    /// <summary>
    /// Renumbers refined labels (each &lt; n) to 0..r−1 grouped by community: the sub-communities of community 0 first,
    /// then those of community 1, and so on, each group in order of first appearance in ascending node order; returns r.
    /// <paramref name="community"/> holds compact labels 0..k−1 and every sub-community lies inside one community.
    /// </summary>
    /// <remarks>
    /// The aggregated level numbers its nodes this way, so that a node's neighbours, mostly sub-communities of the same
    /// community, have nearby ids: the label, total and row reads of the next level's local moving, refinement and
    /// aggregation then fall in the same cache lines and pages, where the numbering by first appearance scatters them
    /// over the whole level.
    /// </remarks>
    [MethodImpl(Hot.Kernel)]
    public int CompactGrouped(int[] refined, int[] community, int n, int k)
    {
        int[] map = _cursor; // free between refinement and aggregation
        int[] next = _start; // likewise
        Array.Fill(map, -1, 0, n);
        Array.Clear(next, 0, k + 1);
        int r = 0;
        for (int v = 0; v < n; v++)
        {
            int c = refined[v];
            if (map[c] < 0)
            {
                map[c] = 0;
                next[community[v] + 1]++;
                r++;
            }
        }
        for (int c = 0; c < k; c++)
        {
            next[c + 1] += next[c];
        }
        Array.Fill(map, -1, 0, n);
        for (int v = 0; v < n; v++)
        {
            int c = refined[v];
            int m = map[c];
            if (m < 0)
            {
                m = map[c] = next[community[v]]++;
            }
            refined[v] = m;
        }
        return r;
    }

    /// <summary>
    /// Fast local moving (Traag, Waltman &amp; van Eck 2019, Algorithm A.2): nodes wait in a FIFO queue, initially in
    /// <paramref name="order"/>; a node moves to the neighbouring (or an empty) community of largest gain when that
    /// gain beats staying; its neighbours outside the new community rejoin the queue. Returns whether any node moved.
    /// </summary>
    /// <remarks>
    /// <para>A level of fewer than <see cref="MinBatchedArcs"/> (2^22) arcs is run one node at a time. A larger level is
    /// run in batches of consecutive queued nodes (<see cref="LocalMoving{TW}.RunBatched"/>): proposals against the state
    /// frozen at the batch's start, in parallel, then commits in batch order that re-evaluate a node exactly when an
    /// earlier batch-mate neighbour has moved and otherwise accept a proposal only if it still gains under the current
    /// totals. Which levels are batched
    /// and how depends on the level alone, so the moves are the same on every thread count (one thread runs the same
    /// batches). Every accepted move raises the quality, as in the one-at-a-time loop, so the queue empties.</para>
    /// <para>The branch-free accumulation, the pruning queue and the dense per-worker accumulator follow GVE-Leiden
    /// (S. Sahu, arXiv:2312.13936, 2023); the frozen-snapshot proposals with ordered commits are the deterministic
    /// counterpart of its asynchronous parallel local moving.</para>
    /// </remarks>
    public bool MoveNodes(WorkGraph g, int[] community, int[] order)
    {
        bool batched = g.Offsets[g.NodeCount] >= MinBatchedArcs;
        return g.Counts is not null ? new LocalMoving<CountWeights>(this, g, new CountWeights(g.Counts), community).Run(order, batched)
            : g.Weights is null ? new LocalMoving<UnitWeights>(this, g, new UnitWeights(), community).Run(order, batched)
            : new LocalMoving<ArrayWeights>(this, g, new ArrayWeights(g.Weights), community).Run(order, batched);
    }

    /// <summary>One local-moving pass over one graph: the queue and the community totals.</summary>
    private sealed class LocalMoving<TW>
        where TW : struct, IArcWeights
    {
        private const int EmptyTarget = -1;

        private readonly CommunityEngine _engine;
        private readonly int _n;
        private readonly int[] _offsets;
        private readonly int[] _targets;
        private readonly TW _w;
        private readonly double[] _nodeOut;
        private readonly double[] _nodeIn;
        private readonly bool[]? _fixed;
        private readonly int[] _community;
        private readonly double[] _commOut;
        private readonly double[] _commIn;
        private readonly bool _symmetric;
        private readonly int[] _commCount;
        private readonly int[] _empty;
        private readonly int[] _queue;
        private readonly bool[] _inQueue;
        private readonly double _ps;
        private readonly bool _inputIds;
        private int _emptyCount;
        private int _head;
        private int _tail;
        private int _queued;
        private long _moves;
    
        public LocalMoving(CommunityEngine engine, WorkGraph g, TW w, int[] community)
        {
            _engine = engine;
            _n = g.NodeCount;
            _offsets = g.Offsets;
            _targets = g.Targets;
            _w = w;
            _nodeOut = g.NodeOut;
            _nodeIn = g.NodeIn;
            _fixed = g.Fixed;
            _community = community;
            _symmetric = ReferenceEquals(g.NodeOut, g.NodeIn);
            _commOut = engine._commOut;
            _commIn = _symmetric ? _commOut : (engine._commIn ??= LargeArrays.Zeroed<double>(engine._scratchSize));
            _commCount = engine._commCount;
            _empty = engine._empty;
            _queue = engine._queue;
            _inQueue = engine._inQueue;
            _ps = engine._penaltyScale;
            // Level 0 carries the caller's node ids, in any order, so a node's neighbours' communities (which start as
            // their own ids) are scattered over the whole accumulator, and hinting at their slots one node ahead paid
            // (0.64-0.75x of level 0's local moving). On the aggregated levels it cost more than it saved on the 50M
            // graph's shape at 1 M nodes (1.1x at level 1) and made no clear difference at 50M (1.02x, 0.93x), so it
            // is skipped there (docs/performance.md).
            _inputIds = engine.IsInputLevel(g);
        }

        [MethodImpl(Hot.Kernel)]
        public bool Run(int[] order, bool batched)
        {
            int n = _n;
            Array.Clear(_commOut, 0, n);
            if (!_symmetric)
            {
                Array.Clear(_commIn, 0, n);
            }
            Array.Clear(_commCount, 0, n);
            for (int v = 0; v < n; v++)
            {
                int c = _community[v];
                _commOut[c] += _nodeOut[v];
                if (!_symmetric)
                {
                    _commIn[c] += _nodeIn[v];
                }
                _commCount[c]++;
            }
            _emptyCount = 0;
            for (int c = n - 1; c >= 0; c--)
            {
                if (_commCount[c] == 0)
                {
                    _empty[_emptyCount++] = c;
                }
            }
            _head = 0;
            _tail = 0;
            _queued = 0;
            for (int i = 0; i < n; i++)
            {
                int v = order[i];
                if (_fixed is not null && _fixed[v])
                {
                    continue;
                }
                Enqueue(v);
            }

            Scratch scratch = _engine.RentScratch();
            if (batched)
            {
                RunBatched(scratch, _engine._batches ??= MoveBatch.Pair(_engine._scratchSize));
            }
            else
            {
                RunSequential(scratch);
            }
            _engine.ReturnScratch(scratch);
            _engine.Moves += _moves;
            return _moves > 0;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Enqueue(int v)
        {
            _queue[_tail] = v;
            _tail = SlotAfter(_tail, 1);
            _inQueue[v] = true;
            _queued++;
        }

        /// <summary>
        /// The queue slot <paramref name="ahead"/> places after slot <paramref name="at"/> (the queue is a ring of n
        /// slots; <paramref name="ahead"/> is at most the number of queued nodes, so less than n).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int SlotAfter(int at, int ahead)
        {
            int slot = at + ahead;
            return slot >= _n ? slot - _n : slot;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int Dequeue()
        {
            int v = _queue[_head];
            _head = SlotAfter(_head, 1);
            _queued--;
            _inQueue[v] = false;
            return v;
        }

        /// <summary>
        /// Batched local moving: the queue is consumed in batches of consecutive queued nodes whose size depends on
        /// the level only (n/64 nodes, clamped to 64..4,096, at most 2^19 arcs), never on the thread count. Each batch
        /// is (1) evaluated against the communities and totals frozen at its start, in parallel; (2) committed in
        /// batch order: a node an earlier batch-mate neighbour of which has moved is evaluated again exactly, and any
        /// other node takes its proposal only if it still gains under the current totals (its neighbour-community
        /// weights are exact, as none of its neighbours moved since the snapshot), so every move raises the quality;
        /// (3) the neighbours the movers leave behind are gathered in parallel and queued in batch order.
        /// </summary>
        /// <remarks>
        /// With a crew, a batch costs two phases, each of which overlaps the sequential steps with other work without
        /// changing a move. While the calling thread commits a batch, another worker does the queue's bookkeeping
        /// (<see cref="Advance"/>): it queues the previous batch's gathered neighbours, takes this batch off the queue,
        /// and lists and marks the next batch when the queue already holds all of it (its nodes are then the same as
        /// after this batch's movers are queued). None of that reads or writes what the commit does. Then one parallel
        /// phase gathers this batch's movers' neighbours and evaluates the next batch: both only read the committed
        /// communities, each chunk writes only its own batch slots, and the two batches have their own batch bits.
        /// The queue operations keep their order (append, then take, then list), so the queue, and every move, are
        /// the same on any thread count. When the queue does not hold the whole next batch, this batch's neighbours are
        /// queued first, as they may join it.
        /// </remarks>
        [MethodImpl(Hot.Kernel)]
        private void RunBatched(Scratch scratch, MoveBatch[] pair)
        {
            // A batch has at most 64 chunks, and the crew's threads spin while the commit runs: at most 16 of them.
            int threads = Math.Min(_engine._threads, MaxCrew);
            int batchLimit = Math.Clamp(_n / BatchFraction, MinBatchNodes, BatchNodes);
            int minParallelArcs = _engine.MinParallelBatchArcs;
            CancellationToken token = _engine._cancellationToken;
            using PhaseCrew? crew = threads > 1 ? new PhaseCrew(threads) : null;
            Scratch[] scratches = new Scratch[threads];
            scratches[0] = scratch;
            for (int t = 1; t < threads; t++)
            {
                scratches[t] = _engine.RentScratch();
            }
            MoveBatch current = pair[0];
            MoveBatch next = pair[1];
            MoveBatch? unqueued = null; // a gathered batch whose neighbours are not queued yet (its bits still set)
            bool taken = false;         // whether the current batch is off the queue
            bool nextReady = false;     // whether the next batch is listed and marked
            Action<int, int> propose = (worker, chunk) => Propose(next, chunk, scratches[worker]);
            Action<int, int> gather = (_, chunk) => Gather(current, chunk);
            Action<int, int> gatherAndPropose = (worker, chunk) =>
            {
                if (chunk < current.Chunks)
                {
                    Gather(current, chunk);
                }
                else
                {
                    Propose(next, chunk - current.Chunks, scratches[worker]);
                }
            };
            Action<int, int> advance = (_, _) => nextReady = Advance(unqueued, current, taken, next, batchLimit);
            Action commit = () => Commit(current, scratch);

            current.Count = 0;
            if (_queued > 0)
            {
                Fill(next, batchLimit);
                Take(next);
                Mark(next);
                RunChunks(crew, next.Arcs >= minParallelArcs, next.Chunks, propose);
                (current, next) = (next, current);
                taken = true;
            }
            while (current.Count > 0)
            {
                token.ThrowIfCancellationRequested();
                if (crew is not null && current.Arcs >= minParallelArcs)
                {
                    crew.Run(1, advance, commit);
                }
                else
                {
                    Commit(current, scratch);
                    nextReady = Advance(unqueued, current, taken, next, batchLimit);
                }
                unqueued = null;
                taken = true;
                if (nextReady)
                {
                    // The next batch is already in the queue: evaluate it while this one's movers' neighbours are gathered.
                    RunChunks(crew, current.Arcs + next.Arcs >= minParallelArcs, current.Chunks + next.Chunks, gatherAndPropose);
                    unqueued = current;
                    taken = false;
                }
                else
                {
                    RunChunks(crew, current.Arcs >= minParallelArcs, current.Chunks, gather);
                    Append(current);
                    Unmark(current);
                    if (_queued == 0)
                    {
                        break;
                    }
                    Fill(next, batchLimit);
                    Take(next);
                    Mark(next);
                    RunChunks(crew, next.Arcs >= minParallelArcs, next.Chunks, propose);
                }
                (current, next) = (next, current);
            }
            for (int t = 1; t < threads; t++)
            {
                _engine.ReturnScratch(scratches[t]);
            }
        }

        /// <summary>
        /// The queue's bookkeeping behind a commit of <paramref name="current"/> (it touches only the queue, the batch
        /// lists and the batch bits, none of which the commit reads): queues the neighbours gathered for
        /// <paramref name="unqueued"/> and clears its bits, takes <paramref name="current"/> off the queue unless
        /// <paramref name="taken"/>, and lists <paramref name="next"/>, marking it when the listing is final. Returns
        /// whether it is.
        /// </summary>
        private bool Advance(MoveBatch? unqueued, MoveBatch current, bool taken, MoveBatch next, int limit)
        {
            if (unqueued is not null)
            {
                Append(unqueued);
            }
            if (!taken)
            {
                Take(current);
            }
            if (unqueued is not null)
            {
                Unmark(unqueued);
            }
            bool final = Fill(next, limit);
            if (final)
            {
                Mark(next);
            }
            return final;
        }

        /// <summary>Runs <paramref name="body"/> for every chunk: on the crew when asked and there is one, else in order on the calling thread (worker 0).</summary>
        private static void RunChunks(PhaseCrew? crew, bool parallel, int chunks, Action<int, int> body)
        {
            if (crew is not null && parallel)
            {
                crew.Run(chunks, body);
            }
            else
            {
                for (int chunk = 0; chunk < chunks; chunk++)
                {
                    body(0, chunk);
                }
            }
        }

        /// <summary>
        /// Lists the next batch from the head of the queue, without taking it: up to <paramref name="limit"/> nodes
        /// and <see cref="BatchArcs"/> arcs (a first node of more arcs makes a batch alone). Returns whether the batch
        /// is final, that is whether a limit was reached before the queue ran out: only then would nodes queued
        /// before the batch is taken not join it.
        /// </summary>
        private bool Fill(MoveBatch batch, int limit)
        {
            int[] nodes = batch.Nodes;
            int[] arcStart = batch.ArcStart;
            int count = 0;
            int arcs = 0;
            int at = _head;
            bool arcsFull = false;
            while (count < _queued && count < limit)
            {
                int v = _queue[at];
                if (count + ListPrefetch < _queued)
                {
                    // A hint at the row offsets of the queued node 16 places on: this loop runs on one thread while the
                    // crew waits.
                    CacheHints.Line(_offsets, _queue[SlotAfter(at, ListPrefetch)]);
                }
                int degree = _offsets[v + 1] - _offsets[v];
                if (count > 0 && arcs + degree > BatchArcs)
                {
                    arcsFull = true;
                    break;
                }
                nodes[count] = v;
                arcStart[count] = arcs;
                arcs += degree;
                count++;
                at = SlotAfter(at, 1);
            }
            bool final = arcsFull || count == limit;
            arcStart[count] = arcs;
            batch.EnsureArcs(arcs);
            batch.Count = count;
            batch.Arcs = arcs;
            return final;
        }

        /// <summary>Takes the listed batch's nodes off the head of the queue.</summary>
        private void Take(MoveBatch batch)
        {
            for (int i = 0; i < batch.Count; i++)
            {
                Dequeue();
            }
        }

        /// <summary>Records the batch's nodes and their positions in the per-node batch arrays.</summary>
        private static void Mark(MoveBatch batch)
        {
            int[] nodes = batch.Nodes;
            int[] position = batch.Position;
            ulong[] inBatch = batch.InBatch;
            for (int i = 0; i < batch.Count; i++)
            {
                int v = nodes[i];
                position[v] = i;
                inBatch[v >> 6] |= 1UL << v;
            }
        }

        /// <summary>Clears the batch's bits once its gather is done.</summary>
        private static void Unmark(MoveBatch batch)
        {
            int[] nodes = batch.Nodes;
            ulong[] inBatch = batch.InBatch;
            for (int i = 0; i < batch.Count; i++)
            {
                if (i + ListPrefetch < batch.Count)
                {
                    CacheHints.Line(inBatch, nodes[i + ListPrefetch] >> 6); // a hint: this loop runs on one thread
                }
                int v = nodes[i];
                inBatch[v >> 6] &= ~(1UL << v);
            }
        }

        /// <summary>Queues the gathered neighbours of the batch's movers in batch order, each once.</summary>
        [MethodImpl(Hot.Kernel)]
        private void Append(MoveBatch batch)
        {
            int[] arcStart = batch.ArcStart;
            int[] candidates = batch.Candidates;
            int[] candidateCount = batch.CandidateCount;
            for (int i = 0; i < batch.Count; i++)
            {
                int p1 = arcStart[i] + candidateCount[i];
                for (int p = arcStart[i]; p < p1; p++)
                {
                    int u = candidates[p];
                    if (!_inQueue[u])
                    {
                        Enqueue(u);
                    }
                }
            }
        }

        /// <summary>
        /// Evaluates the batch nodes of one chunk against the frozen communities and totals: the best community (or
        /// <see cref="EmptyTarget"/>), the weights to it and to the node's own community, and the earlier batch-mates
        /// among the node's neighbours. Writes only the nodes' own slots of <paramref name="batch"/>.
        /// </summary>
        [MethodImpl(Hot.Kernel)]
        private void Propose(MoveBatch batch, int chunk, Scratch s)
        {
            int[] nodes = batch.Nodes;
            int[] arcStart = batch.ArcStart;
            int[] position = batch.Position;
            int[] earlier = batch.Earlier;
            ref int tgt = ref MemoryMarshal.GetArrayDataReference(_targets);
            ref int com = ref MemoryMarshal.GetArrayDataReference(_community);
            ref double nwr = ref MemoryMarshal.GetArrayDataReference(s.NeighborWeight);
            ref int tch = ref MemoryMarshal.GetArrayDataReference(s.Touched);
            double[] commOut = _commOut;
            ref double co = ref MemoryMarshal.GetArrayDataReference(commOut);
            ref double ci = ref MemoryMarshal.GetArrayDataReference(_commIn);
            ref ulong bits = ref MemoryMarshal.GetArrayDataReference(batch.InBatch);
            TW w = _w;
            double ps = _ps;
            int first = chunk * BatchChunk;
            int last = Math.Min(batch.Count, first + BatchChunk);
            for (int i = first; i < last; i++)
            {
                int v = nodes[i];
                // A pipeline of hints (none changes a result): the node's own entries four nodes ahead, its row two
                // ahead, then its neighbours' labels, and at level 0 their accumulator slots and totals, one ahead.
                if (i + 4 < last)
                {
                    PrefetchNode(nodes[i + 4]);
                }
                if (i + 2 < last)
                {
                    PrefetchRow(_offsets, _targets, w, nodes[i + 2]);
                }
                if (i + 1 < last)
                {
                    PrefetchLabels(_offsets, _targets, _community, nodes[i + 1]);
                    if (_inputIds)
                    {
                        PrefetchSlots(nodes[i + 1], s);
                    }
                }
                int current = Unsafe.Add(ref com, v);
                int end = _offsets[v + 1];
                int nt = 0;
                int ne = arcStart[i];
                for (int a = _offsets[v]; a < end; a++)
                {
                    int u = Unsafe.Add(ref tgt, a);
                    double x = w[a];
                    if (u == v || x <= 0)
                    {
                        continue;
                    }
                    if ((Unsafe.Add(ref bits, u >> 6) & (1UL << u)) != 0 && position[u] < i)
                    {
                        earlier[ne++] = position[u];
                    }
                    int c = Unsafe.Add(ref com, u);
                    ref double slot = ref Unsafe.Add(ref nwr, c);
                    CacheHints.Line(commOut, c); // read for every listed community when the best one is chosen
                    Unsafe.Add(ref tch, nt) = c;
                    nt += slot == 0 ? 1 : 0;
                    slot += x;
                }
                batch.EarlierCount[i] = ne - arcStart[i];
                double ao = _nodeOut[v];
                double ai = _nodeIn[v];
                double curOut = Unsafe.Add(ref co, current) - ao;
                double curIn = _symmetric ? curOut : Unsafe.Add(ref ci, current) - ai;
                double wCurrent = Unsafe.Add(ref nwr, current);
                double bestGain = wCurrent - (ps * ((ao * curIn) + (ai * curOut)));
                int best = ChooseAndClear(current, ao, ai, nt, s, ref bestGain, out batch.TargetWeight[i]);
                if (bestGain < 0 && _commCount[current] > 1)
                {
                    best = EmptyTarget;
                }
                batch.Current[i] = current;
                batch.Target[i] = best;
                batch.CurrentWeight[i] = wCurrent;
            }
        }

        /// <summary>
        /// Asks the cache for node <paramref name="v"/>'s row offset, strengths and community, which the visit reads
        /// first (a hint only). Nodes are visited in a scattered order, and without it the load of the row offset, on
        /// which the row's own prefetch waits, was the largest single stall of a visit after the accumulator's.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void PrefetchNode(int v)
        {
            CacheHints.Line(_offsets, v);
            CacheHints.Line(_nodeOut, v);
            CacheHints.Line(_community, v);
            if (!_symmetric)
            {
                CacheHints.Line(_nodeIn, v);
            }
        }

        /// <summary>
        /// Asks the cache for the accumulator slots and community totals of node <paramref name="v"/>'s first 32
        /// neighbours' communities, whose labels were asked for one node earlier (a hint only). At level 0 the slot
        /// load was the largest stall of a visit; this took level 0's local moving to 0.64-0.75x (docs/performance.md).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void PrefetchSlots(int v, Scratch scratch)
        {
            double[] slots = scratch.NeighborWeight;
            ref int tgt = ref MemoryMarshal.GetArrayDataReference(_targets);
            ref int com = ref MemoryMarshal.GetArrayDataReference(_community);
            int end = Math.Min(_offsets[v + 1], _offsets[v] + 32);
            for (int a = _offsets[v]; a < end; a++)
            {
                int c = Unsafe.Add(ref com, Unsafe.Add(ref tgt, a));
                CacheHints.Line(slots, c);
                CacheHints.Line(_commOut, c);
            }
        }

        /// <summary>
        /// Applies the batch's proposals in batch order (sequential): exact re-evaluation when an earlier batch-mate
        /// neighbour moved; otherwise the proposed community, or a new one, only if it still gains under the current
        /// totals.
        /// </summary>
        [MethodImpl(Hot.Kernel)]
        private void Commit(MoveBatch batch, Scratch scratch)
        {
            int[] nodes = batch.Nodes;
            int[] arcStart = batch.ArcStart;
            int[] earlier = batch.Earlier;
            int[] earlierCount = batch.EarlierCount;
            bool[] moved = batch.Moved;
            double ps = _ps;
            int count = batch.Count;
            for (int i = 0; i < count; i++)
            {
                if (i + CommitPrefetch < count)
                {
                    PrefetchCommit(batch, i + CommitPrefetch);
                }
                int v = nodes[i];
                int current = batch.Current[i];
                bool stale = false;
                int e1 = arcStart[i] + earlierCount[i];
                for (int e = arcStart[i]; e < e1; e++)
                {
                    stale |= moved[earlier[e]];
                }
                if (stale)
                {
                    moved[i] = VisitExact(v, scratch) != current;
                    continue;
                }
                int target = batch.Target[i];
                if (target == current)
                {
                    moved[i] = false;
                    continue;
                }
                double ao = _nodeOut[v];
                double ai = _nodeIn[v];
                _commOut[current] -= ao;
                if (!_symmetric)
                {
                    _commIn[current] -= ai;
                }
                _commCount[current]--;
                int best = current;
                double bestGain = batch.CurrentWeight[i] - (ps * ((ao * _commIn[current]) + (ai * _commOut[current])));
                if (target != EmptyTarget)
                {
                    double gain = batch.TargetWeight[i] - (ps * ((ao * _commIn[target]) + (ai * _commOut[target])));
                    if (gain > bestGain)
                    {
                        best = target;
                        bestGain = gain;
                    }
                }
                if (bestGain < 0 && _commCount[current] > 0)
                {
                    best = _empty[--_emptyCount];
                }
                Join(v, current, best, ao, ai);
                moved[i] = best != current;
            }
        }

        /// <summary>
        /// Asks the cache for what committing batch node <paramref name="i"/> will read and write (a hint only): when it
        /// proposes a move, its strength, its community entry and the totals and counts of its current and proposed
        /// communities; when it has an earlier batch-mate neighbour (and so may be evaluated again), its row.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void PrefetchCommit(MoveBatch batch, int i)
        {
            if (!Sse.IsSupported)
            {
                return;
            }
            int v = batch.Nodes[i];
            if (batch.EarlierCount[i] > 0)
            {
                PrefetchRow(_offsets, _targets, _w, v);
            }
            int current = batch.Current[i];
            int target = batch.Target[i];
            if (target == current)
            {
                return;
            }
            CacheHints.Line(_nodeOut, v);
            if (!_symmetric)
            {
                CacheHints.Line(_nodeIn, v);
            }
            CacheHints.Line(_community, v);
            CacheHints.Line(_commOut, current);
            CacheHints.Line(_commCount, current);
            if (target >= 0)
            {
                CacheHints.Line(_commOut, target);
                CacheHints.Line(_commCount, target);
            }
        }

        /// <summary>
        /// For each mover of one chunk, the neighbours it leaves behind that are neither queued, nor fixed, nor batch-mates
        /// still to be committed after it (which saw its move).
        /// </summary>
        [MethodImpl(Hot.Kernel)]
        private void Gather(MoveBatch batch, int chunk)
        {
            int[] nodes = batch.Nodes;
            int[] arcStart = batch.ArcStart;
            int[] position = batch.Position;
            ulong[] inBatch = batch.InBatch;
            int[] candidates = batch.Candidates;
            bool[] moved = batch.Moved;
            int first = chunk * BatchChunk;
            int last = Math.Min(batch.Count, first + BatchChunk);
            for (int i = first; i < last; i++)
            {
                // Hints for the movers ahead: their row offset and community four nodes ahead, their row two ahead.
                if (i + 4 < last && moved[i + 4])
                {
                    CacheHints.Line(_offsets, nodes[i + 4]);
                    CacheHints.Line(_community, nodes[i + 4]);
                }
                if (i + 2 < last && moved[i + 2])
                {
                    PrefetchRow(_offsets, _targets, nodes[i + 2]);
                }
                if (!moved[i])
                {
                    batch.CandidateCount[i] = 0;
                    continue;
                }
                int v = nodes[i];
                int c = _community[v];
                int p = arcStart[i];
                for (int a = _offsets[v]; a < _offsets[v + 1]; a++)
                {
                    int u = _targets[a];
                    if (_inQueue[u] || _community[u] == c || (_fixed is not null && _fixed[u])
                        || ((inBatch[u >> 6] & (1UL << u)) != 0 && position[u] > i))
                    {
                        continue;
                    }
                    candidates[p++] = u;
                }
                batch.CandidateCount[i] = p - arcStart[i];
            }
        }

        [MethodImpl(Hot.Kernel)]
        private void RunSequential(Scratch scratch)
        {
            int ops = 0;
            while (_queued > 0)
            {
                if ((++ops & CancelMask) == 0)
                {
                    _engine._cancellationToken.ThrowIfCancellationRequested();
                }
                int v = Dequeue();
                if (_queued > 3)
                {
                    PrefetchNode(_queue[SlotAfter(_head, 3)]);
                }
                if (_queued > 1)
                {
                    PrefetchRow(_offsets, _targets, _w, _queue[SlotAfter(_head, 1)]);
                    PrefetchLabels(_offsets, _targets, _community, _queue[_head]);
                    if (_inputIds)
                    {
                        PrefetchSlots(_queue[_head], scratch);
                    }
                }
                else if (_queued > 0)
                {
                    PrefetchLabels(_offsets, _targets, _community, _queue[_head]);
                }
                int current = _community[v];
                int best = VisitExact(v, scratch);
                if (best == current)
                {
                    continue;
                }
                for (int a = _offsets[v]; a < _offsets[v + 1]; a++)
                {
                    int u = _targets[a];
                    if (!_inQueue[u] && _community[u] != best && (_fixed is null || !_fixed[u]))
                    {
                        Enqueue(u);
                    }
                }
            }
        }

        /// <summary>
        /// Evaluates v against the current communities and totals and applies its best move (community, totals,
        /// counts, empty stack); returns v's community afterwards.
        /// </summary>
        [MethodImpl(Hot.Kernel)]
        private int VisitExact(int v, Scratch scratch)
        {
            ref int tgt = ref MemoryMarshal.GetArrayDataReference(_targets);
            ref int com = ref MemoryMarshal.GetArrayDataReference(_community);
            ref double nwr = ref MemoryMarshal.GetArrayDataReference(scratch.NeighborWeight);
            ref int tch = ref MemoryMarshal.GetArrayDataReference(scratch.Touched);
            ref double co = ref MemoryMarshal.GetArrayDataReference(_commOut);
            ref double ci = ref MemoryMarshal.GetArrayDataReference(_commIn);
            TW w = _w;
            double ps = _ps;
            int current = Unsafe.Add(ref com, v);
            int end = _offsets[v + 1];
            int nt = 0;
            for (int a = _offsets[v]; a < end; a++)
            {
                int u = Unsafe.Add(ref tgt, a);
                double x = w[a];
                if (u == v || x <= 0)
                {
                    continue;
                }
                int c = Unsafe.Add(ref com, u);
                ref double slot = ref Unsafe.Add(ref nwr, c);
                // Branch-free "first time seen": the write is harmless when the slot was already touched.
                Unsafe.Add(ref tch, nt) = c;
                nt += slot == 0 ? 1 : 0;
                slot += x;
            }
            double ao = _nodeOut[v];
            double ai = _nodeIn[v];
            Unsafe.Add(ref co, current) -= ao;
            if (!_symmetric)
            {
                Unsafe.Add(ref ci, current) -= ai;
            }
            _commCount[current]--;

            double bestGain = Unsafe.Add(ref nwr, current) - (ps * ((ao * Unsafe.Add(ref ci, current)) + (ai * Unsafe.Add(ref co, current))));
            int best = ChooseAndClear(current, ao, ai, nt, scratch, ref bestGain, out _);
            if (bestGain < 0 && _commCount[current] > 0)
            {
                best = _empty[--_emptyCount];
            }
            Join(v, current, best, ao, ai);
            return best;
        }

        /// <summary>
        /// The listed neighbour community (<paramref name="scratch"/>'s first <paramref name="listed"/> touched slots) of
        /// largest gain when it beats <paramref name="bestGain"/> (staying), ties to the lowest id; clears the slots.
        /// <paramref name="bestGain"/> receives the chosen gain, <paramref name="weightToBest"/> w(v, chosen).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int ChooseAndClear(int current, double ao, double ai, int listed, Scratch scratch, ref double bestGain, out double weightToBest)
        {
            ref double nwr = ref MemoryMarshal.GetArrayDataReference(scratch.NeighborWeight);
            ref int tch = ref MemoryMarshal.GetArrayDataReference(scratch.Touched);
            ref double co = ref MemoryMarshal.GetArrayDataReference(_commOut);
            ref double ci = ref MemoryMarshal.GetArrayDataReference(_commIn);
            double ps = _ps;
            int best = current;
            double bestWeight = Unsafe.Add(ref nwr, current);
            for (int i = 0; i < listed; i++)
            {
                int c = Unsafe.Add(ref tch, i);
                double x = Unsafe.Add(ref nwr, c);
                if (c != current)
                {
                    double gain = x - (ps * ((ao * Unsafe.Add(ref ci, c)) + (ai * Unsafe.Add(ref co, c))));
                    if (gain > bestGain || (gain == bestGain && best != current && c < best))
                    {
                        best = c;
                        bestGain = gain;
                        bestWeight = x;
                    }
                }
                Unsafe.Add(ref nwr, c) = 0;
            }
            Unsafe.Add(ref nwr, current) = 0;
            weightToBest = bestWeight;
            return best;
        }

        /// <summary>Adds v (already taken out of <paramref name="current"/>'s totals) to <paramref name="best"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Join(int v, int current, int best, double ao, double ai)
        {
            _commOut[best] += ao;
            if (!_symmetric)
            {
                _commIn[best] += ai;
            }
            _commCount[best]++;
            if (best == current)
            {
                return;
            }
            if (_commCount[current] == 0)
            {
                _empty[_emptyCount++] = current;
            }
            _community[v] = best;
            _moves++;
        }
    }

    /// <summary>
    /// Leiden refinement (Traag, Waltman &amp; van Eck 2019, Algorithm A.2, RefinePartition and MergeNodesSubset):
    /// inside each community S of <paramref name="community"/> (compact labels 0..k−1), starting from singletons,
    /// every well-connected node still alone joins the well-connected sub-community of S with the largest positive gain
    /// (greedy, as leidenalg). Communities are refined independently, in parallel when allowed; the visiting order inside
    /// S is the order of its members in <paramref name="order"/>, so the result does not depend on the thread count.
    /// Returns refined labels (the id of a node of S that names the sub-community) in the engine's refinement buffer,
    /// valid until the next call.
    /// </summary>
    [MethodImpl(Hot.Kernel)]
    public int[] Refine(WorkGraph g, int[] community, int k, int[] order)
    {
        int n = g.NodeCount;
        // Members of each community in visiting order (stable counting sort of the order).
        int[] start = _start;
        Array.Clear(start, 0, k + 1);
        for (int v = 0; v < n; v++)
        {
            start[community[v] + 1]++;
        }
        for (int c = 0; c < k; c++)
        {
            start[c + 1] += start[c];
        }
        int[] members = _members;
        int[] cursor = _cursor;
        Array.Copy(start, cursor, k);
        for (int i = 0; i < n; i++)
        {
            int v = order[i];
            members[cursor[community[v]]++] = v;
        }
        bool symmetric = ReferenceEquals(g.NodeOut, g.NodeIn);
        double[] totalOut = _totalOut ??= LargeArrays.Zeroed<double>(_scratchSize);
        double[] totalIn = symmetric ? totalOut : (_totalIn ??= LargeArrays.Zeroed<double>(_scratchSize));
        Array.Clear(totalOut, 0, k);
        if (!symmetric)
        {
            Array.Clear(totalIn, 0, k);
        }
        for (int i = 0; i < n; i++)
        {
            int v = members[i];
            totalOut[community[v]] += g.NodeOut[v];
            if (!symmetric)
            {
                totalIn[community[v]] += g.NodeIn[v];
            }
        }

        // Every slot below is written for every node before it is read (RefineOne, InsideWeights).
        int[] refined = _refined;
        double[] clusterOut = _clusterOut ??= LargeArrays.Zeroed<double>(_scratchSize);
        double[] clusterIn = symmetric ? clusterOut : (_clusterIn ??= LargeArrays.Zeroed<double>(_scratchSize));
        double[] clusterExternal = _clusterExternal ??= LargeArrays.Zeroed<double>(_scratchSize);
        int[] clusterCount = _clusterCount ??= LargeArrays.Zeroed<int>(_scratchSize);
        var state = new RefineState(g, community, start, members, totalOut, totalIn, refined, clusterOut, clusterIn, clusterExternal, clusterCount);
        // E(v, S − v) of every node, in node order (rows read in memory order, not in the scattered member order).
        int chunks = (n + InsideChunk - 1) / InsideChunk;
        bool parallel = RunsInParallel(g);
        if (!parallel || chunks == 1)
        {
            for (int chunk = 0; chunk < chunks; chunk++)
            {
                InsideWeights(g, community, clusterExternal, chunk);
            }
        }
        else
        {
            var insideOptions = new ParallelOptions { MaxDegreeOfParallelism = _threads, CancellationToken = _cancellationToken };
            Parallel.For(0, chunks, insideOptions, chunk => InsideWeights(g, community, clusterExternal, chunk));
        }

        if (!parallel || k < 64)
        {
            Scratch s = RentScratch();
            for (int c = 0; c < k; c++)
            {
                if ((c & 255) == 0)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                }
                RefineOne(state, c, s);
            }
            ReturnScratch(s);
        }
        else
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = _threads, CancellationToken = _cancellationToken };
            Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, k, Math.Max(64, k / (_threads * 16))), options,
                RentScratch,
                (range, _, s) =>
                {
                    for (int c = range.Item1; c < range.Item2; c++)
                    {
                        RefineOne(state, c, s);
                    }
                    return s;
                },
                ReturnScratch);
        }
        return refined;
    }

    /// <summary>Writes E(v, S − v), the weight from v to the rest of its community, for the nodes of one chunk.</summary>
    [MethodImpl(Hot.Kernel)]
    private static void InsideWeights(WorkGraph g, int[] community, double[] inside, int chunk)
    {
        if (g.Counts is not null)
        {
            InsideWeights(g, new CountWeights(g.Counts), community, inside, chunk);
        }
        else if (g.Weights is null)
        {
            InsideWeights(g, new UnitWeights(), community, inside, chunk);
        }
        else
        {
            InsideWeights(g, new ArrayWeights(g.Weights), community, inside, chunk);
        }
    }

    [MethodImpl(Hot.Kernel)]
    private static void InsideWeights<TW>(WorkGraph g, TW w, int[] community, double[] inside, int chunk)
        where TW : struct, IArcWeights
    {
        int[] offsets = g.Offsets;
        ref int tgt = ref MemoryMarshal.GetArrayDataReference(g.Targets);
        ref int com = ref MemoryMarshal.GetArrayDataReference(community);
        int last = Math.Min(g.NodeCount, (chunk + 1) * InsideChunk);
        for (int v = chunk * InsideChunk; v < last; v++)
        {
            int c = Unsafe.Add(ref com, v);
            double sum = 0;
            int end = offsets[v + 1];
            for (int a = offsets[v]; a < end; a++)
            {
                int u = Unsafe.Add(ref tgt, a);
                // Branch-free: whether a neighbour shares the community is close to a coin toss on mixed graphs.
                sum += (u != v) & (Unsafe.Add(ref com, u) == c) ? w[a] : 0.0;
            }
            inside[v] = sum;
        }
    }

    [MethodImpl(Hot.Kernel)]
    private void RefineOne(RefineState st, int c, Scratch s)
    {
        if (st.Graph.Counts is not null)
        {
            RefineOne(st, new CountWeights(st.Graph.Counts), c, s);
        }
        else if (st.Graph.Weights is null)
        {
            RefineOne(st, new UnitWeights(), c, s);
        }
        else
        {
            RefineOne(st, new ArrayWeights(st.Graph.Weights), c, s);
        }
    }

    [MethodImpl(Hot.Kernel)]
    private void RefineOne<TW>(RefineState st, TW w, int c, Scratch s)
        where TW : struct, IArcWeights
    {
        WorkGraph g = st.Graph;
        int[] offsets = g.Offsets;
        int[] targets = g.Targets;
        double[] nodeOut = g.NodeOut;
        double[] nodeIn = g.NodeIn;
        int[] community = st.Community;
        int[] refined = st.Refined;
        double[] clusterOut = st.ClusterOut;
        double[] clusterIn = st.ClusterIn;
        bool symmetric = ReferenceEquals(clusterOut, clusterIn);
        double[] ext = st.ClusterExternal;
        int[] count = st.ClusterCount;
        double[] nw = s.NeighborWeight;
        int[] touched = s.Touched;
        ref int tgt = ref MemoryMarshal.GetArrayDataReference(targets);
        ref int com = ref MemoryMarshal.GetArrayDataReference(community);
        ref int rfd = ref MemoryMarshal.GetArrayDataReference(refined);
        ref double nwr = ref MemoryMarshal.GetArrayDataReference(nw);
        ref int tch = ref MemoryMarshal.GetArrayDataReference(touched);
        double ps = _penaltyScale;
        int first = st.Start[c];
        int last = st.Start[c + 1];
        double sOut = st.TotalOut[c];
        double sIn = st.TotalIn[c];

        // Singletons (E(v, S − v) is already in ext, see Refine).
        for (int i = first; i < last; i++)
        {
            int v = st.Members[i];
            refined[v] = v;
            clusterOut[v] = nodeOut[v];
            if (!symmetric)
            {
                clusterIn[v] = nodeIn[v];
            }
            count[v] = 1;
        }
        if (last - first == 1)
        {
            return;
        }

        for (int i = first; i < last; i++)
        {
            int v = st.Members[i];
            if (i + 1 < last)
            {
                PrefetchRow(offsets, targets, w, st.Members[i + 1]);
            }
            if (count[v] != 1 || refined[v] != v)
            {
                continue; // no longer a singleton
            }
            double ao = nodeOut[v];
            double ai = nodeIn[v];
            double kv = ext[v];
            if (kv < ps * ((ao * (sIn - ai)) + (ai * (sOut - ao))))
            {
                continue; // v is not well connected to S
            }
            int nt = 0;
            for (int a = offsets[v]; a < offsets[v + 1]; a++)
            {
                int u = Unsafe.Add(ref tgt, a);
                double x = w[a];
                // A neighbour outside S (or a self-loop, or a non-positive arc) is skipped before its sub-community and
                // slot are read: those two scattered reads were wasted on every arc leaving S (a fifth to a third of
                // the arcs on the SBM graphs, nearly all at level 0 of the 50M graph's pairs), and skipping them took
                // refinement to 0.79-0.82x (docs/performance.md). The sums are the same.
                if ((u == v) | !(x > 0) | (Unsafe.Add(ref com, u) != c))
                {
                    continue;
                }
                int r = Unsafe.Add(ref rfd, u);
                ref double slot = ref Unsafe.Add(ref nwr, r);
                Unsafe.Add(ref tch, nt) = r;
                nt += slot == 0 ? 1 : 0;
                slot += x;
            }
            int best = v;
            double bestGain = 0;
            for (int t = 0; t < nt; t++)
            {
                int r = touched[t];
                double cOut = clusterOut[r];
                double cIn = symmetric ? cOut : clusterIn[r];
                if (ext[r] >= ps * ((cOut * (sIn - cIn)) + (cIn * (sOut - cOut))))
                {
                    double gain = nw[r] - (ps * ((ao * cIn) + (ai * cOut)));
                    if (gain > bestGain || (gain == bestGain && best != v && r < best))
                    {
                        best = r;
                        bestGain = gain;
                    }
                }
            }
            if (best != v)
            {
                refined[v] = best;
                clusterOut[best] += ao;
                if (!symmetric)
                {
                    clusterIn[best] += ai;
                }
                count[best]++;
                count[v] = 0;
                ext[best] += kv - (2 * nw[best]);
            }
            for (int t = 0; t < nt; t++)
            {
                nw[touched[t]] = 0;
            }
        }
    }

    /// <summary>
    /// The nodes 0..n−1 grouped by label in ascending node order (a counting sort): community c's members are
    /// <c>members[start[c]..start[c + 1])</c>. Labels must lie in 0..k−1.
    /// </summary>
    internal static int[] GroupByLabel(ReadOnlySpan<int> labels, int k, out int[] start)
    {
        start = new int[k + 1];
        var members = new int[labels.Length];
        GroupByLabel(labels, k, start, members, new int[k]);
        return members;
    }

    /// <summary>As <see cref="GroupByLabel(ReadOnlySpan{int}, int, out int[])"/>, into the given buffers (start: k + 1, members: n, cursor: k).</summary>
    [MethodImpl(Hot.Kernel)]
    private static void GroupByLabel(ReadOnlySpan<int> labels, int k, int[] start, int[] members, int[] cursor)
    {
        int n = labels.Length;
        Array.Clear(start, 0, k + 1);
        for (int v = 0; v < n; v++)
        {
            start[labels[v] + 1]++;
        }
        for (int c = 0; c < k; c++)
        {
            start[c + 1] += start[c];
        }
        Array.Copy(start, cursor, k);
        for (int v = 0; v < n; v++)
        {
            members[cursor[labels[v]]++] = v;
        }
    }

    /// <summary>
    /// Collapses every cluster of <paramref name="labels"/> (0..k−1) into one node: arcs between clusters are summed,
    /// arcs inside a cluster dropped (moves ignore self-loops). Each row is written once, at a place reserved for it
    /// (its members' degrees), by blocks of clusters in parallel when allowed, then the rows are closed up in cluster
    /// order (GVE-Leiden's one-pass aggregation: Sahu, arXiv:2312.13936), so the graph is the same for any thread count.
    /// The result lives in one of the engine's two level buffers and is valid until the next-but-one call.
    /// </summary>
    [MethodImpl(Hot.Kernel)]
    public WorkGraph Aggregate(WorkGraph g, int[] labels, int k)
    {
        int n = g.NodeCount;
        int[] start = _start;
        int[] members = _members;
        GroupByLabel(labels.AsSpan(0, n), k, start, members, _cursor);
        bool symmetric = ReferenceEquals(g.NodeOut, g.NodeIn);
        int[] offsets = g.Offsets;
        // Every row gets room for its members' degrees (at most k − 1 distinct neighbours), so one pass over the arcs
        // writes the rows (in parallel when allowed); the rows are then closed up in place, in cluster order.
        int[] rowStart = _cursor;
        rowStart[0] = 0;
        // The rows are written in blocks of consecutive clusters, each cut at AggregationChunk clusters or at
        // AggregationArcs of its members' arcs, whichever comes first. A block's work is its members' arcs, and the
        // clusters (numbered community by community) differ widely in size: with blocks of a fixed cluster count, one
        // of two threads got twice the other's arcs at sbm_1m's level 1, and level 3's 1,673 clusters (4.7 M arcs)
        // made one block. A row depends on its cluster alone, so the blocks never change the result.
        int[] blockStart = new int[(k / AggregationChunk) + (offsets[n] / AggregationArcs) + 2];
        int blocks = 1;
        int blockArcs = 0;
        for (int c = 0; c < k; c++)
        {
            if (c > blockStart[blocks - 1] && (blockArcs >= AggregationArcs || c - blockStart[blocks - 1] == AggregationChunk))
            {
                blockStart[blocks++] = c;
                blockArcs = 0;
            }
            int room = 0;
            for (int i = start[c]; i < start[c + 1]; i++)
            {
                int v = members[i];
                room += offsets[v + 1] - offsets[v];
            }
            blockArcs += room;
            rowStart[c + 1] = rowStart[c] + Math.Min(room, k - 1);
        }
        blockStart[blocks] = k;
        // The new level goes into the buffer set that does not hold g: set B for level 1 (g is level 0, the input), then
        // A and B in turn. No level needs more room than level 1's (a row reserves at most its members' arcs, and a level
        // has at most the arcs reserved for it), so B is sized by level 1's room and A by its own first need plus 1/16:
        // the next iteration's levels come within a fraction of a percent of this one's (sbm_1m: 15.50 M arcs against
        // 15.49 M at level 1), and A grows to level 1's room only if one still needs more. On sbm_1m A is 16.5 M arcs
        // instead of 20 M (28 MB less).
        bool fromLevel0 = IsInputLevel(g);
        _writeB = fromLevel0 || ReferenceEquals(g.Targets, _levelA?.Targets);
        int need = rowStart[k];
        if (fromLevel0)
        {
            _levelArcs = Math.Max(_levelArcs, need);
        }
        // An unweighted graph's levels carry integer edge counts (4 bytes an arc instead of 8).
        bool integral = g.Weights is null;
        ref LevelBuffers? slot = ref _writeB ? ref _levelB : ref _levelA;
        if (slot is null || slot.Targets.Length < need || (slot.Counts is not null) != integral)
        {
            int size = _writeB || slot is not null ? _levelArcs : (int)Math.Min(_levelArcs, need + (need / 16L));
            slot = null; // the old set, if any, can be reclaimed before the new one is allocated
            slot = new LevelBuffers(_scratchSize, size, symmetric, integral);
        }
        LevelBuffers level = slot;
        double[] nodeOut = level.NodeOut;
        double[] nodeIn = symmetric ? nodeOut : level.NodeIn;
        Array.Clear(nodeOut, 0, k);
        if (!symmetric)
        {
            Array.Clear(nodeIn, 0, k);
        }
        bool[]? fixedNodes = g.Fixed is null ? null : new bool[k];
        for (int i = 0; i < n; i++)
        {
            int v = members[i];
            int c = labels[v];
            nodeOut[c] += g.NodeOut[v];
            if (!symmetric)
            {
                nodeIn[c] += g.NodeIn[v];
            }
            if (fixedNodes is not null && g.Fixed![v])
            {
                fixedNodes[c] = true;
            }
        }

        int[] targets = level.Targets;
        double[]? weights = level.Weights;
        int[]? counts = level.Counts;
        int[] rowOffsets = level.Offsets;
        rowOffsets[0] = 0;
        var ctx = new AggregateState(g, labels, start, members, rowStart, rowOffsets, targets, weights, counts, blockStart);
        ForEachBlock(blocks, ctx, RunsInParallel(g));
        for (int c = 0; c < k; c++)
        {
            int count = rowOffsets[c + 1];
            rowOffsets[c + 1] = rowOffsets[c] + count;
            if (rowStart[c] != rowOffsets[c] && count > 0)
            {
                Array.Copy(targets, rowStart[c], targets, rowOffsets[c], count);
                if (counts is not null)
                {
                    Array.Copy(counts, rowStart[c], counts, rowOffsets[c], count);
                }
                else
                {
                    Array.Copy(weights!, rowStart[c], weights!, rowOffsets[c], count);
                }
            }
        }
        return new WorkGraph(k, rowOffsets, targets, weights, nodeOut, nodeIn, fixedNodes, counts);
    }

    /// <summary>
    /// One aggregated level's arrays, sized for the largest level (nodes of level 0, arcs of the first level built):
    /// every later level is smaller. Levels alternate between two such sets.
    /// </summary>
    private sealed class LevelBuffers
    {
        public LevelBuffers(int nodes, int arcs, bool symmetric, bool integral)
        {
            Offsets = LargeArrays.Zeroed<int>(nodes + 1);
            Targets = LargeArrays.Zeroed<int>(arcs);
            if (integral)
            {
                Counts = LargeArrays.Zeroed<int>(arcs);
            }
            else
            {
                Weights = LargeArrays.Zeroed<double>(arcs);
            }
            NodeOut = LargeArrays.Zeroed<double>(nodes);
            NodeIn = symmetric ? NodeOut : LargeArrays.Zeroed<double>(nodes);
        }

        public int[] Offsets { get; }

        public int[] Targets { get; }

        /// <summary>Arc weights of a weighted graph's levels (null when <see cref="Counts"/> is set).</summary>
        public double[]? Weights { get; }

        /// <summary>Edge counts of an unweighted graph's levels (null when <see cref="Weights"/> is set).</summary>
        public int[]? Counts { get; }

        public double[] NodeOut { get; }

        public double[] NodeIn { get; }
    }

    private void ForEachBlock(int blocks, AggregateState ctx, bool parallel)
    {
        if (!parallel || blocks == 1)
        {
            Scratch s = RentScratch();
            for (int b = 0; b < blocks; b++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                AggregateBlock(ctx, b, s);
            }
            ReturnScratch(s);
        }
        else
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = _threads, CancellationToken = _cancellationToken };
            Parallel.For(0, blocks, options, RentScratch, (b, _, s) =>
            {
                AggregateBlock(ctx, b, s);
                return s;
            }, ReturnScratch);
        }
    }

    [MethodImpl(Hot.Kernel)]
    private static void AggregateBlock(AggregateState st, int block, Scratch s)
    {
        if (st.Graph.Counts is not null)
        {
            AggregateBlock(st, new CountWeights(st.Graph.Counts), block, s);
        }
        else if (st.Graph.Weights is null)
        {
            AggregateBlock(st, new UnitWeights(), block, s);
        }
        else
        {
            AggregateBlock(st, new ArrayWeights(st.Graph.Weights), block, s);
        }
    }

    [MethodImpl(Hot.Kernel)]
    private static void AggregateBlock<TW>(AggregateState st, TW w, int block, Scratch s)
        where TW : struct, IArcWeights
    {
        WorkGraph g = st.Graph;
        int[] offsets = g.Offsets;
        int[] targets = g.Targets;
        int[] labels = st.Labels;
        int[] start = st.Start;
        int[] members = st.Members;
        int[] rowOffsets = st.RowOffsets;
        double[] nw = s.NeighborWeight;
        int[] touched = s.Touched;
        ref int tch = ref MemoryMarshal.GetArrayDataReference(touched);
        ref int tgt = ref MemoryMarshal.GetArrayDataReference(targets);
        ref int lab = ref MemoryMarshal.GetArrayDataReference(labels);
        ref double nwr = ref MemoryMarshal.GetArrayDataReference(nw);
        int cFirst = st.BlockStart[block];
        int cLast = st.BlockStart[block + 1];
        int membersEnd = start[cLast];
        for (int c = cFirst; c < cLast; c++)
        {
            int nt = 0;
            for (int i = start[c]; i < start[c + 1]; i++)
            {
                int v = members[i];
                // Hints, as in local moving: the row two members ahead, its neighbours' labels one ahead (the label
                // and slot loads are where aggregation waits; the labels' hint took it to 0.93-0.98x on pp1m).
                if (i + 2 < membersEnd)
                {
                    PrefetchRow(offsets, targets, w, members[i + 2]);
                }
                if (i + 1 < membersEnd)
                {
                    PrefetchLabels(offsets, targets, labels, members[i + 1]);
                }
                int end = offsets[v + 1];
                for (int a = offsets[v]; a < end; a++)
                {
                    double x = w[a];
                    int t = Unsafe.Add(ref lab, Unsafe.Add(ref tgt, a));
                    // Branch-free: an arc inside the cluster (or non-positive) adds 0 to c's own slot, which stays 0
                    // and unlisted.
                    bool take = (t != c) & (x > 0);
                    ref double slot = ref Unsafe.Add(ref nwr, t);
                    Unsafe.Add(ref tch, nt) = t;
                    nt += take & (slot == 0) ? 1 : 0;
                    slot += take ? x : 0.0;
                }
            }
            int at = st.RowStart[c];
            int[] outTargets = st.Targets;
            if (st.Counts is int[] outCounts)
            {
                for (int i = 0; i < nt; i++)
                {
                    int t = touched[i];
                    outTargets[at + i] = t;
                    outCounts[at + i] = (int)Unsafe.Add(ref nwr, t); // a sum of integer counts: exact
                    Unsafe.Add(ref nwr, t) = 0;
                }
            }
            else
            {
                double[] outWeights = st.Weights!;
                for (int i = 0; i < nt; i++)
                {
                    int t = touched[i];
                    outTargets[at + i] = t;
                    outWeights[at + i] = Unsafe.Add(ref nwr, t);
                    Unsafe.Add(ref nwr, t) = 0;
                }
            }
            rowOffsets[c + 1] = nt;
        }
    }

    /// <summary>
    /// The per-batch arrays of batched local moving, sized once per engine (arc arrays grow on demand). Two batches
    /// alternate (one is committed and queued while the next is evaluated); they share the per-node arrays.
    /// </summary>
    private sealed class MoveBatch
    {
        private MoveBatch(int[] position, int nodes)
        {
            Position = position;
            InBatch = LargeArrays.Zeroed<ulong>((nodes + 63) / 64 + 1);
        }

        /// <summary>
        /// Two batches for a level of up to <paramref name="nodes"/> nodes, each with its own batch bits (one batch is
        /// gathered while the other is evaluated) and one shared position array (their nodes are disjoint).
        /// </summary>
        public static MoveBatch[] Pair(int nodes)
        {
            var position = LargeArrays.Zeroed<int>(Math.Max(1, nodes));
            return [new MoveBatch(position, nodes), new MoveBatch(position, nodes)];
        }

        public int Count { get; set; }

        /// <summary>The batch's arcs (the sum of its nodes' degrees).</summary>
        public int Arcs { get; set; }

        /// <summary>Chunks of <see cref="BatchChunk"/> nodes.</summary>
        public int Chunks => (Count + BatchChunk - 1) / BatchChunk;

        public int[] Nodes { get; } = new int[BatchNodes];

        public int[] ArcStart { get; } = new int[BatchNodes + 1];

        /// <summary>Batch position of each node of the batch (indexed by node id; other entries are stale).</summary>
        public int[] Position { get; }

        /// <summary>A bit per node: whether it belongs to the current batch.</summary>
        public ulong[] InBatch { get; }

        public int[] Current { get; } = new int[BatchNodes];

        public int[] Target { get; } = new int[BatchNodes];

        public double[] CurrentWeight { get; } = new double[BatchNodes];

        public double[] TargetWeight { get; } = new double[BatchNodes];

        public bool[] Moved { get; } = new bool[BatchNodes];

        public int[] EarlierCount { get; } = new int[BatchNodes];

        public int[] CandidateCount { get; } = new int[BatchNodes];

        /// <summary>Batch positions of earlier batch-mate neighbours, at each node's arc offset within the batch.</summary>
        public int[] Earlier { get; private set; } = new int[BatchArcs];

        /// <summary>Neighbours to queue, at each mover's arc offset within the batch.</summary>
        public int[] Candidates { get; private set; } = new int[BatchArcs];

        /// <summary>Grows the arc arrays when one node alone has more than <see cref="BatchArcs"/> arcs.</summary>
        public void EnsureArcs(int arcs)
        {
            if (arcs > Earlier.Length)
            {
                Earlier = new int[arcs];
                Candidates = new int[arcs];
            }
        }
    }

    private Scratch RentScratch() => _scratchPool.TryTake(out Scratch? s) ? s : new Scratch(_scratchSize);

    private void ReturnScratch(Scratch s) => _scratchPool.Add(s);

    /// <summary>Per-worker scratch: a dense neighbour-weight array (kept all-zero between uses) and touched lists.</summary>
    private sealed class Scratch
    {
        public Scratch(int n)
        {
            NeighborWeight = LargeArrays.Zeroed<double>(Math.Max(1, n));
            Touched = LargeArrays.Zeroed<int>(Math.Max(1, n));
        }

        public double[] NeighborWeight { get; }

        public int[] Touched { get; }
    }

    private sealed record RefineState(
        WorkGraph Graph,
        int[] Community,
        int[] Start,
        int[] Members,
        double[] TotalOut,
        double[] TotalIn,
        int[] Refined,
        double[] ClusterOut,
        double[] ClusterIn,
        double[] ClusterExternal,
        int[] ClusterCount);

    private sealed record AggregateState(
        WorkGraph Graph,
        int[] Labels,
        int[] Start,
        int[] Members,
        int[] RowStart,
        int[] RowOffsets,
        int[] Targets,
        double[]? Weights,
        int[]? Counts,
        int[] BlockStart);
}
