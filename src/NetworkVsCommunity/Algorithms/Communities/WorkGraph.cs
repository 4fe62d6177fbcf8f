using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Communities;

/// <summary>
/// The symmetric, flat working graph of the community engines: one CSR level of the Louvain/Leiden hierarchy.
/// Rows may contain self-loops (they are skipped by every move); weights are null when every arc weighs 1.
/// </summary>
/// <remarks>
/// Node weights carry the null model: strength (out- and in-strength when directed) for modularity, node size for CPM.
/// For an undirected graph <see cref="NodeOut"/> and <see cref="NodeIn"/> are the same array. Aggregated levels live
/// in pooled buffers sized for the largest level, so arrays may be longer than the level: read rows through
/// <see cref="Offsets"/> and nodes below <see cref="NodeCount"/> only.
/// </remarks>
internal sealed class WorkGraph
{
    public WorkGraph(int nodeCount, int[] offsets, int[] targets, double[]? weights, double[] nodeOut, double[] nodeIn, bool[]? fixedNodes,
        int[]? counts = null)
    {
        NodeCount = nodeCount;
        Offsets = offsets;
        Targets = targets;
        Weights = weights;
        Counts = counts;
        NodeOut = nodeOut;
        NodeIn = nodeIn;
        Fixed = fixedNodes;
    }

    public int NodeCount { get; }

    public int[] Offsets { get; }

    public int[] Targets { get; }

    public double[]? Weights { get; }

    /// <summary>
    /// Integer arc weights, set instead of <see cref="Weights"/> on the aggregated levels of an unweighted graph: the
    /// number of input edges between two clusters (at most the input's arc count, so it fits an int). Half the bytes of
    /// doubles on the levels that dominate memory, and the same values.
    /// </summary>
    public int[]? Counts { get; }

    public double[] NodeOut { get; }

    public double[] NodeIn { get; }

    public bool[]? Fixed { get; }

    public int MaxDegree
    {
        get
        {
            int max = 0;
            for (int v = 0; v < NodeCount; v++)
            {
                max = Math.Max(max, Offsets[v + 1] - Offsets[v]);
            }
            return max;
        }
    }

    /// <summary>Level 0 from a CSR graph: undirected graphs are used as they are; directed graphs are symmetrised (w_uv + w_vu).</summary>
    public static WorkGraph FromGraph(CsrGraph graph, bool cpm, bool[]? fixedNodes)
    {
        int n = graph.NodeCount;
        double[] nodeOut;
        double[] nodeIn;
        if (cpm)
        {
            nodeOut = LargeArrays.Zeroed<double>(n);
            Array.Fill(nodeOut, 1.0);
            nodeIn = nodeOut;
        }
        else
        {
            nodeOut = graph.StrengthArray;
            nodeIn = graph.IsDirected ? graph.InStrengthArray : nodeOut;
        }
        if (!graph.IsDirected)
        {
            return new WorkGraph(n, graph.OffsetsArray, graph.TargetsArray, graph.WeightsArray, nodeOut, nodeIn, fixedNodes);
        }
        Symmetrize(graph, out int[] offsets, out int[] targets, out double[] weights);
        return new WorkGraph(n, offsets, targets, weights, nodeOut, nodeIn, fixedNodes);
    }

    /// <summary>Merges the sorted out- and in-rows of every node into one row of the undirected view, summing weights, dropping self-loops.</summary>
    internal static void Symmetrize(CsrGraph graph, out int[] offsets, out int[] targets, out double[] weights)
    {
        int n = graph.NodeCount;
        int[] oo = graph.OffsetsArray;
        int[] ot = graph.TargetsArray;
        double[]? ow = graph.WeightsArray;
        int[] io = graph.InOffsetsArray;
        int[] it = graph.InSourcesArray;
        double[]? iw = graph.InWeightsArray;
        offsets = LargeArrays.Zeroed<int>(n + 1);
        for (int v = 0; v < n; v++)
        {
            int a = oo[v];
            int aEnd = oo[v + 1];
            int b = io[v];
            int bEnd = io[v + 1];
            int count = 0;
            while (a < aEnd || b < bEnd)
            {
                int ta = a < aEnd ? ot[a] : int.MaxValue;
                int tb = b < bEnd ? it[b] : int.MaxValue;
                int t = Math.Min(ta, tb);
                if (ta == t)
                {
                    a++;
                }
                if (tb == t)
                {
                    b++;
                }
                if (t != v)
                {
                    count++;
                }
            }
            offsets[v + 1] = offsets[v] + count;
        }
        targets = LargeArrays.Zeroed<int>(offsets[n]);
        weights = LargeArrays.Zeroed<double>(offsets[n]);
        int p = 0;
        for (int v = 0; v < n; v++)
        {
            int a = oo[v];
            int aEnd = oo[v + 1];
            int b = io[v];
            int bEnd = io[v + 1];
            while (a < aEnd || b < bEnd)
            {
                int ta = a < aEnd ? ot[a] : int.MaxValue;
                int tb = b < bEnd ? it[b] : int.MaxValue;
                int t = Math.Min(ta, tb);
                double w = 0;
                if (ta == t)
                {
                    w += ow is null ? 1.0 : ow[a];
                    a++;
                }
                if (tb == t)
                {
                    w += iw is null ? 1.0 : iw[b];
                    b++;
                }
                if (t == v)
                {
                    continue;
                }
                targets[p] = t;
                weights[p] = w;
                p++;
            }
        }
    }
}

/// <summary>Arc weights seen through a struct so that the JIT specialises the hot loops (no weight loads when unweighted).</summary>
internal interface IArcWeights
{
    double this[int arc] { get; }

    /// <summary>
    /// Asks the cache for the weights of a row starting at <paramref name="arc"/> (two cache lines), alongside its
    /// targets: a hint only. Without it the first weight of every scattered row is a miss of its own.
    /// </summary>
    void PrefetchRow(int arc);
}

/// <summary>Every arc weighs 1.</summary>
internal readonly struct UnitWeights : IArcWeights
{
    public double this[int arc]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => 1.0;
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchRow(int arc)
    {
    }
}

/// <summary>Integer arc weights (edge counts) from an array.</summary>
internal readonly struct CountWeights : IArcWeights
{
    private readonly int[] _counts;

    public CountWeights(int[] counts) => _counts = counts;

    public double this[int arc]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_counts), arc);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchRow(int arc) => CacheHints.TwoLines(_counts, arc);
}

/// <summary>Arc weights from an array.</summary>
internal readonly struct ArrayWeights : IArcWeights
{
    private readonly double[] _weights;

    public ArrayWeights(double[] weights) => _weights = weights;

    public double this[int arc]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_weights), arc);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchRow(int arc) => CacheHints.TwoLines(_weights, arc);
}
