using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// Greedy maximum coverage over a collection of RR sets (the NodeSelection of Tang, Shi &amp; Xiao 2015): repeatedly
/// take the admissible node that covers the most uncovered sets, ties to the lowest node, with a lazy max-heap over the
/// coverage counts (counts only decrease, so a popped entry whose count is current is the maximum).
/// </summary>
/// <remarks>O(Σ|R| + n + k·log n + Σ over chosen nodes of their sets' sizes), single-threaded and deterministic.</remarks>
internal static class MaxCoverage
{
    /// <summary>
    /// The outcome: chosen nodes in order, the sets each newly covered, the total covered, and (when asked for) an upper
    /// bound on the coverage of any k admissible nodes.
    /// </summary>
    internal readonly record struct Selection(int[] Nodes, long[] NewlyCovered, long Covered, long CoverageUpperBound);

    /// <summary>Runs the greedy.</summary>
    /// <param name="sets">The RR sets.</param>
    /// <param name="k">The budget.</param>
    /// <param name="constraints">The constraints (validated), or null.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <param name="upperBound">
    /// Also compute <see cref="Selection.CoverageUpperBound"/>: the minimum over the greedy steps i = 0 … k of
    /// Cov(Sᵢ) + the sum of the k largest marginal coverages of admissible nodes given Sᵢ (Tang, Tang, Xiao &amp; Yuan 2018,
    /// OPIM-C's tightened bound; valid for any Sᵢ by submodularity, quotas ignored), and without quotas also
    /// Cov(S_k)/(1 − 1/e). Costs O(n·log k) per step.
    /// </param>
    public static Selection Select(ReverseReachableSetCollection sets, int k, SeedingConstraints? constraints, CancellationToken cancellationToken, bool upperBound = false)
    {
        int n = sets.SingletonCounts.Length;
        var state = new SeedingConstraintState(n, constraints);
        int[] members = sets.Members;
        int[] offsets = sets.Offsets;
        int stored = sets.StoredCount;
        int memberCount = sets.MemberCount;

        // Inverted index: node -> stored sets that contain it.
        var count = new long[n];
        var nodeOffsets = new int[n + 1];
        for (int i = 0; i < memberCount; i++)
        {
            nodeOffsets[members[i] + 1]++;
        }
        for (int v = 0; v < n; v++)
        {
            count[v] = nodeOffsets[v + 1] + sets.SingletonCounts[v];
            nodeOffsets[v + 1] += nodeOffsets[v];
        }
        var nodeSets = new int[memberCount];
        var cursor = new int[n];
        Array.Copy(nodeOffsets, cursor, n);
        for (int s = 0; s < stored; s++)
        {
            if ((s & 0xFFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            for (int i = offsets[s]; i < offsets[s + 1]; i++)
            {
                nodeSets[cursor[members[i]]++] = s;
            }
        }
        cursor = null;

        var heap = new CountHeap(n);
        for (int v = 0; v < n; v++)
        {
            if (state.IsAdmissible(v))
            {
                heap.Add(count[v], v);
            }
        }
        heap.Heapify();
        var covered = new bool[stored];
        var chosen = new List<int>(k);
        var gains = new List<long>(k);
        long total = 0;
        long bound = long.MaxValue;
        long[]? topK = upperBound ? new long[k] : null;
        int boundStep = -1;
        while (chosen.Count < k && heap.Count > 0)
        {
            if (topK is not null && boundStep != chosen.Count)
            {
                boundStep = chosen.Count; // once per greedy step, not per stale heap entry
                bound = Math.Min(bound, total + TopKSum(count, state, topK));
            }
            cancellationToken.ThrowIfCancellationRequested();
            (long c, int v) = heap.Pop();
            if (!state.CanAdd(v))
            {
                continue; // excluded for good (quota full): quotas never grow back
            }
            if (c != count[v])
            {
                heap.Push(count[v], v);
                continue;
            }
            state.Add(v);
            chosen.Add(v);
            gains.Add(c);
            total += c;
            count[v] = 0;
            for (int i = nodeOffsets[v]; i < nodeOffsets[v + 1]; i++)
            {
                int s = nodeSets[i];
                if (covered[s])
                {
                    continue;
                }
                covered[s] = true;
                for (int j = offsets[s]; j < offsets[s + 1]; j++)
                {
                    count[members[j]]--;
                }
            }
        }
        if (topK is not null)
        {
            bound = Math.Min(bound, total + TopKSum(count, state, topK));
            if (!state.HasQuotas)
            {
                // Greedy's own guarantee on the sample: Cov(S_k) ≥ (1 − 1/e)·max coverage (Nemhauser, Wolsey & Fisher 1978).
                bound = Math.Min(bound, (long)Math.Floor(total / (1 - 1 / Math.E)));
            }
        }
        return new Selection(chosen.ToArray(), gains.ToArray(), total, topK is null ? 0 : bound);
    }

    /// <summary>The sum of the k largest current counts among admissible (not yet chosen) nodes, quotas ignored.</summary>
    private static long TopKSum(long[] count, SeedingConstraintState state, long[] heap)
    {
        // A min-heap of the k largest counts seen so far.
        int k = heap.Length;
        int size = 0;
        for (int v = 0; v < count.Length; v++)
        {
            long c = count[v];
            if (c <= 0 || !state.IsAdmissible(v))
            {
                continue;
            }
            if (size < k)
            {
                int i = size++;
                while (i > 0 && heap[(i - 1) >> 1] > c)
                {
                    heap[i] = heap[(i - 1) >> 1];
                    i = (i - 1) >> 1;
                }
                heap[i] = c;
            }
            else if (c > heap[0])
            {
                int i = 0;
                while (true)
                {
                    int child = 2 * i + 1;
                    if (child >= k)
                    {
                        break;
                    }
                    if (child + 1 < k && heap[child + 1] < heap[child])
                    {
                        child++;
                    }
                    if (heap[child] >= c)
                    {
                        break;
                    }
                    heap[i] = heap[child];
                    i = child;
                }
                heap[i] = c;
            }
        }
        long sum = 0;
        for (int i = 0; i < size; i++)
        {
            sum += heap[i];
        }
        return sum;
    }

    /// <summary>
    /// The coverage of each of up to 32 node sets on <paramref name="sets"/> in one pass: each node carries a bit per set
    /// that holds it, and an RR set counts for every set whose bit appears among its members.
    /// </summary>
    /// <remarks>Also fills <paramref name="only"/> (length c², row-major): entry i·c + j counts the sets covered by node
    /// set i and not by j, the discordant counts of a paired comparison of the two.</remarks>
    public static long[] Coverages(ReverseReachableSetCollection sets, IReadOnlyList<int[]> nodeSets, CancellationToken cancellationToken,
        out long[] only)
    {
        int n = sets.SingletonCounts.Length;
        int c = nodeSets.Count;
        if (c > 32)
        {
            ThrowHelper.Argument(nameof(nodeSets), "At most 32 node sets can be scored in one pass.");
        }
        var mask = new uint[n];
        for (int j = 0; j < c; j++)
        {
            foreach (int v in nodeSets[j])
            {
                mask[v] |= 1u << j;
            }
        }
        var covered = new long[c];
        only = new long[c * c];
        for (int v = 0; v < n; v++)
        {
            long singles = sets.SingletonCounts[v];
            if (mask[v] != 0 && singles != 0)
            {
                Count(mask[v], singles, c, covered, only);
            }
        }
        int[] members = sets.Members;
        int[] offsets = sets.Offsets;
        int stored = sets.StoredCount;
        for (int s = 0; s < stored; s++)
        {
            if ((s & 0xFFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            uint m = 0;
            for (int i = offsets[s]; i < offsets[s + 1]; i++)
            {
                m |= mask[members[i]];
            }
            if (m != 0)
            {
                Count(m, 1, c, covered, only);
            }
        }
        return covered;

        static void Count(uint m, long weight, int c, long[] covered, long[] only)
        {
            for (uint bits = m; bits != 0; bits &= bits - 1)
            {
                int i = System.Numerics.BitOperations.TrailingZeroCount(bits);
                covered[i] += weight;
                for (int j = 0; j < c; j++)
                {
                    if ((m & (1u << j)) == 0)
                    {
                        only[i * c + j] += weight;
                    }
                }
            }
        }
    }

    /// <summary>
    /// The sets newly covered by each node of <paramref name="nodes"/> taken in order (a set counts for the earliest of
    /// the nodes it holds); the entries sum to the coverage of the whole list.
    /// </summary>
    public static long[] MarginalCoverages(ReverseReachableSetCollection sets, ReadOnlySpan<int> nodes, CancellationToken cancellationToken)
    {
        int n = sets.SingletonCounts.Length;
        var rank = new int[n];
        Array.Fill(rank, int.MaxValue);
        for (int i = nodes.Length - 1; i >= 0; i--)
        {
            rank[nodes[i]] = i;
        }
        var gains = new long[nodes.Length];
        for (int i = 0; i < nodes.Length; i++)
        {
            if (rank[nodes[i]] == i)
            {
                gains[i] += sets.SingletonCounts[nodes[i]];
            }
        }
        int[] members = sets.Members;
        int[] offsets = sets.Offsets;
        int stored = sets.StoredCount;
        for (int s = 0; s < stored; s++)
        {
            if ((s & 0xFFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            int first = int.MaxValue;
            for (int i = offsets[s]; i < offsets[s + 1]; i++)
            {
                first = Math.Min(first, rank[members[i]]);
            }
            if (first != int.MaxValue)
            {
                gains[first]++;
            }
        }
        return gains;
    }

    /// <summary>A binary max-heap of (count, node), larger count first, then lower node.</summary>
    private sealed class CountHeap
    {
        private long[] _keys;
        private int[] _nodes;

        public CountHeap(int capacity)
        {
            _keys = new long[Math.Max(1, capacity)];
            _nodes = new int[Math.Max(1, capacity)];
        }

        public int Count { get; private set; }

        public void Add(long key, int node)
        {
            _keys[Count] = key;
            _nodes[Count] = node;
            Count++;
        }

        public void Heapify()
        {
            for (int i = Count / 2 - 1; i >= 0; i--)
            {
                SiftDown(i);
            }
        }

        public void Push(long key, int node)
        {
            if (Count == _keys.Length)
            {
                Array.Resize(ref _keys, Count * 2);
                Array.Resize(ref _nodes, Count * 2);
            }
            int i = Count++;
            while (i > 0)
            {
                int parent = (i - 1) >> 1;
                if (!Before(key, node, _keys[parent], _nodes[parent]))
                {
                    break;
                }
                _keys[i] = _keys[parent];
                _nodes[i] = _nodes[parent];
                i = parent;
            }
            _keys[i] = key;
            _nodes[i] = node;
        }

        public (long Key, int Node) Pop()
        {
            long key = _keys[0];
            int node = _nodes[0];
            Count--;
            if (Count > 0)
            {
                _keys[0] = _keys[Count];
                _nodes[0] = _nodes[Count];
                SiftDown(0);
            }
            return (key, node);
        }

        private static bool Before(long k1, int n1, long k2, int n2) => k1 > k2 || (k1 == k2 && n1 < n2);

        private void SiftDown(int i)
        {
            long key = _keys[i];
            int node = _nodes[i];
            while (true)
            {
                int child = 2 * i + 1;
                if (child >= Count)
                {
                    break;
                }
                if (child + 1 < Count && Before(_keys[child + 1], _nodes[child + 1], _keys[child], _nodes[child]))
                {
                    child++;
                }
                if (!Before(_keys[child], _nodes[child], key, node))
                {
                    break;
                }
                _keys[i] = _keys[child];
                _nodes[i] = _nodes[child];
                i = child;
            }
            _keys[i] = key;
            _nodes[i] = node;
        }
    }
}
