namespace NetworkVsCommunity;

/// <summary>Fair credit of one sharer (ATT-2, ATT-3, ATT-5): Shapley values that add up to the campaign's value, and the reward they earn.</summary>
/// <param name="Sharer">The employee.</param>
/// <param name="SpreadCredit">ATT-2: Shapley credit for adopters; the credits of a campaign's sharers add up exactly to its expected adopters (<see cref="SpreadFigures.ExpectedAdopters"/>, same runs).</param>
/// <param name="ResonanceCredit">ATT-3: Shapley credit (permutation estimate) for supporters; the credits add up exactly to the expected supporters (<see cref="ResonanceFigures.ExpectedSupporters"/>, same runs).</param>
/// <param name="Payout">ATT-5: the share of the reward pool, in the pool's unit; payouts add up to the pool.</param>
public sealed record SharerCredit(EmployeeId Sharer, double SpreadCredit, double ResonanceCredit, double Payout);
