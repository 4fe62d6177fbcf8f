using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity;

/// <summary>
/// How <see cref="EmployeeNetworkBuilder.AddInteractions(IEnumerable{Interaction}, InteractionTieOptions?)"/> turns an
/// interaction log into ties: recency half-life, reference time, mass-mailing limit, unknown people, channels, tie kind.
/// </summary>
/// <remarks>
/// Tie strength follows Onnela et al. (2007), who weight a tie by the aggregated volume of communication between the two
/// people, and Granovetter (1973), for whom strength combines the amount of time, intensity and reciprocity of a tie:
/// here each message counts 2^(−age / <see cref="HalfLife"/>), so frequency adds up and old contact fades, and
/// reciprocity is kept as the tie's direction (mutual when messages go both ways).
/// References: J.-P. Onnela et al., "Structure and tie strengths in mobile communication networks", PNAS 104 (18),
/// 7332–7336, 2007, doi:10.1073/pnas.0610245104. M. S. Granovetter, "The strength of weak ties", American Journal of
/// Sociology 78 (6), 1360–1380, 1973, doi:10.1086/225469.
/// </remarks>
public sealed record InteractionTieOptions
{
    /// <summary>The defaults.</summary>
    public static InteractionTieOptions Default { get; } = new();

    /// <summary>The recency half-life: a message this old counts half as much as one sent at <see cref="ReferenceTime"/>.
    /// Positive, or null for no decay (strength = message count). Default 90 days (a quarter: a convention, not a fit;
    /// choose it for your organisation).</summary>
    public TimeSpan? HalfLife { get; init; } = TimeSpan.FromDays(90);

    /// <summary>The instant ages are measured from; messages after it are ignored and counted. Null (the default) uses
    /// the latest message kept, so the result does not depend on the clock.</summary>
    public DateTimeOffset? ReferenceTime { get; init; }

    /// <summary>A message to more distinct recipients than this (the sender not counted, unknown people counted) is a mass
    /// mailing: it is dropped whole and counted. 1 or more. Default 20 (a convention: announcements and all-hands lists
    /// say nothing about who works with whom).</summary>
    public int MaxRecipients { get; init; } = 20;

    /// <summary>What to do with a sender or recipient who is not a person of the network. Default <see cref="UnknownPersonPolicy.Skip"/>.</summary>
    public UnknownPersonPolicy UnknownPeople { get; init; } = UnknownPersonPolicy.Skip;

    /// <summary>The channels to keep (ordinal comparison); empty (the default) keeps every channel.</summary>
    public ImmutableArray<string> Channels { get; init; } = [];

    /// <summary>A pair with fewer messages than this, both ways together, gives no tie (counted). 1 or more. Default 1.</summary>
    public int MinimumMessages { get; init; } = 1;

    /// <summary>The kind of the ties added. Default <see cref="TieKind.Colleague"/>.</summary>
    public TieKind Kind { get; init; } = TieKind.Colleague;

    internal void Validate(string name)
    {
        if (HalfLife is TimeSpan h && h <= TimeSpan.Zero)
        {
            ThrowHelper.ArgumentOutOfRange(name + ".HalfLife", h.ToString("c", CultureInfo.InvariantCulture), "a positive time span, or null for no decay");
        }
        if (MaxRecipients < 1)
        {
            ThrowHelper.ArgumentOutOfRange(name + ".MaxRecipients", MaxRecipients, "1 or more");
        }
        if (MinimumMessages < 1)
        {
            ThrowHelper.ArgumentOutOfRange(name + ".MinimumMessages", MinimumMessages, "1 or more");
        }
        if (UnknownPeople is not UnknownPersonPolicy.Skip and not UnknownPersonPolicy.Error)
        {
            ThrowHelper.ArgumentOutOfRange(name + ".UnknownPeople", (int)UnknownPeople, "Skip or Error");
        }
        if (Kind.Name.Length == 0)
        {
            ThrowHelper.Argument(name, name + ".Kind is default(TieKind); allowed: a named kind such as TieKind.Colleague.");
        }
        if (Channels.IsDefault)
        {
            ThrowHelper.Argument(name, name + ".Channels is a default ImmutableArray; use [] to keep every channel.");
        }
    }
}
