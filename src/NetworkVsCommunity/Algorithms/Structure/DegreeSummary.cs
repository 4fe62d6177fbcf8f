namespace NetworkVsCommunity.Algorithms.Structure;

/// <summary>Summary statistics of node degrees, from <see cref="GraphStatistics.Degrees"/>.</summary>
/// <param name="Min">The smallest degree (0 for an empty graph).</param>
/// <param name="Max">The largest degree (0 for an empty graph).</param>
/// <param name="Mean">The mean degree (0 for an empty graph).</param>
/// <param name="Median">The median degree: the middle value, or the mean of the two middle values for an even count (0 for an empty graph).</param>
/// <param name="Direction">Which degree was summarised.</param>
public sealed record DegreeSummary(int Min, int Max, double Mean, double Median, TraversalDirection Direction);
