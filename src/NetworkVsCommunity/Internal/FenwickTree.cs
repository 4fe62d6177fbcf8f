namespace NetworkVsCommunity.Internal;

/// <summary>
/// A Fenwick (binary indexed) tree of long counts over a plain array of length count + 1 (slot 0 unused): point update,
/// prefix sum and "first index whose running sum exceeds a target" in O(log n).
/// </summary>
/// <remarks>
/// P. M. Fenwick, "A new data structure for cumulative frequency tables", Software: Practice and Experience 24(3) (1994)
/// 327–336, doi:10.1002/spe.4380240306. Used by the LFR generator to place nodes in communities with probability
/// proportional to their free places. The caller owns the array; not thread-safe.
/// </remarks>
internal static class FenwickTree
{
    /// <summary>Adds <paramref name="delta"/> to the count at <paramref name="index"/> (0-based).</summary>
    public static void Add(long[] tree, int index, long delta)
    {
        for (int i = index + 1; i < tree.Length; i += i & -i)
        {
            tree[i] += delta;
        }
    }

    /// <summary>The sum of the first <paramref name="count"/> counts.</summary>
    public static long Prefix(long[] tree, int count)
    {
        long sum = 0;
        for (int i = count; i > 0; i -= i & -i)
        {
            sum += tree[i];
        }
        return sum;
    }

    /// <summary>The smallest index c &lt; limit whose prefix sum through c exceeds target.</summary>
    public static int Find(long[] tree, long target, int limit)
    {
        int position = 0;
        int step = 1;
        while (step * 2 < tree.Length)
        {
            step *= 2;
        }
        for (; step > 0; step >>= 1)
        {
            int next = position + step;
            if (next < tree.Length && tree[next] <= target)
            {
                position = next;
                target -= tree[next];
            }
        }
        return Math.Min(position, limit - 1);
    }

}
