using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Structure;

/// <summary>Graph traversals: breadth-first search.</summary>
public static class Traversal
{
    /// <summary>Hop distances from <paramref name="source"/> to every node, by breadth-first search.</summary>
    /// <param name="graph">The graph (weights are ignored).</param>
    /// <param name="source">The source node, 0..n−1.</param>
    /// <param name="options">Options; <see cref="TraversalOptions.Default"/> when null.</param>
    /// <param name="progress">Optional progress: fraction of nodes reached so far (of n), ending at 1.</param>
    /// <param name="cancellationToken">Checked every 4096 dequeued nodes.</param>
    /// <returns>The distances (−1 for unreachable nodes).</returns>
    /// <remarks>
    /// <para>Breadth-first search (Moore, 1959, "The shortest path through a maze", Proc. Int. Symp. Theory of Switching;
    /// see Cormen et al., <i>Introduction to Algorithms</i>, §20.2). O(n + m) time; one queue and one distance array of n
    /// ints, nothing allocated per node. Deterministic: rows are visited in ascending order.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not a node, or an option is out of range.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static DistanceResult BreadthFirstDistances(CsrGraph graph, int source, TraversalOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= TraversalOptions.Default;
        options.Validate();
        int n = graph.NodeCount;
        ThrowHelper.CheckNode(source, n);
        bool useOut = !graph.IsDirected || options.Direction != TraversalDirection.In;
        bool useIn = graph.IsDirected && options.Direction != TraversalDirection.Out;
        int[] distance = new int[n];
        int[] queue = new int[n];
        int reached = Bfs(graph, source, useOut, useIn, distance, queue, progress, cancellationToken);
        int eccentricity = distance[queue[reached - 1]];
        ImmutableArray<string> diagnostics = reached < n
            ? [string.Create(CultureInfo.InvariantCulture, $"{n - reached} of {n} nodes are unreachable from node {source} (distance -1).")]
            : [];
        progress?.Report(new AnalysisProgress("breadth-first search", 1.0, n, n));
        return new DistanceResult(source, ImmutableCollectionsMarshal.AsImmutableArray(distance), reached, eccentricity, options, diagnostics);
    }

    /// <summary>Core BFS; fills <paramref name="distance"/> (−1 = unseen) and returns the number of nodes reached.</summary>
    internal static int Bfs(CsrGraph graph, int source, bool useOut, bool useIn, int[] distance, int[] queue,
        IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken)
    {
        Array.Fill(distance, -1);
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        int[] inOffsets = graph.InOffsetsArray;
        int[] inSources = graph.InSourcesArray;
        int n = graph.NodeCount;
        int head = 0;
        int tail = 0;
        queue[tail++] = source;
        distance[source] = 0;
        while (head < tail)
        {
            if ((head & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (head > 0 && (head & 0xFFFF) == 0)
                {
                    progress?.Report(new AnalysisProgress("breadth-first search", (double)head / n, head, n));
                }
            }
            int v = queue[head++];
            int next = distance[v] + 1;
            if (useOut)
            {
                for (int a = offsets[v]; a < offsets[v + 1]; a++)
                {
                    int w = targets[a];
                    if (distance[w] < 0)
                    {
                        distance[w] = next;
                        queue[tail++] = w;
                    }
                }
            }
            if (useIn)
            {
                for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
                {
                    int w = inSources[a];
                    if (distance[w] < 0)
                    {
                        distance[w] = next;
                        queue[tail++] = w;
                    }
                }
            }
        }
        return tail;
    }
}
