using System.Globalization;

namespace NetworkVsCommunity.Visualization;

/// <summary>Shared pieces of the charts: nice ticks, axes, legends, text width estimates.</summary>
internal static class ChartKit
{
    /// <summary>Approximate width of a character of 12 px text (for layout only).</summary>
    public const double CharWidth = 6.6;

    public static string Label(double value)
    {
        if (!double.IsFinite(value))
        {
            return "–";
        }
        double a = Math.Abs(value);
        string format = a >= 1000 ? "#,0" : a >= 10 ? "0.#" : a >= 1 ? "0.##" : "0.###";
        string s = value.ToString(format, CultureInfo.InvariantCulture);
        return s == "-0" ? "0" : s;
    }

    /// <summary>A tick label with as many decimals as the tick step needs (so 0.0005 and 0.001 stay distinct).</summary>
    public static string TickLabel(double value, double step)
    {
        if (!(step > 0) || !double.IsFinite(step))
        {
            return Label(value);
        }
        int decimals = 0;
        while (decimals < 10 && Math.Abs(Math.Round(step, decimals) - step) > step * 1e-6)
        {
            decimals++;
        }
        string s = value.ToString(decimals == 0 ? "#,0" : "#,0." + new string('0', decimals), CultureInfo.InvariantCulture);
        return s.StartsWith('-') && s.Trim('-', '0', '.', ',').Length == 0 ? s[1..] : s;
    }

    /// <summary>About <paramref name="target"/> round tick values covering [min, max] (steps 1, 2 or 5 × 10^k).</summary>
    public static double[] NiceTicks(double min, double max, int target = 5)
    {
        if (!(max > min))
        {
            return [min];
        }
        double raw = (max - min) / Math.Max(1, target);
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double residual = raw / magnitude;
        double step = (residual > 5 ? 10 : residual > 2 ? 5 : residual > 1 ? 2 : 1) * magnitude;
        double first = Math.Ceiling(min / step - 1e-9) * step;
        var ticks = new List<double>();
        for (double t = first; t <= max + step * 1e-9 && ticks.Count < 50; t += step)
        {
            ticks.Add(Math.Abs(t) < step * 1e-9 ? 0 : t);
        }
        return [.. ticks];
    }

