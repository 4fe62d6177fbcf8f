using System.Globalization;
using System.Text;

namespace NetworkVsCommunity.Visualization;

/// <summary>
/// A small writer of self-contained SVG 1.1 documents: one root element with the SVG namespace and a viewBox, shapes,
/// text escaped for XML, numbers in the invariant culture with at most two decimals. No scripts, no external references.
/// </summary>
/// <remarks>Not thread-safe; one writer per picture.</remarks>
internal sealed class SvgWriter
{
    /// <summary>The SVG namespace URI, the only URI a picture contains.</summary>
    public const string Namespace = "http://www.w3.org/2000/svg";

    /// <summary>
    /// The font stack used for all text (system fonts only): Latin faces first, then CJK families so that Japanese
    /// (拡散, 共鳴, 応援団) never shows as empty boxes (Noto Sans CJK on Linux, Hiragino on macOS, Yu Gothic or Meiryo on Windows).
    /// </summary>
    public const string FontFamily = "'Segoe UI', Helvetica, Arial, 'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', Meiryo, sans-serif";

    private readonly StringBuilder _sb = new();
    private int _depth;

    /// <summary>Starts the document.</summary>
    public SvgWriter(double width, double height, string? title)
    {
        Width = width;
        Height = height;
        _sb.Append("<svg xmlns=\"").Append(Namespace).Append("\" width=\"").Append(Num(width))
            .Append("\" height=\"").Append(Num(height)).Append("\" viewBox=\"0 0 ").Append(Num(width)).Append(' ')
            .Append(Num(height)).Append("\" role=\"img\" font-family=\"").Append(FontFamily).Append("\" font-size=\"12\">");
        if (!string.IsNullOrEmpty(title))
        {
            _sb.Append("<title>").Append(Escape(title)).Append("</title>");
        }
        _sb.Append("<rect x=\"0\" y=\"0\" width=\"").Append(Num(width)).Append("\" height=\"").Append(Num(height))
            .Append("\" fill=\"#ffffff\"/>");
        _depth = 1;
    }

    public double Width { get; }

    public double Height { get; }

