namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>RSK-6 EchoChamberIndex: EI index and attribute assortativity over a subgraph (usually the adopters).</summary>
/// <param name="EIIndex">EI = (E − I)/(E + I) in [−1, 1] (Krackhardt &amp; Stern 1988); −1 = all ties inside groups; NaN without edges.</param>
/// <param name="Assortativity">Newman's attribute assortativity r (2003); 1 = perfectly assortative; NaN when undefined (one group only, or no edges).</param>
/// <param name="InternalEdges">I: edges inside groups.</param>
/// <param name="ExternalEdges">E: edges between groups.</param>
public sealed record EchoChamberResult(double EIIndex, double Assortativity, long InternalEdges, long ExternalEdges);
