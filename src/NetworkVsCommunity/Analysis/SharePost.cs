using System.Collections.Immutable;

namespace NetworkVsCommunity;

/// <summary>One post of a share log: who shared or engaged with it, and when, in time order.</summary>
/// <param name="Id">The post's id as written in the log.</param>
/// <param name="Nodes">The people (node numbers of the network) in ascending time, ties by first appearance in the file; each at most once.</param>
/// <param name="Times">Their times, non-decreasing, in the log's unit.</param>
public sealed record SharePost(string Id, ImmutableArray<int> Nodes, ImmutableArray<double> Times);
