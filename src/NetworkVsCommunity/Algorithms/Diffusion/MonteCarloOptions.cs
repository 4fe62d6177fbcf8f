namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>Options of <see cref="DiffusionSimulator.MonteCarlo"/>: the model, the number of runs and the random seed.</summary>
public sealed record MonteCarloOptions
{
    /// <summary>The defaults: 1000 runs of the Independent Cascade with p = 0.1, all processors, a fresh random seed.</summary>
    public static MonteCarloOptions Default { get; } = new();

    /// <summary>The diffusion model. Default <see cref="IndependentCascadeModel.Default"/> (uniform p = 0.1).</summary>
    public DiffusionModel Model { get; init; } = IndependentCascadeModel.Default;

    /// <summary>The number of runs R, 1 or more. Default 1000.</summary>
    public int Runs { get; init; } = 1000;

    /// <summary>The random seed; run i draws from <c>Xoshiro256StarStar.ForStream(RandomSeed, i)</c>. Null (default) draws a fresh one, reported in the result.</summary>
    public long? RandomSeed { get; init; }

    /// <summary>The number of threads, 1 or more, or 0 (default) for all processors. The result does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>Whether to keep the cascade of every run in <see cref="MonteCarloResult.Cascades"/> (memory grows with R × mean size). Default false.</summary>
    public bool KeepCascades { get; init; }

    /// <summary>
    /// When positive, every run starts from this many initial sharers drawn uniformly with replacement (duplicates count
    /// once) from the run's own stream, as in the C reference's <c>--random-seeds k</c>; the fixed initial sharers must
    /// then be empty. Default 0 (use the given initial sharers).
    /// </summary>
    public int RandomSharersPerRun { get; init; }
}
