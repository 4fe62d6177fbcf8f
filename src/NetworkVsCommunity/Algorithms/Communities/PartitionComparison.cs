using System.Globalization;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Communities;

/// <summary>Comparison of two partitions of the same nodes: normalised mutual information, adjusted Rand index, variation of information.</summary>
/// <remarks>
/// <para>All three come from the contingency table of the two partitions, built by sorting (O(n log n), no hashing), and
/// are invariant to relabelling communities. Logarithms are natural.</para>
/// <para>Thread safety: pure functions.</para>
/// </remarks>
public static class PartitionComparison
{
    /// <summary>Normalised mutual information, arithmetic normalisation: NMI = 2·I(A;B) / (H(A) + H(B)).</summary>
    /// <param name="a">A partition.</param>
    /// <param name="b">A partition of the same nodes.</param>
    /// <returns>A value in [0, 1]; 1 for equal partitions (also when both have a single community), 0 for independent ones.</returns>
    /// <remarks>L. Danon, A. Díaz-Guilera, J. Duch and A. Arenas, "Comparing community structure identification", J. Stat. Mech.
    /// P09008, 2005, doi:10.1088/1742-5468/2005/09/P09008. The same as scikit-learn's <c>normalized_mutual_info_score</c> (default).</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The partitions cover different node counts.</exception>
    public static double NormalizedMutualInformation(Partition a, Partition b)
    {
        Entropies(a, b, out double ha, out double hb, out double mutual);
        if (ha + hb <= 0)
        {
            return 1.0;
        }
        return Math.Clamp(2 * mutual / (ha + hb), 0.0, 1.0);
    }

    /// <summary>The adjusted Rand index: the Rand index corrected for chance (Hubert and Arabie).</summary>
    /// <param name="a">A partition.</param>
    /// <param name="b">A partition of the same nodes.</param>
    /// <returns>1 for equal partitions, about 0 for independent ones, negative when worse than chance.</returns>
    /// <remarks>L. Hubert and P. Arabie, "Comparing partitions", Journal of Classification 2:193–218, 1985,
    /// doi:10.1007/BF01908075. When the chance-expected index equals its maximum (for example both partitions trivial) the
    /// value is 1, as in scikit-learn's <c>adjusted_rand_score</c>.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The partitions cover different node counts.</exception>
    public static double AdjustedRandIndex(Partition a, Partition b)
    {
        Check(a, b);
        int n = a.NodeCount;
        double index = 0;
        foreach (long count in Contingency(a, b))
        {
            index += Pairs(count);
        }
        double sumA = 0;
        foreach (int s in a.Sizes())
        {
            sumA += Pairs(s);
        }
        double sumB = 0;
        foreach (int s in b.Sizes())
        {
            sumB += Pairs(s);
        }
        double total = Pairs(n);
        if (total == 0)
        {
            return 1.0;
        }
        double expected = sumA * sumB / total;
        double max = (sumA + sumB) / 2;
        if (max == expected)
        {
            return 1.0;
        }
        return (index - expected) / (max - expected);
    }

    /// <summary>The variation of information VI(A, B) = H(A) + H(B) − 2·I(A;B), a metric on partitions.</summary>
    /// <param name="a">A partition.</param>
    /// <param name="b">A partition of the same nodes.</param>
    /// <returns>A value in [0, ln n]; 0 exactly when the partitions are equal.</returns>
    /// <remarks>M. Meilă, "Comparing clusterings — an information based distance", Journal of Multivariate Analysis
    /// 98(5):873–895, 2007, doi:10.1016/j.jmva.2006.11.013. It satisfies the triangle inequality.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The partitions cover different node counts.</exception>
    public static double VariationOfInformation(Partition a, Partition b)
    {
        Entropies(a, b, out double ha, out double hb, out double mutual);
        return Math.Max(0.0, ha + hb - (2 * mutual));
    }

    private static double Pairs(double count) => count * (count - 1) / 2;

    private static void Entropies(Partition a, Partition b, out double ha, out double hb, out double mutual)
    {
        Check(a, b);
        double n = a.NodeCount;
        ha = Entropy(a.Sizes(), n);
        hb = Entropy(b.Sizes(), n);
        if (n == 0)
        {
            mutual = 0;
            return;
        }
        // H(A,B) from the contingency table; I = H(A) + H(B) − H(A,B).
        double joint = 0;
        foreach (long count in Contingency(a, b))
        {
            double p = count / n;
            joint -= p * Math.Log(p);
        }
        mutual = Math.Max(0.0, ha + hb - joint);
        if (a.Equals(b))
        {
            mutual = ha;
            hb = ha;
        }
    }

    private static double Entropy(int[] sizes, double n)
    {
        double h = 0;
        foreach (int s in sizes)
        {
            if (s > 0)
            {
                double p = s / n;
                h -= p * Math.Log(p);
            }
        }
        return h;
    }

    /// <summary>The non-zero cells of the contingency table, in ascending (a, b) order.</summary>
    private static List<long> Contingency(Partition a, Partition b)
    {
        int n = a.NodeCount;
        long kb = b.CommunityCount;
        var keys = new long[n];
        ReadOnlySpan<int> ma = a.Membership;
        ReadOnlySpan<int> mb = b.Membership;
        for (int v = 0; v < n; v++)
        {
            keys[v] = (ma[v] * kb) + mb[v];
        }
        Array.Sort(keys);
        var cells = new List<long>();
        int i = 0;
        while (i < n)
        {
            int j = i + 1;
            while (j < n && keys[j] == keys[i])
            {
                j++;
            }
            cells.Add(j - i);
            i = j;
        }
        return cells;
    }

    private static void Check(Partition a, Partition b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.NodeCount != b.NodeCount)
        {
            ThrowHelper.Argument(nameof(b), string.Create(CultureInfo.InvariantCulture,
                $"The partitions cover different node counts ({a.NodeCount} and {b.NodeCount}); allowed: two partitions of the same nodes."));
        }
    }
}
