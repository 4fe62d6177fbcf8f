namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>The bridge between two communities (Centola &amp; Macy 2007; docs/metrics.md#res-6).</summary>
/// <param name="CommunityA">The lower community index.</param>
/// <param name="CommunityB">The higher community index.</param>
/// <param name="Width">W(A, B): the number of edges between them.</param>
/// <param name="EffectiveWidth">max over nodes v of either side of |N(v) ∩ other side|: the most affirming sources a single
/// node can get from a fully active other side.</param>
public sealed record CommunityBridge(int CommunityA, int CommunityB, int Width, int EffectiveWidth);
