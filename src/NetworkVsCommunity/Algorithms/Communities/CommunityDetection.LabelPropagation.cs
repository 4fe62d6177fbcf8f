using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Algorithms.Communities;

public static partial class CommunityDetection
{
    /// <summary>Finds communities by asynchronous label propagation: every node repeatedly adopts the label carrying most weight among its neighbours.</summary>
    /// <param name="graph">The graph (directed graphs use arcs in both directions), weighted or not.</param>
    /// <param name="options">Sweep budget, random seed, initial labels; <see cref="LabelPropagationOptions.Default"/> when null.</param>
    /// <param name="progress">Optional progress sink (one report per sweep; the last at Fraction 1).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The partition, its modularity, sweeps, convergence, seed, options and diagnostics.</returns>
    /// <remarks>
    /// <para>Each sweep visits the nodes in a fresh random order; a node keeps its label when that label already has
    /// maximal weight among its neighbours, otherwise it takes one of the maximal labels uniformly at random. The run
    /// stops after a sweep in which no label changed, which is exactly the stopping rule of the paper (every node has
    /// a label of maximal weight). Isolated nodes keep their own label. No objective is optimised.</para>
    /// <para>Reference: U. N. Raghavan, R. Albert and S. Kumara, "Near linear time algorithm to detect community
    /// structures in large-scale networks", Phys. Rev. E 76:036106, 2007, doi:10.1103/PhysRevE.76.036106.</para>
    /// <para>Complexity: O(m) per sweep. Determinism: sweep i draws its order and tie breaks from stream i of the random
    /// seed; the run is sequential.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="LabelPropagationOptions.MaxIterations"/> is below 1.</exception>
    /// <exception cref="ArgumentException">The initial partition does not cover the graph's nodes.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static LabelPropagationResult LabelPropagation(
        CsrGraph graph,
        LabelPropagationOptions? options = null,
        IProgress<AnalysisProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= LabelPropagationOptions.Default;
        if (options.MaxIterations < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.MaxIterations", options.MaxIterations, "1 or more");
        }
        if (options.InitialPartition is not null && options.InitialPartition.NodeCount != graph.NodeCount)
        {
            ThrowHelper.Argument("options.InitialPartition", string.Create(CultureInfo.InvariantCulture,
                $"options.InitialPartition covers {options.InitialPartition.NodeCount} nodes but the graph has {graph.NodeCount}; allowed: a partition of exactly the graph's nodes."));
        }
        long seed = options.RandomSeed ?? Xoshiro256StarStar.NewRandomSeed();
        int n = graph.NodeCount;
        WorkGraph g = WorkGraph.FromGraph(graph, cpm: true, null);
        int[] labels = InitialMembership(n, options.InitialPartition);
        var nw = new double[Math.Max(1, n)];
        var touched = new int[Math.Max(1, n)];
        var order = new int[n];
        int sweeps = 0;
        bool converged = false;
        while (sweeps < options.MaxIterations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rng = Xoshiro256StarStar.ForStream((ulong)seed, (ulong)sweeps);
            sweeps++;
            for (int i = 0; i < n; i++)
            {
                order[i] = i;
            }
            rng.ShuffleInPlace(order.AsSpan());
            bool changed = g.Weights is null
                ? Sweep(g, new UnitWeights(), labels, order, nw, touched, ref rng, cancellationToken)
                : Sweep(g, new ArrayWeights(g.Weights), labels, order, nw, touched, ref rng, cancellationToken);
            Report(progress, "Label propagation: sweep", (double)sweeps / options.MaxIterations, sweeps, options.MaxIterations);
            if (!changed)
            {
                converged = true;
                break;
            }
        }
        var partition = Partition.FromMembership(labels);
        var diagnostics = ImmutableArray.CreateBuilder<string>();
        if (!converged)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture, $"labels still changed after {options.MaxIterations} sweeps (options.MaxIterations)"));
        }
        AddGraphDiagnostics(graph, diagnostics);
        Report(progress, "Label propagation: done", 1.0, sweeps, sweeps);
        return new LabelPropagationResult(partition, ModularityOrNaN(graph, partition), sweeps, converged, seed, options, diagnostics.ToImmutable());
    }

    private static bool Sweep<TW>(WorkGraph g, TW w, int[] labels, int[] order, double[] nw, int[] touched,
        ref Xoshiro256StarStar rng, CancellationToken cancellationToken)
        where TW : struct, IArcWeights
    {
        int[] offsets = g.Offsets;
        int[] targets = g.Targets;
        bool changed = false;
        for (int i = 0; i < order.Length; i++)
        {
            if ((i & 4095) == 4095)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            int v = order[i];
            int nt = 0;
            for (int a = offsets[v]; a < offsets[v + 1]; a++)
            {
                int u = targets[a];
                double x = w[a];
                if (u == v || x <= 0)
                {
                    continue;
                }
                int l = labels[u];
                if (nw[l] == 0)
                {
                    touched[nt++] = l;
                }
                nw[l] += x;
            }
            if (nt == 0)
            {
                continue;
            }
            double max = 0;
            for (int t = 0; t < nt; t++)
            {
                max = Math.Max(max, nw[touched[t]]);
            }
            int current = labels[v];
            if (nw[current] != max)
            {
                int ties = 0;
                int chosen = current;
                for (int t = 0; t < nt; t++)
                {
                    int l = touched[t];
                    if (nw[l] == max && rng.NextInt(++ties) == 0)
                    {
                        chosen = l;
                    }
                }
                labels[v] = chosen;
                changed = true;
            }
            for (int t = 0; t < nt; t++)
            {
                nw[touched[t]] = 0;
            }
        }
        return changed;
    }
}
