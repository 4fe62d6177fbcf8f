using System.Runtime.CompilerServices;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>Per-thread scratch of the RR-set sampler: an epoch-stamped visited array and the member buffer.</summary>
internal sealed class SamplerScratch
{
    private int _epoch;

    public SamplerScratch(int nodeCount)
    {
        Stamp = new int[nodeCount];
        Members = new int[Math.Max(1, nodeCount)];
    }

    /// <summary>Visit stamps per node.</summary>
    public int[] Stamp { get; }

    /// <summary>Per node, singleton sets counted by this thread (folded into the collection after a draw).</summary>
    public long[]? SingletonCounts { get; init; }

    /// <summary>Members of the set being drawn (at most n).</summary>
    public int[] Members { get; }

    /// <summary>A fresh epoch (stamps are cleared when the counter wraps).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int NextEpoch()
    {
        if (++_epoch == int.MaxValue)
        {
            Array.Clear(Stamp);
            _epoch = 1;
        }
        return _epoch;
    }
}
