using System.Globalization;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Visualization;

// Pictures, one family per file: Cascade trees, cascade-size distributions and exposure curves.
public static partial class Pictures
{
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
                $"{series[s].Name} (mean {ChartKit.Label(values.Length == 0 ? double.NaN : sum / values.Length)}, {values.Length} runs)"));
            colors.Add(Palette.Color(s));
        }
        double width = options.Width;
        double height = options.Height;
        string title = options.Title ?? "Cascade sizes";
        var w = new SvgWriter(width, height, title);
        ChartKit.Title(w, title);
        double left = 60;
        double top = TitleBand + ChartKit.LegendHeight(names, 70) + 4;
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
        ChartKit.Legend(w, left + 8, TitleBand, names, colors, maxChars: 70);
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
        var names = new List<string>();
        foreach (var s in series)
        {
            names.Add(s.Name);
        }
        string title = options.Title ?? "Exposure curve p(k)";
        var w = new SvgWriter(width, height, title);
        ChartKit.Title(w, title);
        double left = 60;
        double top = TitleBand + ChartKit.LegendHeight(names, 70) + 4;
        double right = width - 16;
        double bottom = height - 48;
        double x0 = 0.5;
        double x1 = kMax + 0.5;
        var xTicks = ChartKit.NiceTicks(1, kMax, Math.Min(10, kMax));
        ChartKit.Axes(w, left, top, right, bottom, x0, x1, xTicks.Where(t => t >= 1 && Math.Abs(t - Math.Round(t)) < 1e-9).ToArray(), 0, 1,
            ChartKit.NiceTicks(0, 1), options.XLabel ?? "k (distinct adopting neighbours)", options.YLabel ?? "p(k)");
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
            colors.Add(color);
        }
        ChartKit.Legend(w, left + 8, TitleBand, names, colors, maxChars: 70);
        return new SvgImage(w.Finish(), width, height, title);
    }
}
