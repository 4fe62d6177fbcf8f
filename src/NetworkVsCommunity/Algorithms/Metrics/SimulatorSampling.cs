using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>
/// Adapters from the diffusion engine's Monte Carlo runner (<see cref="DiffusionSimulator.MonteCarlo"/>) to the
/// sample-based metrics (internal). Every call uses the same random seed, so run i of every sharer set draws from stream
/// (seed, i): common random numbers across sharers, and results independent of the thread count (the runner's guarantee).
/// </summary>
internal static class SimulatorSampling
{
    /// <summary>The runner options for <paramref name="model"/> and <paramref name="sampling"/>, with the random seed fixed.</summary>
    public static MonteCarloOptions Resolve(DiffusionModel model, SamplingOptions? sampling, out long randomSeed)
    {
        var s = (sampling ?? SamplingOptions.Default).Resolve();
        randomSeed = s.RandomSeed!.Value;
        return new MonteCarloOptions { Model = model, Sampling = s };
    }

    /// <summary>The sampling part of runner options, for echoing in a result.</summary>
    public static SamplingOptions Echo(MonteCarloOptions options) => options.Sampling;

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
