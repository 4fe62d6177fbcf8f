using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Communities;

/// <summary>Quality functions of a partition on a graph: modularity, CPM, coverage, performance, conductance and embeddedness.</summary>
/// <remarks>
/// <para>All are exact O(n + m) passes in ascending node order (deterministic to the bit). Weights count; a self-loop is
/// an internal edge of its node's community. Formulas follow Fortunato, "Community detection in graphs", Physics Reports
/// 486:75–174, 2010, doi:10.1016/j.physrep.2009.11.002.</para>
/// <para>Thread safety: pure functions.</para>
/// </remarks>
public static class PartitionQuality
{
    /// <summary>Modularity with resolution γ: Q_γ = Σ_c [L_c/m − γ (K_c/2m)²] (undirected) or Σ_c [L_c/m − γ K_c^out K_c^in/m²] (directed, Leicht–Newman).</summary>
    /// <param name="graph">The graph; its total weight m must be positive.</param>
    /// <param name="partition">A partition of the graph's nodes.</param>
    /// <param name="resolution">γ, finite and ≥ 0. Default 1.</param>
    /// <returns>Q_γ; at γ = 1 it lies in [−1/2, 1].</returns>
    /// <remarks>
    /// L_c is the weight of edges inside c (a self-loop once), K_c the total strength of c. References: M. E. J. Newman and
    /// M. Girvan, Phys. Rev. E 69:026113, 2004, doi:10.1103/PhysRevE.69.026113; J. Reichardt and S. Bornholdt, Phys. Rev. E
    /// 74:016110, 2006, doi:10.1103/PhysRevE.74.016110; E. A. Leicht and M. E. J. Newman, Phys. Rev. Lett. 100:118703, 2008.
    /// The same value as networkx <c>modularity(G, communities, resolution=γ)</c> and igraph <c>modularity</c>.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The partition does not cover the graph's nodes, or the graph has no edge weight.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="resolution"/> is negative or not finite.</exception>
    public static double Modularity(CsrGraph graph, Partition partition, double resolution = 1.0) =>
        Modularity(graph, partition, resolution, threads: 1);

