namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>Options of <see cref="ObservedCascadeReader"/>.</summary>
public sealed record ObservedCascadeOptions
{
    /// <summary>The defaults: reject a child with two parents, lines of at most 65,536 characters.</summary>
    public static ObservedCascadeOptions Default { get; } = new();

    /// <summary>What to do when a node is the child of more than one row. Default <see cref="DuplicateChildPolicy.Reject"/>.</summary>
    public DuplicateChildPolicy DuplicateChildPolicy { get; init; } = DuplicateChildPolicy.Reject;

    /// <summary>The longest line accepted, in characters (1 or more); longer lines are rejected without being buffered whole. Default 65,536.</summary>
    public int MaxLineLength { get; init; } = 1 << 16;
}
