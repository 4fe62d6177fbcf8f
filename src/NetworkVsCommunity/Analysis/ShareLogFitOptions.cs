using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity;

/// <summary>Options of <see cref="ShareLogFitting.Fit"/> and <see cref="ShareLogFitting.Cascades"/>.</summary>
public sealed record ShareLogFitOptions
{
    /// <summary>The defaults: steps of 1 time unit, at most 10,000 EM iterations, tolerance 1e-10, start at p = 0.1.</summary>
    public static ShareLogFitOptions Default { get; } = new();

    /// <summary>
    /// The length of one step of the discrete-time model in the log's time unit, &gt; 0; default 1 (a log written by
    /// <c>nvc simulate --log-out</c> has steps as times). A share at time t is in step ⌊(t − t<sub>first</sub>)/StepLength⌋
    /// of its post.
    /// </summary>
    public double StepLength { get; init; } = 1;

    /// <summary>The most EM iterations, 1 or more; default 10,000.</summary>
    public int MaxIterations { get; init; } = 10_000;

    /// <summary>EM stops when no probability moves by more than this, &gt; 0; default 1e-10.</summary>
    public double Tolerance { get; init; } = 1e-10;

    /// <summary>The starting probability of every class, in (0, 1); default 0.1.</summary>
    public double InitialProbability { get; init; } = 0.1;

    internal void Validate()
    {
        if (!(StepLength > 0) || double.IsInfinity(StepLength))
        {
            ThrowHelper.ArgumentOutOfRange("options.StepLength", StepLength, "a finite length > 0");
        }
        if (MaxIterations < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.MaxIterations", MaxIterations, "1 or more");
        }
        if (!(Tolerance > 0))
        {
            ThrowHelper.ArgumentOutOfRange("options.Tolerance", Tolerance, "> 0");
        }
        if (!(InitialProbability > 0 && InitialProbability < 1))
        {
            ThrowHelper.ArgumentOutOfRange("options.InitialProbability", InitialProbability, "(0, 1)");
        }
    }
}
