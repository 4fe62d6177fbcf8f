namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// A paired comparison of two strategies on the same runs (common random numbers): the mean of per-run differences,
/// its confidence interval and a two-sided paired t-test.
/// </summary>
/// <param name="Mean">Mean of (this strategy − baseline) over runs.</param>
/// <param name="StandardError">sd of the differences / √R.</param>
/// <param name="Lower">Lower confidence bound of the mean difference.</param>
/// <param name="Upper">Upper confidence bound of the mean difference.</param>
/// <param name="TStatistic">Mean / StandardError (0 when both are 0, ±∞ when only the error is 0).</param>
/// <param name="PValue">Two-sided p-value from Student's t with R − 1 degrees of freedom.</param>
/// <param name="DegreesOfFreedom">R − 1.</param>
public readonly record struct PairedDifference(double Mean, double StandardError, double Lower, double Upper, double TStatistic, double PValue, int DegreesOfFreedom);
