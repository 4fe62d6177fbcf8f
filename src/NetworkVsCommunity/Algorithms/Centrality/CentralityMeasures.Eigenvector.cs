using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Centrality;

// Eigenvector centrality by the Lanczos method.
public static partial class CentralityMeasures
{
    /// <summary>Eigenvector centrality: the leading eigenvector of the adjacency matrix, scaled so that its maximum is 1 (as igraph).</summary>
    /// <remarks>
    /// <para>x_v ∝ Σ_{u→v} w_uv x_u (in-arcs; all neighbours when undirected). Bonacich 1972, <i>J. Math. Sociol.</i>
    /// 2(1):113–120, doi:10.1080/0022250X.1972.9989806. Undirected graphs: restarted Lanczos (Lanczos 1950, doi:10.6028/jres.045.026)
    /// with full reorthogonalisation and a Krylov dimension of 32, started from the degree vector as igraph does, until the
    /// residual ‖Ax − θx‖ ≤ tolerance·θ; <see cref="CentralityResult.Iterations"/> counts matrix-vector products. Directed
    /// graphs: power iteration on A + I (the shift avoids oscillation and leaves the eigenvector unchanged).
    /// On a disconnected graph the vector concentrates on the component with the largest eigenvalue.</para>
    /// <para>Complexity O(m) per iteration; sequential and deterministic. A graph with no edges gives all ones.</para>
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Options; <see cref="EigenvectorOptions.Default"/> when null.</param>
    /// <param name="progress">Progress (reported at the end).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The scores (max 1), iterations and convergence.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static CentralityResult EigenvectorCentrality(CsrGraph graph, EigenvectorOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= EigenvectorOptions.Default;
        if (!(options.Tolerance > 0))
        {
            ThrowHelper.ArgumentOutOfRange("options.Tolerance", options.Tolerance, "> 0");
        }
        if (options.MaxIterations < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.MaxIterations", options.MaxIterations, "1 or more");
        }
        int n = graph.NodeCount;
        int[] inOffsets = graph.InOffsetsArray;
        int[] inSources = graph.InSourcesArray;
        double[]? inWeights = options.UseWeights ? graph.InWeightsArray : null;
        var x = new double[n];
        bool any = false;
        for (int v = 0; v < n; v++)
        {
            x[v] = inOffsets[v + 1] - inOffsets[v];
            any |= x[v] > 0;
        }
        if (!any)
        {
            var ones = new double[n];
            Array.Fill(ones, 1.0);
            return new CentralityResult(ImmutableArray.Create(ones), 0, true, n == 0 ? [] : ["The graph has no edges: every node gets 1."]);
        }
        Normalize(x);
        if (!graph.IsDirected)
        {
            var (vector, matvecs, ok) = Lanczos(graph, inWeights, x, options, cancellationToken);
            progress?.Report(new AnalysisProgress("EigenvectorCentrality", 1.0, matvecs, matvecs));
            var notes = ok ? ImmutableArray<string>.Empty :
                [string.Create(CultureInfo.InvariantCulture, $"Eigenvector centrality did not reach tolerance {options.Tolerance} in {options.MaxIterations} matrix-vector products.")];
            return new CentralityResult(ImmutableArray.Create(vector), matvecs, ok, notes);
        }
        var y = new double[n];
        int iteration = 0;
        bool converged = false;
        while (iteration < options.MaxIterations)
        {
            if ((iteration & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            iteration++;
            for (int v = 0; v < n; v++)
            {
                double sum = x[v];
                if (inWeights is null)
                {
                    for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
                    {
                        sum += x[inSources[a]];
                    }
                }
                else
                {
                    for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
                    {
                        sum += x[inSources[a]] * inWeights[a];
                    }
                }
                y[v] = sum;
            }
            Normalize(y);
            double change = 0;
            for (int v = 0; v < n; v++)
            {
                change = Math.Max(change, Math.Abs(y[v] - x[v]));
            }
            (x, y) = (y, x);
            if (change < options.Tolerance)
            {
                converged = true;
                break;
            }
        }
        progress?.Report(new AnalysisProgress("EigenvectorCentrality", 1.0, iteration, iteration));
        var diagnostics = converged ? ImmutableArray<string>.Empty :
            [string.Create(CultureInfo.InvariantCulture, $"Eigenvector centrality did not reach tolerance {options.Tolerance} in {options.MaxIterations} iterations.")];
        return new CentralityResult(ImmutableArray.Create(x), iteration, converged, diagnostics);
    }

    /// <summary>
    /// Leading eigenvector of a symmetric adjacency matrix by restarted Lanczos with full (one-pass Gram–Schmidt) reorthogonalisation (the small
    /// tridiagonal problem solved by MathNet); stops when the residual ‖Ax − θx‖ is below tolerance · θ.
    /// </summary>
    private static (double[] Vector, int MatVecs, bool Converged) Lanczos(CsrGraph graph, double[]? weights, double[] start,
        EigenvectorOptions options, CancellationToken cancellationToken)
    {
        int n = graph.NodeCount;
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        int k = Math.Min(n, n > 200_000 ? 16 : 32);
        var basis = new double[k][];
        for (int i = 0; i < k; i++)
        {
            basis[i] = new double[n];
        }
        var alpha = new double[k];
        var beta = new double[k];
        var w = new double[n];
        var x = (double[])start.Clone();
        int matvecs = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double norm = Math.Sqrt(Dot(x, x));
            for (int v = 0; v < n; v++)
            {
                basis[0][v] = x[v] / norm;
            }
            int m = 0;
            for (int j = 0; j < k; j++)
            {
                double[] vj = basis[j];
                for (int v = 0; v < n; v++)
                {
                    double sum = 0;
                    if (weights is null)
                    {
                        for (int a = offsets[v]; a < offsets[v + 1]; a++)
                        {
                            sum += vj[targets[a]];
                        }
                    }
                    else
                    {
                        for (int a = offsets[v]; a < offsets[v + 1]; a++)
                        {
                            sum += vj[targets[a]] * weights[a];
                        }
                    }
                    w[v] = sum;
                }
                matvecs++;
                alpha[j] = Dot(w, vj);
                for (int pass = 0; pass < 1; pass++)
                {
                    for (int i = 0; i <= j; i++)
                    {
                        double c = Dot(w, basis[i]);
                        double[] vi = basis[i];
                        for (int v = 0; v < n; v++)
                        {
                            w[v] -= c * vi[v];
                        }
                    }
                }
                m = j + 1;
                beta[j] = Math.Sqrt(Dot(w, w));
                if (j + 1 == k || beta[j] <= 1e-14 * Math.Max(1, Math.Abs(alpha[j])))
                {
                    break;
                }
                double[] next = basis[j + 1];
                for (int v = 0; v < n; v++)
                {
                    next[v] = w[v] / beta[j];
                }
            }
            var t = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(m, m);
            for (int i = 0; i < m; i++)
            {
                t[i, i] = alpha[i];
                if (i + 1 < m)
                {
                    t[i, i + 1] = beta[i];
                    t[i + 1, i] = beta[i];
                }
            }
            var evd = t.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric);
            int best = 0;
            for (int i = 1; i < m; i++)
            {
                if (evd.EigenValues[i].Real > evd.EigenValues[best].Real)
                {
                    best = i;
                }
            }
            double theta = evd.EigenValues[best].Real;
            var y = evd.EigenVectors.Column(best);
            Array.Clear(x);
            for (int i = 0; i < m; i++)
            {
                double yi = y[i];
                double[] vi = basis[i];
                for (int v = 0; v < n; v++)
                {
                    x[v] += yi * vi[v];
                }
            }
            double residual = Math.Abs(beta[m - 1] * y[m - 1]);
            bool done = residual <= options.Tolerance * Math.Max(1, Math.Abs(theta)) || m < k;
            if (done || matvecs >= options.MaxIterations)
            {
                double sign = 0;
                foreach (double v in x)
                {
                    sign += v;
                }
                for (int v = 0; v < n; v++)
                {
                    x[v] = sign < 0 ? -x[v] : x[v];
                    if (x[v] < 0 && x[v] > -1e-12)
                    {
                        x[v] = 0;
                    }
                }
                Normalize(x);
                return (x, matvecs, done);
            }
        }
    }

    private static double Dot(double[] a, double[] b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void Normalize(double[] x)
    {
        double max = 0;
        foreach (double v in x)
        {
            max = Math.Max(max, v);
        }
        if (max > 0)
        {
            for (int i = 0; i < x.Length; i++)
            {
                x[i] /= max;
            }
        }
    }
}
