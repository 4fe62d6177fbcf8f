namespace NetworkVsCommunity;

/// <summary>What <see cref="EmployeeNetworkBuilder.AddInteractions(IEnumerable{IO.Interaction}, InteractionTieOptions?)"/> does with a sender or recipient who is not a person of the network.</summary>
public enum UnknownPersonPolicy
{
    /// <summary>Skip it and count it (<see cref="InteractionTieResult.UnknownSenderMessages"/>,
    /// <see cref="InteractionTieResult.UnknownRecipientEntries"/>): a message from an unknown sender is dropped, an unknown
    /// recipient is removed from its message. The default: exports hold external addresses, service accounts and
    /// people who left.</summary>
    Skip = 0,

    /// <summary>Throw an <see cref="ArgumentException"/> naming the id and the message.</summary>
    Error = 1,
}
