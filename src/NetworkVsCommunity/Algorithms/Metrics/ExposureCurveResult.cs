using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>The exposure curve p(k) of a cascade (Romero, Meeder &amp; Kleinberg 2011; docs/metrics.md#exposure-curve).</summary>
/// <param name="AdoptionProbability">p(k) for k = 0..K (entry 0 is NaN): adopters at exactly k adopting neighbours / nodes that
/// reached k; NaN where no node reached k.</param>
/// <param name="AdoptedAt">Number of non-sharer adopters that adopted with exactly k adopting neighbours.</param>
/// <param name="Reached">Number of non-sharer nodes that ever had at least k adopting neighbours before adopting (or at the end).</param>
[NetworkVsCommunity.Visualization.TypeFormatterSource(typeof(NetworkVsCommunity.Visualization.NotebookFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed record ExposureCurveResult(ImmutableArray<double> AdoptionProbability, ImmutableArray<int> AdoptedAt, ImmutableArray<int> Reached);
