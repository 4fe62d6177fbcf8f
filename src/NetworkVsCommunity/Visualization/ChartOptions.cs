namespace NetworkVsCommunity.Visualization;

/// <summary>Common options of the charts in <see cref="Pictures"/> (histogram, exposure curve, bar chart, cascade tree, table).</summary>
public sealed record ChartOptions
{
    /// <summary>The options with every default.</summary>
    public static ChartOptions Default { get; } = new();

    /// <summary>Width in CSS pixels. Default 640; allowed 100..10000.</summary>
    public double Width { get; init; } = 640;

    /// <summary>Height in CSS pixels. Default 400; allowed 100..10000 (bar charts and tables grow with their rows).</summary>
    public double Height { get; init; } = 400;

    /// <summary>The title drawn on top; null (the default) for the chart's own title.</summary>
    public string? Title { get; init; }

    /// <summary>The x-axis label; null (the default) for the chart's own label.</summary>
    public string? XLabel { get; init; }

    /// <summary>The y-axis label; null (the default) for the chart's own label.</summary>
    public string? YLabel { get; init; }
}
