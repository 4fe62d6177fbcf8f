using System.Collections.Immutable;
using NetworkVsCommunity.Algorithms.Communities;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity;

/// <summary>Communities of an <see cref="EmployeeNetwork"/>, readable by person: the Leiden result mapped back to ids.</summary>
/// <param name="Network">The network the communities belong to.</param>
/// <param name="Leiden">The Leiden result on the social graph (partition, modularity, random seed, options).</param>
public sealed record EmployeeCommunities(EmployeeNetwork Network, LeidenResult Leiden)
{
    /// <summary>The partition over node numbers.</summary>
    public Partition Partition => Leiden.Partition;

    /// <summary>Number of communities.</summary>
    public int Count => Leiden.Partition.CommunityCount;

    /// <summary>The community of a person.</summary>
    /// <param name="id">A person of the network.</param>
    /// <returns>The community index.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not in the network.</exception>
    public int CommunityOf(EmployeeId id) => Leiden.Partition.CommunityOf(Network.NodeOf(id));

    /// <summary>The people of one community, in id order.</summary>
    /// <param name="community">A community index in 0..Count−1.</param>
    /// <returns>Their ids.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="community"/> is out of range.</exception>
    public ImmutableArray<EmployeeId> Members(int community)
    {
        var nodes = Leiden.Partition.Members(community);
        var ids = ImmutableArray.CreateBuilder<EmployeeId>(nodes.Length);
        foreach (int v in nodes)
        {
            ids.Add(Network.IdOf(v));
        }
        return ids.MoveToImmutable();
    }
}
