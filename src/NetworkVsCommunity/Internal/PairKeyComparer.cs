using System.Runtime.CompilerServices;

namespace NetworkVsCommunity.Internal;

/// <summary>
/// Equality for 64-bit keys packing a node pair as <c>(a &lt;&lt; 32) | b</c>. The default <see cref="long"/> hash
/// (<c>a ^ b</c>) collides massively for such keys (all pairs of nearby nodes share few values); this one mixes all bits.
/// </summary>
internal sealed class PairKeyComparer : IEqualityComparer<long>
{
    public static PairKeyComparer Instance { get; } = new();

    public bool Equals(long x, long y) => x == y;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int GetHashCode(long obj)
    {
        ulong z = (ulong)obj * 0x9E3779B97F4A7C15UL;
        return (int)(z >> 32) ^ (int)z;
    }

    /// <summary>The key of the unordered pair {a, b}.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Key(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
}
