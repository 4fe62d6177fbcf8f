using System.Collections.Immutable;

namespace NetworkVsCommunity.Visualization;

/// <summary>
/// A named series of numbers: the cascade sizes of one strategy for <see cref="Pictures.CascadeSizeHistogram(IReadOnlyList{DataSeries}, ChartOptions?)"/>,
/// or p(1), p(2), … for <see cref="Pictures.ExposureCurve"/> (NaN where undefined).
/// </summary>
/// <param name="Name">The legend name.</param>
/// <param name="Values">The values.</param>
public sealed record DataSeries(string Name, ImmutableArray<double> Values);
