using System.Globalization;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms;

/// <summary>Validation and small shared kernels of the metric suite (internal).</summary>
internal static class MetricSupport
{
    /// <summary>Validates a node list and returns its distinct nodes in ascending order.</summary>
    public static int[] CheckNodes(ReadOnlySpan<int> nodes, int nodeCount, string paramName)
    {
        var copy = nodes.ToArray();
        foreach (int v in copy)
        {
            if ((uint)v >= (uint)nodeCount)
            {
                ThrowHelper.NodeOutOfRange(paramName, v, nodeCount);
            }
        }
        Array.Sort(copy);
        int k = 0;
        for (int i = 0; i < copy.Length; i++)
        {
            if (i == 0 || copy[i] != copy[i - 1])
            {
                copy[k++] = copy[i];
            }
        }
        Array.Resize(ref copy, k);
        return copy;
    }

    public static void CheckMask(ReadOnlySpan<bool> mask, int nodeCount, string paramName)
    {
        if (mask.Length != nodeCount)
        {
            ThrowHelper.Argument(paramName, string.Create(CultureInfo.InvariantCulture,
                $"{paramName} has {mask.Length} entries; it must have one per node ({nodeCount})."));
        }
    }

    public static void CheckPartition(Partition partition, int nodeCount, string paramName = "partition")
    {
        ArgumentNullException.ThrowIfNull(partition, paramName);
        if (partition.NodeCount != nodeCount)
        {
            ThrowHelper.Argument(paramName, string.Create(CultureInfo.InvariantCulture,
                $"{paramName} covers {partition.NodeCount} nodes; the graph has {nodeCount}."));
        }
    }

    public static void CheckCascade(Cascade cascade, int nodeCount, string paramName = "cascade")
    {
        ArgumentNullException.ThrowIfNull(cascade, paramName);
        if (cascade.NodeCount != nodeCount)
        {
            ThrowHelper.Argument(paramName, string.Create(CultureInfo.InvariantCulture,
                $"{paramName} ran on {cascade.NodeCount} nodes; the graph has {nodeCount}."));
        }
    }

    public static void CheckProbability(double p, string name)
    {
        if (!(p >= 0 && p <= 1))
        {
            ThrowHelper.ArgumentOutOfRange(name, p, "a probability in [0, 1]");
        }
    }

    /// <summary>Step of every node in the cascade, −1 for non-adopters.</summary>
    public static int[] StepOf(Cascade cascade)
    {
        var stepOf = new int[cascade.NodeCount];
        Array.Fill(stepOf, -1);
        var adopters = cascade.Adopters.AsSpan();
        var steps = cascade.Steps.AsSpan();
        for (int i = 0; i < adopters.Length; i++)
        {
            stepOf[adopters[i]] = steps[i];
        }
        return stepOf;
    }

    /// <summary>
    /// Distinct adopting in-neighbours at adoption per adopter (in adoption order): the recorded counts when present,
    /// otherwise recomputed as in-neighbours that adopted at an earlier step.
    /// </summary>
    public static int[] ActiveNeighborCounts(CsrGraph graph, Cascade cascade, int[] stepOf)
    {
        int k = cascade.Size;
        var result = new int[k];
        if (cascade.ActiveNeighborsAtAdoption.Length == k && k > 0 && !ContainsNegative(cascade.ActiveNeighborsAtAdoption.AsSpan()))
        {
            cascade.ActiveNeighborsAtAdoption.AsSpan().CopyTo(result);
            return result;
        }
        int[] inOffsets = graph.InOffsetsArray;
        int[] inSources = graph.InSourcesArray;
        var adopters = cascade.Adopters.AsSpan();
        var steps = cascade.Steps.AsSpan();
        for (int i = 0; i < k; i++)
        {
            int v = adopters[i];
            int t = steps[i];
            int count = 0;
            for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
            {
                int u = inSources[a];
                if (u != v && stepOf[u] >= 0 && stepOf[u] < t)
                {
                    count++;
                }
            }
            result[i] = count;
        }
        return result;
    }

    private static bool ContainsNegative(ReadOnlySpan<int> values)
    {
        foreach (int x in values)
        {
            if (x < 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Multi-source BFS along out-arcs up to <paramref name="hops"/> (−1 = unbounded); marks reached nodes.</summary>
    public static int Ball(CsrGraph graph, ReadOnlySpan<int> sources, int hops, int[] mark, int stamp, int[] queue, int[] depth)
    {
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        int head = 0;
        int tail = 0;
        foreach (int s in sources)
        {
            if (mark[s] != stamp)
            {
                mark[s] = stamp;
                depth[s] = 0;
                queue[tail++] = s;
            }
        }
        while (head < tail)
        {
            int u = queue[head++];
            int d = depth[u];
            if (hops >= 0 && d >= hops)
            {
                continue;
            }
            for (int a = offsets[u]; a < offsets[u + 1]; a++)
            {
                int v = targets[a];
                if (mark[v] != stamp)
                {
                    mark[v] = stamp;
                    depth[v] = d + 1;
                    queue[tail++] = v;
                }
            }
        }
        return tail;
    }

    /// <summary>Shannon entropy (natural log) of counts.</summary>
    public static double Entropy(ReadOnlySpan<int> counts, int total)
    {
        double h = 0;
        foreach (int c in counts)
        {
            if (c > 0)
            {
                double f = (double)c / total;
                h -= f * Math.Log(f);
            }
        }
        return h;
    }

    /// <summary>Linear-interpolated quantile (type 7, as numpy's default) of sorted values.</summary>
    public static double Quantile(ReadOnlySpan<double> sorted, double q)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }
        double pos = q * (sorted.Length - 1);
        int lo = (int)Math.Floor(pos);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((pos - lo) * (sorted[hi] - sorted[lo]));
    }

    /// <summary>Gini coefficient of non-negative values (0 = equal, → 1 = concentrated); 0 when all are 0.</summary>
    public static double Gini(ReadOnlySpan<double> values)
    {
        int n = values.Length;
        if (n == 0)
        {
            return 0;
        }
        var sorted = values.ToArray();
        Array.Sort(sorted);
        double sum = 0;
        double weighted = 0;
        for (int i = 0; i < n; i++)
        {
            sum += sorted[i];
            weighted += (i + 1) * sorted[i];
        }
        return sum <= 0 ? 0 : ((2 * weighted) / (n * sum)) - ((n + 1.0) / n);
    }
}
