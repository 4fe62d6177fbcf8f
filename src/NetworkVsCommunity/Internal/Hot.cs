using System.Runtime.CompilerServices;

namespace NetworkVsCommunity.Internal;

/// <summary>How the hot kernels (local moving, refinement, aggregation, cascades) are compiled.</summary>
/// <remarks>
/// <para>In the library as shipped on NuGet (and in every normal build) the kernels are
/// <see cref="MethodImplOptions.AggressiveOptimization"/>: a notebook cell or an application that calls the library once
/// runs fully optimised code from the first call instead of tier-0 code.</para>
/// <para>The ReadyToRun build of the <c>nvc</c> tool (<c>-p:NvcReadyToRun=true</c>, scripts/pack-tool.sh) compiles the
/// kernels ahead of time instead, so a fresh <c>nvc</c> process does not spend its first ~60–85 ms compiling them
/// (docs/performance.md). crossgen2 never precompiles a method marked AggressiveOptimization, so that build drops the
/// flag. Both builds run the same IL and give bit-identical results (checked by .ci/run).</para>
/// </remarks>
internal static class Hot
{
#if NVC_READY_TO_RUN
    /// <summary>No flag: crossgen2 precompiles the kernel.</summary>
    public const MethodImplOptions Kernel = 0;
#else
    /// <summary>Compiled fully optimised at the first call.</summary>
    public const MethodImplOptions Kernel = MethodImplOptions.AggressiveOptimization;
#endif
}
