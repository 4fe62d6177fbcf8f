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
public static class Pictures
{
    private const double TitleBand = 36;
    private const double LegendWidth = 190;

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
            var groups = partition ?? WeakComponents(graph);
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

    /// <summary>
    /// The network-vs-community map: one point per employee (x = network spread, y = community resonance), with quadrant
    /// lines and the quadrant names and counts.
    /// </summary>
    /// <param name="points">The points; any number, including none.</param>
    /// <param name="options">Options; null for the defaults (median thresholds).</param>
    /// <returns>The picture; <see cref="SvgImage.Diagnostics"/> list the count in each quadrant.</returns>
    /// <remarks>A point lies in the right half when x ≥ the x threshold and in the upper half when y ≥ the y threshold.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="points"/> is null.</exception>
    /// <exception cref="ArgumentException">A coordinate is not finite, or there are not exactly four quadrant labels (nor none).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static SvgImage Scatter(IReadOnlyList<ScatterPoint> points, ScatterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        options ??= ScatterOptions.Default;
        CheckSize(options.Width, options.Height, "options");
        if (!options.QuadrantLabels.IsDefaultOrEmpty && options.QuadrantLabels.Length != 4)
        {
            ThrowHelper.Argument(nameof(options), "options.QuadrantLabels must have exactly four labels (top-left, top-right, bottom-left, bottom-right) or none.");
        }
        if (options.MaxLabelledPoints is < 0 or > 10_000)
        {
            ThrowHelper.ArgumentOutOfRange("options.MaxLabelledPoints", options.MaxLabelledPoints, "0..10000");
        }
        var xs = new List<double>(points.Count);
        var ys = new List<double>(points.Count);
        for (int i = 0; i < points.Count; i++)
        {
            var p = points[i] ?? throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"points[{i}] is null."), nameof(points));
            if (!double.IsFinite(p.X) || !double.IsFinite(p.Y))
            {
                ThrowHelper.Argument(nameof(points), string.Create(CultureInfo.InvariantCulture, $"points[{i}] ({p.Label}) has a non-finite coordinate ({p.X}, {p.Y})."));
            }
            xs.Add(p.X);
            ys.Add(p.Y);
        }
        double xt = options.XThreshold ?? ChartKit.Median(xs);
        double yt = options.YThreshold ?? ChartKit.Median(ys);
        double xMin = Math.Min(xt, xs.Count == 0 ? xt : xs.Min());
        double xMax = Math.Max(xt, xs.Count == 0 ? xt : xs.Max());
        double yMin = Math.Min(yt, ys.Count == 0 ? yt : ys.Min());
        double yMax = Math.Max(yt, ys.Count == 0 ? yt : ys.Max());
        (xMin, xMax) = options.XRange is { } xr && xr.Max > xr.Min ? xr : ChartKit.NiceRange(xMin, xMax);
        (yMin, yMax) = options.YRange is { } yr && yr.Max > yr.Min ? yr : ChartKit.NiceRange(yMin, yMax);

        var groups = new List<string>();
        foreach (var p in points)
        {
            if (p.Group is not null && !groups.Contains(p.Group))
            {
                groups.Add(p.Group);
            }
        }
        bool legend = groups.Count > 0;
        double width = options.Width;
        double height = options.Height;
        var w = new SvgWriter(width, height, options.Title);
        ChartKit.Title(w, options.Title);
        double left = 60;
        double top = TitleBand;
        double right = width - 16 - (legend ? 140 : 0);
        double bottom = height - 48;
        // reserve a 22-pixel band at the top and bottom of the plot for the quadrant names, clear of the points
        double[] yTicks = ChartKit.NiceTicks(yMin, yMax);
        double yPad = (yMax - yMin) * 22 / Math.Max(1, bottom - top - 44);
        yMin -= yPad;
        yMax += yPad;
        ChartKit.Axes(w, left, top, right, bottom, xMin, xMax, ChartKit.NiceTicks(xMin, xMax), yMin, yMax,
            yTicks, options.XLabel, options.YLabel);
        // points outside an explicit range sit on the frame's edge
        double PlotX(double x) => Math.Clamp(ChartKit.Map(x, xMin, xMax, left, right), left, right);
        double PlotY(double y) => Math.Clamp(ChartKit.Map(y, yMin, yMax, bottom, top), top, bottom);
        double qx = ChartKit.Map(xt, xMin, xMax, left, right);
        double qy = ChartKit.Map(yt, yMin, yMax, bottom, top);
        w.BeginGroup("class=\"quadrants\"");
        w.Line(qx, top, qx, bottom, "#666666", 1.2, "6 4");
        w.Line(left, qy, right, qy, "#666666", 1.2, "6 4");
        var counts = new int[4]; // top-left, top-right, bottom-left, bottom-right
        foreach (var p in points)
        {
            counts[(p.Y >= yt ? 0 : 2) + (p.X >= xt ? 1 : 0)]++;
        }
        var diagnostics = new List<string>();
        if (!options.QuadrantLabels.IsDefaultOrEmpty)
        {
            var q = options.QuadrantLabels;
            string Name(int i) => string.Create(CultureInfo.InvariantCulture, $"{q[i]} ({counts[i]})");
            w.Text(left + 6, top + 16, Name(0), "start", 13, "#666666", "bold");
            w.Text(right - 6, top + 16, Name(1), "end", 13, "#666666", "bold");
            w.Text(left + 6, bottom - 8, Name(2), "start", 13, "#666666", "bold");
            w.Text(right - 6, bottom - 8, Name(3), "end", 13, "#666666", "bold");
            for (int i = 0; i < 4; i++)
            {
                diagnostics.Add(Name(i));
            }
        }
        w.EndGroup();
        w.BeginGroup("class=\"points\" stroke=\"#333333\" stroke-width=\"0.6\" fill-opacity=\"0.85\"");
        foreach (var p in points)
        {
            string fill = p.Group is null ? Palette.Categorical[4] : Palette.Color(groups.IndexOf(p.Group));
            string tip = string.Create(CultureInfo.InvariantCulture, $"{p.Label}{(p.Group is null ? "" : " · " + p.Group)} ({ChartKit.Label(p.X)}, {ChartKit.Label(p.Y)})");
            w.Circle(PlotX(p.X), PlotY(p.Y), 4.5, fill, tooltip: tip);
        }
        w.EndGroup();
        if (points.Count <= options.MaxLabelledPoints)
        {
            w.BeginGroup("class=\"labels\"");
            foreach (var p in points)
            {
                w.Text(PlotX(p.X) + 7, PlotY(p.Y) - 5,
                    ChartKit.Truncate(p.Label, 24), "start", 10, "#333333");
            }
            w.EndGroup();
        }
        if (legend)
        {
            var names = new List<string>();
            var colors = new List<string>();
            for (int i = 0; i < groups.Count && i < Palette.Categorical.Length; i++)
            {
                names.Add(ChartKit.Truncate(groups[i], 18));
                colors.Add(Palette.Color(i));
            }
            if (groups.Count > Palette.Categorical.Length)
            {
                names.Add(string.Create(CultureInfo.InvariantCulture, $"other ({groups.Count - Palette.Categorical.Length} groups)"));
                colors.Add(Palette.Other);
            }
            ChartKit.Legend(w, right + 16, top + 4, names, colors, discs: true);
        }
        return new SvgImage(w.Finish(), width, height, options.Title, diagnostics);
    }

    /// <summary>
    /// A cascade as a tree drawn by steps: initial sharers on top (step 0), each adopter one row per step below, joined to
    /// the node that activated it; nodes coloured by community.
    /// </summary>
    /// <param name="cascade">The cascade.</param>
    /// <param name="partition">Communities to colour by; null for one colour.</param>
    /// <param name="options">Chart options; null for the defaults.</param>
    /// <param name="nodeLabels">Node names (index = node); null for the node numbers.</param>
    /// <returns>The picture. At most 2,000 adopters are drawn (the first in adoption order, which keeps every drawn
    /// adopter's parent); the diagnostics say so.</returns>
    /// <remarks>
    /// Layout: a layered tidy-tree drawing (rows = steps; leaves placed left to right in depth-first order of adoption;
    /// each parent centred over its first and last child), which meets the aesthetics of E. M. Reingold and J. S. Tilford,
    /// "Tidier drawings of trees", IEEE Transactions on Software Engineering SE-7(2):223–228, 1981,
    /// doi:10.1109/TSE.1981.234519 (no crossings, parents centred over children), though not their minimal width.
    /// Adopters with no recorded parent start their own tree at their step. Initial sharers have a thick outline. O(size).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="cascade"/> is null.</exception>
    /// <exception cref="ArgumentException">The partition's node count differs from the cascade's.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static SvgImage CascadeTree(Cascade cascade, Partition? partition = null, ChartOptions? options = null, IReadOnlyList<string>? nodeLabels = null)
    {
        ArgumentNullException.ThrowIfNull(cascade);
        options ??= ChartOptions.Default;
        Validate(options);
        if (partition is not null && partition.NodeCount != cascade.NodeCount)
        {
            ThrowHelper.Argument(nameof(partition), string.Create(CultureInfo.InvariantCulture,
                $"The partition covers {partition.NodeCount} nodes; the cascade ran on {cascade.NodeCount}."));
        }
        const int limit = 2000;
        int m = Math.Min(cascade.Size, limit);
        var diagnostics = new List<string>();
        if (cascade.Size > limit)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture, $"showing the first {limit} of {cascade.Size} adopters"));
        }
        var indexOf = new Dictionary<int, int>(m);
        for (int i = 0; i < m; i++)
        {
            indexOf[cascade.Adopters[i]] = i;
        }
        // children in adoption order (CSR over drawn adopters)
        var parentIndex = new int[m];
        var childCount = new int[m + 1];
        for (int i = 0; i < m; i++)
        {
            int p = cascade.Parents[i];
            parentIndex[i] = p >= 0 && indexOf.TryGetValue(p, out int pi) ? pi : -1;
            if (parentIndex[i] >= 0)
            {
                childCount[parentIndex[i] + 1]++;
            }
        }
        for (int i = 0; i < m; i++)
        {
            childCount[i + 1] += childCount[i];
        }
        var children = new int[Math.Max(0, childCount[m])];
        var cursor = new int[m];
        Array.Copy(childCount, cursor, m);
        for (int i = 0; i < m; i++)
        {
            if (parentIndex[i] >= 0)
            {
                children[cursor[parentIndex[i]]++] = i;
            }
        }
        // leaf order by iterative depth-first traversal from the roots in adoption order
        var slot = new double[m];
        double nextLeaf = 0;
        var stack = new Stack<(int Node, bool Done)>();
        for (int root = m - 1; root >= 0; root--)
        {
            if (parentIndex[root] < 0)
            {
                stack.Push((root, false));
            }
        }
        // roots must be visited in adoption order: the stack holds them reversed
        while (stack.Count > 0)
        {
            var (node, done) = stack.Pop();
            int first = childCount[node];
            int last = childCount[node + 1];
            if (done)
            {
                slot[node] = (slot[children[first]] + slot[children[last - 1]]) / 2;
                continue;
            }
            if (first == last)
            {
                slot[node] = nextLeaf++;
                continue;
            }
            stack.Push((node, true));
            for (int c = last - 1; c >= first; c--)
            {
                stack.Push((children[c], false));
            }
        }
        int lastStep = m == 0 ? 0 : cascade.Steps[m - 1];
        var rank = partition is null ? null : SizeRank(partition);
        double width = options.Width;
        double height = options.Height;
        string title = options.Title ?? cascade.ToString();
        var w = new SvgWriter(width, height, title);
        ChartKit.Title(w, title);
        double left = 64;
        double top = TitleBand + 10;
        double right = width - 16 - (partition is null ? 0 : LegendWidth);
        double bottom = height - 24;
        double leaves = Math.Max(1, nextLeaf);
        double radius = Math.Clamp((right - left) / leaves * 0.35, 1.5, 7);
        double px(int i) => left + (slot[i] + 0.5) / leaves * (right - left);
        double py(int i) => lastStep == 0 ? (top + bottom) / 2 : ChartKit.Map(cascade.Steps[i], 0, lastStep, top, bottom);
        w.BeginGroup("class=\"steps\"");
        int stepStride = Math.Max(1, (int)Math.Ceiling(lastStep / 20.0));
        for (int s = 0; s <= lastStep; s += stepStride)
        {
            double y = lastStep == 0 ? (top + bottom) / 2 : ChartKit.Map(s, 0, lastStep, top, bottom);
            w.Line(left - 4, y, right, y, "#eeeeee", 1);
            w.Text(left - 8, y + 4, string.Create(CultureInfo.InvariantCulture, $"step {s}"), "end", 11, "#555555");
        }
        w.EndGroup();
        var edges = new PathData();
        for (int i = 0; i < m; i++)
        {
            if (parentIndex[i] >= 0)
            {
                edges.MoveTo(px(parentIndex[i]), py(parentIndex[i])).LineTo(px(i), py(i));
            }
        }
        if (!edges.IsEmpty)
        {
            w.Path(edges.ToString(), "#7a7a7a", 1, opacity: 0.8);
        }
        bool tooltips = m <= 500;
        w.BeginGroup("class=\"adopters\" stroke=\"#222222\"");
        for (int i = 0; i < m; i++)
        {
            int v = cascade.Adopters[i];
            string fill = rank is null ? Palette.Categorical[4] : Palette.Color(rank[partition!.Membership[v]]);
            string name = nodeLabels is not null && v < nodeLabels.Count ? nodeLabels[v] : v.ToString(CultureInfo.InvariantCulture);
            string? tip = tooltips
                ? string.Create(CultureInfo.InvariantCulture, $"{name} · step {cascade.Steps[i]}{(partition is null ? "" : $" · community {partition.Membership[v]}")}")
                : null;
            bool sharer = i < cascade.InitialSharerCount;
            w.Circle(px(i), py(i), sharer ? radius + 1.5 : radius, fill, tooltip: tip, cssClass: sharer ? "sharer" : null);
        }
        w.EndGroup();
        if (m <= 40)
        {
            w.BeginGroup("class=\"labels\"");
            for (int i = 0; i < m; i++)
            {
                int v = cascade.Adopters[i];
                string name = nodeLabels is not null && v < nodeLabels.Count ? nodeLabels[v] : v.ToString(CultureInfo.InvariantCulture);
                w.Text(px(i), py(i) - radius - 4, ChartKit.Truncate(name, 16), "middle", 10, "#333333");
            }
            w.EndGroup();
        }
        if (partition is not null)
        {
            CommunityLegend(w, partition, rank!, right + 16, top);
        }
        return new SvgImage(w.Finish().Replace("class=\"sharer\"", "class=\"sharer\" stroke-width=\"2.5\"", StringComparison.Ordinal),
            width, height, title, diagnostics);
    }

    /// <summary>The distribution of cascade sizes (share of runs per size bin), one bar colour per series.</summary>
    /// <param name="series">One series per strategy or model: its values are cascade sizes (0 or more).</param>
    /// <param name="options">Chart options; null for the defaults.</param>
    /// <returns>The picture; the legend gives each series' mean and number of runs.</returns>
    /// <remarks>Sizes up to 30 get one bin per size; larger ranges are cut into 20 equal integer bins.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">A value is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static SvgImage CascadeSizeHistogram(IReadOnlyList<DataSeries> series, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        options ??= ChartOptions.Default;
        Validate(options);
        double min = double.PositiveInfinity;
        double max = double.NegativeInfinity;
        foreach (var s in series)
        {
            foreach (double v in s.Values.IsDefault ? [] : s.Values)
            {
                if (!double.IsFinite(v) || v < 0)
                {
                    ThrowHelper.Argument(nameof(series), string.Create(CultureInfo.InvariantCulture, $"Series '{s.Name}' has the size {v}; sizes are finite and 0 or more."));
                }
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }
        }
        if (double.IsInfinity(min))
        {
            min = 0;
            max = 0;
        }
        long lo = (long)Math.Floor(min);
        long hi = (long)Math.Floor(max);
        long binWidth = hi - lo + 1 <= 30 ? 1 : (long)Math.Ceiling((hi - lo + 1) / 20.0);
        int bins = (int)((hi - lo) / binWidth + 1);
        var shares = new double[series.Count][];
        double yMax = 0;
        var names = new List<string>();
        var colors = new List<string>();
        for (int s = 0; s < series.Count; s++)
        {
            var values = series[s].Values.IsDefault ? [] : series[s].Values;
            var counts = new double[bins];
            double sum = 0;
            foreach (double v in values)
            {
                counts[(int)(((long)Math.Floor(v) - lo) / binWidth)]++;
                sum += v;
            }
            for (int b = 0; b < bins; b++)
            {
                counts[b] = values.Length == 0 ? 0 : counts[b] / values.Length;
                yMax = Math.Max(yMax, counts[b]);
            }
            shares[s] = counts;
            names.Add(string.Create(CultureInfo.InvariantCulture,
                $"{ChartKit.Truncate(series[s].Name, 16)} (mean {ChartKit.Label(values.Length == 0 ? double.NaN : sum / values.Length)}, {values.Length} runs)"));
            colors.Add(Palette.Color(s));
        }
        double width = options.Width;
        double height = options.Height;
        string title = options.Title ?? "Cascade sizes";
        var w = new SvgWriter(width, height, title);
        ChartKit.Title(w, title);
        double left = 60;
        double top = TitleBand + Math.Max(0, series.Count) * 18 + 4;
        double right = width - 16;
        double bottom = height - 48;
        (double y0, double y1) = ChartKit.NiceRange(0, Math.Max(yMax, 0.01));
        // x axis in size units: bins from lo to lo + bins·binWidth
        double x0 = lo - 0.5;
        double x1 = lo + bins * binWidth - 0.5;
        ChartKit.Axes(w, left, top, right, bottom, x0, x1, ChartKit.NiceTicks(Math.Max(lo, x0), x1), y0, y1, ChartKit.NiceTicks(y0, y1),
            options.XLabel ?? "cascade size (adopters)", options.YLabel ?? "share of runs");
        w.BeginGroup("class=\"bars\"");
        double binPixels = (right - left) / bins;
        double barPixels = binPixels * 0.9 / Math.Max(1, series.Count);
        for (int s = 0; s < series.Count; s++)
        {
            for (int b = 0; b < bins; b++)
            {
                if (shares[s][b] <= 0)
                {
                    continue;
                }
                double bx = left + b * binPixels + binPixels * 0.05 + s * barPixels;
                double by = ChartKit.Map(shares[s][b], y0, y1, bottom, top);
                long from = lo + b * binWidth;
                string range = binWidth == 1 ? from.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{from}–{from + binWidth - 1}");
                w.Rect(bx, by, barPixels, bottom - by, Palette.Color(s), tooltip: string.Create(CultureInfo.InvariantCulture,
                    $"{series[s].Name}: size {range}, share {ChartKit.Label(shares[s][b])}"));
            }
        }
        w.EndGroup();
        ChartKit.Legend(w, left + 8, TitleBand, names, colors);
        return new SvgImage(w.Finish(), width, height, title);
    }

    /// <summary>The distribution of the sizes of some cascades (see <see cref="CascadeSizeHistogram(IReadOnlyList{DataSeries}, ChartOptions?)"/>).</summary>
    /// <param name="cascades">The cascades, for example the runs of one simulation.</param>
    /// <param name="name">The legend name. Default "cascades".</param>
    /// <param name="options">Chart options; null for the defaults.</param>
    /// <returns>The picture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cascades"/> is null.</exception>
    public static SvgImage CascadeSizeHistogram(IEnumerable<Cascade> cascades, string name = "cascades", ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cascades);
        var sizes = new List<double>();
        foreach (var c in cascades)
        {
            sizes.Add(c.Size);
        }
        return CascadeSizeHistogram([new DataSeries(name, [.. sizes])], options);
    }

    /// <summary>
    /// Exposure curves p(k): the probability of adopting after exactly k distinct adopting neighbours (reinforcement). A
    /// curve that rises past k = 1 indicates complex, reinforcing diffusion (Romero, Meeder and Kleinberg 2011; Centola 2010).
    /// </summary>
    /// <param name="series">One curve per series: <c>Values[i]</c> is p(k = i + 1), in [0, 1], or NaN where undefined (the
    /// line breaks there).</param>
    /// <param name="options">Chart options; null for the defaults.</param>
    /// <returns>The picture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">A value is outside [0, 1] and not NaN.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static SvgImage ExposureCurve(IReadOnlyList<DataSeries> series, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        options ??= ChartOptions.Default;
        Validate(options);
        int kMax = 1;
        foreach (var s in series)
        {
            var values = s.Values.IsDefault ? [] : s.Values;
            kMax = Math.Max(kMax, values.Length);
            foreach (double v in values)
            {
                if (!double.IsNaN(v) && !(v >= 0 && v <= 1))
                {
                    ThrowHelper.Argument(nameof(series), string.Create(CultureInfo.InvariantCulture, $"Series '{s.Name}' has p = {v}; allowed: [0, 1] or NaN."));
                }
            }
        }
        double width = options.Width;
        double height = options.Height;
        string title = options.Title ?? "Exposure curve p(k)";
        var w = new SvgWriter(width, height, title);
        ChartKit.Title(w, title);
        double left = 60;
        double top = TitleBand + series.Count * 18 + 4;
        double right = width - 16;
        double bottom = height - 48;
        double x0 = 0.5;
        double x1 = kMax + 0.5;
        var xTicks = ChartKit.NiceTicks(1, kMax, Math.Min(10, kMax));
        ChartKit.Axes(w, left, top, right, bottom, x0, x1, xTicks.Where(t => t >= 1 && Math.Abs(t - Math.Round(t)) < 1e-9).ToArray(), 0, 1,
            ChartKit.NiceTicks(0, 1), options.XLabel ?? "k (distinct adopting neighbours)", options.YLabel ?? "p(k)");
        var names = new List<string>();
        var colors = new List<string>();
        for (int s = 0; s < series.Count; s++)
        {
            var values = series[s].Values.IsDefault ? [] : series[s].Values;
            string color = Palette.Color(s);
            var path = new PathData();
            bool open = false;
            for (int i = 0; i < values.Length; i++)
            {
                if (double.IsNaN(values[i]))
                {
                    open = false;
                    continue;
                }
                double px = ChartKit.Map(i + 1, x0, x1, left, right);
                double py = ChartKit.Map(values[i], 0, 1, bottom, top);
                if (open)
                {
                    path.LineTo(px, py);
                }
                else
                {
                    path.MoveTo(px, py);
                    open = true;
                }
            }
            w.BeginGroup(string.Create(CultureInfo.InvariantCulture, $"class=\"series\""));
            if (!path.IsEmpty)
            {
                w.Path(path.ToString(), color, 2);
            }
            for (int i = 0; i < values.Length; i++)
            {
                if (!double.IsNaN(values[i]))
                {
                    w.Circle(ChartKit.Map(i + 1, x0, x1, left, right), ChartKit.Map(values[i], 0, 1, bottom, top), 4, color, "#333333",
                        string.Create(CultureInfo.InvariantCulture, $"{series[s].Name}: p({i + 1}) = {ChartKit.Label(values[i])}"));
                }
            }
            w.EndGroup();
            names.Add(ChartKit.Truncate(series[s].Name, 40));
            colors.Add(color);
        }
        ChartKit.Legend(w, left + 8, TitleBand, names, colors);
        return new SvgImage(w.Finish(), width, height, title);
    }

    /// <summary>A horizontal bar chart, for example the fair credit of each employee, with one bar per series in each group.</summary>
    /// <param name="bars">The bars; groups follow the first appearance of each label, series the first appearance of each series.</param>
    /// <param name="options">Chart options (the height follows the number of groups; <see cref="ChartOptions.Height"/> is not used); null for the defaults.</param>
    /// <returns>The picture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bars"/> is null.</exception>
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static SvgImage BarChart(IReadOnlyList<BarDatum> bars, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        options ??= ChartOptions.Default;
        Validate(options);
        var labels = new List<string>();
        var seriesNames = new List<string>();
        double min = 0;
        double max = 0;
        int longest = 4;
        foreach (var b in bars)
        {
            ArgumentNullException.ThrowIfNull(b, nameof(bars));
            if (!double.IsFinite(b.Value))
            {
                ThrowHelper.Argument(nameof(bars), string.Create(CultureInfo.InvariantCulture, $"The bar '{b.Label}' has the value {b.Value}; values are finite."));
            }
            if (!labels.Contains(b.Label))
            {
                labels.Add(b.Label);
                longest = Math.Max(longest, Math.Min(28, b.Label.Length));
            }
            string series = b.Series ?? "";
            if (!seriesNames.Contains(series))
            {
                seriesNames.Add(series);
            }
            min = Math.Min(min, b.Value);
            max = Math.Max(max, b.Value);
        }
        bool legend = seriesNames.Count > 1 || (seriesNames.Count == 1 && seriesNames[0].Length > 0);
        double rowHeight = 8 + 14 * Math.Max(1, seriesNames.Count);
        double width = options.Width;
        double top = TitleBand + (legend ? seriesNames.Count * 18 + 4 : 0);
        double height = top + labels.Count * rowHeight + 52;
        string title = options.Title ?? "Fair credit";
        var w = new SvgWriter(width, height, title);
        ChartKit.Title(w, title);
        double left = 16 + longest * ChartKit.CharWidth;
        double right = width - 56;
        double bottom = top + labels.Count * rowHeight;
        (double x0, double x1) = ChartKit.NiceRange(min, max > min ? max : min + 1);
        ChartKit.Axes(w, left, top, right, bottom, x0, x1, ChartKit.NiceTicks(x0, x1), 0, 1, null, options.XLabel ?? "credit", null);
        double zero = ChartKit.Map(0, x0, x1, left, right);
        w.BeginGroup("class=\"bars\"");
        for (int g = 0; g < labels.Count; g++)
        {
            w.Text(left - 6, top + g * rowHeight + rowHeight / 2 + 4, ChartKit.Truncate(labels[g], 28), "end", 11, "#333333");
        }
        foreach (var b in bars)
        {
            int g = labels.IndexOf(b.Label);
            int s = seriesNames.IndexOf(b.Series ?? "");
            double by = top + g * rowHeight + 4 + s * 14;
            double bx = ChartKit.Map(b.Value, x0, x1, left, right);
            string tip = string.Create(CultureInfo.InvariantCulture, $"{b.Label}{(b.Series is null ? "" : " · " + b.Series)}: {ChartKit.Label(b.Value)}");
            w.Rect(Math.Min(zero, bx), by, Math.Abs(bx - zero), 12, Palette.Color(s), tooltip: tip);
            w.Text(Math.Max(zero, bx) + 4, by + 10, ChartKit.Label(b.Value), "start", 10, "#333333");
        }
        w.EndGroup();
        if (legend)
        {
            ChartKit.Legend(w, left, TitleBand, seriesNames.Select(s => s.Length == 0 ? "(none)" : s).ToList(),
                seriesNames.Select((_, i) => Palette.Color(i)).ToList());
        }
        return new SvgImage(w.Finish(), width, height, title);
    }

    /// <summary>A table drawn as SVG (for places that take pictures only; HTML reports use real tables).</summary>
    /// <param name="table">The table.</param>
    /// <param name="options">Chart options (title; the size follows the content); null for the defaults.</param>
    /// <returns>The picture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static SvgImage Table(TableData table, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        options ??= ChartOptions.Default;
        int columns = table.Columns.Length;
        var widths = new double[columns];
        for (int c = 0; c < columns; c++)
        {
            int chars = table.Columns[c].Length;
            foreach (var row in table.Rows)
            {
                chars = Math.Max(chars, Math.Min(40, row[c].Length));
            }
            widths[c] = 16 + Math.Min(40, chars) * ChartKit.CharWidth;
        }
        const double rowHeight = 22;
        string? title = options.Title;
        double top = string.IsNullOrEmpty(title) ? 8 : TitleBand;
        double width = Math.Max(120, widths.Sum() + 16);
        double height = top + (table.Rows.Length + 1) * rowHeight + 8;
        var w = new SvgWriter(width, height, title ?? "table");
        if (!string.IsNullOrEmpty(title))
        {
            ChartKit.Title(w, title);
        }
        double x = 8;
        w.Rect(8, top, width - 16, rowHeight, "#eeeeee");
        for (int r = 0; r < table.Rows.Length; r++)
        {
            if (r % 2 == 1)
            {
                w.Rect(8, top + (r + 1) * rowHeight, width - 16, rowHeight, "#f7f7f7");
            }
        }
        for (int c = 0; c < columns; c++)
        {
            w.Text(x + 8, top + 15, ChartKit.Truncate(table.Columns[c], 40), "start", 12, "#111111", "bold");
            for (int r = 0; r < table.Rows.Length; r++)
            {
                w.Text(x + 8, top + (r + 1) * rowHeight + 15, ChartKit.Truncate(table.Rows[r][c], 40), "start", 12, "#222222");
            }
            x += widths[c];
        }
        w.Line(8, top + rowHeight, width - 8, top + rowHeight, "#999999", 1);
        return new SvgImage(w.Finish(), width, height, title ?? "table");
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

    /// <summary>The weakly connected components as a partition.</summary>
    internal static Partition WeakComponents(CsrGraph graph)
    {
        int n = graph.NodeCount;
        var label = new int[n];
        Array.Fill(label, -1);
        var queue = new int[n];
        int next = 0;
        for (int s = 0; s < n; s++)
        {
            if (label[s] >= 0)
            {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            label[s] = next;
            while (head < tail)
            {
                int u = queue[head++];
                foreach (int v in graph.Neighbors(u))
                {
                    if (label[v] < 0)
                    {
                        label[v] = next;
                        queue[tail++] = v;
                    }
                }
                if (graph.IsDirected)
                {
                    foreach (int v in graph.InNeighbors(u))
                    {
                        if (label[v] < 0)
                        {
                            label[v] = next;
                            queue[tail++] = v;
                        }
                    }
                }
            }
            next++;
        }
        return Partition.FromMembership(label);
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
            names.Add(string.Create(CultureInfo.InvariantCulture, $"{ChartKit.Truncate(CommunityName(communityNames, byRank[i]), 22)} ({partition.Size(byRank[i])})"));
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
        ChartKit.Legend(w, x, y, names, colors, discs: true);
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
