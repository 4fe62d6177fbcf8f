namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>
/// Options of <see cref="DiffusionSimulator.MonteCarlo"/>: the model, how to sample (the library's one
/// <see cref="SamplingOptions"/> record: runs, random seed, threads) and what to keep.
/// </summary>
public sealed record MonteCarloOptions
{
    /// <summary>The defaults: <see cref="DiffusionModel.Default"/> and <see cref="SamplingOptions.Default"/> (1000 runs, a fresh random seed, all processors).</summary>
    public static MonteCarloOptions Default { get; } = new();

    /// <summary>The diffusion model. Default <see cref="DiffusionModel.Default"/> (relationship cascade, p = 0.05 on every tie).</summary>
    public DiffusionModel Model { get; init; } = DiffusionModel.Default;

    /// <summary>
    /// The number of runs R (1 or more), the random seed (run i draws from <c>Xoshiro256StarStar.ForStream(RandomSeed, i)</c>;
    /// null draws a fresh one, reported in the result) and the threads (0 for all processors; the result does not depend
    /// on it). Default <see cref="SamplingOptions.Default"/>.
    /// </summary>
    public SamplingOptions Sampling { get; init; } = SamplingOptions.Default;

    /// <summary>Whether to keep the cascade of every run in <see cref="MonteCarloResult.Cascades"/> (memory grows with R × mean size). Default false.</summary>
    public bool KeepCascades { get; init; }

    /// <summary>
    /// When positive, every run starts from this many initial sharers drawn uniformly with replacement (duplicates count
    /// once) from the run's own stream, as in the C reference's <c>--random-seeds k</c>; the fixed initial sharers must
    /// then be empty. Default 0 (use the given initial sharers).
    /// </summary>
    public int RandomSharersPerRun { get; init; }
}
