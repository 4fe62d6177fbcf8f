using System.Collections.Immutable;

namespace NetworkVsCommunity;

/// <summary>
/// The break-even persuasion ratio of two campaigns: the ρ = p(mutual)/p(one-way) at which their expected supporters are
/// equal, with a 95 % interval, or null and a note where they do not cross in [1, ρmax].
/// </summary>
/// <param name="First">The first campaign's sharers (by default the top evangelists).</param>
/// <param name="Second">The second campaign's sharers (by default the top broadcasters).</param>
/// <param name="Ratio">The smallest ρ in [1, ρmax] at which the first campaign's expected supporters reach the second's; null when there is none.</param>
/// <param name="Ci95Low">Lower end of the 95 % interval of <paramref name="Ratio"/> (null with it); equal to it when exact.</param>
/// <param name="Ci95High">Upper end of the 95 % interval; null also when the first campaign is not significantly ahead anywhere up to ρmax.</param>
/// <param name="Note">One sentence: the answer in words ("evangelists win supporters if …") or why there is no crossing.</param>
/// <param name="BaseProbability">p(one-way), held fixed.</param>
/// <param name="MaxRatio">The largest ρ searched (the option, or 1/p(one-way) if smaller).</param>
/// <param name="Curve">Expected supporters of both campaigns on the grid and at the bisection points, by ascending ρ.</param>
/// <param name="Method">"exact enumeration" or "Monte Carlo, common random numbers".</param>
/// <param name="Runs">Worlds per evaluation (0 when exact).</param>
/// <param name="RandomSeed">The random seed used.</param>
/// <param name="Options">The options used.</param>
/// <param name="Diagnostics">Notes on the search.</param>
public sealed record BreakEvenResult(
    ImmutableArray<EmployeeId> First,
    ImmutableArray<EmployeeId> Second,
    double? Ratio,
    double? Ci95Low,
    double? Ci95High,
    string Note,
    double BaseProbability,
    double MaxRatio,
    ImmutableArray<BreakEvenPoint> Curve,
    string Method,
    int Runs,
    long RandomSeed,
    BreakEvenOptions Options,
    ImmutableArray<string> Diagnostics);
