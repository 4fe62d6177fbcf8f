using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NetworkVsCommunity.Random;

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
    private const int MinBatchedNodes = 1024;
    private const int BatchNodes = 16384;
    private const int BatchArcs = 1 << 21;
    private const int BatchChunk = 1024;

    private readonly double _penaltyScale;
    private readonly int _threads;
    private readonly CancellationToken _cancellationToken;
    private readonly ConcurrentBag<Scratch> _scratchPool = [];
    private readonly int _scratchSize;

    // Local-moving state, sized for level 0 and reused at every level.
    private readonly double[] _commOut;
    private double[]? _commIn;
    private MoveBatch? _batch;
    private readonly int[] _commCount;
    private readonly int[] _queue;
    private readonly bool[] _inQueue;
    private readonly int[] _empty;
    private readonly int[] _relabel;

    public CommunityEngine(int nodeCount, double penaltyScale, int threads, CancellationToken cancellationToken)
    {
        _penaltyScale = penaltyScale;
        _threads = threads;
        _cancellationToken = cancellationToken;
        _scratchSize = nodeCount;
        _commOut = new double[nodeCount];
        _commCount = new int[nodeCount];
        _queue = new int[nodeCount];
        _inQueue = new bool[nodeCount];
        _empty = new int[nodeCount];
        _relabel = new int[nodeCount];
    }

    /// <summary>Number of node moves made by local moving so far (diagnostics).</summary>
    public long Moves { get; private set; }

    /// <summary>A random permutation of 0..n−1 drawn from the given generator.</summary>
    public static int[] RandomOrder(int n, ref Xoshiro256StarStar rng)
    {
        var order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }
        rng.ShuffleInPlace(order.AsSpan());
        return order;
    }

    /// <summary>Renumbers labels (each &lt; n) to 0..k−1 by first appearance in ascending node order; returns k.</summary>
    public int Compact(int[] labels, int n)
    {
        int[] map = _relabel;
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
    /// Fast local moving (Traag, Waltman &amp; van Eck 2019, Algorithm A.2): nodes wait in a FIFO queue, initially in
    /// <paramref name="order"/>; a node moves to the neighbouring (or an empty) community of largest gain when that
    /// gain beats staying; its neighbours outside the new community rejoin the queue. Returns whether any node moved.
    /// </summary>
    public bool MoveNodes(WorkGraph g, int[] community, int[] order)
    {
        return g.Weights is null
            ? MoveNodes(g, new UnitWeights(), community, order)
            : MoveNodes(g, new ArrayWeights(g.Weights), community, order);
    }

    private bool MoveNodes<TW>(WorkGraph g, TW w, int[] community, int[] order)
        where TW : struct, IArcWeights
    {
        int n = g.NodeCount;
        int[] offsets = g.Offsets;
        int[] targets = g.Targets;
        double[] nodeOut = g.NodeOut;
        double[] nodeIn = g.NodeIn;
        bool[]? fixedNodes = g.Fixed;
        double[] commOut = _commOut;
        double[] commIn = ReferenceEquals(g.NodeOut, g.NodeIn) ? commOut : (_commIn ??= new double[_scratchSize]);
        int[] commCount = _commCount;
        int[] queue = _queue;
        bool[] inQueue = _inQueue;
        int[] empty = _empty;
        double ps = _penaltyScale;

        Array.Clear(commOut, 0, n);
        if (!ReferenceEquals(nodeOut, nodeIn))
        {
            Array.Clear(commIn, 0, n);
        }
        double[] cin = ReferenceEquals(nodeOut, nodeIn) ? commOut : commIn;
        Array.Clear(commCount, 0, n);
        for (int v = 0; v < n; v++)
        {
            int c = community[v];
            commOut[c] += nodeOut[v];
            if (!ReferenceEquals(cin, commOut))
            {
                cin[c] += nodeIn[v];
            }
            commCount[c]++;
        }
        int emptyCount = 0;
        for (int c = n - 1; c >= 0; c--)
        {
            if (commCount[c] == 0)
            {
                empty[emptyCount++] = c;
            }
        }

        Scratch scratch = RentScratch();
        double[] nw = scratch.NeighborWeight;
        int[] touched = scratch.Touched;

        int head = 0;
        int tail = 0;
        int queued = 0;
        for (int i = 0; i < n; i++)
        {
            int v = order[i];
            if (fixedNodes is not null && fixedNodes[v])
            {
                continue;
            }
            queue[tail] = v;
            tail = tail + 1 == n ? 0 : tail + 1;
            inQueue[v] = true;
            queued++;
        }

        bool moved = false;
        long moves = 0;
        int ops = 0;
        bool symmetric = ReferenceEquals(cin, commOut);
        ref int tgt = ref MemoryMarshal.GetArrayDataReference(targets);
        ref int com = ref MemoryMarshal.GetArrayDataReference(community);
        ref double nwr = ref MemoryMarshal.GetArrayDataReference(nw);
        ref int tch = ref MemoryMarshal.GetArrayDataReference(touched);
        ref double co = ref MemoryMarshal.GetArrayDataReference(commOut);
        ref double ci = ref MemoryMarshal.GetArrayDataReference(cin);
        ref int cc = ref MemoryMarshal.GetArrayDataReference(commCount);
        ref bool inq = ref MemoryMarshal.GetArrayDataReference(inQueue);
        MoveBatch? batch = _threads > 1 && n >= MinBatchedNodes ? (_batch ??= new MoveBatch(_scratchSize)) : null;
        if (batch is not null)
        {
            batch.Count = 0;
        }
        int batchNext = 0;
        while (queued > 0)
        {
            if ((++ops & CancelMask) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }
            if (batch is not null && batchNext == batch.Count)
            {
                PrepareBatch(g, w, community, batch, queue, head, queued);
                batchNext = 0;
            }
            int v = queue[head];
            head = head + 1 == n ? 0 : head + 1;
            queued--;
            Unsafe.Add(ref inq, v) = false;

            int current = Unsafe.Add(ref com, v);
            int start = offsets[v];
            int end = offsets[v + 1];
            int nt = 0;
            if (batch is not null && !batch.Dirty[v])
            {
                // The neighbour-community weights computed ahead in parallel are still exact: no neighbour moved since.
                Debug.Assert(batch.Nodes[batchNext] == v);
                int p0 = batch.PairStart[batchNext];
                nt = batch.PairCount[batchNext];
                for (int j = 0; j < nt; j++)
                {
                    int c = batch.PairCommunity[p0 + j];
                    Unsafe.Add(ref tch, j) = c;
                    Unsafe.Add(ref nwr, c) = batch.PairWeight[p0 + j];
                }
            }
            else
            {
                for (int a = start; a < end; a++)
                {
                    int u = Unsafe.Add(ref tgt, a);
                    double x = w[a];
                    if (u == v || x <= 0)
                    {
                        continue;
                    }
                    int c = Unsafe.Add(ref com, u);
                    ref double slot = ref Unsafe.Add(ref nwr, c);
                    if (slot == 0)
                    {
                        Unsafe.Add(ref tch, nt++) = c;
                    }
                    slot += x;
                }
            }
            if (batch is not null)
            {
                batchNext++;
            }

            double ao = nodeOut[v];
            double ai = nodeIn[v];
            Unsafe.Add(ref co, current) -= ao;
            if (!symmetric)
            {
                Unsafe.Add(ref ci, current) -= ai;
            }
            Unsafe.Add(ref cc, current)--;

            int best = current;
            double bestGain = Unsafe.Add(ref nwr, current) - (ps * ((ao * Unsafe.Add(ref ci, current)) + (ai * Unsafe.Add(ref co, current))));
            for (int i = 0; i < nt; i++)
            {
                int c = Unsafe.Add(ref tch, i);
                if (c != current)
                {
                    double gain = Unsafe.Add(ref nwr, c) - (ps * ((ao * Unsafe.Add(ref ci, c)) + (ai * Unsafe.Add(ref co, c))));
                    if (gain > bestGain || (gain == bestGain && best != current && c < best))
                    {
                        best = c;
                        bestGain = gain;
                    }
                }
                Unsafe.Add(ref nwr, c) = 0;
            }
            Unsafe.Add(ref nwr, current) = 0;

            if (bestGain < 0 && Unsafe.Add(ref cc, current) > 0)
            {
                best = empty[--emptyCount];
            }
            Unsafe.Add(ref co, best) += ao;
            if (!symmetric)
            {
                Unsafe.Add(ref ci, best) += ai;
            }
            Unsafe.Add(ref cc, best)++;
            if (best == current)
            {
                continue;
            }
            if (Unsafe.Add(ref cc, current) == 0)
            {
                empty[emptyCount++] = current;
            }
            Unsafe.Add(ref com, v) = best;
            moved = true;
            moves++;
            if (batch is not null)
            {
                bool[] dirty = batch.Dirty;
                for (int a = start; a < end; a++)
                {
                    dirty[Unsafe.Add(ref tgt, a)] = true;
                }
            }
            for (int a = start; a < end; a++)
            {
                int u = Unsafe.Add(ref tgt, a);
                if (!Unsafe.Add(ref inq, u) && Unsafe.Add(ref com, u) != best && (fixedNodes is null || !fixedNodes[u]))
                {
                    queue[tail] = u;
                    tail = tail + 1 == n ? 0 : tail + 1;
                    Unsafe.Add(ref inq, u) = true;
                    queued++;
                }
            }
        }
        ReturnScratch(scratch);
        Moves += moves;
        return moved;
    }

    /// <summary>
    /// Computes, in parallel, the neighbour-community weights of the next nodes of the queue against the current
    /// communities, in the same arc order as the sequential loop (so the sums are bit-identical). The sequential loop
    /// uses them for every node none of whose neighbours has moved since (tracked by <see cref="MoveBatch.Dirty"/>) and
    /// recomputes the others: the moves are exactly those of the sequential algorithm, on any thread count.
    /// </summary>
    private void PrepareBatch<TW>(WorkGraph g, TW w, int[] community, MoveBatch batch, int[] queue, int head, int queued)
        where TW : struct, IArcWeights
    {
        int n = g.NodeCount;
        int[] offsets = g.Offsets;
        int count = 0;
        long arcs = 0;
        int pos = head;
        while (count < queued && count < BatchNodes)
        {
            int v = queue[pos];
            int degree = offsets[v + 1] - offsets[v];
            if (count > 0 && arcs + degree > BatchArcs)
            {
                break;
            }
            batch.Nodes[count] = v;
            batch.PairStart[count] = (int)arcs;
            batch.Dirty[v] = false;
            arcs += degree;
            count++;
            pos = pos + 1 == n ? 0 : pos + 1;
        }
        batch.Count = count;
        batch.EnsurePairs((int)arcs);
        int chunks = (count + BatchChunk - 1) / BatchChunk;
        var options = new ParallelOptions { MaxDegreeOfParallelism = _threads, CancellationToken = _cancellationToken };
        Parallel.For(0, chunks, options, RentScratch, (chunk, _, s) =>
        {
            int[] targets = g.Targets;
            double[] nw = s.NeighborWeight;
            int[] touched = s.Touched;
            int last = Math.Min(count, (chunk + 1) * BatchChunk);
            for (int i = chunk * BatchChunk; i < last; i++)
            {
                int v = batch.Nodes[i];
                int nt = 0;
                for (int a = offsets[v]; a < offsets[v + 1]; a++)
                {
                    int u = targets[a];
                    double x = w[a];
                    if (u == v || x <= 0)
                    {
                        continue;
                    }
                    int c = community[u];
                    if (nw[c] == 0)
                    {
                        touched[nt++] = c;
                    }
                    nw[c] += x;
                }
                int p0 = batch.PairStart[i];
                for (int j = 0; j < nt; j++)
                {
                    int c = touched[j];
                    batch.PairCommunity[p0 + j] = c;
                    batch.PairWeight[p0 + j] = nw[c];
                    nw[c] = 0;
                }
                batch.PairCount[i] = nt;
            }
            return s;
        }, ReturnScratch);
    }

    /// <summary>Look-ahead buffers of the parallel local moving.</summary>
    private sealed class MoveBatch
    {
        public MoveBatch(int n)
        {
            Dirty = new bool[n];
            Nodes = new int[BatchNodes];
            PairStart = new int[BatchNodes];
            PairCount = new int[BatchNodes];
            PairCommunity = [];
            PairWeight = [];
        }

        public int Count { get; set; }

        public bool[] Dirty { get; }

        public int[] Nodes { get; }

        public int[] PairStart { get; }

        public int[] PairCount { get; }

        public int[] PairCommunity { get; private set; }

        public double[] PairWeight { get; private set; }

        public void EnsurePairs(int count)
        {
            if (PairCommunity.Length < count)
            {
                PairCommunity = new int[Math.Max(count, PairCommunity.Length * 2)];
                PairWeight = new double[PairCommunity.Length];
            }
        }
    }

    /// <summary>
    /// Leiden refinement (Traag, Waltman &amp; van Eck 2019, Algorithm A.2, RefinePartition and MergeNodesSubset):
    /// inside each community S of <paramref name="community"/> (compact labels 0..k−1), starting from singletons,
    /// every well-connected node still alone joins the well-connected sub-community of S with the largest positive gain
    /// (greedy, as leidenalg). Communities are refined independently, in parallel when allowed; the visiting order inside
    /// S is the order of its members in <paramref name="order"/>, so the result does not depend on the thread count.
    /// Returns refined labels: the id of a node of S that names the sub-community.
    /// </summary>
    public int[] Refine(WorkGraph g, int[] community, int k, int[] order)
    {
        int n = g.NodeCount;
        // Members of each community in visiting order (stable counting sort of the order).
        var start = new int[k + 1];
        for (int v = 0; v < n; v++)
        {
            start[community[v] + 1]++;
        }
        for (int c = 0; c < k; c++)
        {
            start[c + 1] += start[c];
        }
        var members = new int[n];
        var cursor = new int[k];
        Array.Copy(start, cursor, k);
        for (int i = 0; i < n; i++)
        {
            int v = order[i];
            members[cursor[community[v]]++] = v;
        }
        var totalOut = new double[k];
        var totalIn = ReferenceEquals(g.NodeOut, g.NodeIn) ? totalOut : new double[k];
        for (int i = 0; i < n; i++)
        {
            int v = members[i];
            totalOut[community[v]] += g.NodeOut[v];
            if (!ReferenceEquals(totalIn, totalOut))
            {
                totalIn[community[v]] += g.NodeIn[v];
            }
        }

        var refined = new int[n];
        var clusterOut = new double[n];
        var clusterIn = ReferenceEquals(g.NodeOut, g.NodeIn) ? clusterOut : new double[n];
        var clusterExternal = new double[n];
        var clusterCount = new int[n];
        var state = new RefineState(g, community, start, members, totalOut, totalIn, refined, clusterOut, clusterIn, clusterExternal, clusterCount);

        if (_threads == 1 || k < 64)
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

    private void RefineOne(RefineState st, int c, Scratch s)
    {
        if (st.Graph.Weights is null)
        {
            RefineOne(st, new UnitWeights(), c, s);
        }
        else
        {
            RefineOne(st, new ArrayWeights(st.Graph.Weights), c, s);
        }
    }

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
        double ps = _penaltyScale;
        int first = st.Start[c];
        int last = st.Start[c + 1];
        double sOut = st.TotalOut[c];
        double sIn = st.TotalIn[c];

        // Singletons; E(v, S − v) for every member.
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
            double inside = 0;
            for (int a = offsets[v]; a < offsets[v + 1]; a++)
            {
                int u = targets[a];
                if (u != v && community[u] == c)
                {
                    inside += w[a];
                }
            }
            ext[v] = inside;
        }
        if (last - first == 1)
        {
            return;
        }

        for (int i = first; i < last; i++)
        {
            int v = st.Members[i];
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
                int u = targets[a];
                double x = w[a];
                if (u == v || x <= 0 || community[u] != c)
                {
                    continue;
                }
                int r = refined[u];
                if (nw[r] == 0)
                {
                    touched[nt++] = r;
                }
                nw[r] += x;
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
    /// Collapses every cluster of <paramref name="labels"/> (0..k−1) into one node: arcs between clusters are summed,
    /// arcs inside a cluster dropped (moves ignore self-loops). Rows are built per block of clusters, in parallel when
    /// allowed, and concatenated in block order, so the graph is the same for any thread count.
    /// </summary>
    public WorkGraph Aggregate(WorkGraph g, int[] labels, int k)
    {
        int n = g.NodeCount;
        var start = new int[k + 1];
        for (int v = 0; v < n; v++)
        {
            start[labels[v] + 1]++;
        }
        for (int c = 0; c < k; c++)
        {
            start[c + 1] += start[c];
        }
        var members = new int[n];
        var cursor = new int[k];
        Array.Copy(start, cursor, k);
        for (int v = 0; v < n; v++)
        {
            members[cursor[labels[v]]++] = v;
        }
        var nodeOut = new double[k];
        double[] nodeIn = ReferenceEquals(g.NodeOut, g.NodeIn) ? nodeOut : new double[k];
        bool[]? fixedNodes = g.Fixed is null ? null : new bool[k];
        for (int i = 0; i < n; i++)
        {
            int v = members[i];
            int c = labels[v];
            nodeOut[c] += g.NodeOut[v];
            if (!ReferenceEquals(nodeIn, nodeOut))
            {
                nodeIn[c] += g.NodeIn[v];
            }
            if (fixedNodes is not null && g.Fixed![v])
            {
                fixedNodes[c] = true;
            }
        }

        int blocks = (k + AggregationChunk - 1) / AggregationChunk;
        var offsets = new int[k + 1];
        var ctx = new AggregateState(g, labels, start, members, offsets, null, null, k);
        // Pass 1 counts each row's distinct neighbour clusters; pass 2 writes the rows in place. Rows never depend on
        // which worker builds them, so the graph is the same for every thread count.
        ForEachBlock(blocks, ctx, countOnly: true);
        for (int c = 0; c < k; c++)
        {
            offsets[c + 1] += offsets[c];
        }
        var targets = new int[offsets[k]];
        var weights = new double[offsets[k]];
        ctx = ctx with { Targets = targets, Weights = weights };
        ForEachBlock(blocks, ctx, countOnly: false);
        return new WorkGraph(k, offsets, targets, weights, nodeOut, nodeIn, fixedNodes);
    }

    private void ForEachBlock(int blocks, AggregateState ctx, bool countOnly)
    {
        if (_threads == 1 || blocks == 1)
        {
            Scratch s = RentScratch();
            for (int b = 0; b < blocks; b++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                AggregateBlock(ctx, b, s, countOnly);
            }
            ReturnScratch(s);
        }
        else
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = _threads, CancellationToken = _cancellationToken };
            Parallel.For(0, blocks, options, RentScratch, (b, _, s) =>
            {
                AggregateBlock(ctx, b, s, countOnly);
                return s;
            }, ReturnScratch);
        }
    }

    private static void AggregateBlock(AggregateState st, int block, Scratch s, bool countOnly)
    {
        if (st.Graph.Weights is null)
        {
            AggregateBlock(st, new UnitWeights(), block, s, countOnly);
        }
        else
        {
            AggregateBlock(st, new ArrayWeights(st.Graph.Weights), block, s, countOnly);
        }
    }

    private static void AggregateBlock<TW>(AggregateState st, TW w, int block, Scratch s, bool countOnly)
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
        ref int tgt = ref MemoryMarshal.GetArrayDataReference(targets);
        ref int lab = ref MemoryMarshal.GetArrayDataReference(labels);
        ref double nwr = ref MemoryMarshal.GetArrayDataReference(nw);
        int cFirst = block * AggregationChunk;
        int cLast = Math.Min(st.ClusterCount, cFirst + AggregationChunk);
        for (int c = cFirst; c < cLast; c++)
        {
            int nt = 0;
            for (int i = start[c]; i < start[c + 1]; i++)
            {
                int v = members[i];
                int end = offsets[v + 1];
                for (int a = offsets[v]; a < end; a++)
                {
                    double x = w[a];
                    int t = Unsafe.Add(ref lab, Unsafe.Add(ref tgt, a));
                    if (t == c || x <= 0)
                    {
                        continue;
                    }
                    ref double slot = ref Unsafe.Add(ref nwr, t);
                    if (slot == 0)
                    {
                        touched[nt++] = t;
                    }
                    slot += x;
                }
            }
            if (countOnly)
            {
                rowOffsets[c + 1] = nt;
                for (int i = 0; i < nt; i++)
                {
                    Unsafe.Add(ref nwr, touched[i]) = 0;
                }
            }
            else
            {
                int at = rowOffsets[c];
                int[] outTargets = st.Targets!;
                double[] outWeights = st.Weights!;
                for (int i = 0; i < nt; i++)
                {
                    int t = touched[i];
                    outTargets[at + i] = t;
                    outWeights[at + i] = Unsafe.Add(ref nwr, t);
                    Unsafe.Add(ref nwr, t) = 0;
                }
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
            NeighborWeight = new double[Math.Max(1, n)];
            Touched = new int[Math.Max(1, n)];
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
        int[] RowOffsets,
        int[]? Targets,
        double[]? Weights,
        int ClusterCount);
}
