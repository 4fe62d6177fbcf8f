using System.Globalization;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Graphs;

/// <summary>
/// An immutable two-way map between node indices 0..<see cref="Count"/>−1 and the string ids that an input file (or a
/// caller) uses for them.
/// </summary>
/// <remarks>
/// <para><b>Two modes.</b> In <em>integer mode</em> (<see cref="IsIntegerMode"/>) node <c>i</c> has the id
/// <c>i.ToString(CultureInfo.InvariantCulture)</c> and no table is stored; <see cref="TryGetNode(string, out int)"/>
/// accepts only the canonical decimal form ("7", not "007" or "+7"). In <em>string mode</em> the ids are an explicit
/// array, and a hash table for the reverse lookup is built lazily (thread-safely) on first use.</para>
/// <para><b>Numbering policy of the readers</b> (see <c>docs/formats.md</c>): an edge list whose ids are all non-negative
/// integers keeps them as node indices (n = largest id + 1, or the node count of the <c>nvc edgelist</c> header;
/// gaps become isolated nodes); GraphML and GEXF files whose node ids are exactly "0".."n−1" do the same; every other
/// file uses string mode with the ids numbered in ordinal (culture-independent, UTF-16 code unit) order, so shuffling
/// the lines of a file never changes the numbering. <see cref="FromSortedIds(IEnumerable{string})"/> applies that
/// order; <see cref="FromIds(IEnumerable{string})"/> keeps the caller's order.</para>
/// <para>Immutable and thread-safe. Equality is structural: the same id for every node, whatever the mode.</para>
/// </remarks>
public sealed class NodeLabels : IEquatable<NodeLabels>
{
    private readonly string[]? _ids;
    private Dictionary<string, int>? _lookup;

    private NodeLabels(int count, string[]? ids)
    {
        Count = count;
        _ids = ids;
    }

    /// <summary>The number of nodes.</summary>
    public int Count { get; }

    /// <summary>Whether ids are the node indices themselves written in decimal (no table stored).</summary>
    public bool IsIntegerMode => _ids is null;

    /// <summary>The id of <paramref name="node"/>.</summary>
    /// <param name="node">A node in 0..Count−1.</param>
    /// <returns>The id (in integer mode, the decimal form of <paramref name="node"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> is out of range.</exception>
    public string this[int node]
    {
        get
        {
            ThrowHelper.CheckNode(node, Count);
            return _ids is null ? node.ToString(CultureInfo.InvariantCulture) : _ids[node];
        }
    }

