namespace NetworkVsCommunity.Internal;

/// <summary>
/// Checks a cancellation token after every 2^16 units of work (arcs scanned, pairs wired, ...), whatever the shape of the
/// loop: a loop over nodes whose rows range from 1 to millions of arcs still stops within a fraction of a millisecond of
/// work after cancellation, without a check per arc.
/// </summary>
internal struct CancellationBudget(CancellationToken cancellationToken)
{
    private const long Quantum = 1 << 16;
    private long _spent;

    /// <summary>Adds <paramref name="units"/> of work done and checks the token once a quantum has been used up.</summary>
    public void Spend(long units)
    {
        _spent += units;
        if (_spent >= Quantum)
        {
            _spent = 0;
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
