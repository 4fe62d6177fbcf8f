using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>Options of <see cref="ComplexCentrality.Compute"/> (METRICS RES-10).</summary>
public sealed record ComplexCentralityOptions
{
    /// <summary>The defaults: absolute threshold θ = 2, every node a source, all processors.</summary>
    public static ComplexCentralityOptions Default { get; } = new();

    /// <summary>The absolute adoption threshold θ (distinct adopting in-neighbours); 1 or more, default 2. Ignored when <see cref="FractionalThreshold"/> is set.</summary>
    public int Threshold { get; init; } = 2;

    /// <summary>
    /// A fractional threshold φ in (0, 1]: node v adopts once ⌈φ·d_in(v)⌉ (at least 1) of its in-neighbours have; null
    /// (default) for the absolute <see cref="Threshold"/>.
    /// </summary>
    public double? FractionalThreshold { get; init; }

    /// <summary>The source nodes whose seed neighbourhoods are evaluated; default (empty) for every node. Sources must be distinct nodes.</summary>
    public ImmutableArray<int> Sources { get; init; } = [];

    /// <summary>Threads over sources; 0 (default) for all processors. The result does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; }
}