    /// <summary>Expands [min, max] to round tick values, with a small pad when degenerate.</summary>
    public static (double Min, double Max) NiceRange(double min, double max)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max))
        {
            return (0, 1);
        }
        if (max <= min)
        {
            double pad = Math.Abs(min) > 0 ? Math.Abs(min) * 0.5 : 0.5;
            min -= pad;
            max += pad;
        }
        double[] ticks = NiceTicks(min, max);
        double step = ticks.Length > 1 ? ticks[1] - ticks[0] : (max - min);
        double lo = Math.Floor(min / step + 1e-9) * step;
        double hi = Math.Ceiling(max / step - 1e-9) * step;
        return (lo, hi > lo ? hi : lo + step);
    }

    public static double Map(double value, double d0, double d1, double r0, double r1) =>
        d1 == d0 ? (r0 + r1) / 2 : r0 + (value - d0) / (d1 - d0) * (r1 - r0);

    public static void Title(SvgWriter w, string title) => w.Text(w.Width / 2, 22, title, "middle", 15, weight: "bold");

    /// <summary>Draws x and y axes with ticks and labels around the plot rectangle.</summary>
    public static void Axes(SvgWriter w, double left, double top, double right, double bottom,
        double x0, double x1, double[]? xTicks, double y0, double y1, double[]? yTicks, string? xLabel, string? yLabel)
    {
        w.BeginGroup("class=\"axes\"");
        if (yTicks is not null)
        {
            double yStep = yTicks.Length > 1 ? yTicks[1] - yTicks[0] : 0;
            foreach (double t in yTicks)
            {
                double py = Map(t, y0, y1, bottom, top);
                w.Line(left, py, right, py, "#e6e6e6", 1);
                w.Text(left - 6, py + 4, TickLabel(t, yStep), "end", 11, "#555555");
            }
        }
        if (xTicks is not null)
        {
            double xStep = xTicks.Length > 1 ? xTicks[1] - xTicks[0] : 0;
            foreach (double t in xTicks)
            {
                double px = Map(t, x0, x1, left, right);
                w.Line(px, bottom, px, bottom + 4, "#555555", 1);
                w.Text(px, bottom + 16, TickLabel(t, xStep), "middle", 11, "#555555");
            }
        }
        w.Line(left, bottom, right, bottom, "#555555", 1);
        w.Line(left, top, left, bottom, "#555555", 1);
        if (!string.IsNullOrEmpty(xLabel))
        {
            w.Text((left + right) / 2, bottom + 34, xLabel, "middle", 12, "#333333");
        }
        if (!string.IsNullOrEmpty(yLabel))
        {
            double cx = 14;
            double cy = (top + bottom) / 2;
            w.Text(cx, cy, yLabel, "middle", 12, "#333333", rotate: -90);
        }
        w.EndGroup();
    }

    /// <summary>A vertical legend of coloured swatches; long names wrap onto further lines (never truncated).</summary>
    /// <returns>The height used.</returns>
    public static double Legend(SvgWriter w, double x, double y, IReadOnlyList<string> names, IReadOnlyList<string> colors, bool discs = false, int maxChars = 24)
    {
        w.BeginGroup("class=\"legend\"");
        double ly = y;
        for (int i = 0; i < names.Count; i++)
        {
            if (discs)
            {
                w.Circle(x + 6, ly + 6, 5, colors[i], "#333333");
            }
            else
            {
                w.Rect(x, ly, 12, 12, colors[i]);
            }
            var lines = Wrap(names[i], maxChars);
            for (int l = 0; l < lines.Count; l++)
            {
                w.Text(x + 18, ly + 10 + l * 13, lines[l], "start", 11);
            }
            ly += 18 + 13 * (lines.Count - 1);
        }
        w.EndGroup();
        return ly - y;
    }

    /// <summary>The height <see cref="Legend"/> takes for these names.</summary>
    public static double LegendHeight(IReadOnlyList<string> names, int maxChars = 24)
    {
        double height = 0;
        foreach (string name in names)
        {
            height += 18 + 13 * (Wrap(name, maxChars).Count - 1);
        }
        return height;
    }

    /// <summary>Display width of text in columns: 2 for East Asian wide and fullwidth characters, 1 otherwise.</summary>
    public static int DisplayWidth(string text)
    {
        int width = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int code = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                code = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            width += IsWide(code) ? 2 : 1;
        }
        return width;
    }

    /// <summary>Whether a code point is East Asian Wide (W) or Fullwidth (F) in Unicode Standard Annex #11.</summary>
    public static bool IsWide(int code) =>
        (code >= 0x1100 && code <= 0x115F) || (code >= 0x2E80 && code <= 0x303E) || (code >= 0x3041 && code <= 0x33FF) ||
        (code >= 0x3400 && code <= 0x4DBF) || (code >= 0x4E00 && code <= 0x9FFF) || (code >= 0xA000 && code <= 0xA4CF) ||
        (code >= 0xAC00 && code <= 0xD7A3) || (code >= 0xF900 && code <= 0xFAFF) || (code >= 0xFE30 && code <= 0xFE4F) ||
        (code >= 0xFF00 && code <= 0xFF60) || (code >= 0xFFE0 && code <= 0xFFE6) || (code >= 0x1F300 && code <= 0x1F64F) ||
        (code >= 0x1F900 && code <= 0x1F9FF) || (code >= 0x20000 && code <= 0x3FFFD);

    /// <summary>Splits text into lines of at most <paramref name="maxColumns"/> display columns at spaces; a word longer than a line is broken.</summary>
    public static List<string> Wrap(string text, int maxColumns)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        int lineWidth = 0;
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int wordWidth = DisplayWidth(word);
            if (lineWidth > 0 && lineWidth + 1 + wordWidth > maxColumns)
            {
                lines.Add(line.ToString());
                line.Clear();
                lineWidth = 0;
            }
            string rest = word;
            while (DisplayWidth(rest) > maxColumns)
            {
                int cut = 0;
                int width = 0;
                while (cut < rest.Length && width + (IsWide(rest[cut]) ? 2 : 1) <= maxColumns - lineWidth - (lineWidth > 0 ? 1 : 0))
                {
                    width += IsWide(rest[cut]) ? 2 : 1;
                    cut++;
                }
                if (cut == 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    lineWidth = 0;
                    continue;
                }
                if (lineWidth > 0)
                {
                    line.Append(' ');
                }
                line.Append(rest, 0, cut);
                lines.Add(line.ToString());
                line.Clear();
                lineWidth = 0;
                rest = rest[cut..];
            }
            if (rest.Length > 0)
            {
                if (lineWidth > 0)
                {
                    line.Append(' ');
                    lineWidth++;
                }
                line.Append(rest);
                lineWidth += DisplayWidth(rest);
            }
        }
        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }
        return lines;
    }

    /// <summary>Pictures placed side by side in one picture, each keeping its own scale (nested <c>&lt;svg&gt;</c> panels).</summary>
    public static SvgImage SideBySide(string title, IReadOnlyList<SvgImage> panels)
    {
        double width = 0;
        double height = 0;
        foreach (var panel in panels)
        {
            width += panel.Width;
            height = Math.Max(height, panel.Height);
        }
        var w = new SvgWriter(Math.Max(100, width), Math.Max(100, height), title);
        double x = 0;
        foreach (var panel in panels)
        {
            // a nested svg keeps the panel's own viewBox; x places it
            string svg = panel.Svg;
            int open = svg.IndexOf("<svg ", StringComparison.Ordinal);
            w.Raw(svg[..(open + 5)] + "x=\"" + SvgWriter.Num(x) + "\" y=\"0\" " + svg[(open + 5)..]);
            x += panel.Width;
        }
        var diagnostics = panels.SelectMany(p => p.Diagnostics).ToList();
        return new SvgImage(w.Finish(), Math.Max(100, width), Math.Max(100, height), title, diagnostics);
    }

    public static double Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }
        var sorted = values.ToArray();
        Array.Sort(sorted);
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public static string Truncate(string text, int maxChars) =>
        text.Length <= maxChars ? text : string.Concat(text.AsSpan(0, Math.Max(1, maxChars - 1)), "…");
}
