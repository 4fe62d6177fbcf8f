using System.Globalization;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity;

/// <summary>Options of <see cref="BreakEven.PersuasionRatio"/>: the base model, the range of ρ searched, the Monte Carlo budget and the supporter rule.</summary>
public sealed record BreakEvenOptions
{
    /// <summary>The defaults: the relationship model's default with p(one-way) held at its value, ρ in [1, 10], 400 runs, θ = 2, tolerance 0.001, 13 grid points, Monte Carlo.</summary>
    public static BreakEvenOptions Default { get; } = new();

    /// <summary>
    /// The base model: p(one-way) is held at <see cref="RelationshipCascadeModel.OneWayProbability"/> (which must be
    /// positive) and p(mutual) = ρ · p(one-way); strength and sharer scaling are kept. Default
    /// <see cref="RelationshipCascadeModel.Default"/>.
    /// </summary>
    public RelationshipCascadeModel Model { get; init; } = RelationshipCascadeModel.Default;

    /// <summary>ρmax, the largest ratio searched, greater than 1; default 10. The search stops earlier where ρ · p(one-way) reaches 1 (reported).</summary>
    public double MaxRatio { get; init; } = 10;

    /// <summary>Monte Carlo worlds (common to both campaigns and to every ρ), 2 or more; default 400. Ignored when <see cref="Exact"/>.</summary>
    public int Runs { get; init; } = 400;

    /// <summary>The random seed; null draws one from entropy (reported).</summary>
    public long? RandomSeed { get; init; }

    /// <summary>Threads; 0 = all processors (default). Results are identical for any value.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>θ of the supporter rule (RES-9): distinct adopting in-neighbours in one's own community; 1 or more; default 2.</summary>
    public int ReinforcementThreshold { get; init; } = 2;

    /// <summary>Bisection stops when the bracket is narrower than this fraction of ρ; in (0, 0.1]; default 0.001.</summary>
    public double Tolerance { get; init; } = 0.001;

    /// <summary>Points of the logarithmic grid on [1, ρmax] scanned for the first sign change before bisection; 2 or more; default 13.</summary>
    public int GridPoints { get; init; } = 13;

    /// <summary>
    /// Whether to compute expected supporters exactly by enumerating the live-edge worlds of the arcs the campaigns can use
    /// (at most <see cref="BreakEven.MaxExactArcs"/> arcs each) instead of Monte Carlo; for hand-built organisations.
    /// Default false.
    /// </summary>
    public bool Exact { get; init; }

    /// <summary>Communities of the supporter rule; null runs Leiden (modularity, γ = 1) on the mutual-tie graph with the random seed.</summary>
    public Partition? Communities { get; init; }

    internal void Validate(int nodeCount)
    {
        ArgumentNullException.ThrowIfNull(Model, "options.Model");
        if (!(Model.OneWayProbability > 0 && Model.OneWayProbability <= 1))
        {
            ThrowHelper.ArgumentOutOfRange("options.Model.OneWayProbability", Model.OneWayProbability, "a probability in (0, 1] (the base that ρ multiplies)");
        }
        if (!(MaxRatio > 1) || double.IsInfinity(MaxRatio))
        {
            ThrowHelper.ArgumentOutOfRange("options.MaxRatio", MaxRatio, "a finite ratio greater than 1");
        }
        if (Runs < 2)
        {
            ThrowHelper.ArgumentOutOfRange("options.Runs", Runs, "2 or more");
        }
        if (RandomSeed is < 0)
        {
            ThrowHelper.ArgumentOutOfRange("options.RandomSeed", RandomSeed, "0 or more, or null");
        }
        if (MaxDegreeOfParallelism < 0)
        {
            ThrowHelper.ArgumentOutOfRange("options.MaxDegreeOfParallelism", MaxDegreeOfParallelism, "0 (all processors) or more");
        }
        if (ReinforcementThreshold < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.ReinforcementThreshold", ReinforcementThreshold, "1 or more");
        }
        if (!(Tolerance > 0 && Tolerance <= 0.1))
        {
            ThrowHelper.ArgumentOutOfRange("options.Tolerance", Tolerance, "(0, 0.1]");
        }
        if (GridPoints < 2)
        {
            ThrowHelper.ArgumentOutOfRange("options.GridPoints", GridPoints, "2 or more");
        }
        if (Communities is not null && Communities.NodeCount != nodeCount)
        {
            ThrowHelper.Argument("options", string.Create(CultureInfo.InvariantCulture,
                $"options.Communities covers {Communities.NodeCount} nodes but the network has {nodeCount} people."));
        }
    }
}