    /// <summary>Formats a number: invariant culture, at most two decimals, no exponent, "-0" normalised to "0".</summary>
    public static string Num(double value)
    {
        if (!double.IsFinite(value))
        {
            return "0";
        }
        double r = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        if (r == 0)
        {
            return "0";
        }
        return r.ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>Escapes text for XML content and attribute values; drops characters XML 1.0 cannot carry.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        StringBuilder? sb = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            bool valid = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            if (replacement is null && valid)
            {
                sb?.Append(c);
                continue;
            }
            sb ??= new StringBuilder(text, 0, i, text.Length + 16);
            if (replacement is not null)
            {
                sb.Append(replacement);
            }
            else
            {
                sb.Append('\uFFFD');
            }
        }
        return sb?.ToString() ?? text;
    }

    /// <summary>Opens a group with optional raw (already escaped) attributes.</summary>
    public SvgWriter BeginGroup(string? attributes = null)
    {
        _sb.Append("<g");
        if (!string.IsNullOrEmpty(attributes))
        {
            _sb.Append(' ').Append(attributes);
        }
        _sb.Append('>');
        _depth++;
        return this;
    }

    /// <summary>Closes the innermost group.</summary>
    public SvgWriter EndGroup()
    {
        if (_depth <= 1)
        {
            throw new InvalidOperationException("No group is open.");
        }
        _sb.Append("</g>");
        _depth--;
        return this;
    }

    /// <summary>A rectangle.</summary>
    public SvgWriter Rect(double x, double y, double width, double height, string fill, string? stroke = null, string? tooltip = null)
    {
        _sb.Append("<rect x=\"").Append(Num(x)).Append("\" y=\"").Append(Num(y)).Append("\" width=\"").Append(Num(Math.Max(0, width)))
            .Append("\" height=\"").Append(Num(Math.Max(0, height))).Append("\" fill=\"").Append(Escape(fill)).Append('"');
        if (stroke is not null)
        {
            _sb.Append(" stroke=\"").Append(Escape(stroke)).Append('"');
        }
        return CloseShape("rect", tooltip);
    }

    /// <summary>A circle.</summary>
    public SvgWriter Circle(double cx, double cy, double r, string fill, string? stroke = null, string? tooltip = null, string? cssClass = null)
    {
        _sb.Append("<circle cx=\"").Append(Num(cx)).Append("\" cy=\"").Append(Num(cy)).Append("\" r=\"").Append(Num(Math.Max(0, r)))
            .Append("\" fill=\"").Append(Escape(fill)).Append('"');
        if (stroke is not null)
        {
            _sb.Append(" stroke=\"").Append(Escape(stroke)).Append('"');
        }
        if (cssClass is not null)
        {
            _sb.Append(" class=\"").Append(Escape(cssClass)).Append('"');
        }
        return CloseShape("circle", tooltip);
    }

    /// <summary>A line segment.</summary>
    public SvgWriter Line(double x1, double y1, double x2, double y2, string stroke, double strokeWidth = 1, string? dash = null, double opacity = 1)
    {
        _sb.Append("<line x1=\"").Append(Num(x1)).Append("\" y1=\"").Append(Num(y1)).Append("\" x2=\"").Append(Num(x2))
            .Append("\" y2=\"").Append(Num(y2)).Append("\" stroke=\"").Append(Escape(stroke)).Append("\" stroke-width=\"")
            .Append(Num(strokeWidth)).Append('"');
        if (dash is not null)
        {
            _sb.Append(" stroke-dasharray=\"").Append(Escape(dash)).Append('"');
        }
        if (opacity < 1)
        {
            _sb.Append(" stroke-opacity=\"").Append(Num(opacity)).Append('"');
        }
        _sb.Append("/>");
        return this;
    }

    /// <summary>A path from pre-built data (use <see cref="PathData"/>).</summary>
    public SvgWriter Path(string data, string stroke, double strokeWidth, string fill = "none", double opacity = 1, string? tooltip = null)
    {
        _sb.Append("<path d=\"").Append(data).Append("\" stroke=\"").Append(Escape(stroke)).Append("\" stroke-width=\"").Append(Num(strokeWidth))
            .Append("\" fill=\"").Append(Escape(fill)).Append('"');
        if (opacity < 1)
        {
            _sb.Append(" stroke-opacity=\"").Append(Num(opacity)).Append('"');
        }
        return CloseShape("path", tooltip);
    }

    /// <summary>Text at a point; <paramref name="anchor"/> is start, middle or end.</summary>
    public SvgWriter Text(double x, double y, string text, string anchor = "start", double size = 12, string fill = "#222222",
        string? weight = null, double rotate = 0)
    {
        _sb.Append("<text x=\"").Append(Num(x)).Append("\" y=\"").Append(Num(y)).Append('"');
        if (anchor != "start")
        {
            _sb.Append(" text-anchor=\"").Append(Escape(anchor)).Append('"');
        }
        if (size != 12)
        {
            _sb.Append(" font-size=\"").Append(Num(size)).Append('"');
        }
        if (fill != "#222222")
        {
            _sb.Append(" fill=\"").Append(Escape(fill)).Append('"');
        }
        else
        {
            _sb.Append(" fill=\"#222222\"");
        }
        if (weight is not null)
        {
            _sb.Append(" font-weight=\"").Append(Escape(weight)).Append('"');
        }
        if (rotate != 0)
        {
            _sb.Append(" transform=\"rotate(").Append(Num(rotate)).Append(' ').Append(Num(x)).Append(' ').Append(Num(y)).Append(")\"");
        }
        _sb.Append('>').Append(Escape(text)).Append("</text>");
        return this;
    }

    /// <summary>Finishes the document and returns it.</summary>
    /// <summary>Appends a trusted fragment as is (a nested, already escaped <c>&lt;svg&gt;</c> panel).</summary>
    public SvgWriter Raw(string fragment)
    {
        _sb.Append(fragment);
        return this;
    }

    public string Finish()
    {
        if (_depth != 1)
        {
            throw new InvalidOperationException("A group is still open.");
        }
        _sb.Append("</svg>");
        _depth = 0;
        return _sb.ToString();
    }

    private SvgWriter CloseShape(string element, string? tooltip)
    {
        if (string.IsNullOrEmpty(tooltip))
        {
            _sb.Append("/>");
        }
        else
        {
            _sb.Append("><title>").Append(Escape(tooltip)).Append("</title></").Append(element).Append('>');
        }
        return this;
    }
}
