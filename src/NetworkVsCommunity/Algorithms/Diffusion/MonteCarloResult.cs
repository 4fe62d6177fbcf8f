using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>
/// Aggregates of R independent diffusion runs: mean adopters with a 95 % confidence interval, per-node activation
/// probabilities, cascade-size quantiles and, when asked, every run's cascade.
/// </summary>
/// <remarks>
/// Every figure is a deterministic function of (graph, initial sharers, options, <see cref="RandomSeed"/>): run i is
/// written to slot i and reductions happen in index order, so the result is bit-identical for any thread count.
/// </remarks>
[NetworkVsCommunity.Visualization.TypeFormatterSource(typeof(NetworkVsCommunity.Visualization.NotebookFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed record MonteCarloResult
{
    /// <summary>The probability levels of <see cref="SizeQuantiles"/>: 0, 0.05, 0.25, 0.5, 0.75, 0.95, 1.</summary>
    public static ImmutableArray<double> QuantileLevels { get; } = [0.0, 0.05, 0.25, 0.5, 0.75, 0.95, 1.0];

    /// <summary>The number of runs R.</summary>
    public required int Runs { get; init; }

    /// <summary>The mean number of adopters per run, initial sharers included (σ̂(S)).</summary>
    public required double MeanAdopters { get; init; }

    /// <summary>The standard error of <see cref="MeanAdopters"/>: s / √R with s the sample standard deviation (0 when R = 1).</summary>
    public required double StandardError { get; init; }

    /// <summary>Lower end of the normal-approximation 95 % confidence interval: mean − 1.96·SE.</summary>
    public required double Ci95Low { get; init; }

    /// <summary>Upper end of the normal-approximation 95 % confidence interval: mean + 1.96·SE.</summary>
    public required double Ci95High { get; init; }

    /// <summary>Per node, the share of runs in which it adopted (1 for fixed initial sharers).</summary>
    public required ImmutableArray<double> ActivationProbabilities { get; init; }

    /// <summary>The cascade sizes at <see cref="QuantileLevels"/> (linear interpolation between order statistics, numpy's default).</summary>
    public required ImmutableArray<double> SizeQuantiles { get; init; }

    /// <summary>The size (adopters, sharers included) of every run, in run order.</summary>
    public required ImmutableArray<int> RunSizes { get; init; }

    /// <summary>The mean of the last adoption step per run (the duration of a cascade in steps).</summary>
    public required double MeanLastStep { get; init; }

    /// <summary>
    /// Adjacency entries scanned by active nodes over all runs (deg(u) for every node u that became active in a run, as
    /// counted by the C reference <c>ic_ref.c</c>; SIR/SIS count deg(u) for every step u is infected).
    /// </summary>
    public required long ArcsExamined { get; init; }

    /// <summary>The cascade of every run in run order when <see cref="MonteCarloOptions.KeepCascades"/> was set; otherwise empty.</summary>
    public required ImmutableArray<Cascade> Cascades { get; init; }

    /// <summary>The fixed initial sharers as given, duplicates removed, in first-seen order (empty when drawn per run).</summary>
    public required ImmutableArray<int> InitialSharers { get; init; }

    /// <summary>The random seed used (drawn when the options gave none).</summary>
    public required long RandomSeed { get; init; }

    /// <summary>The options, echoed (with <see cref="SamplingOptions.RandomSeed"/> of <see cref="MonteCarloOptions.Sampling"/> set to the seed used).</summary>
    public required MonteCarloOptions Options { get; init; }

    /// <summary>Notes about the run (runs stopped at a step cap, a deterministic model, duplicate sharers).</summary>
    public required ImmutableArray<string> Diagnostics { get; init; }
}