    /// <summary>Labels for integer mode: node <c>i</c> has id "i".</summary>
    /// <param name="count">The number of nodes, 0 or more.</param>
    /// <returns>The labels.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static NodeLabels Integers(int count)
    {
        if (count < 0)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(count), count, "0 or more");
        }
        return new NodeLabels(count, null);
    }

    /// <summary>Labels in string mode with the ids in the given order: the first id is node 0.</summary>
    /// <param name="ids">Distinct, non-null ids (the empty string is a valid id).</param>
    /// <returns>The labels.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ids"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentException">An id occurs twice (the message names it).</exception>
    public static NodeLabels FromIds(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        string[] array = [.. ids];
        var lookup = new Dictionary<string, int>(array.Length, StringComparer.Ordinal);
        for (int i = 0; i < array.Length; i++)
        {
            string id = array[i] ?? throw new ArgumentNullException(nameof(ids), string.Create(CultureInfo.InvariantCulture, $"ids[{i}] is null; ids must be non-null strings."));
            if (!lookup.TryAdd(id, i))
            {
                ThrowHelper.Argument(nameof(ids), string.Create(CultureInfo.InvariantCulture,
                    $"The node id \"{id}\" occurs twice (positions {lookup[id]} and {i}); node ids must be distinct."));
            }
        }
        return new NodeLabels(array.Length, array) { _lookup = lookup };
    }

    /// <summary>Labels in string mode with the ids numbered in ordinal order (the readers' policy for string ids).</summary>
    /// <param name="ids">Distinct, non-null ids, in any order.</param>
    /// <returns>The labels; node 0 has the ordinally smallest id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ids"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentException">An id occurs twice.</exception>
    public static NodeLabels FromSortedIds(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        string[] array = [.. ids];
        Array.Sort(array, StringComparer.Ordinal);
        return FromIds(array);
    }

    /// <summary>String-mode labels over an array the caller guarantees to hold distinct ids (readers); the lookup is built lazily.</summary>
    internal static NodeLabels FromTrustedArray(string[] ids) => new(ids.Length, ids);

    /// <summary>Looks up the node of an id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="node">The node, or −1 when the id is unknown.</param>
    /// <returns>True if the id names a node.</returns>
    public bool TryGetNode(string id, out int node)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (_ids is null)
        {
            if (TryParseCanonical(id, out int value) && value < Count)
            {
                node = value;
                return true;
            }
            node = -1;
            return false;
        }
        Dictionary<string, int> lookup = _lookup ?? BuildLookup();
        if (lookup.TryGetValue(id, out node))
        {
            return true;
        }
        node = -1;
        return false;
    }

    /// <summary>The node of an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The node.</returns>
    /// <exception cref="KeyNotFoundException">No node has this id (the message names it).</exception>
    public int GetNode(string id)
    {
        if (!TryGetNode(id, out int node))
        {
            throw new KeyNotFoundException(string.Create(CultureInfo.InvariantCulture,
                $"No node has the id \"{id}\" ({Count} nodes, {(IsIntegerMode ? "integer ids 0.." + (Count - 1).ToString(CultureInfo.InvariantCulture) : "string ids")})."));
        }
        return node;
    }

    /// <summary>All ids in node order (a new array; in integer mode the decimal forms).</summary>
    /// <returns>The ids.</returns>
    public string[] ToArray()
    {
        if (_ids is not null)
        {
            return (string[])_ids.Clone();
        }
        var result = new string[Count];
        for (int i = 0; i < Count; i++)
        {
            result[i] = i.ToString(CultureInfo.InvariantCulture);
        }
        return result;
    }

    /// <summary>Whether both map every node to the same id (integer mode equals string mode holding "0".."n−1").</summary>
    /// <param name="other">The other labels.</param>
    /// <returns>True when the counts and all ids agree.</returns>
    public bool Equals(NodeLabels? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }
        if (_ids is not null && other._ids is not null)
        {
            return _ids.AsSpan().SequenceEqual(other._ids);
        }
        string[]? ids = _ids ?? other._ids;
        if (ids is null)
        {
            return true;
        }
        for (int i = 0; i < ids.Length; i++)
        {
            if (!TryParseCanonical(ids[i], out int value) || value != i)
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as NodeLabels);

    /// <inheritdoc/>
    public override int GetHashCode() => Count;

    /// <summary>A short description: mode and count.</summary>
    /// <returns>For example <c>"34 integer node ids"</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Count} {(IsIntegerMode ? "integer" : "string")} node ids");

    /// <summary>Parses the canonical decimal form of a non-negative int ("0", "17"; no sign, no leading zeros).</summary>
    internal static bool TryParseCanonical(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 10 || (text.Length > 1 && text[0] == '0'))
        {
            return false;
        }
        long v = 0;
        foreach (char c in text)
        {
            if ((uint)(c - '0') > 9)
            {
                return false;
            }
            v = (v * 10) + (c - '0');
        }
        if (v > int.MaxValue)
        {
            return false;
        }
        value = (int)v;
        return true;
    }

    private Dictionary<string, int> BuildLookup()
    {
        var lookup = new Dictionary<string, int>(_ids!.Length, StringComparer.Ordinal);
        for (int i = 0; i < _ids.Length; i++)
        {
            lookup[_ids[i]] = i;
        }
        Interlocked.CompareExchange(ref _lookup, lookup, null);
        return _lookup!;
    }
}
