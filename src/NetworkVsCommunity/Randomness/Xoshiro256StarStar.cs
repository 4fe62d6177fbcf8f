using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace NetworkVsCommunity.Randomness;

/// <summary>
/// A small, fast, seedable pseudo-random generator (xoshiro256**), seeded through SplitMix64.
/// The sequence for a given seed is fixed forever by this library, unlike <see cref="System.Random"/>.
/// </summary>
/// <remarks>
/// <para>Reference: D. Blackman and S. Vigna, "Scrambled linear pseudorandom number generators",
/// ACM Transactions on Mathematical Software 47(4), 2021, doi:10.1145/3460772.</para>
/// <para>This is a mutable value type: copy it and both copies produce the same sequence. Pass it by
/// <c>ref</c>. It is not thread-safe; give every thread (or every Monte Carlo run) its own stream with
/// <see cref="ForStream(ulong, ulong)"/> so that results do not depend on the thread count.</para>
/// </remarks>
public struct Xoshiro256StarStar
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Creates a generator from a 64-bit seed (expanded by SplitMix64).</summary>
    /// <param name="randomSeed">Any 64-bit value.</param>
    public Xoshiro256StarStar(ulong randomSeed)
    {
        ulong x = randomSeed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
        if ((_s0 | _s1 | _s2 | _s3) == 0)
        {
            _s0 = 0x9E3779B97F4A7C15UL;
        }
    }

    /// <summary>
    /// The generator of stream <paramref name="streamIndex"/> under <paramref name="randomSeed"/>: run <c>i</c> of a
    /// Monte Carlo estimate draws from <c>ForStream(seed, i)</c>, so its result never depends on which thread runs it.
    /// </summary>
    /// <param name="randomSeed">The user's random seed.</param>
    /// <param name="streamIndex">The stream (run, sample, node) index.</param>
    /// <returns>An independent generator for that stream.</returns>
    public static Xoshiro256StarStar ForStream(ulong randomSeed, ulong streamIndex)
    {
        ulong x = randomSeed ^ 0x6A09E667F3BCC909UL;
        ulong a = SplitMix64(ref x);
        ulong y = streamIndex + 0xBB67AE8584CAA73BUL;
        ulong b = SplitMix64(ref y);
        return new Xoshiro256StarStar(a ^ RotateLeft(b, 23) ^ (b * 0x9E3779B97F4A7C15UL));
    }

    /// <summary>Draws a fresh random seed from the operating system's entropy source (used when a caller gives none; the result reports it).</summary>
    /// <returns>A random 64-bit value that fits in a non-negative <see cref="long"/>, so it round-trips through JSON and the command line.</returns>
    public static long NewRandomSeed()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        return (long)(BitConverter.ToUInt64(bytes) >> 1);
    }

    /// <summary>Returns the next 64 random bits.</summary>
    /// <returns>A uniformly distributed 64-bit value.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Returns a uniform double in [0, 1) with 53 random bits.</summary>
    /// <returns>A value in [0, 1).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Returns a uniform integer in [0, <paramref name="exclusiveMax"/>) without modulo bias (Lemire 2019).</summary>
    /// <param name="exclusiveMax">The exclusive upper bound; must be positive.</param>
    /// <returns>A value in [0, exclusiveMax).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int NextInt(int exclusiveMax)
    {
        System.Diagnostics.Debug.Assert(exclusiveMax > 0);
        ulong bound = (ulong)exclusiveMax;
        UInt128 m = (UInt128)(NextUInt64() >> 32) * bound;
        ulong low = (ulong)m & 0xFFFFFFFFUL;
        if (low < bound)
        {
            ulong threshold = (0x1_0000_0000UL - bound) % bound;
            while (low < threshold)
            {
                m = (UInt128)(NextUInt64() >> 32) * bound;
                low = (ulong)m & 0xFFFFFFFFUL;
            }
        }
        return (int)(ulong)(m >> 32);
    }

    /// <summary>
    /// Returns a 32-bit threshold for Bernoulli trials: <c>(NextUInt64() &gt;&gt; 32) &lt; ProbabilityToThreshold(p)</c>
    /// is true with probability <c>p</c> (to 2^-32), which avoids a floating-point conversion per trial in hot loops.
    /// </summary>
    /// <param name="probability">A probability in [0, 1].</param>
    /// <returns>The threshold in [0, 2^32].</returns>
    public static ulong ProbabilityToThreshold(double probability) =>
        probability >= 1.0 ? 1UL << 32 : probability <= 0.0 ? 0UL : (ulong)(probability * 4294967296.0);

    /// <summary>Fisher–Yates shuffle of a span.</summary>
    /// <typeparam name="T">Element type.</typeparam>
    /// <param name="items">The items to shuffle in place.</param>
    public void ShuffleInPlace<T>(Span<T> items)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong SplitMix64(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
