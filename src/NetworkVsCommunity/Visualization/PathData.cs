using System.Text;

namespace NetworkVsCommunity.Visualization;

/// <summary>Builds SVG path data ("M x y L x y ...") with invariant numbers.</summary>
internal sealed class PathData
{
    private readonly StringBuilder _sb = new();

    public bool IsEmpty => _sb.Length == 0;

    public PathData MoveTo(double x, double y)
    {
        if (_sb.Length > 0)
        {
            _sb.Append(' ');
        }
        _sb.Append('M').Append(SvgWriter.Num(x)).Append(' ').Append(SvgWriter.Num(y));
        return this;
    }

    public PathData LineTo(double x, double y)
    {
        _sb.Append(" L").Append(SvgWriter.Num(x)).Append(' ').Append(SvgWriter.Num(y));
        return this;
    }

    public override string ToString() => _sb.ToString();
}
