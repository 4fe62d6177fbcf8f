using System.Globalization;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Graphs;

/// <summary>
/// Collects edges and builds an immutable <see cref="CsrGraph"/>: the only way to make one. <see cref="Build(GraphBuildOptions?)"/>
/// validates, sorts every row, applies the parallel-edge and self-loop policy and freezes.
/// </summary>
/// <remarks>
/// <para>Nodes are the integers 0..<see cref="NodeCount"/>−1; adding an edge to a larger id grows the node count, and
/// <see cref="EnsureNodeCount(int)"/> adds isolated nodes. Weights must be finite and non-negative.</para>
/// <para>Cost: O(n + m) time when every row arrives sorted (as in a sorted edge list), O(n + m log d) otherwise;
/// memory: 8 bytes (16 when weighted) per added edge while collecting.</para>
/// <para>Not thread-safe. A builder may be built more than once; it keeps its edges.</para>
/// </remarks>
public sealed class GraphBuilder
{
    private int[] _sources;
    private int[] _targets;
    private double[]? _weights;
    private int _count;
    private int _nodeCount;

    /// <summary>Creates an empty builder.</summary>
    /// <param name="directed">Whether edges have a direction. Default false.</param>
    /// <param name="weighted">Whether edges carry weights. Default false (every edge weighs 1).</param>
    /// <param name="edgeCapacity">Edges to reserve room for. Default 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edgeCapacity"/> is negative.</exception>
    public GraphBuilder(bool directed = false, bool weighted = false, int edgeCapacity = 0)
    {
        if (edgeCapacity < 0)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(edgeCapacity), edgeCapacity, "0 or more");
        }
        IsDirected = directed;
        IsWeighted = weighted;
        _sources = edgeCapacity == 0 ? [] : new int[edgeCapacity];
        _targets = edgeCapacity == 0 ? [] : new int[edgeCapacity];
        _weights = weighted ? (edgeCapacity == 0 ? [] : new double[edgeCapacity]) : null;
    }

    /// <summary>Whether the graph being built is directed.</summary>
    public bool IsDirected { get; }

    /// <summary>Whether the graph being built is weighted.</summary>
    public bool IsWeighted { get; }

    /// <summary>The current number of nodes (one more than the largest id seen, or as set by <see cref="EnsureNodeCount(int)"/>).</summary>
    public int NodeCount => _nodeCount;

    /// <summary>The number of edges added so far (before merging).</summary>
    public int EdgeCount => _count;

    /// <summary>Makes sure the graph has at least <paramref name="nodeCount"/> nodes (extra nodes are isolated).</summary>
    /// <param name="nodeCount">The minimum node count, 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nodeCount"/> is negative.</exception>
    public void EnsureNodeCount(int nodeCount)
    {
        if (nodeCount < 0)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(nodeCount), nodeCount, "0 or more");
        }
        _nodeCount = Math.Max(_nodeCount, nodeCount);
    }

    /// <summary>Adds an isolated node and returns its id.</summary>
    /// <returns>The new node's id.</returns>
    /// <exception cref="InvalidOperationException">The graph already has <see cref="int.MaxValue"/> nodes.</exception>
    public int AddNode()
    {
        if (_nodeCount == int.MaxValue)
        {
            ThrowHelper.InvalidOperation("Cannot add a node: the graph already has the maximum of 2147483647 nodes.");
        }
        return _nodeCount++;
    }

    /// <summary>Adds an edge of weight 1.</summary>
    /// <param name="source">The source node, 0 or more.</param>
    /// <param name="target">The target node, 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A node id is negative.</exception>
    /// <exception cref="InvalidOperationException">The builder is full (more edges than a .NET array can hold).</exception>
    public void AddEdge(int source, int target)
    {
        if (source < 0)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(source), source, "a node id of 0 or more");
        }
        if (target < 0)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(target), target, "a node id of 0 or more");
        }
        if (_count == _sources.Length)
        {
            Grow();
        }
        _sources[_count] = source;
        _targets[_count] = target;
        if (_weights is not null)
        {
            _weights[_count] = 1.0;
        }
        _count++;
        int max = Math.Max(source, target);
        if (max >= _nodeCount)
        {
            _nodeCount = max + 1;
        }
    }

    /// <summary>Adds a weighted edge.</summary>
    /// <param name="source">The source node, 0 or more.</param>
    /// <param name="target">The target node, 0 or more.</param>
    /// <param name="weight">The weight: finite and 0 or more. An unweighted builder accepts only 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A node id is negative, or the weight is negative, NaN or infinite.</exception>
    /// <exception cref="ArgumentException">The builder is unweighted and <paramref name="weight"/> is not 1.</exception>
    /// <exception cref="InvalidOperationException">The builder is full.</exception>
    public void AddEdge(int source, int target, double weight)
    {
        if (!double.IsFinite(weight) || weight < 0)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(weight), weight,
                string.Create(CultureInfo.InvariantCulture, $"a finite weight of 0 or more (edge {source}->{target})"));
        }
        if (_weights is null && weight != 1.0)
        {
            ThrowHelper.Argument(nameof(weight),
                string.Create(CultureInfo.InvariantCulture, $"Edge {source}->{target} has weight {weight}, but this builder is unweighted; create it with weighted: true."));
        }
        AddEdge(source, target);
        if (_weights is not null)
        {
            _weights[_count - 1] = weight;
        }
    }

    /// <summary>Builds the immutable graph.</summary>
    /// <param name="options">The parallel-edge and self-loop policy; <see cref="GraphBuildOptions.Default"/> when null.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentException">A parallel edge or self-loop meets a <c>Reject</c> policy.</exception>
    /// <exception cref="InvalidOperationException">The graph would need more than <see cref="CsrGraph.MaxArcCount"/> stored arcs.</exception>
    public CsrGraph Build(GraphBuildOptions? options = null) =>
        Build(_nodeCount, _sources.AsSpan(0, _count), _targets.AsSpan(0, _count),
            _weights is null ? default : _weights.AsSpan(0, _count), IsDirected, IsWeighted, options ?? GraphBuildOptions.Default);

    /// <summary>Builds a graph from parallel arrays of edges (the fast path used by the readers).</summary>
    internal static CsrGraph Build(
        int nodeCount,
        ReadOnlySpan<int> sources,
        ReadOnlySpan<int> targets,
        ReadOnlySpan<double> weights,
        bool directed,
        bool weighted,
        GraphBuildOptions options,
        CancellationToken cancellationToken = default)
    {
        int m = sources.Length;
        bool removeLoops = options.SelfLoops == SelfLoopPolicy.Remove;
        var counts = LargeArrays.Zeroed<int>(nodeCount + 1);
        long arcs = 0;
        long loops = 0;
        for (int e = 0; e < m; e++)
        {
            if ((e & 0xFFFF) == 0xFFFF)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            int u = sources[e];
            int v = targets[e];
            if (u == v)
            {
                loops++;
                if (options.SelfLoops == SelfLoopPolicy.Reject)
                {
                    ThrowHelper.Argument(nameof(sources),
                        string.Create(CultureInfo.InvariantCulture, $"Edge {e} is a self-loop on node {u}; the self-loop policy is Reject (use SelfLoopPolicy.Keep or Remove to accept it)."));
                }
                if (removeLoops)
                {
                    continue;
                }
                counts[u + 1]++;
                arcs++;
                continue;
            }
            counts[u + 1]++;
            arcs++;
            if (!directed)
            {
                counts[v + 1]++;
                arcs++;
            }
        }
        CheckArcCount(arcs, m, directed);

        var offsets = counts; // prefix sums in place: offsets[v] = start of row v
        for (int v = 0; v < nodeCount; v++)
        {
            offsets[v + 1] += offsets[v];
        }
        var targetsOut = LargeArrays.Zeroed<int>((int)arcs);
        double[]? weightsOut = weighted ? LargeArrays.Zeroed<double>((int)arcs) : null;
        var cursor = LargeArrays.Zeroed<int>(nodeCount);
        Array.Copy(offsets, cursor, nodeCount);
        for (int e = 0; e < m; e++)
        {
            if ((e & 0xFFFF) == 0xFFFF)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            int u = sources[e];
            int v = targets[e];
            if (u == v && removeLoops)
            {
                continue;
            }
            int p = cursor[u]++;
            targetsOut[p] = v;
            if (weightsOut is not null)
            {
                weightsOut[p] = weights[e];
            }
            if (!directed && u != v)
            {
                int q = cursor[v]++;
                targetsOut[q] = u;
                if (weightsOut is not null)
                {
                    weightsOut[q] = weights[e];
                }
            }
        }

        SortRows(offsets, targetsOut, weightsOut, nodeCount, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        // Merge parallel arcs (adjacent equal targets in a sorted row), compacting in place.
        long mergedArcs = 0;
        long mergedLoopArcs = 0;
        int write = 0;
        int rowStart = 0;
        for (int v = 0; v < nodeCount; v++)
        {
            int end = offsets[v + 1];
            offsets[v] = write;
            int previous = -1;
            for (int a = rowStart; a < end; a++)
            {
                int t = targetsOut[a];
                if (t == previous)
                {
                    if (options.ParallelEdges == ParallelEdgePolicy.Reject)
                    {
                        ThrowHelper.Argument(nameof(sources), string.Create(CultureInfo.InvariantCulture,
                            $"The edge {v}{(directed ? "->" : "--")}{t} occurs more than once; the parallel-edge policy is Reject (use ParallelEdgePolicy.Merge to sum their weights)."));
                    }
                    if (weightsOut is not null)
                    {
                        weightsOut[write - 1] += weightsOut[a];
                    }
                    if (t == v)
                    {
                        mergedLoopArcs++;
                    }
                    else
                    {
                        mergedArcs++;
                    }
                    continue;
                }
                targetsOut[write] = t;
                if (weightsOut is not null)
                {
                    weightsOut[write] = weightsOut[a];
                }
                write++;
                previous = t;
            }
            rowStart = end;
        }
        offsets[nodeCount] = write;
        if (write != targetsOut.Length)
        {
            Array.Resize(ref targetsOut, write);
            if (weightsOut is not null)
            {
                Array.Resize(ref weightsOut, write);
            }
        }

        long keptLoops = removeLoops ? 0 : loops - mergedLoopArcs;
        long mergedEdges = (directed ? mergedArcs : mergedArcs / 2) + mergedLoopArcs;
        var statistics = new BuildStatistics(m, mergedEdges, keptLoops, removeLoops ? loops : 0);

        int[]? inOffsets = null;
        int[]? inSources = null;
        double[]? inWeights = null;
        if (directed)
        {
            Transpose(offsets, targetsOut, weightsOut, nodeCount, out inOffsets, out inSources, out inWeights);
        }
        return new CsrGraph(directed, offsets, targetsOut, weightsOut, inOffsets, inSources, inWeights, keptLoops, statistics);
    }

    /// <summary>Builds the in-arc CSR: rows come out sorted because sources are visited in ascending order.</summary>
    internal static void Transpose(int[] offsets, int[] targets, double[]? weights, int nodeCount,
        out int[] inOffsets, out int[] inSources, out double[]? inWeights)
    {
        inOffsets = LargeArrays.Zeroed<int>(nodeCount + 1);
        foreach (int t in targets)
        {
            inOffsets[t + 1]++;
        }
        for (int v = 0; v < nodeCount; v++)
        {
            inOffsets[v + 1] += inOffsets[v];
        }
        inSources = LargeArrays.Zeroed<int>(targets.Length);
        inWeights = weights is null ? null : LargeArrays.Zeroed<double>(targets.Length);
        var cursor = LargeArrays.Zeroed<int>(nodeCount);
        Array.Copy(inOffsets, cursor, nodeCount);
        for (int u = 0; u < nodeCount; u++)
        {
            for (int a = offsets[u]; a < offsets[u + 1]; a++)
            {
                int p = cursor[targets[a]]++;
                inSources[p] = u;
                if (inWeights is not null)
                {
                    inWeights[p] = weights![a];
                }
            }
        }
    }

    private static void SortRows(int[] offsets, int[] targets, double[]? weights, int nodeCount, CancellationToken cancellationToken)
    {
        if (targets.Length >= 1 << 20 && Environment.ProcessorCount > 1)
        {
            // Each row is sorted by exactly one worker, so the result does not depend on the thread count.
            int chunks = Environment.ProcessorCount * 8;
            Parallel.For(0, chunks, new ParallelOptions { CancellationToken = cancellationToken }, c =>
            {
                int from = (int)((long)nodeCount * c / chunks);
                int to = (int)((long)nodeCount * (c + 1) / chunks);
                SortRowRange(offsets, targets, weights, from, to, cancellationToken);
            });
        }
        else
        {
            SortRowRange(offsets, targets, weights, 0, nodeCount, cancellationToken);
        }
    }

    private static void SortRowRange(int[] offsets, int[] targets, double[]? weights, int from, int to, CancellationToken cancellationToken)
    {
        var budget = new CancellationBudget(cancellationToken);
        for (int v = from; v < to; v++)
        {
            int start = offsets[v];
            int end = offsets[v + 1];
            budget.Spend(end - start + 1);
            bool sorted = true;
            for (int a = start + 1; a < end; a++)
            {
                if (targets[a] < targets[a - 1])
                {
                    sorted = false;
                    break;
                }
            }
            if (sorted)
            {
                continue;
            }
            if (weights is null)
            {
                Array.Sort(targets, start, end - start);
            }
            else
            {
                // Stable order for equal targets keeps merged weight sums independent of the sort algorithm.
                SortPairsStable(targets.AsSpan(start, end - start), weights.AsSpan(start, end - start));
            }
        }
    }

    private static void SortPairsStable(Span<int> keys, Span<double> values)
    {
        // Insertion sort for short rows, otherwise sort (key, original index) pairs.
        if (keys.Length <= 32)
        {
            for (int i = 1; i < keys.Length; i++)
            {
                int k = keys[i];
                double w = values[i];
                int j = i - 1;
                while (j >= 0 && keys[j] > k)
                {
                    keys[j + 1] = keys[j];
                    values[j + 1] = values[j];
                    j--;
                }
                keys[j + 1] = k;
                values[j + 1] = w;
            }
            return;
        }
        var packed = new long[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            packed[i] = ((long)keys[i] << 32) | (uint)i;
        }
        Array.Sort(packed);
        var copy = values.ToArray();
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = (int)(packed[i] >> 32);
            values[i] = copy[(int)(uint)packed[i]];
        }
    }

    /// <summary>Fails before any CSR array is allocated when <paramref name="arcs"/> stored arcs exceed <see cref="CsrGraph.MaxArcCount"/>.</summary>
    internal static void CheckArcCount(long arcs, long edges, bool directed)
    {
        if (arcs > CsrGraph.MaxArcCount)
        {
            ThrowHelper.InvalidOperation(string.Create(CultureInfo.InvariantCulture,
                $"The graph needs {arcs} stored arcs ({edges} edges, {(directed ? "directed" : "undirected: each edge is stored in both directions")}), more than the supported maximum of {CsrGraph.MaxArcCount}."));
        }
    }

    private void Grow()
    {
        if (_count >= CsrGraph.MaxArcCount)
        {
            ThrowHelper.InvalidOperation(string.Create(CultureInfo.InvariantCulture,
                $"Cannot add edge {_count + 1L}: a builder holds at most {CsrGraph.MaxArcCount} edges."));
        }
        int newSize = (int)Math.Min(CsrGraph.MaxArcCount, Math.Max(16, (long)_sources.Length * 2));
        Array.Resize(ref _sources, newSize);
        Array.Resize(ref _targets, newSize);
        if (_weights is not null)
        {
            Array.Resize(ref _weights, newSize);
        }
    }
}
