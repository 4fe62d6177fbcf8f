using System.Collections.Immutable;

namespace NetworkVsCommunity.Visualization;

/// <summary>Options of <see cref="Pictures.Scatter"/>, the network-vs-community map of employees.</summary>
public sealed record ScatterOptions
{
    /// <summary>The options with every default.</summary>
    public static ScatterOptions Default { get; } = new();

    /// <summary>Width in CSS pixels. Default 640; allowed 100..10000.</summary>
    public double Width { get; init; } = 640;

    /// <summary>Height in CSS pixels. Default 480; allowed 100..10000.</summary>
    public double Height { get; init; } = 480;

    /// <summary>The title. Default "Network vs community".</summary>
    public string Title { get; init; } = "Network vs community";

    /// <summary>The x-axis label. Default "network (spread)".</summary>
    public string XLabel { get; init; } = "network (spread)";

    /// <summary>The y-axis label. Default "community (resonance)".</summary>
    public string YLabel { get; init; } = "community (resonance)";

    /// <summary>The x-axis range; null (the default) to fit the data and the threshold. Points outside it are drawn on the frame's edge.</summary>
    public (double Min, double Max)? XRange { get; init; }

    /// <summary>The y-axis range; null (the default) to fit the data and the threshold. Points outside it are drawn on the frame's edge.</summary>
    public (double Min, double Max)? YRange { get; init; }

    /// <summary>The vertical quadrant line; null (the default) for the median of the x values.</summary>
    public double? XThreshold { get; init; }

    /// <summary>The horizontal quadrant line; null (the default) for the median of the y values.</summary>
    public double? YThreshold { get; init; }

    /// <summary>
    /// The quadrant names: top-left, top-right, bottom-left, bottom-right. Default "evangelism", "both", "neither",
    /// "broadcast" (docs/metrics.md#spread-vs-share-profile: broadcast is high x and low y; evangelism is high y). Exactly four, or empty for none.
    /// </summary>
    public ImmutableArray<string> QuadrantLabels { get; init; } = ["evangelism", "both", "neither", "broadcast"];

    /// <summary>Points are labelled with text when there are at most this many. Default 30; allowed 0..10000.</summary>
    public int MaxLabelledPoints { get; init; } = 30;
}
