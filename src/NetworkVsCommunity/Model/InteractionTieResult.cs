using System.Collections.Immutable;

namespace NetworkVsCommunity;

/// <summary>What <see cref="EmployeeNetworkBuilder.AddInteractions(IEnumerable{Interaction}, InteractionTieOptions?)"/>
/// derived from a log: the ties added, with their message counts, and a count for every message or entry a policy dropped.</summary>
/// <remarks>Every message read is either used or counted in exactly one of <see cref="UnknownSenderMessages"/>,
/// <see cref="MassMailings"/>, <see cref="SelfMessages"/>, <see cref="OtherChannelMessages"/>,
/// <see cref="MessagesAfterReference"/> or <see cref="MessagesWithoutKnownRecipient"/>.</remarks>
public sealed record InteractionTieResult
{
    /// <summary>The options used.</summary>
    public required InteractionTieOptions Options { get; init; }

    /// <summary>The instant ages were measured from (<see cref="InteractionTieOptions.ReferenceTime"/> or the latest message
    /// kept); null when no message was kept.</summary>
    public required DateTimeOffset? ReferenceTime { get; init; }

    /// <summary>The ties added, sorted by <see cref="InteractionTie.Source"/> then <see cref="InteractionTie.Target"/> (ordinal).</summary>
    public required ImmutableArray<InteractionTie> Ties { get; init; }

    /// <summary>Messages read.</summary>
    public required long MessagesRead { get; init; }

    /// <summary>Messages that contributed to a pair (before <see cref="InteractionTieOptions.MinimumMessages"/>).</summary>
    public required long MessagesUsed { get; init; }

    /// <summary>Messages dropped because the sender is not a person of the network.</summary>
    public required long UnknownSenderMessages { get; init; }

    /// <summary>Recipient entries dropped because the recipient is not a person of the network.</summary>
    public required long UnknownRecipientEntries { get; init; }

    /// <summary>Messages dropped as mass mailings (more distinct recipients than <see cref="InteractionTieOptions.MaxRecipients"/>).</summary>
    public required long MassMailings { get; init; }

    /// <summary>Messages dropped because the sender was their only recipient (notes to self).</summary>
    public required long SelfMessages { get; init; }

    /// <summary>Recipient entries naming the sender in a message that also had other recipients (the entry is dropped).</summary>
    public required long SelfAddressedEntries { get; init; }

    /// <summary>Repeated recipient entries within one message (each recipient counts once per message).</summary>
    public required long DuplicateRecipientEntries { get; init; }

    /// <summary>Messages dropped because their channel is not in <see cref="InteractionTieOptions.Channels"/>.</summary>
    public required long OtherChannelMessages { get; init; }

    /// <summary>Messages dropped because they were sent after <see cref="InteractionTieOptions.ReferenceTime"/>.</summary>
    public required long MessagesAfterReference { get; init; }

    /// <summary>Messages dropped because every recipient was unknown.</summary>
    public required long MessagesWithoutKnownRecipient { get; init; }

    /// <summary>Pairs dropped because they exchanged fewer than <see cref="InteractionTieOptions.MinimumMessages"/> messages.</summary>
    public required long PairsBelowMinimum { get; init; }

    /// <summary>Number of mutual ties (messages both ways).</summary>
    public int MutualTieCount
    {
        get
        {
            int count = 0;
            foreach (InteractionTie t in Ties)
            {
                count += t.Directed ? 0 : 1;
            }
            return count;
        }
    }

    /// <summary>Number of one-way ties.</summary>
    public int OneWayTieCount => Ties.Length - MutualTieCount;
}
