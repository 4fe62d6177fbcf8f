using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>
/// Reads an observed share/reshare log (<c>parent,child,time</c> CSV) into a <see cref="Cascade"/>, so every spread and
/// resonance metric works on real data as it does on simulations.
/// </summary>
/// <remarks>
/// <para><b>Format.</b> UTF-8 text, one transmission per line: <c>parent,child,time</c>. An optional header line
/// <c>parent,child,time</c> is skipped; blank lines and lines starting with <c>#</c> are ignored. Fields may be quoted
/// with <c>"</c> (a doubled <c>""</c> inside quotes is a quote). Node ids are the graph's integer ids 0..n−1, or labels
/// mapped through the given node labels. The time is a number (for example Unix seconds) or an ISO 8601 date-time,
/// which is converted to Unix seconds (UTC when no offset is given).</para>
/// <para><b>Roots.</b> A row with an empty parent (<c>,child,time</c>) makes the child an initial sharer at that time.
/// A parent that never appears as a child is also an initial sharer, with the earliest time of its own transmissions.</para>
/// <para><b>Policy and errors.</b> Every problem throws <see cref="GraphFormatException"/> with the source name, the
/// 1-based line and the value: a line without exactly three fields, an empty child, an unknown node id, a time that is
/// not a finite number or ISO 8601 date-time, a node transmitting to itself, a child with two parents (unless
/// <see cref="ObservedCascadeOptions.DuplicateChildPolicy"/> is <see cref="DuplicateChildPolicy.KeepEarliest"/>; a root
/// row for a node that also has a parent row counts as a second parent), a child whose time precedes its parent's,
/// a cycle (reported at the line of the row that closes it, the latest line in the cycle), and a line longer than
/// <see cref="ObservedCascadeOptions.MaxLineLength"/>.</para>
/// <para><b>Result.</b> Steps are depths in the transmission forest (roots at 0). Adopters are ordered by step, then
/// time, then node id; <see cref="Cascade.Times"/> holds the logged times and
/// <see cref="Cascade.ActiveNeighborsAtAdoption"/> is not recorded (metrics recompute it from the graph). Transmissions
/// need not be arcs of the graph. Cost: O(rows · log rows) time, O(rows + n) memory.</para>
/// </remarks>
public static class ObservedCascadeReader
{
    /// <summary>Loads a log whose node ids are the graph's integers 0..<paramref name="nodeCount"/>−1.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="nodeCount">The number of nodes of the graph the cascade belongs to.</param>
    /// <param name="options">Parsing policy; <see cref="ObservedCascadeOptions.Default"/> when null.</param>
    /// <returns>The cascade.</returns>
    /// <exception cref="GraphFormatException">The file is malformed (see remarks).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nodeCount"/> is negative or an option is out of range.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static Cascade Load(string path, int nodeCount, ObservedCascadeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path, nodeCount, options);
    }

    /// <summary>Loads a log whose node ids are labels: node i of the graph has label <paramref name="nodeLabels"/>[i].</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="nodeLabels">The label of every node, in node order (distinct).</param>
    /// <param name="options">Parsing policy; <see cref="ObservedCascadeOptions.Default"/> when null.</param>
    /// <returns>The cascade.</returns>
    /// <exception cref="GraphFormatException">The file is malformed (see remarks).</exception>
    /// <exception cref="ArgumentException">Two nodes share a label.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static Cascade Load(string path, IReadOnlyList<string> nodeLabels, ObservedCascadeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path, nodeLabels, options);
    }

    /// <summary>Loads a log whose node ids are those of a loaded graph (<c>GraphFile.Load(...).Nodes</c>).</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="nodes">The graph's node ids (integer or string mode).</param>
    /// <param name="options">Parsing policy; <see cref="ObservedCascadeOptions.Default"/> when null.</param>
    /// <returns>The cascade.</returns>
    /// <exception cref="GraphFormatException">The file is malformed (see remarks).</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static Cascade Load(string path, NodeLabels nodes, ObservedCascadeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path, nodes, options);
    }

    /// <summary>Reads a log whose node ids are those of a loaded graph.</summary>
    /// <param name="reader">The text to read.</param>
    /// <param name="sourceName">The name used in error messages.</param>
    /// <param name="nodes">The graph's node ids (integer or string mode).</param>
    /// <param name="options">Parsing policy; <see cref="ObservedCascadeOptions.Default"/> when null.</param>
    /// <returns>The cascade.</returns>
    /// <exception cref="GraphFormatException">The text is malformed (see remarks).</exception>
    public static Cascade Read(TextReader reader, string sourceName, NodeLabels nodes, ObservedCascadeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        return ReadCore(reader, sourceName, nodes.Count, id => nodes.TryGetNode(id, out int v) ? v : -1,
            nodes.IsIntegerMode ? string.Create(CultureInfo.InvariantCulture, $"an integer node id in 0..{nodes.Count - 1}") : "a node id of the graph", options);
    }

    /// <summary>Reads a log whose node ids are the integers 0..<paramref name="nodeCount"/>−1.</summary>
    /// <param name="reader">The text to read.</param>
    /// <param name="sourceName">The name used in error messages (a file name or <c>"&lt;stream&gt;"</c>).</param>
    /// <param name="nodeCount">The number of nodes of the graph the cascade belongs to.</param>
    /// <param name="options">Parsing policy; <see cref="ObservedCascadeOptions.Default"/> when null.</param>
    /// <returns>The cascade.</returns>
    /// <exception cref="GraphFormatException">The text is malformed (see remarks).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nodeCount"/> is negative or an option is out of range.</exception>
    public static Cascade Read(TextReader reader, string sourceName, int nodeCount, ObservedCascadeOptions? options = null)
    {
        if (nodeCount < 0)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(nodeCount), nodeCount, "0 or more");
        }
        return ReadCore(reader, sourceName, nodeCount, id =>
            int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v < nodeCount ? v : -1,
            string.Create(CultureInfo.InvariantCulture, $"an integer node id in 0..{nodeCount - 1}"), options);
    }

    /// <summary>Reads a log whose node ids are labels: node i has label <paramref name="nodeLabels"/>[i].</summary>
    /// <param name="reader">The text to read.</param>
    /// <param name="sourceName">The name used in error messages.</param>
    /// <param name="nodeLabels">The label of every node, in node order (distinct).</param>
    /// <param name="options">Parsing policy; <see cref="ObservedCascadeOptions.Default"/> when null.</param>
    /// <returns>The cascade.</returns>
    /// <exception cref="GraphFormatException">The text is malformed (see remarks).</exception>
    /// <exception cref="ArgumentException">Two nodes share a label.</exception>
    public static Cascade Read(TextReader reader, string sourceName, IReadOnlyList<string> nodeLabels, ObservedCascadeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(nodeLabels);
        var map = new Dictionary<string, int>(nodeLabels.Count, StringComparer.Ordinal);
        for (int v = 0; v < nodeLabels.Count; v++)
        {
            if (!map.TryAdd(nodeLabels[v], v))
            {
                ThrowHelper.Argument(nameof(nodeLabels), string.Create(CultureInfo.InvariantCulture,
                    $"nodeLabels[{v}] = '{nodeLabels[v]}' repeats the label of node {map[nodeLabels[v]]}; labels must be distinct."));
            }
        }
        return ReadCore(reader, sourceName, nodeLabels.Count, id => map.TryGetValue(id, out int v) ? v : -1, "a node label of the graph", options);
    }

    private readonly record struct Row(int Parent, int Child, double Time, long Line);

    private static Cascade ReadCore(TextReader reader, string sourceName, int nodeCount, Func<string, int> resolve, string allowedIds,
        ObservedCascadeOptions? options)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= ObservedCascadeOptions.Default;
        if (options.MaxLineLength < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.MaxLineLength", options.MaxLineLength, "1 or more");
        }
        if (options.DuplicateChildPolicy is not (DuplicateChildPolicy.Reject or DuplicateChildPolicy.KeepEarliest))
        {
            ThrowHelper.ArgumentOutOfRange("options.DuplicateChildPolicy", options.DuplicateChildPolicy, "Reject or KeepEarliest");
        }
        var rowOfChild = new Dictionary<int, Row>();
        var line = new StringBuilder();
        var fields = new List<string>(3);
        long lineNumber = 0;
        bool sawData = false;
        while (ReadLine(reader, line, options.MaxLineLength, sourceName, lineNumber + 1))
        {
            lineNumber++;
            string text = line.ToString().Trim();
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }
            SplitFields(text, fields, sourceName, lineNumber);
            if (!sawData)
            {
                sawData = true;
                if (fields.Count == 3 && fields[0].Trim().Equals("parent", StringComparison.OrdinalIgnoreCase) &&
                    fields[1].Trim().Equals("child", StringComparison.OrdinalIgnoreCase) && fields[2].Trim().Equals("time", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
            }
            if (fields.Count != 3)
            {
                throw Error(sourceName, lineNumber, $"expected 3 fields 'parent,child,time' but found {fields.Count}: '{Clip(text)}'");
            }
            string parentId = fields[0].Trim();
            string childId = fields[1].Trim();
            string timeText = fields[2].Trim();
            if (childId.Length == 0)
            {
                throw Error(sourceName, lineNumber, "the child field is empty; allowed: " + allowedIds);
            }
            int child = Resolve(resolve, childId, "child", allowedIds, sourceName, lineNumber);
            int parent = parentId.Length == 0 ? -1 : Resolve(resolve, parentId, "parent", allowedIds, sourceName, lineNumber);
            if (parent == child)
            {
                throw Error(sourceName, lineNumber, $"node '{Clip(childId)}' is its own parent (a cycle of length 1)");
            }
            double time = ParseTime(timeText, sourceName, lineNumber);
            var row = new Row(parent, child, time, lineNumber);
            if (rowOfChild.TryGetValue(child, out Row previous))
            {
                if (options.DuplicateChildPolicy == DuplicateChildPolicy.Reject)
                {
                    throw Error(sourceName, lineNumber, $"node '{Clip(childId)}' already adopted on line {previous.Line}; a child has one parent (set DuplicateChildPolicy = KeepEarliest to keep the earliest row)");
                }
                if (time < previous.Time)
                {
                    rowOfChild[child] = row;
                }
            }
            else
            {
                rowOfChild.Add(child, row);
            }
        }
        return Assemble(rowOfChild, nodeCount, sourceName);
    }

    private static Cascade Assemble(Dictionary<int, Row> rowOfChild, int nodeCount, string sourceName)
    {
        // Implicit roots: parents that never adopt as children, timed at their earliest transmission.
        var implicitRootTime = new Dictionary<int, double>();
        foreach (Row row in rowOfChild.Values)
        {
            if (row.Parent >= 0 && !rowOfChild.ContainsKey(row.Parent))
            {
                implicitRootTime[row.Parent] = implicitRootTime.TryGetValue(row.Parent, out double t) ? Math.Min(t, row.Time) : row.Time;
            }
        }
        // Depths, with cycle detection (state 1 = on the current path, 2 = done).
        var depth = new Dictionary<int, int>();
        var onPath = new HashSet<int>();
        var path = new List<int>();
        foreach (int root in implicitRootTime.Keys)
        {
            depth[root] = 0;
        }
        foreach (int start in rowOfChild.Keys.Order())
        {
            if (depth.ContainsKey(start))
            {
                continue;
            }
            path.Clear();
            onPath.Clear();
            int x = start;
            int baseDepth;
            while (true)
            {
                if (depth.TryGetValue(x, out int d))
                {
                    baseDepth = d;
                    break;
                }
                if (!onPath.Add(x))
                {
                    // x closes a cycle: report the latest line among the cycle's rows.
                    long worst = 0;
                    var members = new List<int>();
                    bool inCycle = false;
                    foreach (int y in path)
                    {
                        inCycle |= y == x;
                        if (inCycle)
                        {
                            worst = Math.Max(worst, rowOfChild[y].Line);
                            members.Add(y);
                        }
                    }
                    members.Sort();
                    string list = string.Join(", ", members.Take(10).Select(m => m.ToString(CultureInfo.InvariantCulture)));
                    throw Error(sourceName, worst, $"the transmissions form a cycle through nodes {list}{(members.Count > 10 ? ", ..." : "")}; a cascade must be a forest");
                }
                path.Add(x);
                Row row = rowOfChild[x];
                if (row.Parent < 0)
                {
                    baseDepth = -1;
                    break;
                }
                x = row.Parent;
            }
            for (int i = path.Count - 1; i >= 0; i--)
            {
                baseDepth++;
                depth[path[i]] = baseDepth;
            }
        }
        var adopters = new List<(int Step, double Time, int Node, int Parent, long Line)>(depth.Count);
        foreach (var (node, step) in depth)
        {
            if (rowOfChild.TryGetValue(node, out Row row))
            {
                if (row.Parent >= 0)
                {
                    double parentTime = rowOfChild.TryGetValue(row.Parent, out Row p) ? p.Time : implicitRootTime[row.Parent];
                    if (row.Time < parentTime)
                    {
                        throw Error(sourceName, row.Line, string.Create(CultureInfo.InvariantCulture,
                            $"child {node} adopts at time {ThrowHelper.Format(row.Time)}, before its parent {row.Parent} (time {ThrowHelper.Format(parentTime)})"));
                    }
                }
                adopters.Add((step, row.Time, node, row.Parent, row.Line));
            }
            else
            {
                adopters.Add((0, implicitRootTime[node], node, -1, 0));
            }
        }
        adopters.Sort((a, b) => a.Step != b.Step ? a.Step.CompareTo(b.Step) : a.Time != b.Time ? a.Time.CompareTo(b.Time) : a.Node.CompareTo(b.Node));
        int k = adopters.Count;
        var nodes = new int[k];
        var steps = new int[k];
        var parents = new int[k];
        var times = new double[k];
        for (int i = 0; i < k; i++)
        {
            (steps[i], times[i], nodes[i], parents[i], _) = adopters[i];
        }
        return new Cascade(nodeCount, ImmutableArray.Create(nodes), ImmutableArray.Create(steps), ImmutableArray.Create(parents), [], ImmutableArray.Create(times));
    }

    private static int Resolve(Func<string, int> resolve, string id, string column, string allowedIds, string sourceName, long lineNumber)
    {
        int v = resolve(id);
        if (v < 0)
        {
            throw Error(sourceName, lineNumber, $"unknown node id '{Clip(id)}' in the {column} field; allowed: {allowedIds}");
        }
        return v;
    }

    private static double ParseTime(string text, string sourceName, long lineNumber)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double t))
        {
            if (!double.IsFinite(t))
            {
                throw Error(sourceName, lineNumber, $"time '{Clip(text)}' is not finite; allowed: a finite number or an ISO 8601 date-time");
            }
            return t;
        }
        if (text.Length >= 10 && char.IsAsciiDigit(text[0]) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out DateTimeOffset when))
        {
            return (when.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / (double)TimeSpan.TicksPerSecond;
        }
        throw Error(sourceName, lineNumber, $"time '{Clip(text)}' is not a number or an ISO 8601 date-time");
    }

    /// <summary>Splits a CSV line into fields, honouring double quotes.</summary>
    private static void SplitFields(string text, List<string> fields, string sourceName, long lineNumber)
    {
        fields.Clear();
        var field = new StringBuilder();
        int i = 0;
        while (true)
        {
            field.Clear();
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }
            if (i < text.Length && text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw Error(sourceName, lineNumber, "a quoted field is not closed");
                    }
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.Append(text[i++]);
                }
                while (i < text.Length && text[i] == ' ')
                {
                    i++;
                }
                if (i < text.Length && text[i] != ',')
                {
                    throw Error(sourceName, lineNumber, "unexpected text after a quoted field");
                }
            }
            else
            {
                while (i < text.Length && text[i] != ',')
                {
                    if (text[i] == '"')
                    {
                        throw Error(sourceName, lineNumber, "a quote inside an unquoted field; quote the whole field and double inner quotes");
                    }
                    field.Append(text[i++]);
                }
            }
            fields.Add(field.ToString());
            if (i >= text.Length)
            {
                return;
            }
            i++; // the comma
            if (fields.Count > 16)
            {
                throw Error(sourceName, lineNumber, "too many fields (more than 16); expected 3 fields 'parent,child,time'");
            }
        }
    }

    /// <summary>Reads one line into <paramref name="line"/> without buffering more than <paramref name="maxLength"/> characters.</summary>
    private static bool ReadLine(TextReader reader, StringBuilder line, int maxLength, string sourceName, long lineNumber)
    {
        line.Clear();
        int c = reader.Read();
        if (c < 0)
        {
            return false;
        }
        while (c >= 0 && c != '\n')
        {
            if (c != '\r')
            {
                if (line.Length >= maxLength)
                {
                    throw Error(sourceName, lineNumber, string.Create(CultureInfo.InvariantCulture, $"the line is longer than options.MaxLineLength = {maxLength} characters"));
                }
                line.Append((char)c);
            }
            c = reader.Read();
        }
        return true;
    }

    private static string Clip(string s) => s.Length <= 64 ? s : string.Concat(s.AsSpan(0, 61), "...");

    private static GraphFormatException Error(string sourceName, long lineNumber, string problem) => new(sourceName, lineNumber, problem);
}
