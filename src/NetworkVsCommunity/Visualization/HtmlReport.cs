using System.Globalization;
using System.Text;

namespace NetworkVsCommunity.Visualization;

/// <summary>
/// One self-contained HTML page built from sections (headings, paragraphs, tables, SVG pictures): inline CSS and SVG,
/// no script and no external reference, so the file opens offline in any browser and can be mailed or archived as is.
/// </summary>
/// <remarks>
/// <para>Build it section by section, then <see cref="ToHtml"/> or <see cref="Save"/>. The output is deterministic (no
/// timestamps) and well-formed XML after its <c>&lt;!DOCTYPE html&gt;</c> line. All text is escaped. In a notebook a
/// report displays inline.</para>
/// <para>Not thread-safe while it is being built.</para>
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class HtmlReport
{
    private const string Css =
        ".nvc-report{font-family:'Segoe UI',Helvetica,Arial,'Noto Sans CJK JP','Hiragino Sans','Yu Gothic',Meiryo,sans-serif;color:#222222;max-width:1100px;margin:0 auto;padding:16px 24px;line-height:1.45}" +
        ".nvc-report h1{font-size:26px;margin:8px 0 12px}.nvc-report h2{font-size:19px;margin:28px 0 8px;border-bottom:1px solid #dddddd;padding-bottom:4px}" +
        ".nvc-report p{margin:6px 0 10px;max-width:78ch}.nvc-report figure{margin:12px 0 18px}" +
        ".nvc-report figcaption{font-size:13px;color:#555555;margin-top:4px}.nvc-report svg{max-width:100%;height:auto}" +
        ".nvc-report table{border-collapse:collapse;margin:8px 0 16px;font-size:13px}" +
        ".nvc-report caption{text-align:left;font-weight:bold;padding-bottom:4px}" +
        ".nvc-report th,.nvc-report td{border-bottom:1px solid #e3e3e3;padding:4px 12px 4px 0;text-align:left;vertical-align:top}" +
        ".nvc-report th{background:#f3f3f3}.nvc-report td.num{text-align:right;font-variant-numeric:tabular-nums}" +
        ".nvc-report footer{margin-top:32px;font-size:12px;color:#777777}" +
        ".nvc-report .summary{background:#f4f8fb;border-left:4px solid #0077BB;padding:10px 16px;margin:8px 0 18px}" +
        ".nvc-report .summary h2{border:none;margin:4px 0 6px}.nvc-report .summary p{max-width:none}" +
        ".nvc-report .summary ol{margin:4px 0 8px 18px;padding:0}.nvc-report .summary li{margin:4px 0}" +
        ".nvc-report .def{font-size:12px;color:#555555;max-width:60ch}.nvc-report .id{color:#555555;white-space:nowrap}" +
        ".nvc-report dl dt{font-weight:bold;margin-top:6px}.nvc-report dl dd{margin:0 0 0 18px;font-size:13px}";

    private readonly List<string> _sections = [];

    /// <summary>Starts a report.</summary>
    /// <param name="title">The page title and top heading.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> is null or empty.</exception>
    public HtmlReport(string title)
    {
        ArgumentException.ThrowIfNullOrEmpty(title);
        Title = title;
    }

    /// <summary>The page title.</summary>
    public string Title { get; }

    /// <summary>The number of sections added.</summary>
    public int SectionCount => _sections.Count;

    /// <summary>Adds a section heading.</summary>
    /// <param name="text">The heading text.</param>
    /// <returns>This report, for chaining.</returns>
    public HtmlReport AddHeading(string text)
    {
        _sections.Add(string.Concat("<h2>", SvgWriter.Escape(text), "</h2>"));
        return this;
    }

    /// <summary>Adds a paragraph of plain text (no markup is interpreted).</summary>
    /// <param name="text">The text.</param>
    /// <returns>This report, for chaining.</returns>
    public HtmlReport AddParagraph(string text)
    {
        _sections.Add(string.Concat("<p>", SvgWriter.Escape(text), "</p>"));
        return this;
    }

    /// <summary>Adds a table; cells that parse as invariant numbers are right-aligned.</summary>
    /// <param name="table">The table.</param>
    /// <param name="caption">An optional caption.</param>
    /// <returns>This report, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public HtmlReport AddTable(TableData table, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = TableHead(table, caption);
        foreach (var row in table.Rows)
        {
            sb.Append("<tr>");
            foreach (string cell in row)
            {
                bool numeric = double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
                sb.Append(numeric ? "<td class=\"num\">" : "<td>").Append(SvgWriter.Escape(cell)).Append("</td>");
            }
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table>");
        _sections.Add(sb.ToString());
        return this;
    }

    /// <summary>Adds the summary box: a heading, the numbered sentences and a closing line, shown first and set apart.</summary>
    /// <param name="heading">The box heading.</param>
    /// <param name="sentences">The sentences (plain text).</param>
    /// <param name="footer">An optional closing line (plain text).</param>
    /// <returns>This report, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sentences"/> is null.</exception>
    public HtmlReport AddSummary(string heading, IEnumerable<string> sentences, string? footer = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var sb = new StringBuilder("<section class=\"summary\"><h2>").Append(SvgWriter.Escape(heading)).Append("</h2><ol>");
        foreach (string sentence in sentences)
        {
            sb.Append("<li>").Append(SvgWriter.Escape(sentence)).Append("</li>");
        }
        sb.Append("</ol>");
        if (!string.IsNullOrEmpty(footer))
        {
            sb.Append("<p>").Append(SvgWriter.Escape(footer)).Append("</p>");
        }
        _sections.Add(sb.Append("</section>").ToString());
        return this;
    }

    /// <summary>
    /// Adds a table of figures whose first column is the plain name: under it, each row's one-line definition and a link
    /// to its section of docs/metrics.md; the ID column (the second) is shown as is.
    /// </summary>
    /// <param name="table">The table (first column: plain names).</param>
    /// <param name="definitions">One definition (or null) per row; null for no definitions.</param>
    /// <param name="caption">An optional caption.</param>
    /// <returns>This report, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentException">The number of definitions differs from the number of rows.</exception>
    public HtmlReport AddFigureTable(TableData table, IReadOnlyList<FigureDefinition?>? definitions, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (definitions is not null && definitions.Count != table.Rows.Length)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"{definitions.Count} definitions were given for {table.Rows.Length} rows; give one per row."), nameof(definitions));
        }
        var sb = TableHead(table, caption);
        for (int r = 0; r < table.Rows.Length; r++)
        {
            var row = table.Rows[r];
            sb.Append("<tr>");
            for (int c = 0; c < row.Length; c++)
            {
                string cell = row[c];
                if (c == 0 && definitions?[r] is { } d)
                {
                    sb.Append("<td>").Append(SvgWriter.Escape(cell)).Append("<div class=\"def\">").Append(SvgWriter.Escape(d.Definition))
                        .Append(" <a href=\"").Append(SvgWriter.Escape(d.Link)).Append("\">").Append(SvgWriter.Escape(d.DocsPath)).Append("</a></div></td>");
                    continue;
                }
                bool numeric = c > 0 && cell.Length > 0 && (char.IsDigit(cell[0]) || cell[0] == '-' || cell[0] == '[');
                sb.Append(numeric ? "<td class=\"num\">" : "<td>").Append(SvgWriter.Escape(cell)).Append("</td>");
            }
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table>");
        _sections.Add(sb.ToString());
        return this;
    }

    /// <summary>Adds a glossary: each figure's plain name and ID, its definition and a link to docs/metrics.md.</summary>
    /// <param name="heading">The heading.</param>
    /// <param name="definitions">The definitions.</param>
    /// <returns>This report, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definitions"/> is null.</exception>
    public HtmlReport AddGlossary(string heading, IEnumerable<FigureDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var sb = new StringBuilder("<h2>").Append(SvgWriter.Escape(heading)).Append("</h2><dl>");
        foreach (var d in definitions)
        {
            sb.Append("<dt>").Append(SvgWriter.Escape(d.PlainName));
            if (d.Id.Length > 0)
            {
                sb.Append(" <span class=\"id\">").Append(SvgWriter.Escape(d.Id)).Append("</span>");
            }
            sb.Append("</dt><dd>").Append(SvgWriter.Escape(d.Definition)).Append(" <a href=\"").Append(SvgWriter.Escape(d.Link)).Append("\">")
                .Append(SvgWriter.Escape(d.DocsPath)).Append("</a></dd>");
        }
        _sections.Add(sb.Append("</dl>").ToString());
        return this;
    }

    /// <summary>The opening of a table: caption, header row, and the opening of the body.</summary>
    private static StringBuilder TableHead(TableData table, string? caption)
    {
        var sb = new StringBuilder("<table>");
        if (!string.IsNullOrEmpty(caption))
        {
            sb.Append("<caption>").Append(SvgWriter.Escape(caption)).Append("</caption>");
        }
        sb.Append("<thead><tr>");
        foreach (string column in table.Columns)
        {
            sb.Append("<th>").Append(SvgWriter.Escape(column)).Append("</th>");
        }
        return sb.Append("</tr></thead><tbody>");
    }

    /// <summary>Adds a picture inline, with an optional caption.</summary>
    /// <param name="picture">The picture (from <see cref="Pictures"/>).</param>
    /// <param name="caption">An optional caption.</param>
    /// <returns>This report, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="picture"/> is null.</exception>
    public HtmlReport AddPicture(SvgImage picture, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(picture);
        _sections.Add(string.Concat("<figure>", picture.Svg,
            string.IsNullOrEmpty(caption) ? "" : string.Concat("<figcaption>", SvgWriter.Escape(caption), "</figcaption>"), "</figure>"));
        return this;
    }

    /// <summary>The complete page.</summary>
    /// <returns>An HTML5 document: <c>&lt;!DOCTYPE html&gt;</c>, then well-formed XML.</returns>
    public string ToHtml()
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>")
            .Append(SvgWriter.Escape(Title)).Append("</title><style>").Append(Css).Append("</style></head><body>");
        AppendBody(sb);
        sb.Append("</body></html>\n");
        return sb.ToString();
    }

    /// <summary>Writes the page to a file as UTF-8 without a byte-order mark.</summary>
    /// <param name="path">The file to create or overwrite (conventionally <c>.html</c>).</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        NetworkVsCommunity.IO.AtomicFile.WriteText(path, ToHtml());
    }

    /// <summary>A short description.</summary>
    /// <returns>For example <c>"HTML report \"Diagnosis\" (5 sections)"</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"HTML report \"{Title}\" ({_sections.Count} sections)");

    /// <summary>The report as an HTML fragment for notebooks: the scoped style and the body.</summary>
    internal string ToFragment()
    {
        var sb = new StringBuilder();
        sb.Append("<div><style>").Append(Css).Append("</style>");
        AppendBody(sb);
        sb.Append("</div>");
        return sb.ToString();
    }

    private void AppendBody(StringBuilder sb)
    {
        sb.Append("<main class=\"nvc-report\"><h1>").Append(SvgWriter.Escape(Title)).Append("</h1>");
        foreach (string section in _sections)
        {
            sb.Append(section);
        }
        var version = typeof(HtmlReport).Assembly.GetName().Version;
        sb.Append("<footer>Made with NetworkVsCommunity ").Append(version is null ? "" : version.ToString(3))
            .Append(". Self-contained: no script, no external reference.</footer></main>");
    }
}
