namespace NetworkVsCommunity;

/// <summary>Whether a person belongs to the organisation (internal layer) or is an outside contact (external layer).</summary>
public enum PersonKind
{
    /// <summary>A member of the organisation; written <c>employee</c> in <c>people.csv</c>.</summary>
    Employee = 0,

    /// <summary>An outside contact (friend, acquaintance, follower, customer); written <c>external</c> in <c>people.csv</c>.</summary>
    External = 1,
}
