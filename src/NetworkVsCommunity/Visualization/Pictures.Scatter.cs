using System.Globalization;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Visualization;

// Pictures, one family per file: The network-vs-community map (scatter with quadrants).
public static partial class Pictures
{
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
        bool labelAll = points.Count <= options.MaxLabelledPoints;
        w.BeginGroup("class=\"labels\"");
        var placed = new List<(double X, double Y, double Width)>();
        foreach (var p in points)
        {
            if (!labelAll && !p.ShowLabel)
            {
                continue;
            }
            double x = PlotX(p.X);
            double y = PlotY(p.Y);
            if (p.ShowLabel)
            {
                w.Circle(x, y, 7.5, "none", "#111111");
            }
            // a label that would overlap one already placed moves down a line, up to six times
            double labelWidth = ChartKit.DisplayWidth(p.Label) * 6.2;
            // labels go above right of the point, or below it near the top band where the quadrant names are
            double ly = y - 5 < top + 30 ? y + 16 : y - 5;
            for (int attempt = 0; attempt < 6 && placed.Exists(q => Math.Abs(q.Y - ly) < 11 && x + 9 < q.X + q.Width && q.X < x + 9 + labelWidth); attempt++)
            {
                ly += 11;
            }
            placed.Add((x + 9, ly, labelWidth));
            w.Text(x + 9, ly, p.Label, "start", 10.5, "#111111", p.ShowLabel ? "bold" : null);
        }
        w.EndGroup();
        if (legend)
        {
            var names = new List<string>();
            var colors = new List<string>();
            for (int i = 0; i < groups.Count && i < Palette.Categorical.Length; i++)
            {
                names.Add(groups[i]);
                colors.Add(Palette.Color(i));
            }
            if (groups.Count > Palette.Categorical.Length)
            {
                names.Add(string.Create(CultureInfo.InvariantCulture, $"other ({groups.Count - Palette.Categorical.Length} groups)"));
                colors.Add(Palette.Other);
            }
            ChartKit.Legend(w, right + 16, top + 4, names, colors, discs: true, maxChars: 19);
        }
        return new SvgImage(w.Finish(), width, height, options.Title, diagnostics);
    }
}
