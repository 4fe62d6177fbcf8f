using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>
/// How a stochastic routine samples: the number of runs, the random seed and the thread count. The one sampling record of
/// the library, used by every sample-based metric, seeding algorithm, credit and report (the model says <em>what</em> is
/// simulated, this record <em>how often</em>).
/// </summary>
/// <remarks>
/// Run i draws from <c>Xoshiro256StarStar.ForStream(RandomSeed, i)</c>, writes into slot i and results are reduced in run
/// order, so the same seed gives the same answer on any machine and any <see cref="MaxDegreeOfParallelism"/>. The same seed
/// also gives the same random numbers to every sharer set and every model evaluated with it (common random numbers).
/// </remarks>
public sealed record SamplingOptions
{
    /// <summary>The defaults: 1000 runs, a fresh random seed, all processors.</summary>
    public static SamplingOptions Default { get; } = new();

    /// <summary>The number of Monte Carlo runs (live-edge samples) R, 1 or more. Default 1000.</summary>
    public int Runs { get; init; } = 1000;

    /// <summary>The random seed, 0 or more; null (default) draws a fresh one, reported in every result.</summary>
    public long? RandomSeed { get; init; }

    /// <summary>Worker threads, 1 or more, or 0 (default) for all processors. Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>Checks the options; messages name <paramref name="name"/> and the property.</summary>
    /// <param name="name">The option name used in messages, such as <c>sampling</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A property is out of range.</exception>
    internal void Validate(string name = "sampling")
    {
        if (Runs < 1)
        {
            ThrowHelper.ArgumentOutOfRange(name + ".Runs", Runs, "1 or more");
        }
        if (MaxDegreeOfParallelism < 0)
        {
            ThrowHelper.ArgumentOutOfRange(name + ".MaxDegreeOfParallelism", MaxDegreeOfParallelism, "0 (all processors) or more");
        }
        if (RandomSeed is < 0)
        {
            ThrowHelper.ArgumentOutOfRange(name + ".RandomSeed", RandomSeed, "0 or more, or null");
        }
    }

    /// <summary>Validates and fixes the random seed (drawing one when null), so the result can echo it.</summary>
    /// <param name="name">The option name used in messages.</param>
    /// <returns>A copy whose <see cref="RandomSeed"/> is set.</returns>
    internal SamplingOptions Resolve(string name = "sampling")
    {
        Validate(name);
        return RandomSeed is null ? this with { RandomSeed = Randomness.Xoshiro256StarStar.NewRandomSeed() } : this;
    }
}
