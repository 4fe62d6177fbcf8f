namespace NetworkVsCommunity.Visualization;

/// <summary>Options of <see cref="ForceLayout.FruchtermanReingold"/>.</summary>
public sealed record ForceLayoutOptions
{
    /// <summary>The options with every default.</summary>
    public static ForceLayoutOptions Default { get; } = new();

    /// <summary>Number of iterations (cooling steps). Default 300; allowed 1..100000.</summary>
    public int Iterations { get; init; } = 300;

    /// <summary>
    /// The random seed for the initial positions; null (the default) draws one from entropy and reports it in
    /// <see cref="GraphLayout.RandomSeed"/>. The same seed gives the same layout, bit for bit.
    /// </summary>
    public long? RandomSeed { get; init; }

    /// <summary>
    /// The largest move of a node in the first iteration, as a fraction of the frame side; it cools linearly to 0.
    /// Default 0.1; allowed (0, 1].
    /// </summary>
    public double InitialTemperature { get; init; } = 0.1;

    /// <summary>
    /// Whether edge weights scale the attraction (weight divided by the mean weight, capped at 10). Default true; has no
    /// effect on unweighted graphs.
    /// </summary>
    public bool UseWeights { get; init; } = true;
}
