using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NetworkVsCommunity.Internal;

/// <summary>
/// Allocates the node- and arc-sized arrays of the hot loops (CSR rows, community state, aggregation levels) so that,
/// on Linux, they are backed by 2 MiB transparent huge pages: the array is placed on the pinned object heap (it never
/// moves) and the whole 2 MiB pages inside it are marked <c>madvise(MADV_HUGEPAGE)</c> before anything touches them.
/// </summary>
/// <remarks>
/// <para>Why: the passes of local moving, refinement and aggregation read these arrays at scattered places. With the
/// kernel's default 4 KiB pages a 10M-edge graph spans some 60,000 pages, far beyond what the processor's address
/// translation cache holds, so most scattered reads also walk the page table; and every fresh page costs a page fault
/// at first touch. Most Linux distributions set transparent huge pages to <c>madvise</c>, which gives them only to
/// memory that asks. Measured in docs/performance.md.</para>
/// <para>A hint only: a result never depends on it. Arrays under <see cref="MinBytes"/>, other operating systems,
/// kernels without transparent huge pages and the AppContext switch <see cref="DisableSwitch"/> set to true all get
/// an ordinary array.</para>
/// </remarks>
internal static partial class LargeArrays
{
    /// <summary>Arrays of at least this many bytes are advised (smaller ones cover less than two huge pages).</summary>
    public const long MinBytes = 4L << 20;

    /// <summary>
    /// The AppContext switch that turns the advice off (for a comparison run, or a machine where huge pages are
    /// unwelcome): <c>&lt;RuntimeHostConfigurationOption Include="NetworkVsCommunity.DisableHugePages" Value="true" /&gt;</c>
    /// in a project file, or <c>"configProperties": { "NetworkVsCommunity.DisableHugePages": true }</c> in an app's
    /// runtimeconfig.json.
    /// </summary>
    public const string DisableSwitch = "NetworkVsCommunity.DisableHugePages";

    private const long HugePage = 2L << 20;
    private const int MadvHugePage = 14; // <sys/mman.h>, the same on every Linux architecture

    private static bool _enabled = OperatingSystem.IsLinux()
        && !(AppContext.TryGetSwitch(DisableSwitch, out bool disabled) && disabled);

    /// <summary>
    /// Whether arrays are advised in this process: on Linux, with the switch not set, as long as the C library's
    /// <c>madvise</c> could be called (a C library that cannot be loaded turns the advice off for the process).
    /// </summary>
    public static bool HugePagesAdvised => _enabled;

    /// <summary>A zeroed array of <paramref name="length"/> elements, as <c>new T[length]</c>.</summary>
    public static T[] Zeroed<T>(int length)
        where T : unmanaged
    {
        if (!IsLarge<T>(length))
        {
            return new T[length];
        }
        // The runtime clears only memory it has used before: fresh pages from the kernel are left untouched (and are
        // zero), so the advice reaches them before their first touch, and pages never written are never committed.
        T[] array = GC.AllocateArray<T>(length, pinned: true);
        Advise(array);
        return array;
    }

    /// <summary>
    /// A copy of <paramref name="source"/> grown to <paramref name="length"/> elements, zero beyond it (for growing
    /// buffers). Like <c>Array.Resize</c>, it writes only the copied prefix, so the fresh pages of the tail stay
    /// uncommitted until they are used.
    /// </summary>
    public static T[] Grow<T>(T[] source, int length)
        where T : unmanaged
    {
        T[] array = Zeroed<T>(length);
        source.AsSpan().CopyTo(array);
        return array;
    }

    private static unsafe bool IsLarge<T>(int length)
        where T : unmanaged
        => _enabled && (long)length * sizeof(T) >= MinBytes;

    private static unsafe void Advise<T>(T[] array)
        where T : unmanaged
    {
        nint start = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array));
        long bytes = (long)array.Length * sizeof(T);
        long first = (start + HugePage - 1) & ~(HugePage - 1);
        long last = (start + bytes) & ~(HugePage - 1);
        if (last > first)
        {
            // A hint: an error (a kernel built without transparent huge pages) leaves ordinary pages.
            try
            {
                _ = Madvise((nint)first, (nuint)(last - first), MadvHugePage);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                _enabled = false;
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nint address, nuint length, int advice);
}
