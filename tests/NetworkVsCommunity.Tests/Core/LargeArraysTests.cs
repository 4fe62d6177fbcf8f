using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Tests.Core;

public class LargeArraysTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(3_000_000)] // 12 MB: advised on Linux
    public void Zeroed_arrays_have_the_length_asked_and_hold_zeros(int length)
    {
        int[] a = LargeArrays.Zeroed<int>(length);
        Assert.Equal(length, a.Length);
        Assert.True(a.AsSpan().IndexOfAnyExcept(0) < 0);
    }

    [Fact]
    public void Grow_keeps_the_prefix_and_zeroes_the_rest()
    {
        double[] small = [1.5, -2, 3];
        double[] grown = LargeArrays.Grow(small, 1_000_000);
        Assert.Equal(1_000_000, grown.Length);
        Assert.Equal(small, grown[..3]);
        Assert.True(grown.AsSpan(3).IndexOfAnyExcept(0.0) < 0);
    }

    [Fact]
    public void A_large_array_on_linux_is_advised_for_huge_pages_and_a_small_one_is_not()
    {
        // The kernel marks a madvise(MADV_HUGEPAGE) range with the flag "hg" in /proc/self/smaps (proc(5)).
        Assert.Equal(OperatingSystem.IsLinux(), LargeArrays.HugePagesAdvised);
        if (!Directory.Exists("/sys/kernel/mm/transparent_hugepage"))
        {
            return; // no kernel support to observe: the advice is refused, and the arrays are ordinary
        }
        int[] large = LargeArrays.Zeroed<int>(4_000_000); // 16 MB: several whole 2 MiB pages inside
        int[] small = LargeArrays.Zeroed<int>(1_000);
        Assert.Contains("hg", VmFlagsAt(Middle(large)));
        Assert.DoesNotContain("hg", VmFlagsAt(Middle(small)));
        GC.KeepAlive(large);
        GC.KeepAlive(small);
    }

    private static ulong Middle(int[] array)
    {
        // The array is pinned (pinned object heap) when it is advised, and a small one is held by a handle here.
        GCHandle handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            return (ulong)handle.AddrOfPinnedObject() + ((ulong)array.Length * sizeof(int) / 2);
        }
        finally
        {
            handle.Free();
        }
    }

    private static string[] VmFlagsAt(ulong address)
    {
        bool inside = false;
        foreach (string line in File.ReadLines("/proc/self/smaps"))
        {
            int dash = line.IndexOf('-', StringComparison.Ordinal);
            int space = line.IndexOf(' ', StringComparison.Ordinal);
            if (dash > 0 && space > dash && IsHex(line.AsSpan(0, dash)))
            {
                ulong from = ulong.Parse(line.AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                ulong to = ulong.Parse(line.AsSpan(dash + 1, space - dash - 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                inside = address >= from && address < to;
            }
            else if (inside && line.StartsWith("VmFlags:", StringComparison.Ordinal))
            {
                return line["VmFlags:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
        }
        throw new InvalidOperationException($"no mapping holds 0x{address:x} in /proc/self/smaps");
    }

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdef");

    private static bool IsHex(ReadOnlySpan<char> s) => s.Length > 0 && s.IndexOfAnyExcept(HexDigits) < 0;
}
