using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>RES-6 WideBridgeCount θ: the community pairs that a θ-threshold (complex) contagion can cross.</summary>
/// <param name="Threshold">θ.</param>
/// <param name="WideBridgeCount">The number of community pairs with effective width ≥ θ.</param>
/// <param name="Bridges">Every connected community pair, ascending by (A, B).</param>
public sealed record WideBridgeResult(int Threshold, int WideBridgeCount, ImmutableArray<CommunityBridge> Bridges);
