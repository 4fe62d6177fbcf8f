using System.Globalization;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Visualization;

// Pictures, one family per file: Bar charts and tables.
public static partial class Pictures
{
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
        double top = TitleBand + (legend ? ChartKit.LegendHeight(seriesNames, 70) + 4 : 0);
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
                seriesNames.Select((_, i) => Palette.Color(i)).ToList(), maxChars: 70);
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
}
