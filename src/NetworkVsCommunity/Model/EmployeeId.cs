using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity;

/// <summary>
/// The stable identifier of a person (employee or external contact) in an <see cref="EmployeeNetwork"/>: a non-empty
/// string compared ordinally (byte-for-byte in UTF-16, no culture, case-sensitive).
/// </summary>
/// <remarks>
/// Ids are kept exactly as given (no trimming, no case folding). Node numbers in an <see cref="EmployeeNetwork"/> follow
/// the ordinal order of ids, so the same people always get the same node numbers whatever the input order.
/// </remarks>
public readonly record struct EmployeeId : IComparable<EmployeeId>
{
    private readonly string? _value;

    /// <summary>Creates an id.</summary>
    /// <param name="value">The id text; must not be null or empty.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null or empty.</exception>
    public EmployeeId(string value)
    {
        if (string.IsNullOrEmpty(value))
        {
            ThrowHelper.Argument(nameof(value), "An employee id must be a non-empty string.");
        }
        _value = value;
    }

    /// <summary>The id text (empty only for <c>default(EmployeeId)</c>, which is not a valid id).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Creates an id from a string (the same as the constructor).</summary>
    /// <param name="value">The id text; must not be null or empty.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null or empty.</exception>
    public static EmployeeId FromString(string value) => new(value);

    /// <summary>Converts a string to an id.</summary>
    /// <param name="value">The id text; must not be null or empty.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null or empty.</exception>
    public static implicit operator EmployeeId(string value) => new(value);

    /// <summary>Ordinal comparison of the id texts.</summary>
    /// <param name="other">The other id.</param>
    /// <returns>Negative, zero or positive as in <see cref="string.CompareOrdinal(string, string)"/>.</returns>
    public int CompareTo(EmployeeId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">An id.</param>
    /// <param name="right">An id.</param>
    /// <returns>True when left &lt; right.</returns>
    public static bool operator <(EmployeeId left, EmployeeId right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">An id.</param>
    /// <param name="right">An id.</param>
    /// <returns>True when left &gt; right.</returns>
    public static bool operator >(EmployeeId left, EmployeeId right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">An id.</param>
    /// <param name="right">An id.</param>
    /// <returns>True when left ≤ right.</returns>
    public static bool operator <=(EmployeeId left, EmployeeId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">An id.</param>
    /// <param name="right">An id.</param>
    /// <returns>True when left ≥ right.</returns>
    public static bool operator >=(EmployeeId left, EmployeeId right) => left.CompareTo(right) >= 0;

    /// <summary>The id text.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
