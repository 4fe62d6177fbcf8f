using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Visualization;

/// <summary>Force-directed graph layout for drawings.</summary>
public static class ForceLayout
{
    /// <summary>
    /// Lays out a graph with the Fruchterman–Reingold spring embedder and its grid approximation of the repulsive forces.
    /// </summary>
    /// <param name="graph">The graph; directed arcs attract like undirected edges; self-loops are ignored.</param>
    /// <param name="options">Options; null for <see cref="ForceLayoutOptions.Default"/>.</param>
    /// <param name="progress">Optional progress, one report per iteration, the last at fraction 1.</param>
    /// <param name="cancellationToken">Checked every iteration and every 1024 nodes of the repulsion pass.</param>
    /// <returns>Positions in the unit square, with the random seed used.</returns>
    /// <remarks>
    /// <para><b>Idea.</b> Nodes repel each other with force k²/d and edges pull their ends together with force d²/k, where
    /// k = √(1/n) is the ideal edge length in the unit frame. Each iteration moves every node along its net force by at most
    /// the current temperature, which cools linearly from <see cref="ForceLayoutOptions.InitialTemperature"/> to 0. Instead
    /// of the paper's frame, a weak pull towards the centre (force 2·r) keeps disconnected pieces and isolated nodes near
    /// the drawing (an isolated node settles at about 0.7 from the centre); the result is scaled uniformly into the unit
    /// square.</para>
    /// <para><b>Approximation.</b> The repulsive forces are summed with a Barnes–Hut quadtree (θ = 0.9; J. Barnes and
    /// P. Hut, Nature 324:446–449, 1986, doi:10.1038/324446a0) instead of the paper's grid variant, whose cut-off at 2k
    /// lets large graphs collapse; an iteration costs O(n log n + m). Sized for drawings of up to a few thousand nodes
    /// (300 iterations on 3,000 nodes take about a second on one core).</para>
    /// <para><b>Determinism.</b> Initial positions come from <see cref="Xoshiro256StarStar.ForStream"/>(RandomSeed, 0);
    /// the iteration is sequential in node order, so the same seed gives the same positions, bit for bit.</para>
    /// <para><b>Reference.</b> T. M. J. Fruchterman and E. M. Reingold, "Graph drawing by force-directed placement",
    /// Software: Practice and Experience 21(11):1129–1164, 1991, doi:10.1002/spe.4380211102.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (the message names it).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static GraphLayout FruchtermanReingold(
        CsrGraph graph,
        ForceLayoutOptions? options = null,
        IProgress<AnalysisProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= ForceLayoutOptions.Default;
        if (options.Iterations is < 1 or > 100_000)
        {
            ThrowHelper.ArgumentOutOfRange("options.Iterations", options.Iterations, "1..100000");
        }
        if (!(options.InitialTemperature > 0 && options.InitialTemperature <= 1))
        {
            ThrowHelper.ArgumentOutOfRange("options.InitialTemperature", options.InitialTemperature, "(0, 1]");
        }
        long randomSeed = options.RandomSeed ?? Xoshiro256StarStar.NewRandomSeed();
        int n = graph.NodeCount;
        var x = new double[n];
        var y = new double[n];
        var diagnostics = new List<string>();
        var rng = Xoshiro256StarStar.ForStream(unchecked((ulong)randomSeed), 0);
        for (int v = 0; v < n; v++)
        {
            x[v] = rng.NextDouble();
            y[v] = rng.NextDouble();
        }
        if (n == 1)
        {
            x[0] = 0.5;
            y[0] = 0.5;
        }
        int iterations = options.Iterations;
        if (n > 1)
        {
            Run(graph, options, x, y, progress, cancellationToken);
            FitUnitSquare(x, y);
        }
        progress?.Report(new AnalysisProgress("layout: Fruchterman-Reingold", 1, iterations, iterations));
        int isolated = 0;
        for (int v = 0; v < n; v++)
        {
            if (graph.OffsetsArray[v + 1] == graph.OffsetsArray[v] && graph.InOffsetsArray[v + 1] == graph.InOffsetsArray[v])
            {
                isolated++;
            }
        }
        if (isolated > 0)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture, $"{isolated} isolated node(s) are drawn around the rest."));
        }
        return new GraphLayout(ImmutableArray.Create(x), ImmutableArray.Create(y), iterations, randomSeed, options, [.. diagnostics]);
    }

    /// <summary>The Barnes–Hut opening criterion: a cell of side s at distance d acts as one body when s/d &lt; θ.</summary>
    private const double Theta = 0.9;

    /// <summary>The strength of the pull towards the centre: an isolated node settles about 1/√Gravity from it.</summary>
    private const double Gravity = 2.0;

    /// <summary>Scales the positions uniformly into [0, 1]², centred, keeping the aspect ratio.</summary>
    private static void FitUnitSquare(double[] x, double[] y)
    {
        double minX = double.PositiveInfinity, minY = double.PositiveInfinity;
        double maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
        for (int v = 0; v < x.Length; v++)
        {
            minX = Math.Min(minX, x[v]);
            maxX = Math.Max(maxX, x[v]);
            minY = Math.Min(minY, y[v]);
            maxY = Math.Max(maxY, y[v]);
        }
        double range = Math.Max(maxX - minX, maxY - minY);
        double scale = range > 0 ? 1 / range : 1;
        double offsetX = (1 - (maxX - minX) * scale) / 2;
        double offsetY = (1 - (maxY - minY) * scale) / 2;
        for (int v = 0; v < x.Length; v++)
        {
            x[v] = Math.Clamp((x[v] - minX) * scale + offsetX, 0, 1);
            y[v] = Math.Clamp((y[v] - minY) * scale + offsetY, 0, 1);
        }
    }

    private static void Run(CsrGraph graph, ForceLayoutOptions options, double[] x, double[] y,
        IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken)
    {
        int n = graph.NodeCount;
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        double[]? weights = options.UseWeights ? graph.WeightsArray : null;
        bool directed = graph.IsDirected;
        double meanWeight = 1;
        if (weights is not null)
        {
            double sum = 0;
            long count = 0;
            foreach (double w in weights)
            {
                if (w > 0)
                {
                    sum += w;
                    count++;
                }
            }
            meanWeight = count > 0 ? sum / count : 1;
        }

        double k = Math.Sqrt(1.0 / n);
        double k2 = k * k;
        var tree = new QuadTree(n);
        var dx = new double[n];
        var dy = new double[n];
        double minDistance = k * 1e-3;

        int iterations = options.Iterations;
        for (int it = 0; it < iterations; it++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double temperature = options.InitialTemperature * (1.0 - (double)it / iterations);

            tree.Build(x, y);
            for (int v = 0; v < n; v++)
            {
                if ((v & 1023) == 1023)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
                tree.Repulsion(v, x[v], y[v], k2, minDistance, Theta, out dx[v], out dy[v]);
            }

            for (int u = 0; u < n; u++)
            {
                for (int a = offsets[u]; a < offsets[u + 1]; a++)
                {
                    int v = targets[a];
                    if (v == u || (!directed && v < u))
                    {
                        continue;
                    }
                    double ddx = x[v] - x[u];
                    double ddy = y[v] - y[u];
                    double d = Math.Sqrt(ddx * ddx + ddy * ddy);
                    double scale = d / k;
                    if (weights is not null)
                    {
                        scale *= Math.Min(10.0, weights[a] / meanWeight);
                    }
                    dx[u] += ddx * scale;
                    dy[u] += ddy * scale;
                    dx[v] -= ddx * scale;
                    dy[v] -= ddy * scale;
                }
            }

            for (int v = 0; v < n; v++)
            {
                // gravity towards the centre keeps disconnected pieces near the drawing
                double gx = dx[v] - Gravity * (x[v] - 0.5);
                double gy = dy[v] - Gravity * (y[v] - 0.5);
                double len = Math.Sqrt(gx * gx + gy * gy);
                if (len > 0)
                {
                    double step = Math.Min(len, temperature) / len;
                    x[v] += gx * step;
                    y[v] += gy * step;
                }
            }
            progress?.Report(new AnalysisProgress("layout: Fruchterman-Reingold", (double)it / iterations, it, iterations));
        }
    }
}
