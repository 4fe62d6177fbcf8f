using System.Globalization;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Structure;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Visualization;

// Pictures, one family per file: Node-link drawings of graphs and partitions.
public static partial class Pictures
{
    /// <summary>
    /// A node-link drawing of a graph with a force-directed layout, nodes coloured by community; beyond
    /// <see cref="GraphDrawingOptions.MaxNodes"/> nodes, the community summary (<see cref="CommunitySummary"/>).
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="partition">Communities to colour by (the eight largest get palette colours, the rest grey); null
    /// for one colour (and, for a graph above the size limit, the summary of its weakly connected components).</param>
    /// <param name="options">Drawing options; null for the defaults.</param>
    /// <returns>The picture; its <see cref="SvgImage.Diagnostics"/> report the layout's random seed.</returns>
    /// <remarks>Layout: <see cref="ForceLayout.FruchtermanReingold"/>. Edges are drawn as one path (directed arcs without
    /// arrowheads); node tooltips name the node and its community when there are at most 500 nodes.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentException">The partition does not cover the graph's nodes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static SvgImage Graph(CsrGraph graph, Partition? partition = null, GraphDrawingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= GraphDrawingOptions.Default;
        Validate(options);
        CheckPartition(graph, partition);
        int n = graph.NodeCount;
        if (n > options.MaxNodes)
        {
            var groups = partition ?? Components.ConnectedComponents(graph).ToPartition();
            var summary = CommunitySummary(graph, groups, options);
            var notes = new List<string>
            {
                string.Create(CultureInfo.InvariantCulture,
                    $"{n} nodes exceed options.MaxNodes = {options.MaxNodes}; drawn as the summary of {(partition is null ? "weakly connected components" : "communities")}."),
            };
            notes.AddRange(summary.Diagnostics);
            return new SvgImage(summary.Svg, summary.Width, summary.Height, summary.Title, notes);
        }

        var layout = ForceLayout.FruchtermanReingold(graph, options.Layout);
        var rank = partition is null ? null : SizeRank(partition);
        bool legend = partition is not null;
        double width = options.Width;
        double height = options.Height;
        string title = options.Title ?? string.Create(CultureInfo.InvariantCulture,
            $"{n} nodes, {graph.EdgeCount} edges{(partition is null ? "" : $", {partition.CommunityCount} communities")}");
        var w = new SvgWriter(width, height, title);
        ChartKit.Title(w, title);
        double left = 16;
        double top = TitleBand;
        double right = width - 16 - (legend ? LegendWidth : 0);
        double bottom = height - 16;
        double radius = Math.Clamp(Math.Sqrt((right - left) * (bottom - top) / Math.Max(1, n)) * 0.22, 2, 8);
        double px(int v) => left + radius + layout.X[v] * (right - left - 2 * radius);
        double py(int v) => top + radius + layout.Y[v] * (bottom - top - 2 * radius);

