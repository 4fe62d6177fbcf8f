using System.Globalization;
using System.Text;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Visualization;

/// <summary>
/// The HTML and plain-text renderings of result types for notebooks: a summary table plus an inline SVG picture. No
/// script, no style sheet, no URL other than the SVG namespace; the HTML is well-formed XML.
/// </summary>
/// <remarks>To add a type, see <see cref="NotebookFormatterSource"/>.</remarks>
internal static class NotebookHtml
{
    /// <summary>Graphs with more nodes are drawn as the summary of their components in notebooks.</summary>
    public const int MaxDrawnNodes = 1000;

    /// <summary>The fixed layout seed of notebook drawings, so that re-running a cell gives the same picture.</summary>
    public const long LayoutRandomSeed = 1;

    public static bool TryWriteHtml(object instance, TextWriter writer)
    {
        string? html = instance switch
        {
            CsrGraph g => Html(g),
            Partition p => Html(p),
            Cascade c => Html(c),
            SvgImage s => Html(s),
            HtmlReport r => r.ToFragment(),
            _ => null,
        };
        if (html is null)
        {
            return false;
        }
        writer.Write(html);
        return true;
    }

    public static bool TryWriteText(object instance, TextWriter writer)
    {
        string? text = instance switch
        {
            CsrGraph g => g.ToString(),
            Partition p => Text(p),
            Cascade c => c.ToString(),
            HtmlReport r => r.ToString(),
            SvgImage s => string.Create(CultureInfo.InvariantCulture, $"SVG picture \"{s.Title}\" ({SvgWriter.Num(s.Width)}×{SvgWriter.Num(s.Height)}, {s.Svg.Length} characters)"),
            _ => null,
        };
        if (text is null)
        {
            return false;
        }
        writer.Write(text);
        return true;
    }

    public static string Html(CsrGraph graph)
    {
        int n = graph.NodeCount;
        double pairs = graph.IsDirected ? (double)n * (n - 1) : (double)n * (n - 1) / 2;
        long loops = graph.SelfLoopCount;
        var picture = n == 0 ? null : Pictures.Graph(graph, null, new GraphDrawingOptions
        {
            Width = 480,
            Height = 360,
            MaxNodes = MaxDrawnNodes,
            Layout = new ForceLayoutOptions { RandomSeed = LayoutRandomSeed },
        });
        return Wrap("CsrGraph", SummaryTable(graph.IsDirected ? "Directed graph" : "Undirected graph",
        [
            ("nodes", Num(n)),
            ("edges", Num(graph.EdgeCount)),
            ("weighted", graph.IsWeighted ? "yes" : "no"),
            ("total weight", Num(graph.TotalWeight)),
            ("density", pairs > 0 ? Num((graph.EdgeCount - loops) / pairs) : "–"),
            ("max degree", Num(graph.MaxDegree)),
            ("self-loops", Num(loops)),
        ]), picture);
    }

    public static string Html(Partition partition)
    {
        var sizes = partition.Sizes();
        int largest = 0;
        int smallest = sizes.Length == 0 ? 0 : int.MaxValue;
        int singletons = 0;
        foreach (int s in sizes)
        {
            largest = Math.Max(largest, s);
            smallest = Math.Min(smallest, s);
            singletons += s == 1 ? 1 : 0;
        }
        var picture = partition.CommunityCount == 0 ? null : Pictures.PartitionSizes(partition);
        return Wrap("Partition", SummaryTable("Partition",
        [
            ("nodes", Num(partition.NodeCount)),
            ("communities", Num(partition.CommunityCount)),
            ("largest", Num(largest)),
            ("smallest", Num(smallest)),
            ("singletons", Num(singletons)),
        ]), picture);
    }

    public static string Html(Cascade cascade)
    {
        var perStep = new StringBuilder();
        int step = -1;
        int count = 0;
        int written = 0;
        for (int i = 0; i <= cascade.Size && written < 12; i++)
        {
            if (i == cascade.Size || cascade.Steps[i] != step)
            {
                if (step >= 0)
                {
                    perStep.Append(perStep.Length > 0 ? ", " : "").Append(count.ToString(CultureInfo.InvariantCulture));
                    written++;
                }
                if (i < cascade.Size)
                {
                    step = cascade.Steps[i];
                    count = 0;
                }
            }
            count++;
        }
        if (written >= 12 && cascade.LastStep >= 12)
        {
            perStep.Append(", …");
        }
        var picture = cascade.Size == 0 ? null : Pictures.CascadeTree(cascade, null, new ChartOptions { Width = 560, Height = 320 });
        return Wrap("Cascade", SummaryTable("Cascade",
        [
            ("adopters", Num(cascade.Size)),
            ("initial sharers", Num(cascade.InitialSharerCount)),
            ("steps", Num(cascade.LastStep)),
            ("adopters per step", perStep.Length == 0 ? "–" : perStep.ToString()),
            ("graph nodes", Num(cascade.NodeCount)),
            ("reach", cascade.NodeCount == 0 ? "–" : Num((double)cascade.Size / cascade.NodeCount)),
        ]), picture);
    }

    public static string Html(SvgImage image) =>
        string.Concat("<div class=\"nvc nvc-svgimage\">", image.Svg, "</div>");

    /// <summary>A two-column summary table: a caption, then one row per (name, value).</summary>
    public static string SummaryTable(string caption, IReadOnlyList<(string Name, string Value)> rows)
    {
        var sb = new StringBuilder();
        sb.Append("<table style=\"border-collapse:collapse;margin:4px 12px 4px 0;font-size:13px\"><caption style=\"text-align:left;font-weight:bold\">")
            .Append(SvgWriter.Escape(caption)).Append("</caption><tbody>");
        foreach (var (name, value) in rows)
        {
            sb.Append("<tr><th style=\"text-align:left;padding:2px 10px 2px 0;font-weight:normal;color:#555555\">")
                .Append(SvgWriter.Escape(name)).Append("</th><td style=\"text-align:right;padding:2px 0\">")
                .Append(SvgWriter.Escape(value)).Append("</td></tr>");
        }
        sb.Append("</tbody></table>");
        return sb.ToString();
    }

    private static string Wrap(string kind, string table, SvgImage? picture) =>
        string.Concat("<div class=\"nvc nvc-", kind.ToLowerInvariant(), "\" style=\"display:flex;flex-wrap:wrap;align-items:flex-start\">",
            table, picture is null ? "" : string.Concat("<div>", picture.Svg, "</div>"), "</div>");

    private static string Text(Partition partition)
    {
        var sizes = partition.Sizes();
        Array.Sort(sizes);
        Array.Reverse(sizes);
        int shown = Math.Min(10, sizes.Length);
        var sb = new StringBuilder(partition.ToString());
        if (shown > 0)
        {
            sb.Append("; sizes ");
            for (int i = 0; i < shown; i++)
            {
                sb.Append(i > 0 ? ", " : "").Append(sizes[i].ToString(CultureInfo.InvariantCulture));
            }
            if (sizes.Length > shown)
            {
                sb.Append(", …");
            }
        }
        return sb.ToString();
    }

    private static string Num(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Num(double value) => ChartKit.Label(value);
}
