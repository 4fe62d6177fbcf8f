using System.Globalization;

namespace NetworkVsCommunity.Algorithms.Structure;

/// <summary>Options for <see cref="Traversal.BreadthFirstDistances"/>.</summary>
public sealed record TraversalOptions
{
    /// <summary>The defaults: follow out-arcs.</summary>
    public static TraversalOptions Default { get; } = new();

    /// <summary>Which arcs to follow in a directed graph. Default <see cref="TraversalDirection.Out"/>.</summary>
    public TraversalDirection Direction { get; init; } = TraversalDirection.Out;

    internal void Validate()
    {
        if (!Enum.IsDefined(Direction))
        {
            throw new ArgumentOutOfRangeException(nameof(Direction), Direction,
                string.Create(CultureInfo.InvariantCulture, $"options.Direction = {(int)Direction} is out of range; allowed: Out, In, Both."));
        }
    }
}
