using System.Globalization;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// The exact expected spread on a tiny graph, by enumerating every live-edge world of the model with its probability
/// (Kempe, Kleinberg &amp; Tardos 2003, doi:10.1145/956750.956769, Claims 2.3 and 2.6).
/// </summary>
/// <remarks>
/// <para>IC: each arc with probability strictly between 0 and 1 doubles the number of worlds; LT: each node multiplies it
/// by its number of possible in-arc choices. At most <see cref="MaxWorlds"/> worlds (about 20 uncertain arcs).</para>
/// <para>σ(S) = Σ_worlds Pr[world]·|reach(S)|, summed in a fixed world order: a deterministic function of the set.
/// With dyadic probabilities (for example p = 1/2) every term is exact in binary floating point, so comparisons of
/// marginal gains are exact too. Each evaluation costs O(worlds·(n + m)).</para>
/// </remarks>
public sealed class ExactSpreadOracle : ISpreadOracle
{
    /// <summary>The largest number of live-edge worlds enumerated (2^20).</summary>
    public const int MaxWorlds = 1 << 20;

    private readonly LiveEdgeWorlds _worlds;
    private readonly int[] _stamp;
    private readonly int[] _queue;
    private int _epoch;

    /// <summary>Enumerates the live-edge worlds of <paramref name="model"/> on <paramref name="graph"/>.</summary>
    /// <param name="graph">A tiny graph.</param>
    /// <param name="model">The model; null for <see cref="InfluenceModel.Default"/>.</param>
    /// <exception cref="ArgumentException">The model does not fit the graph, or more than <see cref="MaxWorlds"/> worlds are needed.</exception>
    public ExactSpreadOracle(CsrGraph graph, InfluenceModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        model ??= InfluenceModel.Default;
        model.Validate(graph, nameof(model));
        _worlds = LiveEdgeWorlds.Enumerate(graph, model, MaxWorlds);
        _stamp = new int[graph.NodeCount];
        _queue = new int[graph.NodeCount];
        Model = model;
    }

    /// <summary>The model enumerated.</summary>
    public InfluenceModel Model { get; }

    /// <summary>The number of live-edge worlds.</summary>
    public int WorldCount => _worlds.WorldCount;

    /// <inheritdoc />
    public int NodeCount => _worlds.NodeCount;

    /// <inheritdoc />
    public string Description => string.Create(CultureInfo.InvariantCulture, $"exact live-edge enumeration ({Model}, {WorldCount} worlds)");

    /// <inheritdoc />
    public double Spread(ReadOnlySpan<int> seedNodes, CancellationToken cancellationToken = default)
    {
        foreach (int s in seedNodes)
        {
            ThrowHelper.CheckNode(s, NodeCount, nameof(seedNodes));
        }
        double sum = 0;
        double[] weights = _worlds.WorldWeights;
        for (int w = 0; w < _worlds.WorldCount; w++)
        {
            if ((w & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            sum += weights[w] * _worlds.Reach(w, seedNodes, _stamp, ref _epoch, _queue);
        }
        return sum;
    }
}
