using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Algorithms.Structure;

/// <summary>Connected components: weak (direction ignored) and strong.</summary>
public static class Components
{
    /// <summary>The connected components of <paramref name="graph"/>.</summary>
    /// <param name="graph">The graph (weights are ignored; a zero-weight edge still connects).</param>
    /// <param name="options">Options; <see cref="ComponentOptions.Default"/> (weak) when null.</param>
    /// <param name="progress">Optional progress: fraction of nodes labelled, ending at 1.</param>
    /// <param name="cancellationToken">Checked every 4096 nodes.</param>
    /// <returns>The components, numbered by their smallest node.</returns>
    /// <remarks>
    /// <para>Weak components by breadth-first search from each unlabelled node in ascending order (Hopcroft &amp; Tarjan, 1973,
    /// "Algorithm 447: efficient algorithms for graph manipulation", Commun. ACM 16(6):372–378, doi:10.1145/362248.362272).
    /// Strong components by Tarjan's algorithm, iterative (Tarjan, 1972, "Depth-first search and linear graph algorithms",
    /// SIAM J. Comput. 1(2):146–160, doi:10.1137/0201010). Both O(n + m) time with a few int arrays of n; nothing is
    /// allocated per node. Deterministic; components are renumbered canonically (by first node in ascending order).</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static ComponentsResult ConnectedComponents(CsrGraph graph, ComponentOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= ComponentOptions.Default;
        options.Validate();
        int n = graph.NodeCount;
        int[] membership = options.Kind == ComponentKind.Strong && graph.IsDirected
            ? Strong(graph, progress, cancellationToken)
            : Weak(graph, progress, cancellationToken);
        int count = 0;
        for (int v = 0; v < n; v++)
        {
            count = Math.Max(count, membership[v] + 1);
        }
        int[] sizes = new int[count];
        foreach (int c in membership)
        {
            sizes[c]++;
        }
        int largest = -1;
        int largestSize = 0;
        int isolated = 0;
        for (int c = 0; c < count; c++)
        {
            if (sizes[c] > largestSize)
            {
                largestSize = sizes[c];
                largest = c;
            }
            if (sizes[c] == 1)
            {
                isolated++;
            }
        }
        var diagnostics = ImmutableArray.CreateBuilder<string>();
        if (count > 1)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture,
                $"The graph has {count} {(options.Kind == ComponentKind.Strong && graph.IsDirected ? "strongly" : "weakly")} connected components; the largest has {largestSize} of {n} nodes."));
        }
        if (isolated > 0)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture, $"{isolated} components are single nodes."));
        }
        progress?.Report(new AnalysisProgress("connected components", 1.0, n, n));
        return new ComponentsResult(ImmutableCollectionsMarshal.AsImmutableArray(membership), ImmutableCollectionsMarshal.AsImmutableArray(sizes),
            count, largest, largestSize, options, diagnostics.ToImmutable());
    }

    private static int[] Weak(CsrGraph graph, IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken)
    {
        int n = graph.NodeCount;
        int[] membership = new int[n];
        Array.Fill(membership, -1);
        int[] queue = new int[n];
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        int[] inOffsets = graph.InOffsetsArray;
        int[] inSources = graph.InSourcesArray;
        bool directed = graph.IsDirected;
        int labelled = 0;
        int component = 0;
        for (int s = 0; s < n; s++)
        {
            if (membership[s] >= 0)
            {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            membership[s] = component;
            while (head < tail)
            {
                if ((++labelled & 4095) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if ((labelled & 0xFFFF) == 0)
                    {
                        progress?.Report(new AnalysisProgress("connected components", (double)labelled / n, labelled, n));
                    }
                }
                int v = queue[head++];
                for (int a = offsets[v]; a < offsets[v + 1]; a++)
                {
                    int w = targets[a];
                    if (membership[w] < 0)
                    {
                        membership[w] = component;
                        queue[tail++] = w;
                    }
                }
                if (directed)
                {
                    for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
                    {
                        int w = inSources[a];
                        if (membership[w] < 0)
                        {
                            membership[w] = component;
                            queue[tail++] = w;
                        }
                    }
                }
            }
            component++;
        }
        return membership;
    }

    /// <summary>Iterative Tarjan; components are then renumbered by their smallest node.</summary>
    private static int[] Strong(CsrGraph graph, IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken)
    {
        int n = graph.NodeCount;
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        int[] index = new int[n];
        int[] low = new int[n];
        int[] raw = new int[n];
        int[] stack = new int[n];
        int[] callNode = new int[n];
        int[] callArc = new int[n];
        Array.Fill(index, -1);
        Array.Fill(raw, -1);
        int counter = 0;
        int stackTop = 0;
        int components = 0;
        int done = 0;
        for (int s = 0; s < n; s++)
        {
            if (index[s] >= 0)
            {
                continue;
            }
            int depth = 0;
            callNode[0] = s;
            callArc[0] = offsets[s];
            index[s] = low[s] = counter++;
            stack[stackTop++] = s;
            while (depth >= 0)
            {
                int v = callNode[depth];
                int a = callArc[depth];
                if (a < offsets[v + 1])
                {
                    callArc[depth] = a + 1;
                    int w = targets[a];
                    if (index[w] < 0)
                    {
                        index[w] = low[w] = counter++;
                        stack[stackTop++] = w;
                        depth++;
                        callNode[depth] = w;
                        callArc[depth] = offsets[w];
                    }
                    else if (raw[w] < 0 && index[w] < low[v])
                    {
                        low[v] = index[w]; // w is on the stack
                    }
                    continue;
                }
                if (low[v] == index[v])
                {
                    int w;
                    do
                    {
                        w = stack[--stackTop];
                        raw[w] = components;
                        if ((++done & 4095) == 0)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                            if ((done & 0xFFFF) == 0)
                            {
                                progress?.Report(new AnalysisProgress("strongly connected components", (double)done / n, done, n));
                            }
                        }
                    }
                    while (w != v);
                    components++;
                }
                depth--;
                if (depth >= 0)
                {
                    int parent = callNode[depth];
                    low[parent] = Math.Min(low[parent], low[v]);
                }
            }
        }
        // Canonical numbering: by the smallest node of each component.
        int[] rename = index; // reuse: index is no longer needed
        Array.Fill(rename, -1);
        int next = 0;
        for (int v = 0; v < n; v++)
        {
            int c = raw[v];
            if (rename[c] < 0)
            {
                rename[c] = next++;
            }
            raw[v] = rename[c];
        }
        return raw;
    }
}
