using System.Globalization;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>
/// Options of the sample-based metrics (SPR-3, RSK-1, RSK-2, RSK-5, ROL-3, ROL-4, ATT-2, ATT-3, ATT-6, WHO-1): the
/// Independent Cascade model sampled as live-edge graphs (Kempe, Kleinberg &amp; Tardos 2003).
/// </summary>
/// <remarks>
/// Sample <c>i</c> keeps every stored arc <c>a</c> (in CSR order) when a uniform draw from
/// <c>Xoshiro256StarStar.ForStream(RandomSeed, i)</c> is below the arc's probability. The same seed therefore gives the same
/// live-edge graphs for every metric and every probability (common random numbers), and results are identical for any
/// <see cref="MaxDegreeOfParallelism"/>. In an undirected graph the two arcs of an edge are independent chances (u tries v,
/// v tries u), as in IC.
/// </remarks>
public sealed record InfluenceSamplingOptions
{
    /// <summary>The default options.</summary>
    public static InfluenceSamplingOptions Default { get; } = new();

    /// <summary>The transmission probability p of every arc, in [0, 1]. Default 0.1. Ignored when <see cref="UseWeightsAsProbabilities"/>.</summary>
    public double TransmissionProbability { get; init; } = 0.1;

    /// <summary>Use each arc's weight as its probability (weights must lie in [0, 1]). Default false.</summary>
    public bool UseWeightsAsProbabilities { get; init; }

    /// <summary>The number of live-edge samples R, at least 1. Default 1000.</summary>
    public int SampleCount { get; init; } = 1000;

    /// <summary>The random seed; null draws one (reported in every result).</summary>
    public long? RandomSeed { get; init; }

    /// <summary>Worker threads over samples; 0 = all processors. Results do not depend on it. Default 0.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    internal void Validate(CsrGraph graph)
    {
        if (!(TransmissionProbability >= 0 && TransmissionProbability <= 1))
        {
            ThrowHelper.ArgumentOutOfRange("options.TransmissionProbability", TransmissionProbability, "a probability in [0, 1]");
        }
        if (SampleCount < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.SampleCount", SampleCount, "1 or more");
        }
        if (MaxDegreeOfParallelism < 0)
        {
            ThrowHelper.ArgumentOutOfRange("options.MaxDegreeOfParallelism", MaxDegreeOfParallelism, "0 (all processors) or more");
        }
        if (RandomSeed is < 0)
        {
            ThrowHelper.ArgumentOutOfRange("options.RandomSeed", RandomSeed, "0 or more, or null");
        }
        if (UseWeightsAsProbabilities && graph.WeightsArray is { } w)
        {
            for (int a = 0; a < w.Length; a++)
            {
                if (w[a] > 1)
                {
                    ThrowHelper.Argument("options", string.Create(CultureInfo.InvariantCulture,
                        $"options.UseWeightsAsProbabilities is set but arc {a} has weight {w[a]}; allowed: weights in [0, 1]."));
                }
            }
        }
    }
}
