using System.Runtime.CompilerServices;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Graphs;

/// <summary>
/// An immutable graph in compressed sparse row (CSR) form: nodes are the integers 0..<see cref="NodeCount"/>−1,
/// each node's out-neighbours are a sorted span of <see cref="Targets"/>, with weights in lockstep.
/// </summary>
/// <remarks>
/// <para><b>Invariants.</b> <c>Offsets</c> has <c>NodeCount + 1</c> entries, starts at 0 and never decreases;
/// the row of node <c>v</c> is <c>Targets[Offsets[v]..Offsets[v+1]]</c>, strictly increasing (no parallel arcs);
/// weights are finite and non-negative. An undirected graph stores every edge {u, v} (u ≠ v) as the two arcs u→v and
/// v→u; a self-loop is stored once. A directed graph also stores the reverse (in-arc) CSR, so that
/// <see cref="InNeighbors(int)"/> is a span too.</para>
/// <para><b>Memory.</b> 4 bytes per stored arc for targets, plus 8 for weights when weighted (12 bytes per stored arc,
/// 24 per undirected edge), plus 4 bytes per node for offsets and 8 for strengths. Directed graphs store every
/// arc twice (out and in). The number of stored arcs is limited to <see cref="MaxArcCount"/>; building a larger graph
/// fails early with a clear message.</para>
/// <para><b>Thread safety.</b> Immutable: safe to share between threads.</para>
/// <para>Graphs are created by <see cref="GraphBuilder"/> (which validates, sorts, merges and freezes) or by the readers in
/// <c>NetworkVsCommunity.IO</c>.</para>
/// </remarks>
[NetworkVsCommunity.Visualization.TypeFormatterSource(typeof(NetworkVsCommunity.Visualization.NotebookFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class CsrGraph
{
    /// <summary>The largest number of stored arcs supported (the largest .NET array length).</summary>
    public const int MaxArcCount = 0x7FFFFFC7;

    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly double[]? _weights;
    private readonly int[] _inOffsets;
    private readonly int[] _inSources;
    private readonly double[]? _inWeights;
    private readonly double[] _outStrength;
    private readonly double[] _inStrength;
    private readonly double[] _ones;

    internal CsrGraph(
        bool directed,
        int[] offsets,
        int[] targets,
        double[]? weights,
        int[]? inOffsets,
        int[]? inSources,
        double[]? inWeights,
        long selfLoopCount,
        BuildStatistics statistics)
    {
        IsDirected = directed;
        _offsets = offsets;
        _targets = targets;
        _weights = weights;
        int n = offsets.Length - 1;
        NodeCount = n;
        SelfLoopCount = selfLoopCount;
        BuildStatistics = statistics;
        if (directed)
        {
            _inOffsets = inOffsets ?? throw new ArgumentNullException(nameof(inOffsets));
            _inSources = inSources ?? throw new ArgumentNullException(nameof(inSources));
            _inWeights = inWeights;
        }
        else
        {
            _inOffsets = offsets;
            _inSources = targets;
            _inWeights = weights;
        }

        int maxDegree = 0;
        _outStrength = LargeArrays.Zeroed<double>(n);
        _inStrength = directed ? LargeArrays.Zeroed<double>(n) : _outStrength;
        double total = 0;
        for (int v = 0; v < n; v++)
        {
            int start = offsets[v];
            int end = offsets[v + 1];
            maxDegree = Math.Max(maxDegree, end - start);
            double s = 0;
            if (weights is null)
            {
                s = end - start;
                if (!directed && start < end && HasArc(targets, start, end, v))
                {
                    s += 1; // self-loop counts twice in an undirected graph
                }
            }
            else
            {
                for (int a = start; a < end; a++)
                {
                    s += targets[a] == v && !directed ? 2 * weights[a] : weights[a];
                }
            }
            _outStrength[v] = s;
            total += s;
        }
        if (directed)
        {
            for (int v = 0; v < n; v++)
            {
                int start = _inOffsets[v];
                int end = _inOffsets[v + 1];
                maxDegree = Math.Max(maxDegree, end - start);
                double s = 0;
                if (_inWeights is null)
                {
                    s = end - start;
                }
                else
                {
                    for (int a = start; a < end; a++)
                    {
                        s += _inWeights[a];
                    }
                }
                _inStrength[v] = s;
            }
            TotalWeight = total;
        }
        else
        {
            TotalWeight = total / 2;
        }
        MaxDegree = maxDegree;
        _ones = new double[maxDegree];
        Array.Fill(_ones, 1.0);
        EdgeCount = directed ? targets.Length : (targets.Length + selfLoopCount) / 2;
    }

    /// <summary>Number of nodes; nodes are 0..NodeCount−1.</summary>
    public int NodeCount { get; }

    /// <summary>Number of edges: arcs for a directed graph, unordered pairs (self-loops included) for an undirected one.</summary>
    public long EdgeCount { get; }

    /// <summary>Number of stored out-arcs (the length of <see cref="Targets"/>): 2·edges − self-loops when undirected.</summary>
    public int ArcCount => _targets.Length;

    /// <summary>Whether edges have a direction.</summary>
    public bool IsDirected { get; }

    /// <summary>Whether the graph carries weights; an unweighted graph reports weight 1 for every arc.</summary>
    public bool IsWeighted => _weights is not null;

    /// <summary>Number of self-loops kept in the graph.</summary>
    public long SelfLoopCount { get; }

    /// <summary>The largest out- or in-degree.</summary>
    public int MaxDegree { get; }

    /// <summary>
    /// Total edge weight: Σ over edges of their weight (the edge count when unweighted). For an undirected graph this is
    /// the <c>m</c> of modularity: the strengths sum to 2m.
    /// </summary>
    public double TotalWeight { get; }

    /// <summary>What the builder merged or removed, so that no input is lost silently.</summary>
    public BuildStatistics BuildStatistics { get; }

    /// <summary>Row offsets (length <see cref="NodeCount"/> + 1) of the out-arc CSR.</summary>
    public ReadOnlySpan<int> Offsets => _offsets;

    /// <summary>Targets of all out-arcs, row by row, each row sorted ascending.</summary>
    public ReadOnlySpan<int> Targets => _targets;

    /// <summary>Weights of all out-arcs in lockstep with <see cref="Targets"/>; empty when the graph is unweighted.</summary>
    public ReadOnlySpan<double> Weights => _weights;

    /// <summary>Row offsets of the in-arc CSR (the same as <see cref="Offsets"/> for an undirected graph).</summary>
    public ReadOnlySpan<int> InOffsets => _inOffsets;

    /// <summary>Sources of all in-arcs, row by row, each row sorted ascending (the same as <see cref="Targets"/> for an undirected graph).</summary>
    public ReadOnlySpan<int> InSources => _inSources;

    /// <summary>Weights of in-arcs in lockstep with <see cref="InSources"/>; empty when unweighted.</summary>
    public ReadOnlySpan<double> InWeights => _inWeights;

    /// <summary>The out-neighbours of <paramref name="node"/> (all neighbours when undirected), sorted ascending.</summary>
    /// <param name="node">A node in 0..NodeCount−1.</param>
    /// <returns>A span over the node's row.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> is not a node.</exception>
    public ReadOnlySpan<int> Neighbors(int node)
    {
        ThrowHelper.CheckNode(node, NodeCount);
        int start = _offsets[node];
        return new ReadOnlySpan<int>(_targets, start, _offsets[node + 1] - start);
    }

    /// <summary>The weights of the arcs to <see cref="Neighbors(int)"/>, in the same order (all 1 when unweighted).</summary>
    /// <param name="node">A node in 0..NodeCount−1.</param>
    /// <returns>A span of weights.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> is not a node.</exception>
    public ReadOnlySpan<double> NeighborWeights(int node)
    {
        ThrowHelper.CheckNode(node, NodeCount);
        int start = _offsets[node];
        int length = _offsets[node + 1] - start;
        return _weights is null ? new ReadOnlySpan<double>(_ones, 0, length) : new ReadOnlySpan<double>(_weights, start, length);
    }

    /// <summary>The in-neighbours of <paramref name="node"/> (all neighbours when undirected), sorted ascending.</summary>
    /// <param name="node">A node in 0..NodeCount−1.</param>
    /// <returns>A span of source nodes.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> is not a node.</exception>
    public ReadOnlySpan<int> InNeighbors(int node)
    {
        ThrowHelper.CheckNode(node, NodeCount);
        int start = _inOffsets[node];
        return new ReadOnlySpan<int>(_inSources, start, _inOffsets[node + 1] - start);
    }

    /// <summary>The weights of the arcs from <see cref="InNeighbors(int)"/>, in the same order (all 1 when unweighted).</summary>
    /// <param name="node">A node in 0..NodeCount−1.</param>
    /// <returns>A span of weights.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> is not a node.</exception>
    public ReadOnlySpan<double> InNeighborWeights(int node)
    {
        ThrowHelper.CheckNode(node, NodeCount);
        int start = _inOffsets[node];
        int length = _inOffsets[node + 1] - start;
        return _inWeights is null ? new ReadOnlySpan<double>(_ones, 0, length) : new ReadOnlySpan<double>(_inWeights, start, length);
    }

    /// <summary>Out-degree (degree when undirected): the number of distinct neighbours; a self-loop counts once.</summary>
    /// <param name="node">A node in 0..NodeCount−1.</param>
    /// <returns>The number of arcs in the node's row.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> is not a node.</exception>
    public int Degree(int node)
    {
        ThrowHelper.CheckNode(node, NodeCount);
        return _offsets[node + 1] - _offsets[node];
    }

    /// <summary>In-degree (equal to <see cref="Degree(int)"/> when undirected).</summary>
    /// <param name="node">A node in 0..NodeCount−1.</param>
    /// <returns>The number of in-arcs.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> is not a node.</exception>
    public int InDegree(int node)
    {
        ThrowHelper.CheckNode(node, NodeCount);
        return _inOffsets[node + 1] - _inOffsets[node];
    }

    /// <summary>
    /// Strength (weighted degree): the sum of out-arc weights; in an undirected graph a self-loop counts twice, so the
    /// strengths sum to 2·<see cref="TotalWeight"/> (NetworkX's <c>degree(weight=...)</c>).
    /// </summary>
    /// <param name="node">A node in 0..NodeCount−1.</param>
    /// <returns>The node's (out-)strength.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> is not a node.</exception>
    public double Strength(int node)
    {
        ThrowHelper.CheckNode(node, NodeCount);
        return _outStrength[node];
    }

    /// <summary>The sum of in-arc weights (equal to <see cref="Strength(int)"/> when undirected).</summary>
    /// <param name="node">A node in 0..NodeCount−1.</param>
    /// <returns>The node's in-strength.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> is not a node.</exception>
    public double InStrength(int node)
    {
        ThrowHelper.CheckNode(node, NodeCount);
        return _inStrength[node];
    }

    /// <summary>Strengths of all nodes (see <see cref="Strength(int)"/>).</summary>
    public ReadOnlySpan<double> Strengths => _outStrength;

    /// <summary>In-strengths of all nodes (see <see cref="InStrength(int)"/>).</summary>
    public ReadOnlySpan<double> InStrengths => _inStrength;

    /// <summary>Whether the arc <paramref name="source"/>→<paramref name="target"/> exists (binary search in the sorted row).</summary>
    /// <param name="source">A node.</param>
    /// <param name="target">A node.</param>
    /// <returns>True if the arc (or the undirected edge) exists.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Either argument is not a node.</exception>
    public bool ContainsEdge(int source, int target)
    {
        ThrowHelper.CheckNode(source, NodeCount);
        ThrowHelper.CheckNode(target, NodeCount);
        return HasArc(_targets, _offsets[source], _offsets[source + 1], target);
    }

    /// <summary>The weight of the arc <paramref name="source"/>→<paramref name="target"/>, if it exists.</summary>
    /// <param name="source">A node.</param>
    /// <param name="target">A node.</param>
    /// <param name="weight">The weight (1 when unweighted), or 0 when there is no such arc.</param>
    /// <returns>True if the arc exists.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Either argument is not a node.</exception>
    public bool TryGetEdgeWeight(int source, int target, out double weight)
    {
        ThrowHelper.CheckNode(source, NodeCount);
        ThrowHelper.CheckNode(target, NodeCount);
        int start = _offsets[source];
        int index = Array.BinarySearch(_targets, start, _offsets[source + 1] - start, target);
        if (index < 0)
        {
            weight = 0;
            return false;
        }
        weight = _weights is null ? 1.0 : _weights[index];
        return true;
    }

    /// <summary>Direct access to the arrays for hot loops inside the library (no copies, no checks).</summary>
    internal int[] OffsetsArray => _offsets;

    internal int[] TargetsArray => _targets;

    internal double[]? WeightsArray => _weights;

    internal int[] InOffsetsArray => _inOffsets;

    internal int[] InSourcesArray => _inSources;

    internal double[]? InWeightsArray => _inWeights;

    internal double[] StrengthArray => _outStrength;

    internal double[] InStrengthArray => _inStrength;

    /// <summary>A short description: kind, nodes, edges.</summary>
    /// <returns>For example <c>"undirected weighted graph: 34 nodes, 78 edges"</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{(IsDirected ? "directed" : "undirected")} {(IsWeighted ? "weighted" : "unweighted")} graph: {NodeCount} nodes, {EdgeCount} edges");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool HasArc(int[] targets, int start, int end, int target) =>
        end > start && Array.BinarySearch(targets, start, end - start, target) >= 0;
}