        var edges = new PathData();
        for (int u = 0; u < n; u++)
        {
            foreach (int v in graph.Neighbors(u))
            {
                if (v == u || (!graph.IsDirected && v < u))
                {
                    continue;
                }
                edges.MoveTo(px(u), py(u)).LineTo(px(v), py(v));
            }
        }
        if (!edges.IsEmpty)
        {
            w.Path(edges.ToString(), "#8c8c8c", n > 500 ? 0.5 : 1, opacity: 0.6);
        }
        bool tooltips = n <= 500;
        w.BeginGroup("class=\"nodes\" stroke=\"#333333\" stroke-width=\"0.6\"");
        for (int v = 0; v < n; v++)
        {
            string fill = rank is null ? Palette.Categorical[4] : Palette.Color(rank[partition!.Membership[v]]);
            string? tip = tooltips
                ? (partition is null ? NodeName(options, v) : string.Create(CultureInfo.InvariantCulture, $"{NodeName(options, v)} · {CommunityName(options.CommunityNames, partition.Membership[v])}"))
                : null;
            w.Circle(px(v), py(v), radius, fill, tooltip: tip);
        }
        w.EndGroup();
        if (n <= options.MaxLabelledNodes)
        {
            w.BeginGroup("class=\"labels\"");
            for (int v = 0; v < n; v++)
            {
                w.Text(px(v) + radius + 2, py(v) + 4, ChartKit.Truncate(NodeName(options, v), 24), "start", 10, "#333333");
            }
            w.EndGroup();
        }
        if (partition is not null)
        {
            CommunityLegend(w, partition, rank!, right + 16, top + 4, options.CommunityNames);
        }
        var diagnostics = new List<string> { string.Create(CultureInfo.InvariantCulture, $"layout random seed {layout.RandomSeed}") };
        diagnostics.AddRange(layout.Diagnostics);
        return new SvgImage(w.Finish(), width, height, title, diagnostics);
    }

    /// <summary>
    /// The community-level summary graph: one disc per community with area proportional to its members, one edge per pair
    /// of communities joined by at least one edge, its width proportional to the total inter-community weight.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="partition">The communities.</param>
    /// <param name="options">Drawing options (size, title, layout seed; at most <see cref="GraphDrawingOptions.MaxNodes"/>
    /// largest communities are drawn).</param>
    /// <returns>The picture.</returns>
    /// <remarks>O(n + m + k log k) plus the layout of the k-node summary graph. Directed arcs are summed in both
    /// directions into one undirected summary edge.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The partition does not cover the graph's nodes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static SvgImage CommunitySummary(CsrGraph graph, Partition partition, GraphDrawingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(partition);
        options ??= GraphDrawingOptions.Default;
        Validate(options);
        CheckPartition(graph, partition);
        int k = partition.CommunityCount;
        int[] rank = SizeRank(partition);
        int kept = Math.Min(k, options.MaxNodes);
        // summary node i = the community of size rank i
        var byRank = new int[k];
        for (int c = 0; c < k; c++)
        {
            byRank[rank[c]] = c;
        }
        var membership = partition.Membership;
        var acc = new double[k];
        var touched = new List<int>();
        var summaryBuilder = new GraphBuilder(directed: false, weighted: true);
        summaryBuilder.EnsureNodeCount(kept);
        var internalWeight = new double[k];
        double maxWeight = 0;
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        double[]? weights = graph.WeightsArray;
        for (int c = 0; c < k; c++)
        {
            if (rank[c] >= kept)
            {
                continue;
            }
            foreach (int u in partition.Members(c))
            {
                for (int a = offsets[u]; a < offsets[u + 1]; a++)
                {
                    int d = membership[targets[a]];
                    double wt = weights is null ? 1 : weights[a];
                    if (d == c)
                    {
                        internalWeight[c] += wt;
                        continue;
                    }
                    if (rank[d] >= kept || (!graph.IsDirected && rank[d] < rank[c]))
                    {
                        continue;
                    }
                    if (acc[d] == 0)
                    {
                        touched.Add(d);
                    }
                    acc[d] += wt;
                }
            }
            foreach (int d in touched)
            {
                if (acc[d] > 0)
                {
                    summaryBuilder.AddEdge(rank[c], rank[d], acc[d]);
                }
                acc[d] = 0;
            }
            touched.Clear();
        }
        var summary = summaryBuilder.Build();
        foreach (double wt in summary.Weights)
        {
            maxWeight = Math.Max(maxWeight, wt);
        }
        var layout = ForceLayout.FruchtermanReingold(summary, options.Layout);
        double width = options.Width;
        double height = options.Height;
        string title = options.Title ?? string.Create(CultureInfo.InvariantCulture,
            $"Community summary: {graph.NodeCount} nodes in {k} communities");
        var w = new SvgWriter(width, height, title);
        ChartKit.Title(w, title);
        double left = 16;
        double top = TitleBand;
        double right = width - 16 - LegendWidth;
        double bottom = height - 16;
        int largest = k == 0 ? 0 : partition.Size(byRank[0]);
        double rMax = Math.Clamp(Math.Min(right - left, bottom - top) / (2.5 * Math.Sqrt(Math.Max(1, kept))), 4, 60);
        double radiusOf(int i) => Math.Max(2, rMax * Math.Sqrt((double)partition.Size(byRank[i]) / Math.Max(1, largest)));
        double px(int i) => left + rMax + layout.X[i] * (right - left - 2 * rMax);
        double py(int i) => top + rMax + layout.Y[i] * (bottom - top - 2 * rMax);
        w.BeginGroup("class=\"summary-edges\"");
        for (int i = 0; i < kept; i++)
        {
            var row = summary.Neighbors(i);
            var rowWeights = summary.NeighborWeights(i);
            for (int a = 0; a < row.Length; a++)
            {
                int j = row[a];
                if (j <= i)
                {
                    continue;
                }
                w.Line(px(i), py(i), px(j), py(j), "#777777", 0.5 + 7 * rowWeights[a] / Math.Max(1e-300, maxWeight), opacity: 0.45);
            }
        }
        w.EndGroup();
        w.BeginGroup("class=\"communities\" stroke=\"#333333\" stroke-width=\"0.8\"");
        for (int i = 0; i < kept; i++)
        {
            int c = byRank[i];
            string tip = string.Create(CultureInfo.InvariantCulture,
                $"{CommunityName(options.CommunityNames, c)}: {partition.Size(c)} members, internal weight {ChartKit.Label(graph.IsDirected ? internalWeight[c] : internalWeight[c] / 2)}");
            w.Circle(px(i), py(i), radiusOf(i), Palette.Color(i), tooltip: tip);
        }
        w.EndGroup();
        if (kept <= 30)
        {
            w.BeginGroup("class=\"labels\"");
            for (int i = 0; i < kept; i++)
            {
                w.Text(px(i), py(i) + 4, partition.Size(byRank[i]).ToString(CultureInfo.InvariantCulture), "middle", 10, "#111111");
            }
            w.EndGroup();
        }
        CommunityLegend(w, partition, rank, right + 16, top + 4, options.CommunityNames);
        var diagnostics = new List<string> { string.Create(CultureInfo.InvariantCulture, $"layout random seed {layout.RandomSeed}") };
        if (kept < k)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture, $"showing the {kept} largest of {k} communities"));
        }
        return new SvgImage(w.Finish(), width, height, title, diagnostics);
    }

    /// <summary>Community sizes as a bar chart (largest first, at most 20 bars and an "other" bar).</summary>
    internal static SvgImage PartitionSizes(Partition partition)
    {
        int[] rank = SizeRank(partition);
        var byRank = new int[partition.CommunityCount];
        for (int c = 0; c < byRank.Length; c++)
        {
            byRank[rank[c]] = c;
        }
        var bars = new List<BarDatum>();
        int shown = Math.Min(20, byRank.Length);
        for (int i = 0; i < shown; i++)
        {
            bars.Add(new BarDatum(string.Create(CultureInfo.InvariantCulture, $"community {byRank[i]}"), partition.Size(byRank[i])));
        }
        if (byRank.Length > shown)
        {
            int rest = 0;
            for (int i = shown; i < byRank.Length; i++)
            {
                rest += partition.Size(byRank[i]);
            }
            bars.Add(new BarDatum(string.Create(CultureInfo.InvariantCulture, $"{byRank.Length - shown} others"), rest));
        }
        return BarChart(bars, new ChartOptions { Title = "Community sizes", XLabel = "members", Height = 120 });
    }
}
