using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>A named set of sharers to compare (for example the output of IMM, of a heuristic, or the current programme).</summary>
/// <param name="Name">A label for reports.</param>
/// <param name="SeedNodes">The sharers (distinct nodes).</param>
public sealed record SeedSetCandidate(string Name, ImmutableArray<int> SeedNodes);
