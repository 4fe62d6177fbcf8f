namespace NetworkVsCommunity;

/// <summary>
/// What a reader of people's activity does with an id that is not a person of the network: the interaction log
/// (<see cref="EmployeeNetworkBuilder.AddInteractions(IEnumerable{Interaction}, InteractionTieOptions?)"/>, default
/// <see cref="Skip"/>) and the share log (<see cref="ShareLog"/>, default <see cref="Error"/>).
/// </summary>
public enum UnknownPersonPolicy
{
    /// <summary>Skip it and count it. Interaction log (<see cref="InteractionTieResult.UnknownSenderMessages"/>,
    /// <see cref="InteractionTieResult.UnknownRecipientEntries"/>): a message from an unknown sender is dropped, an unknown
    /// recipient is removed from its message (the default there: exports hold external addresses, service accounts and
    /// people who left). Share log: the row is skipped and counted in <see cref="ShareLog.UnknownRowsSkipped"/>.</summary>
    Skip = 0,

    /// <summary>Stop with an error naming the id and where it occurs: an <see cref="ArgumentException"/> naming the message
    /// (interaction log), a <see cref="GraphFormatException"/> naming the file and line (share log, the default there).</summary>
    Error = 1,
}
