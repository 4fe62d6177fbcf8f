using NetworkVsCommunity.Algorithms.Diffusion;
using System.Globalization;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// A Monte Carlo spread oracle over R live-edge worlds sampled once and reused for every query (common random numbers),
/// as in StaticGreedy (Cheng, Shen, Huang, Zhang &amp; Cheng, CIKM 2013, doi:10.1145/2505515.2505541).
/// </summary>
/// <remarks>
/// <para>World r is the diffusion engine's live-edge world r under <see cref="RandomSeed"/> (every arc drawn up front); σ̂(S) is the mean over worlds of the
/// nodes reachable from S. Because the worlds are fixed, σ̂ is an exact monotone submodular (coverage) function, so CELF
/// and CELF++ select exactly what plain greedy selects on it, and differences between seed sets are paired. Its standard
/// error is about sd(|reach|)/√R.</para>
/// <para>Memory: R·m/8 bytes (one bit per arc per world). Each query costs O(R·(reached nodes + their arcs)), spread over
/// <c>maxDegreeOfParallelism</c> threads; world counts are integers summed in world order, so the value does not depend on
/// the thread count.</para>
/// </remarks>
public sealed class MonteCarloSpreadOracle : ISpreadOracle
{
    private readonly LiveEdgeWorldSet _worlds;
    private readonly int _maxDegreeOfParallelism;
    private readonly int[][] _stamps;
    private readonly int[][] _queues;
    private readonly int[] _epochs;

    /// <summary>Samples <paramref name="runs"/> live-edge worlds of <paramref name="model"/> on <paramref name="graph"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="model">A triggering model (ic, icp, relationship, lt); null for <see cref="DiffusionModel.Default"/>.</param>
    /// <param name="runs">The number of worlds R; 1 or more, default 1000.</param>
    /// <param name="randomSeed">The random seed; null draws one (see <see cref="RandomSeed"/>).</param>
    /// <param name="maxDegreeOfParallelism">Threads per query; 0 (default) for all processors.</param>
    /// <param name="cancellationToken">Cancels the sampling of the worlds (R × m coin flips up front).</param>
    /// <exception cref="ArgumentException">The model does not fit the graph, or the worlds would not fit in memory.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="runs"/> or <paramref name="maxDegreeOfParallelism"/> is out of range.</exception>
    public MonteCarloSpreadOracle(CsrGraph graph, DiffusionModel? model = null, int runs = 1000, long? randomSeed = null, int maxDegreeOfParallelism = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        model ??= DiffusionModel.Default;
        var prepared = SeedingModel.Create(graph, model, nameof(model));
        if (runs < 1)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(runs), runs, "1 or more");
        }
        if (maxDegreeOfParallelism < 0)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "0 (all processors) or more");
        }
        RandomSeed = randomSeed ?? Xoshiro256StarStar.NewRandomSeed();
        Model = model;
        Runs = runs;
        _maxDegreeOfParallelism = maxDegreeOfParallelism <= 0 ? Environment.ProcessorCount : maxDegreeOfParallelism;
        _worlds = LiveEdgeWorldSet.Sample(prepared.LiveEdges, runs, RandomSeed, _maxDegreeOfParallelism, cancellationToken);
        int chunks = Math.Min(runs, _maxDegreeOfParallelism);
        _stamps = new int[chunks][];
        _queues = new int[chunks][];
        _epochs = new int[chunks];
        for (int c = 0; c < chunks; c++)
        {
            _stamps[c] = new int[graph.NodeCount];
            _queues[c] = new int[graph.NodeCount];
        }
    }

    /// <summary>The model sampled.</summary>
    public DiffusionModel Model { get; }

    /// <summary>The number of worlds R.</summary>
    public int Runs { get; }

    /// <summary>The random seed used to sample the worlds.</summary>
    public long RandomSeed { get; }

    /// <inheritdoc />
    public int NodeCount => _worlds.NodeCount;

    /// <inheritdoc />
    public string Description => string.Create(CultureInfo.InvariantCulture, $"Monte Carlo live-edge worlds ({ModelDescription.Of(Model)}, R = {Runs}, random seed {RandomSeed})");

    /// <summary>The number of nodes reached from <paramref name="seedNodes"/> in each world, in world order.</summary>
    /// <param name="seedNodes">Distinct nodes.</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    /// <returns>R counts.</returns>
    public int[] ReachPerWorld(ReadOnlySpan<int> seedNodes, CancellationToken cancellationToken = default)
    {
        foreach (int s in seedNodes)
        {
            ThrowHelper.CheckNode(s, NodeCount, nameof(seedNodes));
        }
        var counts = new int[Runs];
        int[] seeds = seedNodes.ToArray();
        int chunks = _stamps.Length;
        var options = new ParallelOptions { MaxDegreeOfParallelism = _maxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, chunks, options, c =>
        {
            int from = (int)((long)Runs * c / chunks);
            int to = (int)((long)Runs * (c + 1) / chunks);
            for (int w = from; w < to; w++)
            {
                if ((w & 255) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
                counts[w] = _worlds.Reach(w, seeds, _stamps[c], ref _epochs[c], _queues[c]);
            }
        });
        return counts;
    }

    /// <inheritdoc />
    public double Spread(ReadOnlySpan<int> seedNodes, CancellationToken cancellationToken = default)
    {
        int[] counts = ReachPerWorld(seedNodes, cancellationToken);
        long total = 0;
        foreach (int c in counts)
        {
            total += c;
        }
        return (double)total / Runs;
    }
}
