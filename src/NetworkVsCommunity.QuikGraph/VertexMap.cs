using System.Collections;
using System.Globalization;

namespace NetworkVsCommunity.QuikGraph;

/// <summary>An immutable two-way map between QuikGraph vertices and node indices 0..<see cref="Count"/>−1.</summary>
/// <typeparam name="TVertex">The QuikGraph vertex type (compared with <see cref="EqualityComparer{T}.Default"/> or the given comparer).</typeparam>
/// <remarks>Immutable and thread-safe after construction. Enumerates vertices in node order.</remarks>
public sealed class VertexMap<TVertex> : IReadOnlyList<TVertex>
    where TVertex : notnull
{
    private readonly TVertex[] _vertices;
    private readonly Dictionary<TVertex, int> _nodes;

    /// <summary>Creates a map; node <c>i</c> is the <c>i</c>-th vertex.</summary>
    /// <param name="vertices">Distinct vertices in node order.</param>
    /// <param name="comparer">Vertex equality; <see cref="EqualityComparer{T}.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="vertices"/> is null.</exception>
    /// <exception cref="ArgumentException">A vertex occurs twice.</exception>
    public VertexMap(IEnumerable<TVertex> vertices, IEqualityComparer<TVertex>? comparer = null)
    {
        ArgumentNullException.ThrowIfNull(vertices);
        _vertices = [.. vertices];
        _nodes = new Dictionary<TVertex, int>(_vertices.Length, comparer);
        for (int i = 0; i < _vertices.Length; i++)
        {
            if (!_nodes.TryAdd(_vertices[i], i))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"The vertex {_vertices[i]} occurs twice (positions {_nodes[_vertices[i]]} and {i}); vertices must be distinct."), nameof(vertices));
            }
        }
    }

    /// <summary>The number of vertices (nodes).</summary>
    public int Count => _vertices.Length;

    /// <summary>The vertex of a node.</summary>
    /// <param name="index">A node in 0..Count−1.</param>
    /// <returns>The vertex.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public TVertex this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_vertices.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index,
                    string.Create(CultureInfo.InvariantCulture, $"node = {index} is out of range; allowed: 0..{_vertices.Length - 1}."));
            }
            return _vertices[index];
        }
    }

    /// <summary>Looks up the node of a vertex.</summary>
    /// <param name="vertex">The vertex.</param>
    /// <param name="node">The node, or −1.</param>
    /// <returns>True if the vertex is mapped.</returns>
    public bool TryGetNode(TVertex vertex, out int node)
    {
        if (_nodes.TryGetValue(vertex, out node))
        {
            return true;
        }
        node = -1;
        return false;
    }

    /// <summary>The node of a vertex.</summary>
    /// <param name="vertex">The vertex.</param>
    /// <returns>The node.</returns>
    /// <exception cref="KeyNotFoundException">The vertex is not mapped (the message names it).</exception>
    public int GetNode(TVertex vertex) => TryGetNode(vertex, out int node)
        ? node
        : throw new KeyNotFoundException(string.Create(CultureInfo.InvariantCulture, $"The vertex {vertex} is not in the map ({Count} vertices)."));

    /// <inheritdoc/>
    public IEnumerator<TVertex> GetEnumerator() => ((IEnumerable<TVertex>)_vertices).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
