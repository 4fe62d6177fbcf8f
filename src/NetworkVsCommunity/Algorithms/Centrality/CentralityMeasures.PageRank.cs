using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Centrality;

// PageRank.
public static partial class CentralityMeasures
{
    /// <summary>PageRank by Gauss–Seidel sweeps (power iteration when there are dangling nodes, whose mass is spread uniformly as igraph's PRPACK does).</summary>
    /// <remarks>
    /// <para>PR = (1−d)/n + d (Σ_{u→v} PR_u w_uv / s_u + Σ_{dangling u} PR_u / n), with s_u the out-strength; an undirected
    /// edge is two arcs. Brin &amp; Page 1998, <i>Computer Networks</i> 30:107–117, doi:10.1016/S0169-7552(98)00110-X.
    /// Iterates until the L1 change of a sweep is below <see cref="PageRankOptions.Tolerance"/>; the scores sum to 1. Without
    /// dangling nodes it uses Gauss–Seidel sweeps (in node order, deterministic), otherwise power iteration.</para>
    /// <para>Complexity O(m) per iteration; sequential and deterministic.</para>
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Options; <see cref="PageRankOptions.Default"/> when null.</param>
    /// <param name="progress">Progress (reported at the end).</param>
    /// <param name="cancellationToken">Cancellation (checked every iteration).</param>
    /// <returns>The scores, iterations and convergence.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static CentralityResult PageRank(CsrGraph graph, PageRankOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= PageRankOptions.Default;
        if (!(options.Damping >= 0 && options.Damping < 1))
        {
            ThrowHelper.ArgumentOutOfRange("options.Damping", options.Damping, "[0, 1)");
        }
        if (!(options.Tolerance > 0))
        {
            ThrowHelper.ArgumentOutOfRange("options.Tolerance", options.Tolerance, "> 0");
        }
        if (options.MaxIterations < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.MaxIterations", options.MaxIterations, "1 or more");
        }
        int n = graph.NodeCount;
        if (n == 0)
        {
            return new CentralityResult([], 0, true, []);
        }
        double d = options.Damping;
        int[] inOffsets = graph.InOffsetsArray;
        int[] inSources = graph.InSourcesArray;
        double[]? inWeights = options.UseWeights ? graph.InWeightsArray : null;
        var outStrength = new double[n];
        if (inWeights is null)
        {
            int[] offsets = graph.OffsetsArray;
            for (int v = 0; v < n; v++)
            {
                outStrength[v] = offsets[v + 1] - offsets[v];
            }
        }
        else
        {
            double[] w = graph.WeightsArray!;
            int[] offsets = graph.OffsetsArray;
            for (int v = 0; v < n; v++)
            {
                double s = 0;
                for (int a = offsets[v]; a < offsets[v + 1]; a++)
                {
                    s += w[a];
                }
                outStrength[v] = s;
            }
        }
        var x = new double[n];
        var y = new double[n];
        var scaled = new double[n];
        Array.Fill(x, 1.0 / n);
        int iteration = 0;
        bool converged = false;
        bool anyDangling = false;
        for (int v = 0; v < n; v++)
        {
            anyDangling |= !(outStrength[v] > 0);
        }
        if (!anyDangling)
        {
            // Gauss–Seidel sweeps (as PRPACK): the same fixed point, reached in about half the sweeps of power iteration.
            double teleport = (1 - d) / n;
            for (int v = 0; v < n; v++)
            {
                scaled[v] = x[v] / outStrength[v];
            }
            while (iteration < options.MaxIterations)
            {
                cancellationToken.ThrowIfCancellationRequested();
                iteration++;
                double change = 0;
                for (int v = 0; v < n; v++)
                {
                    double sum = InSum(v, inOffsets, inSources, inWeights, scaled);
                    double value = teleport + (d * sum);
                    change += Math.Abs(value - x[v]);
                    x[v] = value;
                    scaled[v] = value / outStrength[v];
                }
                if (change < options.Tolerance)
                {
                    converged = true;
                    break;
                }
            }
            double total = 0;
            for (int v = 0; v < n; v++)
            {
                total += x[v];
            }
            for (int v = 0; v < n; v++)
            {
                x[v] /= total;
            }
        }
        while (anyDangling && iteration < options.MaxIterations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            iteration++;
            double dangling = 0;
            for (int v = 0; v < n; v++)
            {
                if (outStrength[v] > 0)
                {
                    scaled[v] = x[v] / outStrength[v];
                }
                else
                {
                    scaled[v] = 0;
                    dangling += x[v];
                }
            }
            double baseValue = ((1 - d) / n) + (d * dangling / n);
            for (int v = 0; v < n; v++)
            {
                double sum = InSum(v, inOffsets, inSources, inWeights, scaled);
                y[v] = baseValue + (d * sum);
            }
            double norm = 0;
            for (int v = 0; v < n; v++)
            {
                norm += y[v];
            }
            double change = 0;
            for (int v = 0; v < n; v++)
            {
                y[v] /= norm;
                change += Math.Abs(y[v] - x[v]);
            }
            (x, y) = (y, x);
            if (change < options.Tolerance)
            {
                converged = true;
                break;
            }
        }
        progress?.Report(new AnalysisProgress("PageRank", 1.0, iteration, iteration));
        var diagnostics = converged ? ImmutableArray<string>.Empty :
            [string.Create(CultureInfo.InvariantCulture, $"PageRank did not reach tolerance {options.Tolerance} in {options.MaxIterations} iterations.")];
        return new CentralityResult(ImmutableArray.Create(x), iteration, converged, diagnostics);
    }

    /// <summary>Σ over v's in-arcs of the source's scaled score (times the arc weight when weighted), in arc order.</summary>
    private static double InSum(int v, int[] inOffsets, int[] inSources, double[]? inWeights, double[] scaled)
    {
        double sum = 0;
        if (inWeights is null)
        {
            for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
            {
                sum += scaled[inSources[a]];
            }
        }
        else
        {
            for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
            {
                sum += scaled[inSources[a]] * inWeights[a];
            }
        }
        return sum;
    }
}
