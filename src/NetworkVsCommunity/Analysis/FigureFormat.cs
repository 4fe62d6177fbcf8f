using System.Globalization;

namespace NetworkVsCommunity;

/// <summary>
/// How the report writes numbers everywhere (summary sentences, terminal text, HTML tables): three significant figures,
/// intervals as <c>[low, high]</c>, shares as percentages, the invariant culture.
/// </summary>
/// <remarks>Counts (integers) are written exactly, with thousands separators. Undefined values (NaN, infinities) are
/// written "–". Rounding is to nearest, midpoints away from zero; trailing zeros are kept so that every value shows three
/// significant figures (0.0290, 12.8, 741, 1,230).</remarks>
public static class FigureFormat
{
    /// <summary>A number with three significant figures.</summary>
    /// <param name="value">Any value.</param>
    /// <returns>For example "0.0290", "12.8", "741", "28,100"; "0" for zero; "–" when not finite.</returns>
    public static string Number(double value)
    {
        if (!double.IsFinite(value))
        {
            return "–";
        }
        if (value == 0)
        {
            return "0";
        }
        int magnitude = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        double rounded = Round(value, magnitude);
        if (rounded == 0)
        {
            return "0";
        }
        // 9.996 rounds to 10.0: take the magnitude of the rounded value
        int roundedMagnitude = (int)Math.Floor(Math.Log10(Math.Abs(rounded)));
        if (roundedMagnitude != magnitude)
        {
            magnitude = roundedMagnitude;
            rounded = Round(value, magnitude);
        }
        int decimals = Math.Max(0, 2 - magnitude);
        string text = rounded.ToString(decimals == 0 ? "#,0" : "#,0." + new string('0', decimals), CultureInfo.InvariantCulture);
        return text.StartsWith('-') && text.Trim('-', '0', '.', ',').Length == 0 ? text[1..] : text;
    }

    /// <summary>A count, exactly, with thousands separators.</summary>
    /// <param name="value">The count.</param>
    /// <returns>For example "28,115".</returns>
    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>An interval as <c>[low, high]</c>, each end with three significant figures.</summary>
    /// <param name="low">The lower end.</param>
    /// <param name="high">The upper end.</param>
    /// <returns>For example "[11.6, 14.0]".</returns>
    public static string Interval(double low, double high) => string.Concat("[", Number(low), ", ", Number(high), "]");

    /// <summary>A value with its interval: <c>value [low, high]</c>.</summary>
    /// <param name="value">The estimate.</param>
    /// <param name="low">The lower end.</param>
    /// <param name="high">The upper end.</param>
    /// <returns>For example "12.8 [11.6, 14.0]".</returns>
    public static string WithInterval(double value, double low, double high) => string.Concat(Number(value), " ", Interval(low, high));

    /// <summary>A share in [0, 1] as a percentage with three significant figures.</summary>
    /// <param name="share">The share (0.405 for 40.5 %).</param>
    /// <returns>For example "40.5 %"; "0 %" for zero.</returns>
    public static string Percent(double share) => double.IsFinite(share) ? Number(100 * share) + " %" : "–";

    /// <summary>The 95 % Wilson score interval of a proportion (Wilson 1927, JASA 22(158):209–212, doi:10.1080/01621459.1927.10502953).</summary>
    /// <param name="successes">Successes, 0..<paramref name="trials"/>.</param>
    /// <param name="trials">Trials, 1 or more.</param>
    /// <returns>The interval, within [0, 1]; (0, 1) when there are no trials.</returns>
    /// <remarks>Unlike the normal approximation it stays inside [0, 1] and is not empty at 0 or n successes: 0 of 200
    /// gives [0, 0.0188].</remarks>
    public static (double Low, double High) WilsonInterval(long successes, long trials)
    {
        if (trials <= 0)
        {
            return (0, 1);
        }
        const double z = 1.959963984540054;
        double n = trials;
        double p = Math.Clamp((double)successes / n, 0, 1);
        double denominator = 1 + z * z / n;
        double centre = (p + z * z / (2 * n)) / denominator;
        double half = z * Math.Sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator;
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    private static double Round(double value, int magnitude)
    {
        int decimals = 2 - magnitude;
        if (decimals >= 0)
        {
            return Math.Round(value, Math.Min(decimals, 15), MidpointRounding.AwayFromZero);
        }
        double unit = Math.Pow(10, -decimals);
        return Math.Round(value / unit, MidpointRounding.AwayFromZero) * unit;
    }
}
