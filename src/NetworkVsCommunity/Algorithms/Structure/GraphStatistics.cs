using System.Globalization;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Algorithms.Structure;

/// <summary>Simple whole-graph statistics: degree summary and density.</summary>
public static class GraphStatistics
{
    /// <summary>Minimum, maximum, mean and median degree.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="direction">Out-degree (default), in-degree, or both (out + in) for a directed graph; ignored when undirected.</param>
    /// <returns>The summary.</returns>
    /// <remarks>
    /// Degrees are <see cref="CsrGraph.Degree(int)"/>: the number of distinct neighbours, a self-loop counting once (NetworkX
    /// and igraph count a self-loop twice). O(n) time and one int array of n (the median uses a counting pass over degrees).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not defined.</exception>
    public static DegreeSummary Degrees(CsrGraph graph, TraversalDirection direction = TraversalDirection.Out)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!Enum.IsDefined(direction))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction,
                string.Create(CultureInfo.InvariantCulture, $"direction = {(int)direction} is out of range; allowed: Out, In, Both."));
        }
        if (!graph.IsDirected)
        {
            direction = TraversalDirection.Out;
        }
        int n = graph.NodeCount;
        if (n == 0)
        {
            return new DegreeSummary(0, 0, 0, 0, direction);
        }
        int[] offsets = graph.OffsetsArray;
        int[] inOffsets = graph.InOffsetsArray;
        int[] degrees = new int[n];
        long sum = 0;
        int min = int.MaxValue;
        int max = 0;
        for (int v = 0; v < n; v++)
        {
            int d = direction switch
            {
                TraversalDirection.Out => offsets[v + 1] - offsets[v],
                TraversalDirection.In => inOffsets[v + 1] - inOffsets[v],
                _ => offsets[v + 1] - offsets[v] + inOffsets[v + 1] - inOffsets[v],
            };
            degrees[v] = d;
            sum += d;
            min = Math.Min(min, d);
            max = Math.Max(max, d);
        }
        Array.Sort(degrees);
        double median = n % 2 == 1 ? degrees[n / 2] : (degrees[(n / 2) - 1] + (double)degrees[n / 2]) / 2;
        return new DegreeSummary(min, max, (double)sum / n, median, direction);
    }

    /// <summary>The density: edges divided by the number of possible edges.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>m / (n(n−1)/2) when undirected, m / (n(n−1)) when directed, with m = <see cref="CsrGraph.EdgeCount"/> (self-loops included,
    /// as in NetworkX <c>density</c>); 0 when n ≤ 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static double Density(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        long n = graph.NodeCount;
        if (n <= 1)
        {
            return 0;
        }
        double possible = n * (n - 1.0);
        return graph.IsDirected ? graph.EdgeCount / possible : graph.EdgeCount / (possible / 2);
    }
}
