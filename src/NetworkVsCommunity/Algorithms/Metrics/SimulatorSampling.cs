using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>
/// Adapters from the diffusion engine's Monte Carlo runner (<see cref="DiffusionSimulator.MonteCarlo"/>) to the
/// sample-based metrics (internal). Every call uses the same random seed, so run i of every sharer set draws from stream
/// (seed, i): common random numbers across sharers, and results independent of the thread count (the runner's guarantee).
/// </summary>
internal static class SimulatorSampling
{
    public static MonteCarloOptions Resolve(MonteCarloOptions? options, out long randomSeed)
    {
        options ??= MonteCarloOptions.Default;
        if (options.RandomSharersPerRun != 0)
        {
            ThrowHelper.Argument(nameof(options), "options.RandomSharersPerRun must be 0 here: the metric chooses the sharers.");
        }
        randomSeed = options.RandomSeed ?? Randomness.Xoshiro256StarStar.NewRandomSeed();
        return options with { RandomSeed = randomSeed };
    }

    public static MonteCarloResult Run(CsrGraph graph, int[] sharers, MonteCarloOptions options, bool keepCascades, CancellationToken cancellationToken) =>
        DiffusionSimulator.MonteCarlo(graph, sharers, options with { KeepCascades = keepCascades }, null, cancellationToken);

    /// <summary>Pooled counts over the cascades of one sharer set: sizes, reinforced, non-sharer adopters, intra transmissions, adopters in a community.</summary>
    public static (long Size, long Reinforced, long NonSharers, long Intra, long InCommunity) Pool(CsrGraph graph, IReadOnlyList<Cascade> cascades,
        ReadOnlySpan<int> membership, int community)
    {
        long size = 0;
        long reinforced = 0;
        long nonSharers = 0;
        long intra = 0;
        long inCommunity = 0;
        foreach (var cascade in cascades)
        {
            size += cascade.Size;
            var (r, t) = ResonanceMetrics.ReinforcedCount(graph, cascade, 2);
            reinforced += r;
            nonSharers += t;
            if (!membership.IsEmpty)
            {
                intra += ResonanceMetrics.IntraCount(cascade, membership).Intra;
                foreach (int v in cascade.Adopters)
                {
                    if (membership[v] == community)
                    {
                        inCommunity++;
                    }
                }
            }
        }
        return (size, reinforced, nonSharers, intra, inCommunity);
    }
}
