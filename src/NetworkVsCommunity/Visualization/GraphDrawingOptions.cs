namespace NetworkVsCommunity.Visualization;

/// <summary>Options of <see cref="Pictures.Graph"/> and <see cref="Pictures.CommunitySummary"/>.</summary>
public sealed record GraphDrawingOptions
{
    /// <summary>The options with every default.</summary>
    public static GraphDrawingOptions Default { get; } = new();

    /// <summary>Width in CSS pixels. Default 640; allowed 100..10000.</summary>
    public double Width { get; init; } = 640;

    /// <summary>Height in CSS pixels. Default 480; allowed 100..10000.</summary>
    public double Height { get; init; } = 480;

    /// <summary>The title; null (the default) for "n nodes, m edges, k communities".</summary>
    public string? Title { get; init; }

    /// <summary>
    /// The largest graph drawn node by node. Default 2000; allowed 1..20000. A larger graph is drawn as its community
    /// summary (one disc per community, sized by members; edges weighted by the inter-community weight), and a summary
    /// shows at most this many communities (the largest).
    /// </summary>
    public int MaxNodes { get; init; } = 2000;

    /// <summary>Layout options; null (the default) for <see cref="ForceLayoutOptions.Default"/> (a random seed drawn from
    /// entropy and reported in <see cref="SvgImage.Diagnostics"/>). Set <see cref="ForceLayoutOptions.RandomSeed"/> for a
    /// reproducible picture.</summary>
    public ForceLayoutOptions? Layout { get; init; }

    /// <summary>Node names (index = node) for tooltips and labels; null (the default) uses the node numbers.</summary>
    public IReadOnlyList<string>? NodeLabels { get; init; }

    /// <summary>Names of the communities (index = community) for the legend and tooltips, for example department names;
    /// null (the default) for "community c".</summary>
    public IReadOnlyList<string>? CommunityNames { get; init; }

    /// <summary>Nodes are labelled with text when the graph has at most this many nodes. Default 40; allowed 0..10000.</summary>
    public int MaxLabelledNodes { get; init; } = 40;
}
