using System.Globalization;
using System.Text;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.IO;

/// <summary>
/// Reads and writes text edge lists: one edge per line, <c>source target [weight]</c>, separated by blanks (spaces or
/// tabs) or by a comma; <c>#</c> and <c>%</c> start comment lines.
/// </summary>
/// <remarks>
/// <para><b>Ids.</b> Integer ids keep their values as node indices (n = largest id + 1; gaps become isolated nodes);
/// otherwise ids are strings numbered in ordinal order (see <see cref="NodeLabels"/> and <see cref="NodeIdMode"/>). A
/// string id that is empty, contains blanks, commas, quotes or control characters, or starts with <c>#</c> or <c>%</c>
/// is written in double quotes with JSON escapes (<c>\"</c>, <c>\\</c>, <c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\uXXXX</c>),
/// so every line stays one line.</para>
/// <para><b>Header.</b> The writer starts with <c># nvc edgelist: nodes=N directed=D weighted=W ids=integer|string</c>,
/// which the reader honours (options given explicitly win): it restores the node count (isolated nodes), direction and
/// id mode, and catches truncation (fewer string ids than declared). In string mode isolated nodes are written as
/// <c># nvc node: id</c> lines. Other readers see comments.</para>
/// <para><b>Weights.</b> A third column is a weight (invariant culture, <c>1.5</c>, <c>2e-3</c>): finite and 0 or more.
/// Every edge line must have the same number of columns.</para>
/// <para><b>Errors.</b> Every malformed line throws <see cref="GraphFormatException"/> with the file, the 1-based line and
/// the offending value: wrong column count, unparsable id or weight, NaN/∞/negative weight, an unterminated quote,
/// invalid UTF-8, a line longer than <see cref="GraphReadOptions.MaxLineLength"/> bytes, a UTF-16 file. Memory per line
/// is bounded by that limit.</para>
/// <para><b>Speed.</b> The reader works on bytes; the integer path allocates nothing per line (about as fast as igraph's
/// <c>Read_Edgelist</c> or faster: see <c>docs/performance.md</c>).</para>
/// </remarks>
public static class EdgeListFormat
{
    /// <summary>Reads an edge-list file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Reader options; <see cref="GraphReadOptions.Default"/> when null.</param>
    /// <returns>The graph with its ids (and edge records when <see cref="GraphReadOptions.KeepEdgeRecords"/>).</returns>
    /// <exception cref="GraphFormatException">The file is malformed (the message names the file, line and value).</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static LabeledGraph Read(string path, GraphReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return Read(stream, path, options);
    }

    /// <summary>Reads an edge list from a stream (copied to memory first when it cannot seek).</summary>
    /// <param name="stream">The UTF-8 text.</param>
    /// <param name="sourceName">The name used in error messages, for example the file name.</param>
    /// <param name="options">Reader options; <see cref="GraphReadOptions.Default"/> when null.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="GraphFormatException">The input is malformed.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static LabeledGraph Read(Stream stream, string sourceName, GraphReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= GraphReadOptions.Default;
        options.Validate();
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            stream = copy;
        }
        long lengthHint = Math.Max(0, stream.Length - stream.Position);
        return new EdgeListParser(sourceName, options, lengthHint).Parse(stream);
    }

    /// <summary>Parses edge-list text (for tests and notebooks).</summary>
    /// <param name="text">The text.</param>
    /// <param name="options">Reader options.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="GraphFormatException">The text is malformed (source name <c>&lt;string&gt;</c>).</exception>
    public static LabeledGraph Parse(string text, GraphReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return Read(stream, "<string>", options);
    }

    /// <summary>Writes an edge-list file (UTF-8, no byte order mark, <c>\n</c> line ends) with the <c>nvc edgelist</c> header.</summary>
    /// <param name="graph">The graph; its edge records when kept, otherwise its CSR edges. Attributes are not written (use GraphML or GEXF).</param>
    /// <param name="path">The file (replaced only once completely written: an error leaves any old file as it was).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(LabeledGraph graph, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        AtomicFile.Write(path, stream => Write(graph, stream));
    }

    /// <summary>Writes an edge list to a stream (left open).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="stream">The destination.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(LabeledGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        Write(graph, writer);
    }

    /// <summary>Formats a graph as edge-list text.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The text.</returns>
    public static string Format(LabeledGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(graph, writer);
        return writer.ToString();
    }

    private static void Write(LabeledGraph graph, TextWriter writer)
    {
        CsrGraph g = graph.Graph;
        NodeLabels nodes = graph.Nodes;
        bool integer = nodes.IsIntegerMode;
        bool weighted = g.IsWeighted;
        writer.Write(string.Create(CultureInfo.InvariantCulture,
            $"# nvc edgelist: nodes={g.NodeCount} directed={(g.IsDirected ? "true" : "false")} weighted={(weighted ? "true" : "false")} ids={(integer ? "integer" : "string")}\n"));
        EdgeRecord[] edges = graph.EdgesForWriting();
        Span<char> buffer = stackalloc char[64];
        if (!integer)
        {
            var seen = new bool[g.NodeCount];
            foreach (EdgeRecord e in edges)
            {
                seen[e.Source] = true;
                seen[e.Target] = true;
            }
            for (int v = 0; v < seen.Length; v++)
            {
                if (!seen[v])
                {
                    writer.Write("# nvc node: ");
                    WriteId(writer, nodes[v]);
                    writer.Write('\n');
                }
            }
        }
        foreach (EdgeRecord e in edges)
        {
            if (integer)
            {
                e.Source.TryFormat(buffer, out int a, default, CultureInfo.InvariantCulture);
                writer.Write(buffer[..a]);
                writer.Write(' ');
                e.Target.TryFormat(buffer, out a, default, CultureInfo.InvariantCulture);
                writer.Write(buffer[..a]);
            }
            else
            {
                WriteId(writer, nodes[e.Source]);
                writer.Write(' ');
                WriteId(writer, nodes[e.Target]);
            }
            if (weighted)
            {
                writer.Write(' ');
                e.Weight.TryFormat(buffer, out int a, "R", CultureInfo.InvariantCulture);
                writer.Write(buffer[..a]);
            }
            writer.Write('\n');
        }
    }

    /// <summary>Writes an id, quoted with JSON escapes when it would not survive as a bare token.</summary>
    internal static void WriteId(TextWriter writer, string id)
    {
        if (!NeedsQuotes(id))
        {
            writer.Write(id);
            return;
        }
        writer.Write('"');
        for (int i = 0; i < id.Length; i++)
        {
            char c = id[i];
            switch (c)
            {
                case '"': writer.Write("\\\""); break;
                case '\\': writer.Write("\\\\"); break;
                case '\n': writer.Write("\\n"); break;
                case '\r': writer.Write("\\r"); break;
                case '\t': writer.Write("\\t"); break;
                default:
                    bool loneSurrogate = char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < id.Length && char.IsLowSurrogate(id[i + 1]));
                    if (char.IsHighSurrogate(c) && !loneSurrogate)
                    {
                        writer.Write(c);
                        writer.Write(id[++i]);
                    }
                    else if (char.IsControl(c) || loneSurrogate)
                    {
                        writer.Write(string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"));
                    }
                    else
                    {
                        writer.Write(c);
                    }
                    break;
            }
        }
        writer.Write('"');
    }

    private static bool NeedsQuotes(string id)
    {
        if (id.Length == 0 || id[0] is '#' or '%')
        {
            return true;
        }
        for (int i = 0; i < id.Length; i++)
        {
            char c = id[i];
            if (c is ',' or '"' or '\\' || char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c))
            {
                return true;
            }
        }
        return false;
    }
}
