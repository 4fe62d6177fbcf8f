using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Graphs;

/// <summary>
/// A partition of the nodes 0..n−1 into communities, canonically labelled: communities are numbered 0..k−1 in the
/// order of their first member in ascending node order, so two partitions with the same groups are equal.
/// </summary>
/// <remarks>
/// Immutable, with structural equality (<see cref="Equals(Partition?)"/> compares memberships). Construction from any
/// labelling (<see cref="FromMembership(ReadOnlySpan{int})"/>) is O(n + k).
/// </remarks>
[NetworkVsCommunity.Visualization.TypeFormatterSource(typeof(NetworkVsCommunity.Visualization.NotebookFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class Partition : IEquatable<Partition>
{
    private readonly int[] _membership;
    private readonly int[] _offsets;
    private readonly int[] _members;

    private Partition(int[] canonicalMembership, int communityCount)
    {
        _membership = canonicalMembership;
        CommunityCount = communityCount;
        _offsets = new int[communityCount + 1];
        foreach (int c in canonicalMembership)
        {
            _offsets[c + 1]++;
        }
        for (int c = 0; c < communityCount; c++)
        {
            _offsets[c + 1] += _offsets[c];
        }
        _members = new int[canonicalMembership.Length];
        var cursor = new int[communityCount];
        Array.Copy(_offsets, cursor, communityCount);
        for (int v = 0; v < canonicalMembership.Length; v++)
        {
            _members[cursor[canonicalMembership[v]]++] = v;
        }
    }

    /// <summary>Number of nodes covered.</summary>
    public int NodeCount => _membership.Length;

    /// <summary>Number of communities k.</summary>
    public int CommunityCount { get; }

    /// <summary>The community (0..k−1) of every node, canonically labelled.</summary>
    public ReadOnlySpan<int> Membership => _membership;

    /// <summary>The membership as an immutable array (a copy is made once per call).</summary>
    /// <returns>The canonical membership.</returns>
    public ImmutableArray<int> ToImmutableArray() => ImmutableArray.Create(_membership);

    /// <summary>The community of <paramref name="node"/>.</summary>
    /// <param name="node">A node in 0..NodeCount−1.</param>
    /// <returns>Its community index.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> is out of range.</exception>
    public int CommunityOf(int node)
    {
        ThrowHelper.CheckNode(node, _membership.Length);
        return _membership[node];
    }

    /// <summary>The members of community <paramref name="community"/>, ascending.</summary>
    /// <param name="community">A community in 0..k−1.</param>
    /// <returns>The nodes of that community.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="community"/> is out of range.</exception>
    public ReadOnlySpan<int> Members(int community)
    {
        if ((uint)community >= (uint)CommunityCount)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(community), community,
                string.Create(CultureInfo.InvariantCulture, $"a community in 0..{CommunityCount - 1}"));
        }
        return new ReadOnlySpan<int>(_members, _offsets[community], _offsets[community + 1] - _offsets[community]);
    }

    /// <summary>The size of community <paramref name="community"/>.</summary>
    /// <param name="community">A community in 0..k−1.</param>
    /// <returns>Its number of members.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="community"/> is out of range.</exception>
    public int Size(int community) => Members(community).Length;

    /// <summary>The sizes of all communities, indexed by community.</summary>
    /// <returns>A new array of k sizes.</returns>
    public int[] Sizes()
    {
        var sizes = new int[CommunityCount];
        for (int c = 0; c < CommunityCount; c++)
        {
            sizes[c] = _offsets[c + 1] - _offsets[c];
        }
        return sizes;
    }

    /// <summary>The members of community <paramref name="community"/> as people: their ids in <paramref name="nodes"/>, in ascending node order.</summary>
    /// <param name="community">A community in 0..k−1.</param>
    /// <param name="nodes">The node labels of the graph this partition covers (for example <c>LabeledGraph.Nodes</c>).</param>
    /// <returns>The ids of the community's members.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nodes"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="nodes"/> does not have one label per node.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="community"/> is out of range.</exception>
    public string[] MemberLabels(int community, NodeLabels nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        if (nodes.Count != NodeCount)
        {
            ThrowHelper.Argument(nameof(nodes), string.Create(CultureInfo.InvariantCulture,
                $"The labels cover {nodes.Count} nodes but the partition has {NodeCount}; allowed: the labels of the partitioned graph."));
        }
        ReadOnlySpan<int> members = Members(community);
        var ids = new string[members.Length];
        for (int i = 0; i < members.Length; i++)
        {
            ids[i] = nodes[members[i]];
        }
        return ids;
    }

    /// <summary>Creates a partition from any labelling: nodes with equal labels share a community; labels are renumbered canonically.</summary>
    /// <param name="labels">One label per node; any integers (negative allowed).</param>
    /// <returns>The canonical partition.</returns>
    public static Partition FromMembership(ReadOnlySpan<int> labels)
    {
        var canonical = new int[labels.Length];
        var map = new Dictionary<int, int>();
        int next = 0;
        int[]? dense = null;
        int min = int.MaxValue;
        int max = int.MinValue;
        foreach (int l in labels)
        {
            min = Math.Min(min, l);
            max = Math.Max(max, l);
        }
        if (labels.Length > 0 && min >= 0 && (long)max < 2L * labels.Length + 16)
        {
            dense = new int[max + 1];
            Array.Fill(dense, -1);
        }
        for (int v = 0; v < labels.Length; v++)
        {
            int l = labels[v];
            int c;
            if (dense is not null)
            {
                c = dense[l];
                if (c < 0)
                {
                    c = dense[l] = next++;
                }
            }
            else if (!map.TryGetValue(l, out c))
            {
                c = next++;
                map[l] = c;
            }
            canonical[v] = c;
        }
        return new Partition(canonical, next);
    }

    /// <summary>Every node in its own community (the singleton partition).</summary>
    /// <param name="nodeCount">Number of nodes, 0 or more.</param>
    /// <returns>The singleton partition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nodeCount"/> is negative.</exception>
    public static Partition Singletons(int nodeCount)
    {
        if (nodeCount < 0)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(nodeCount), nodeCount, "0 or more");
        }
        var m = new int[nodeCount];
        for (int v = 0; v < nodeCount; v++)
        {
            m[v] = v;
        }
        return new Partition(m, nodeCount);
    }

    /// <summary>All nodes in one community (no community when there are no nodes).</summary>
    /// <param name="nodeCount">Number of nodes, 0 or more.</param>
    /// <returns>The all-in-one partition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nodeCount"/> is negative.</exception>
    public static Partition AllInOne(int nodeCount)
    {
        if (nodeCount < 0)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(nodeCount), nodeCount, "0 or more");
        }
        return new Partition(new int[nodeCount], nodeCount == 0 ? 0 : 1);
    }

    /// <inheritdoc />
    public bool Equals(Partition? other) =>
        other is not null && (ReferenceEquals(this, other) || _membership.AsSpan().SequenceEqual(other._membership));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Partition);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_membership.Length);
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_membership.AsSpan()));
        return hash.ToHashCode();
    }

    /// <summary>Structural equality.</summary>
    /// <param name="left">A partition.</param>
    /// <param name="right">A partition.</param>
    /// <returns>True when both have the same communities.</returns>
    public static bool operator ==(Partition? left, Partition? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Structural inequality.</summary>
    /// <param name="left">A partition.</param>
    /// <param name="right">A partition.</param>
    /// <returns>True when the communities differ.</returns>
    public static bool operator !=(Partition? left, Partition? right) => !(left == right);

    /// <summary>A short description.</summary>
    /// <returns>For example <c>"Partition: 34 nodes in 4 communities"</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Partition: {NodeCount} nodes in {CommunityCount} communities");
}