    /// <summary>
    /// <see cref="Modularity(CsrGraph, Partition, double)"/> with the per-node sums of internal weight computed on up to
    /// <paramref name="threads"/> threads; the value is bit-identical for every thread count.
    /// </summary>
    internal static double Modularity(CsrGraph graph, Partition partition, double resolution, int threads)
    {
        Check(graph, partition);
        if (!double.IsFinite(resolution) || resolution < 0)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(resolution), resolution, "a finite value >= 0");
        }
        double m = graph.TotalWeight;
        if (!(m > 0))
        {
            ThrowHelper.Argument(nameof(graph), "Modularity is undefined on a graph with no edge weight (total weight 0).");
        }
        int k = partition.CommunityCount;
        double[] inside = InternalWeight(graph, partition, threads);
        var kOut = new double[k];
        double[] kIn = graph.IsDirected ? new double[k] : kOut;
        ReadOnlySpan<int> membership = partition.Membership;
        for (int v = 0; v < graph.NodeCount; v++)
        {
            kOut[membership[v]] += graph.StrengthArray[v];
            if (graph.IsDirected)
            {
                kIn[membership[v]] += graph.InStrengthArray[v];
            }
        }
        double q = 0;
        for (int c = 0; c < k; c++)
        {
            q += graph.IsDirected
                ? (inside[c] / m) - (resolution * kOut[c] * kIn[c] / (m * m))
                : (inside[c] / m) - (resolution * (kOut[c] / (2 * m)) * (kOut[c] / (2 * m)));
        }
        return q;
    }

    /// <summary>The constant Potts model: H = Σ_c [e_c − γ·n_c(n_c − 1)/2] (ordered pairs n_c(n_c − 1) when directed).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="partition">A partition of the graph's nodes.</param>
    /// <param name="resolution">γ, finite and ≥ 0 (a density threshold). Default 1.</param>
    /// <returns>H, in units of edge weight (not normalised).</returns>
    /// <remarks>Reference: V. A. Traag, P. Van Dooren and Y. Nesterov, Phys. Rev. E 84:016114, 2011, doi:10.1103/PhysRevE.84.016114.
    /// On an unweighted simple graph with γ = 1 no partition beats the singletons (H = 0).</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The partition does not cover the graph's nodes.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="resolution"/> is negative or not finite.</exception>
    public static double Cpm(CsrGraph graph, Partition partition, double resolution = 1.0) =>
        Cpm(graph, partition, resolution, threads: 1);

    /// <summary><see cref="Cpm(CsrGraph, Partition, double)"/> on up to <paramref name="threads"/> threads (bit-identical for every count).</summary>
    internal static double Cpm(CsrGraph graph, Partition partition, double resolution, int threads)
    {
        Check(graph, partition);
        if (!double.IsFinite(resolution) || resolution < 0)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(resolution), resolution, "a finite value >= 0");
        }
        double[] inside = InternalWeight(graph, partition, threads);
        double h = 0;
        for (int c = 0; c < partition.CommunityCount; c++)
        {
            double size = partition.Size(c);
            double pairs = graph.IsDirected ? size * (size - 1) : size * (size - 1) / 2;
            h += inside[c] - (resolution * pairs);
        }
        return h;
    }

    /// <summary>Coverage: the share of the total edge weight that lies inside communities.</summary>
    /// <param name="graph">The graph; its total weight must be positive.</param>
    /// <param name="partition">A partition of the graph's nodes.</param>
    /// <returns>A value in [0, 1]: 1 when no edge crosses communities.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The partition does not cover the graph's nodes, or the graph has no edge weight.</exception>
    public static double Coverage(CsrGraph graph, Partition partition)
    {
        Check(graph, partition);
        if (!(graph.TotalWeight > 0))
        {
            ThrowHelper.Argument(nameof(graph), "Coverage is undefined on a graph with no edge weight (total weight 0).");
        }
        double sum = 0;
        foreach (double w in InternalWeight(graph, partition))
        {
            sum += w;
        }
        return sum / graph.TotalWeight;
    }

    /// <summary>Performance: the share of node pairs classified correctly (edges inside communities plus non-edges between them), ignoring weights and self-loops.</summary>
    /// <param name="graph">The graph, with at least 2 nodes.</param>
    /// <param name="partition">A partition of the graph's nodes.</param>
    /// <returns>A value in [0, 1] (ordered pairs when directed).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The partition does not cover the graph's nodes, or the graph has fewer than 2 nodes.</exception>
    public static double Performance(CsrGraph graph, Partition partition)
    {
        Check(graph, partition);
        int n = graph.NodeCount;
        if (n < 2)
        {
            ThrowHelper.Argument(nameof(graph), string.Create(CultureInfo.InvariantCulture, $"Performance needs at least 2 nodes; the graph has {n}."));
        }
        ReadOnlySpan<int> membership = partition.Membership;
        long arcs = 0;
        long internalArcs = 0;
        for (int v = 0; v < n; v++)
        {
            for (int a = graph.OffsetsArray[v]; a < graph.OffsetsArray[v + 1]; a++)
            {
                int u = graph.TargetsArray[a];
                if (u == v)
                {
                    continue;
                }
                arcs++;
                if (membership[u] == membership[v])
                {
                    internalArcs++;
                }
            }
        }
        double factor = graph.IsDirected ? 1 : 0.5;
        double edges = arcs * factor;
        double internalEdges = internalArcs * factor;
        double pairs = (double)n * (n - 1) * factor;
        double internalPairs = 0;
        for (int c = 0; c < partition.CommunityCount; c++)
        {
            double s = partition.Size(c);
            internalPairs += s * (s - 1) * factor;
        }
        double interNonEdges = (pairs - internalPairs) - (edges - internalEdges);
        return (internalEdges + interNonEdges) / pairs;
    }

    /// <summary>The conductance of every community: φ(S) = cut(S, S̄) / min(vol S, vol S̄), lower is better separated.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="partition">A partition of the graph's nodes.</param>
    /// <returns>One value per community, in [0, 1]; NaN for a community where min(vol S, vol S̄) = 0.</returns>
    /// <remarks>vol is the sum of strengths (out- plus in-strength when directed); the cut counts arcs both ways.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The partition does not cover the graph's nodes.</exception>
    public static ImmutableArray<double> Conductance(CsrGraph graph, Partition partition)
    {
        Check(graph, partition);
        Volumes(graph, partition, out double[] volume, out double[] inside, out double total);
        var result = new double[partition.CommunityCount];
        for (int c = 0; c < result.Length; c++)
        {
            double cut = volume[c] - (2 * inside[c]);
            double denominator = Math.Min(volume[c], total - volume[c]);
            result[c] = denominator > 0 ? Math.Max(0, cut) / denominator : double.NaN;
        }
        return ImmutableArray.Create(result);
    }

    /// <summary>
    /// The embeddedness of every community: the share of its members' tie weight that stays inside it, 2·L_c / vol(c).
    /// 1 for a community no tie leaves (a community in the essay's sense: a specific few who share), near 0 for a set
    /// of people whose ties mostly run outside (a slice of the network).
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="partition">A partition of the graph's nodes.</param>
    /// <returns>One value per community in [0, 1]; NaN for a community of isolated nodes (volume 0).</returns>
    /// <remarks>The community analogue of Granovetter's embeddedness (Granovetter 1985, AJS 91(3):481–510); equal to 1 − cut/vol.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The partition does not cover the graph's nodes.</exception>
    public static ImmutableArray<double> Embeddedness(CsrGraph graph, Partition partition)
    {
        Check(graph, partition);
        Volumes(graph, partition, out double[] volume, out double[] inside, out _);
        var result = new double[partition.CommunityCount];
        for (int c = 0; c < result.Length; c++)
        {
            result[c] = volume[c] > 0 ? Math.Min(1, 2 * inside[c] / volume[c]) : double.NaN;
        }
        return ImmutableArray.Create(result);
    }

    private static void Volumes(CsrGraph graph, Partition partition, out double[] volume, out double[] inside, out double total)
    {
        inside = InternalWeight(graph, partition);
        volume = new double[partition.CommunityCount];
        ReadOnlySpan<int> membership = partition.Membership;
        total = 0;
        for (int v = 0; v < graph.NodeCount; v++)
        {
            double s = graph.StrengthArray[v] + (graph.IsDirected ? graph.InStrengthArray[v] : 0);
            volume[membership[v]] += s;
            total += s;
        }
    }

    /// <summary>L_c: the weight inside each community (an undirected edge once, a self-loop once, a directed arc once).</summary>
    [MethodImpl(Hot.Kernel)]
    internal static double[] InternalWeight(CsrGraph graph, Partition partition, int threads = 1)
    {
        var inside = new double[partition.CommunityCount];
        ReadOnlySpan<int> membership = partition.Membership;
        int n = graph.NodeCount;
        if (threads <= 1 || n < 65536)
        {
            for (int v = 0; v < n; v++)
            {
                inside[membership[v]] += InternalWeightOf(graph, membership, v);
            }
            return inside;
        }
        // Per-node sums in parallel (each written to its own slot), then added per community in ascending node order:
        // the same operations in the same order as the sequential loop, so the same bits.
        var perNode = new double[n];
        int[] labels = membership.ToArray();
        const int Block = 16384;
        Parallel.For(0, (n + Block - 1) / Block, new ParallelOptions { MaxDegreeOfParallelism = threads }, b =>
        {
            int last = Math.Min(n, (b + 1) * Block);
            for (int v = b * Block; v < last; v++)
            {
                perNode[v] = InternalWeightOf(graph, labels, v);
            }
        });
        for (int v = 0; v < n; v++)
        {
            inside[membership[v]] += perNode[v];
        }
        return inside;
    }

    [MethodImpl(Hot.Kernel)]
    private static double InternalWeightOf(CsrGraph graph, ReadOnlySpan<int> membership, int v)
    {
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        double[]? weights = graph.WeightsArray;
        bool directed = graph.IsDirected;
        int c = membership[v];
        double sum = 0;
        for (int a = offsets[v]; a < offsets[v + 1]; a++)
        {
            int u = targets[a];
            if (membership[u] != c)
            {
                continue;
            }
            double w = weights is null ? 1.0 : weights[a];
            sum += directed || u == v ? w : 0.5 * w;
        }
        return sum;
    }

    private static void Check(CsrGraph graph, Partition partition)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(partition);
        if (partition.NodeCount != graph.NodeCount)
        {
            ThrowHelper.Argument(nameof(partition), string.Create(CultureInfo.InvariantCulture,
                $"The partition covers {partition.NodeCount} nodes but the graph has {graph.NodeCount}; allowed: a partition of exactly the graph's nodes."));
        }
    }
}
