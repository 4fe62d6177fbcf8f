namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>A Monte Carlo mean with its standard error and Student-t confidence interval.</summary>
/// <param name="Mean">The mean over runs.</param>
/// <param name="StandardError">sd/√R.</param>
/// <param name="Lower">Lower confidence bound.</param>
/// <param name="Upper">Upper confidence bound.</param>
public readonly record struct OutcomeEstimate(double Mean, double StandardError, double Lower, double Upper);
