using System.Collections.Immutable;

namespace NetworkVsCommunity;

/// <summary>One message of an interaction log (e-mail, chat, meeting invitation metadata): who wrote to whom, when, on which channel.</summary>
/// <param name="Sender">The person who wrote.</param>
/// <param name="Recipients">The people written to, as listed (duplicates and the sender may appear; see
/// <see cref="EmployeeNetworkBuilder.AddInteractions(IEnumerable{Interaction}, InteractionTieOptions?)"/> for the policies).</param>
/// <param name="Time">When the message was sent, an instant with its UTC offset.</param>
/// <param name="Channel">The channel (for example <c>email</c>, <c>chat</c>); empty when the log has none.</param>
/// <remarks>Only metadata: no subject or content is read or kept. See <see cref="InteractionLogCsv"/> for the file format.</remarks>
public readonly record struct Interaction(EmployeeId Sender, ImmutableArray<EmployeeId> Recipients, DateTimeOffset Time, string Channel);
