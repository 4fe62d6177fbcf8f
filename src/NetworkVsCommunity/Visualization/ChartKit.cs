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

    /// <summary>A vertical legend of coloured swatches.</summary>
    public static void Legend(SvgWriter w, double x, double y, IReadOnlyList<string> names, IReadOnlyList<string> colors, bool discs = false)
    {
        w.BeginGroup("class=\"legend\"");
        for (int i = 0; i < names.Count; i++)
        {
            double ly = y + i * 18;
            if (discs)
            {
                w.Circle(x + 6, ly + 6, 5, colors[i], "#333333");
            }
            else
            {
                w.Rect(x, ly, 12, 12, colors[i]);
            }
            w.Text(x + 18, ly + 10, names[i], "start", 11);
        }
        w.EndGroup();
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
