namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>What the observed-cascade reader does when a node appears as the child of more than one row.</summary>
public enum DuplicateChildPolicy
{
    /// <summary>Reject the file with a <see cref="GraphFormatException"/> naming both lines (default: a cascade is a forest, each adopter has one parent).</summary>
    Reject = 0,

    /// <summary>Keep the row with the earliest time (the first such row on ties) and ignore the later ones (as when a reshare log records the same person reached twice).</summary>
    KeepEarliest = 1,
}
