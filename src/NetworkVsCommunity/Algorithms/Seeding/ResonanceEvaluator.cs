using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// The <see cref="ThresholdOutcome"/> of a sharer set (internal): runs the diffusion engine's threshold cascade
/// (<see cref="ThresholdCascade"/>, kernel <see cref="DiffusionKernels.Threshold"/>) and reads adopters, reinforced
/// adopters (non-sharers with ≥ 2 in-neighbours adopted before them), the supporter base and the number of steps from it.
/// Holds no propagation of its own. Not thread-safe.
/// </summary>
internal sealed class ResonanceEvaluator
{
    private readonly ThresholdCascade _cascade;
    private readonly int[]? _community;
    private readonly int _supporterThreshold;

    public ResonanceEvaluator(CsrGraph graph, int threshold, Partition? communities, int supporterThreshold)
    {
        _cascade = new ThresholdCascade(graph, threshold);
        _community = communities?.Membership.ToArray();
        _supporterThreshold = supporterThreshold;
    }

    /// <summary>Runs the cascade from <paramref name="seeds"/> and summarises it.</summary>
    public ThresholdOutcome Run(ReadOnlySpan<int> seeds)
    {
        int adopters = _cascade.Run(seeds);
        int supporters = _community is null ? 0 : _cascade.CountSupporters(_community, _supporterThreshold);
        return new ThresholdOutcome(adopters, _cascade.CountReinforced(2), supporters, _cascade.LastStep);
    }
}
