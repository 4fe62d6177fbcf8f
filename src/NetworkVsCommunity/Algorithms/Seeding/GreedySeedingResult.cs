using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>The outcome of an oracle-based greedy selection.</summary>
/// <param name="SeedNodes">The chosen sharers in order of selection.</param>
/// <param name="MarginalGains">The oracle's marginal gain of each chosen sharer when it was added.</param>
/// <param name="Spread">The oracle's σ of the whole chosen set.</param>
/// <param name="OracleCalls">How many times the oracle was evaluated (the measure lazy evaluation reduces).</param>
/// <param name="Method">"Greedy", "CELF" or "CELF++".</param>
/// <param name="Oracle">The oracle's description.</param>
/// <param name="Options">The options, echoed.</param>
/// <param name="Diagnostics">Notes such as fewer feasible nodes than the budget.</param>
public sealed record GreedySeedingResult(
    ImmutableArray<int> SeedNodes,
    ImmutableArray<double> MarginalGains,
    double Spread,
    long OracleCalls,
    string Method,
    string Oracle,
    GreedySeedingOptions Options,
    ImmutableArray<string> Diagnostics);
