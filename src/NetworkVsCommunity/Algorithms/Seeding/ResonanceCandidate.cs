using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// One pick scored by <see cref="ResonanceSeeding.IncrementalGreedy"/>'s safeguard (issue #18): the greedy's own pick and
/// the top-degree and clustered-neighbourhood baselines of equal size, under the same constraints.
/// </summary>
/// <param name="Name">"greedy", "degree" or "clustered".</param>
/// <param name="SeedNodes">The candidate's sharers (in order of selection).</param>
/// <param name="Objective">The options' objective for this pick, exact (threshold contagion is deterministic).</param>
public sealed record ResonanceCandidate(string Name, ImmutableArray<int> SeedNodes, double Objective);
