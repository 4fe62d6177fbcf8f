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
    /// <summary>The outcome: chosen nodes in order, the sets each newly covered, and the total covered.</summary>
    internal readonly record struct Selection(int[] Nodes, long[] NewlyCovered, long Covered);

    public static Selection Select(ReverseReachableSetCollection sets, int k, SeedingConstraints? constraints, CancellationToken cancellationToken)
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
        while (chosen.Count < k && heap.Count > 0)
        {
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
        return new Selection(chosen.ToArray(), gains.ToArray(), total);
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
