using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>SPR-6 CommunitySpan: how many communities a cascade touched and how evenly (Weng, Menczer &amp; Ahn 2013).</summary>
/// <param name="CommunitiesTouched">n_C = |{c : A ∩ c ≠ ∅}|.</param>
/// <param name="Entropy">H = −Σ_c f_c ln f_c with f_c = |A ∩ c| / |A| (nats).</param>
/// <param name="NormalizedEntropy">H / ln |C| with |C| the number of communities of the partition, in [0, 1]; 0 when |C| ≤ 1.</param>
/// <param name="AdoptersPerCommunity">|A ∩ c| for every community c of the partition.</param>
public sealed record CommunitySpanResult(
    int CommunitiesTouched,
    double Entropy,
    double NormalizedEntropy,
    ImmutableArray<int> AdoptersPerCommunity);
