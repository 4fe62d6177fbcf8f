using System.Globalization;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Visualization;

/// <summary>
/// Self-contained SVG pictures of graphs, partitions, cascades and metrics: node-link drawings coloured by community, the
/// network-vs-community map of employees, cascade trees, cascade-size distributions, exposure curves p(k), fair-credit
/// bar charts and tables.
/// </summary>
/// <remarks>
/// <para>Every picture is one <c>&lt;svg&gt;</c> element with a viewBox, system fonts, the colour-blind-safe
/// <see cref="Palette"/>, no script and no URL other than the SVG namespace: it renders offline in browsers, notebooks,
/// reports and READMEs. Numbers are written in the invariant culture. The same inputs (and layout random seed) give the
/// same bytes.</para>
/// <para>Inputs are core types or plain records (<see cref="ScatterPoint"/>, <see cref="BarDatum"/>,
/// <see cref="DataSeries"/>, <see cref="TableData"/>), so any result can be drawn by mapping it to them.</para>
/// </remarks>
public static partial class Pictures
{
    private const double TitleBand = 36;
    private const double LegendWidth = 190;

    /// <summary>The rank of every community by size (largest first, ties by lower index).</summary>
    internal static int[] SizeRank(Partition partition)
    {
        int k = partition.CommunityCount;
        var order = new int[k];
        var sizes = partition.Sizes();
        for (int c = 0; c < k; c++)
        {
            order[c] = c;
        }
        Array.Sort(order, (a, b) => sizes[a] != sizes[b] ? sizes[b].CompareTo(sizes[a]) : a.CompareTo(b));
        var rank = new int[k];
        for (int i = 0; i < k; i++)
        {
            rank[order[i]] = i;
        }
        return rank;
    }

    private static string CommunityName(IReadOnlyList<string>? names, int community) =>
        names is not null && community < names.Count ? names[community] : string.Create(CultureInfo.InvariantCulture, $"community {community}");

    private static void CommunityLegend(SvgWriter w, Partition partition, int[] rank, double x, double y, IReadOnlyList<string>? communityNames = null)
    {
        int k = partition.CommunityCount;
        var byRank = new int[k];
        for (int c = 0; c < k; c++)
        {
            byRank[rank[c]] = c;
        }
        var names = new List<string>();
        var colors = new List<string>();
        int shown = Math.Min(k, Palette.Categorical.Length);
        for (int i = 0; i < shown; i++)
        {
            names.Add(string.Create(CultureInfo.InvariantCulture, $"{CommunityName(communityNames, byRank[i])} ({partition.Size(byRank[i])})"));
            colors.Add(Palette.Color(i));
        }
        if (k > shown)
        {
            int rest = 0;
            for (int i = shown; i < k; i++)
            {
                rest += partition.Size(byRank[i]);
            }
            names.Add(string.Create(CultureInfo.InvariantCulture, $"{k - shown} others ({rest})"));
            colors.Add(Palette.Other);
        }
        ChartKit.Legend(w, x, y, names, colors, discs: true, maxChars: 26);
    }

    private static string NodeName(GraphDrawingOptions options, int v) =>
        options.NodeLabels is not null && v < options.NodeLabels.Count ? options.NodeLabels[v] : v.ToString(CultureInfo.InvariantCulture);

    private static void CheckPartition(CsrGraph graph, Partition? partition)
    {
        if (partition is not null && partition.NodeCount != graph.NodeCount)
        {
            ThrowHelper.Argument(nameof(partition), string.Create(CultureInfo.InvariantCulture,
                $"The partition covers {partition.NodeCount} nodes; the graph has {graph.NodeCount}."));
        }
    }

    private static void Validate(GraphDrawingOptions options)
    {
        CheckSize(options.Width, options.Height, "options");
        if (options.MaxNodes is < 1 or > 20_000)
        {
            ThrowHelper.ArgumentOutOfRange("options.MaxNodes", options.MaxNodes, "1..20000");
        }
        if (options.MaxLabelledNodes is < 0 or > 10_000)
        {
            ThrowHelper.ArgumentOutOfRange("options.MaxLabelledNodes", options.MaxLabelledNodes, "0..10000");
        }
    }

    private static void Validate(ChartOptions options) => CheckSize(options.Width, options.Height, "options");

    private static void CheckSize(double width, double height, string name)
    {
        if (!(width >= 100 && width <= 10_000))
        {
            ThrowHelper.ArgumentOutOfRange(name + ".Width", width, "100..10000");
        }
        if (!(height >= 100 && height <= 10_000))
        {
            ThrowHelper.ArgumentOutOfRange(name + ".Height", height, "100..10000");
        }
    }
}
