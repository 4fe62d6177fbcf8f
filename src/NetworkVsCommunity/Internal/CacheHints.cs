using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace NetworkVsCommunity.Internal;

/// <summary>
/// Software prefetch hints for the scattered reads of the hot loops: each asks the cache for the line holding an array
/// element (x86 SSE <c>prefetcht0</c>; nothing elsewhere). A hint never faults, even past the end of the array, and
/// never changes a result.
/// </summary>
internal static class CacheHints
{
    /// <summary>Asks for the cache line of <paramref name="array"/>[<paramref name="index"/>].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Line<T>(T[] array, int index)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), index)));
        }
    }

    /// <summary>Asks for the cache line of <paramref name="array"/>[<paramref name="index"/>] and the next one (the start of a row).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void TwoLines<T>(T[] array, int index)
    {
        if (Sse.IsSupported)
        {
            byte* line = (byte*)Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), index));
            Sse.Prefetch0(line);
            Sse.Prefetch0(line + 64);
        }
    }
}
