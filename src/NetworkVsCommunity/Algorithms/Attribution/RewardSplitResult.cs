using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Attribution;

/// <summary>ATT-5 RewardSplit: a reward pool split by spread and resonance credit; the payouts always sum to the pool.</summary>
/// <param name="Payouts">Payout per participant, in the order of the credit arrays.</param>
/// <param name="Pool">The pool.</param>
/// <param name="SpreadWeight">α, the weight of spread credit (1 − α goes to resonance credit).</param>
/// <param name="Diagnostics">Notes, for example when a credit family was all zero and its share was redistributed.</param>
public sealed record RewardSplitResult(ImmutableArray<double> Payouts, double Pool, double SpreadWeight, ImmutableArray<string> Diagnostics);
