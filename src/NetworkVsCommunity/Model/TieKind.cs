using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity;

/// <summary>
/// The kind of a tie: an open set of names (compared ordinally), with well-known values such as
/// <see cref="Colleague"/>, <see cref="Friend"/>, <see cref="Follows"/>, <see cref="ReportsTo"/> and <see cref="Energy"/>.
/// Any other non-empty name read from a file is kept as is.
/// </summary>
/// <remarks>
/// A tie kind does not by itself fix a direction: each tie says whether it is mutual or one-way. When a
/// <c>ties.csv</c> row leaves <c>directed</c> empty, <see cref="IsDirectedByDefault"/> decides (true for
/// <see cref="Follows"/> and <see cref="ReportsTo"/>). See <see cref="Tie"/> for the direction convention.
/// </remarks>
public readonly record struct TieKind : IComparable<TieKind>
{
    private readonly string? _name;

    /// <summary>Creates a tie kind.</summary>
    /// <param name="name">The kind's name; must not be null or empty.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    public TieKind(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            ThrowHelper.Argument(nameof(name), "A tie kind must be a non-empty string.");
        }
        _name = name;
    }

    /// <summary>Work colleagues who interact (<c>colleague</c>); mutual by default.</summary>
    public static TieKind Colleague { get; } = new("colleague");

    /// <summary>Friends and acquaintances (<c>friend</c>); mutual by default.</summary>
    public static TieKind Friend { get; } = new("friend");

    /// <summary>"source follows target" on a social platform (<c>follows</c>): the target's posts reach the source; one-way by default.</summary>
    public static TieKind Follows { get; } = new("follows");

    /// <summary>"source reports to target" (<c>reports_to</c>): the manager (target) addresses the report (source); one-way by default.</summary>
    public static TieKind ReportsTo { get; } = new("reports_to");

    /// <summary>"source is energised by target" (<c>energy</c>, after energy networks, Cross, Baker &amp; Parker 2003); mutual by default.</summary>
    public static TieKind Energy { get; } = new("energy");

    /// <summary>The kind's name (empty only for <c>default(TieKind)</c>, which is not a valid kind).</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>Whether a tie of this kind is one-way when a file does not say: true for <see cref="Follows"/> and <see cref="ReportsTo"/>.</summary>
    public bool IsDirectedByDefault => this == Follows || this == ReportsTo;

    /// <summary>Creates a tie kind from its name (the same as the constructor).</summary>
    /// <param name="name">The name; must not be null or empty.</param>
    /// <returns>The kind.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    public static TieKind FromString(string name) => new(name);

    /// <summary>Converts a name to a tie kind.</summary>
    /// <param name="name">The name; must not be null or empty.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    public static implicit operator TieKind(string name) => new(name);

    /// <summary>Ordinal comparison of the names.</summary>
    /// <param name="other">The other kind.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(TieKind other) => string.CompareOrdinal(Name, other.Name);

    /// <summary>Ordinal order.</summary>
    /// <param name="left">A kind.</param>
    /// <param name="right">A kind.</param>
    /// <returns>True when left sorts first.</returns>
    public static bool operator <(TieKind left, TieKind right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order.</summary>
    /// <param name="left">A kind.</param>
    /// <param name="right">A kind.</param>
    /// <returns>True when left sorts last.</returns>
    public static bool operator >(TieKind left, TieKind right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order.</summary>
    /// <param name="left">A kind.</param>
    /// <param name="right">A kind.</param>
    /// <returns>True when left sorts first or equal.</returns>
    public static bool operator <=(TieKind left, TieKind right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order.</summary>
    /// <param name="left">A kind.</param>
    /// <param name="right">A kind.</param>
    /// <returns>True when left sorts last or equal.</returns>
    public static bool operator >=(TieKind left, TieKind right) => left.CompareTo(right) >= 0;

    /// <summary>The name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;
}
