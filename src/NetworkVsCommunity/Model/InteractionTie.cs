namespace NetworkVsCommunity;

/// <summary>A tie derived from an interaction log, with the message counts behind it.</summary>
/// <param name="Source">The first person, following the <see cref="Tie"/> convention: for a one-way tie the person written
/// to ("Source attends to Target"), for a mutual tie the one whose id sorts first (ordinal).</param>
/// <param name="Target">The second person: for a one-way tie the writer, whose messages reach <see cref="Source"/>.</param>
/// <param name="Strength">The decayed message count: the sum over the pair's messages, both ways, of
/// 2^(−age / half-life), age measured back from <see cref="InteractionTieResult.ReferenceTime"/> (each message counts 1
/// without a half-life).</param>
/// <param name="Directed">False for a mutual tie (messages both ways); true for a one-way tie.</param>
/// <param name="MessagesTargetToSource">Messages from <see cref="Target"/> to <see cref="Source"/>.</param>
/// <param name="MessagesSourceToTarget">Messages from <see cref="Source"/> to <see cref="Target"/> (0 for a one-way tie).</param>
/// <param name="LastMessage">The time of the pair's latest message.</param>
public readonly record struct InteractionTie(
    EmployeeId Source,
    EmployeeId Target,
    double Strength,
    bool Directed,
    int MessagesTargetToSource,
    int MessagesSourceToTarget,
    DateTimeOffset LastMessage);
