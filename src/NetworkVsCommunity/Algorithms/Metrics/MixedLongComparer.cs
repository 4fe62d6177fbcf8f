namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>
/// Equality for packed (a &lt;&lt; 32 | b) pair keys with a multiplicative hash: <c>long.GetHashCode</c> is a ^ b for such keys,
/// which collides massively for small a, b (internal).
/// </summary>
internal sealed class MixedLongComparer : IEqualityComparer<long>
{
    public static MixedLongComparer Instance { get; } = new();

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long obj) => (int)(((ulong)obj * 0x9E3779B97F4A7C15UL) >> 32);
}
