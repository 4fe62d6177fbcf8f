namespace NetworkVsCommunity;

/// <summary>Expected supporters of two campaigns at one persuasion ratio ρ, on common random numbers.</summary>
/// <param name="Ratio">ρ = p(mutual) / p(one-way).</param>
/// <param name="FirstSupporters">Expected supporters (RES-9) of the first campaign.</param>
/// <param name="SecondSupporters">Expected supporters of the second campaign.</param>
/// <param name="DifferenceStandardError">Standard error of the paired difference (first − second) over the worlds; 0 when exact.</param>
public sealed record BreakEvenPoint(double Ratio, double FirstSupporters, double SecondSupporters, double DifferenceStandardError)
{
    /// <summary>First − second.</summary>
    public double Difference => FirstSupporters - SecondSupporters;
}
