using System.Globalization;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Algorithms.Generators;

/// <summary>
/// Seeded random graph generators: Erdős–Rényi G(n, p) and G(n, m), the stochastic block model and planted partition,
/// the LFR benchmark, Barabási–Albert, Holme–Kim, Watts–Strogatz, and the (deterministic) ring lattice.
/// </summary>
/// <remarks>
/// <para>Every generator returns an undirected, unweighted <see cref="CsrGraph"/> without self-loops or parallel edges,
/// wrapped in a <see cref="GeneratedGraph"/> with the random seed used and, for models with communities, the planted
/// partition. The same options (with the same <c>RandomSeed</c>) give the same graph on every machine: all randomness
/// comes from <see cref="Xoshiro256StarStar"/>.</para>
/// <para>Generators check the cancellation token every few thousand steps and report progress ending at fraction 1.</para>
/// </remarks>
public static partial class RandomGraphs
{
    private const int CheckEvery = 4096;

    private static void SampleTriangle(ref Xoshiro256StarStar rng, int offset, int size, double p, EdgeCollector edges, CancellationToken cancellationToken)
    {
        if (p <= 0 || size < 2)
        {
            return;
        }
        if (p >= 1)
        {
            for (int v = 1; v < size; v++)
            {
                for (int w = 0; w < v; w++)
                {
                    edges.Add(offset + v, offset + w);
                }
            }
            return;
        }
        // Batagelj & Brandes (2005), algorithm G(n,p): skip lengths are geometric.
        double logQ = Math.Log(1 - p);
        long v0 = 1;
        long w0 = -1;
        long steps = 0;
        while (v0 < size)
        {
            double r = rng.NextDouble();
            w0 += 1 + (long)Math.Floor(Math.Log(1 - r) / logQ);
            while (w0 >= v0 && v0 < size)
            {
                w0 -= v0;
                v0++;
            }
            if (v0 < size)
            {
                edges.Add(offset + (int)v0, offset + (int)w0);
            }
            if (++steps % CheckEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    private static void SampleRectangle(ref Xoshiro256StarStar rng, int offsetA, int sizeA, int offsetB, int sizeB, double p, EdgeCollector edges, CancellationToken cancellationToken)
    {
        if (p <= 0)
        {
            return;
        }
        long total = (long)sizeA * sizeB;
        if (p >= 1)
        {
            for (int a = 0; a < sizeA; a++)
            {
                for (int b = 0; b < sizeB; b++)
                {
                    edges.Add(offsetA + a, offsetB + b);
                }
            }
            return;
        }
        double logQ = Math.Log(1 - p);
        long index = -1;
        long steps = 0;
        while (true)
        {
            double r = rng.NextDouble();
            double skip = Math.Floor(Math.Log(1 - r) / logQ);
            if (skip >= total - index - 1)
            {
                break;
            }
            index += 1 + (long)skip;
            edges.Add(offsetA + (int)(index / sizeB), offsetB + (int)(index % sizeB));
            if (++steps % CheckEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    private static int EstimateCapacity(double expected) =>
        (int)Math.Min(CsrGraph.MaxArcCount / 2, Math.Max(16, expected + 4 * Math.Sqrt(Math.Max(expected, 1)) + 16));

    private static void CheckCount(string name, int value, int min)
    {
        if (value < min)
        {
            ThrowHelper.ArgumentOutOfRange(name, value, string.Create(CultureInfo.InvariantCulture, $"{min} or more"));
        }
    }

    private static void CheckProbability(string name, double value)
    {
        if (!(value >= 0 && value <= 1))
        {
            ThrowHelper.ArgumentOutOfRange(name, value, "a probability from 0 to 1");
        }
    }

    /// <summary>Collects undirected edges in growable arrays and builds the unweighted CSR graph.</summary>
    private sealed class EdgeCollector(int capacity)
    {
        private int[] _sources = new int[Math.Max(16, capacity)];
        private int[] _targets = new int[Math.Max(16, capacity)];
        private int _count;

        public void Add(int u, int v)
        {
            if (_count == _sources.Length)
            {
                if (_count >= CsrGraph.MaxArcCount / 2)
                {
                    ThrowHelper.InvalidOperation(string.Create(CultureInfo.InvariantCulture, $"The generated graph would have more than {CsrGraph.MaxArcCount / 2} edges, the largest undirected graph supported."));
                }
                int size = (int)Math.Min(CsrGraph.MaxArcCount / 2, (long)_sources.Length * 2);
                Array.Resize(ref _sources, size);
                Array.Resize(ref _targets, size);
            }
            _sources[_count] = u;
            _targets[_count] = v;
            _count++;
        }

        public CsrGraph Build(int nodeCount, CancellationToken cancellationToken) =>
            GraphBuilder.Build(nodeCount, _sources.AsSpan(0, _count), _targets.AsSpan(0, _count), default, directed: false, weighted: false, GraphBuildOptions.Default,
                cancellationToken);
    }
}
