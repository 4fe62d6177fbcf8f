namespace NetworkVsCommunity;

/// <summary>Fair credit of one sharer (ATT-2, ATT-3, ATT-5): Shapley values that add up to the campaign's value, and the reward they earn.</summary>
/// <param name="Sharer">The employee.</param>
/// <param name="SpreadCredit">ATT-2: Shapley credit for expected reach; the credits of all sharers add up to the expected spread.</param>
/// <param name="ResonanceCredit">ATT-3: Shapley credit for reinforced in-community adopters.</param>
/// <param name="Payout">ATT-5: the share of the reward pool; payouts add up to the pool.</param>
public sealed record SharerCredit(EmployeeId Sharer, double SpreadCredit, double ResonanceCredit, double Payout);
