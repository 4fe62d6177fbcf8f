using System.Globalization;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// The exact expected spread on a tiny graph, by enumerating every live-edge configuration of the model
/// (Kempe, Kleinberg &amp; Tardos 2003, doi:10.1145/956750.956769, Claims 2.3 and 2.6), through the diffusion engine's
/// <see cref="DiffusionSimulator.ExactExpectedSpread"/>.
/// </summary>
/// <remarks>
/// <para>The Independent Cascade family (ic, icp, relationship) uses the model's per-arc probabilities; LT its weights
/// (<see cref="LinearThresholdModel.Weighting"/>). Other models are refused by name. At most 2^20
/// configurations (about 20 uncertain arcs or edges).</para>
/// <para>σ(S) is a deterministic function of the set. With dyadic probabilities (for example p = 1/2) every term is exact
/// in binary floating point, so comparisons of marginal gains are exact too. Each evaluation costs
/// O(configurations·(n + m)).</para>
/// </remarks>
public sealed class ExactSpreadOracle : ISpreadOracle
{
    private readonly CsrGraph _graph;
    private readonly DiffusionModel _model;

    /// <summary>Prepares exact evaluation of <paramref name="model"/> on <paramref name="graph"/>.</summary>
    /// <param name="graph">A tiny graph.</param>
    /// <param name="model">A triggering model (ic, icp, relationship, lt); null for <see cref="DiffusionModel.Default"/>.</param>
    /// <exception cref="ArgumentException">The model is not a triggering model or does not fit the graph, or more than 2^20 configurations are needed.</exception>
    public ExactSpreadOracle(CsrGraph graph, DiffusionModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        model ??= DiffusionModel.Default;
        SeedingModel.Create(graph, model, nameof(model));
        _graph = graph;
        Model = model;
        _model = model is LinearThresholdModel
            ? model
            : new IndependentCascadeModel { ProbabilitySource = EdgeProbabilitySource.PerArc, ArcProbabilities = [.. DiffusionArcProbabilities.ForModel(graph, model)] };
        if (graph.NodeCount > 0)
        {
            try
            {
                WorldCount = DiffusionSimulator.ExactExpectedSpread(graph, [0], _model).Configurations;
            }
            catch (ArgumentException e) when (e.Message.Contains("configurations", StringComparison.Ordinal) || e.Message.Contains("2²⁰", StringComparison.Ordinal))
            {
                ThrowHelper.Argument(nameof(graph), "Exact live-edge enumeration needs more than 2^20 configurations on this graph; use MonteCarloSpreadOracle for graphs with more than about 20 uncertain arcs. (" + e.Message + ")");
            }
        }
    }

    /// <summary>The model enumerated.</summary>
    public DiffusionModel Model { get; }

    /// <summary>The number of live-edge configurations enumerated per evaluation.</summary>
    public long WorldCount { get; }

    /// <inheritdoc />
    public int NodeCount => _graph.NodeCount;

    /// <inheritdoc />
    public string Description => string.Create(CultureInfo.InvariantCulture, $"exact live-edge enumeration ({ModelDescription.Of(Model)}, {WorldCount} configurations)");

    /// <inheritdoc />
    public double Spread(ReadOnlySpan<int> seedNodes, CancellationToken cancellationToken = default)
    {
        if (seedNodes.IsEmpty)
        {
            return 0;
        }
        foreach (int s in seedNodes)
        {
            ThrowHelper.CheckNode(s, NodeCount, nameof(seedNodes));
        }
        return DiffusionSimulator.ExactExpectedSpread(_graph, seedNodes.ToArray(), _model, cancellationToken).ExpectedAdopters;
    }
}
