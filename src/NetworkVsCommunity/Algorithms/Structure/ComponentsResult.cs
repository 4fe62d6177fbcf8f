using System.Collections.Immutable;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Algorithms.Structure;

/// <summary>The connected components of a graph, canonically numbered (component 0 holds node 0, then by smallest node).</summary>
/// <param name="Membership">The component (0..Count−1) of every node.</param>
/// <param name="Sizes">The number of nodes of every component.</param>
/// <param name="Count">The number of components (0 for an empty graph).</param>
/// <param name="LargestComponent">The index of the largest component (the lowest index on ties), or −1 for an empty graph.</param>
/// <param name="LargestSize">The size of the largest component (0 for an empty graph).</param>
/// <param name="Options">The options used.</param>
/// <param name="Diagnostics">Notes, for example the number of isolated nodes.</param>
public sealed record ComponentsResult(
    ImmutableArray<int> Membership,
    ImmutableArray<int> Sizes,
    int Count,
    int LargestComponent,
    int LargestSize,
    ComponentOptions Options,
    ImmutableArray<string> Diagnostics)
{
    /// <summary>The components as a <see cref="Partition"/>.</summary>
    /// <returns>The partition (already canonical).</returns>
    public Partition ToPartition() => Partition.FromMembership(Membership.AsSpan());
}
