using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity;

/// <summary>
/// An advocacy platform's share log: CSV rows <c>post,person,time</c>, each a share of (or an engagement with) a post by one
/// person at one time; see <c>docs/formats.md</c>.
/// </summary>
/// <remarks>
/// <para><b>Format.</b> A header naming the columns <c>post</c>, <c>person</c> and <c>time</c> (any order, case-insensitive;
/// other columns are ignored), then one row per share. <c>time</c> is a number in any unit (for example the simulation
/// step or seconds) or an ISO 8601 timestamp (read as seconds since 1970-01-01 UTC); one file uses one kind.</para>
/// <para><b>Policies.</b> Rows may come in any order: each post's rows are sorted by time (ties keep file order).
/// A person who appears twice on one post keeps the earliest time (counted in <see cref="DuplicatesDropped"/>).
/// An unknown person is an error naming the line, or is skipped (<see cref="UnknownPersonPolicy"/>). Empty lines are
/// ignored; a missing or non-numeric time is an error naming the line.</para>
/// </remarks>
/// <param name="Posts">The posts in order of first appearance.</param>
/// <param name="Rows">Data rows read.</param>
/// <param name="DuplicatesDropped">Rows dropped because the person already appeared on the post (the earliest time is kept).</param>
/// <param name="UnknownRowsSkipped">Rows skipped because the person is not in the network (with <see cref="UnknownPersonPolicy.Skip"/>).</param>
public sealed record ShareLog(ImmutableArray<SharePost> Posts, int Rows, int DuplicatesDropped, int UnknownRowsSkipped)
{
    /// <summary>Reads a share log file against the people of <paramref name="network"/>.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="network">The organisation whose people the log names.</param>
    /// <param name="unknownPeople">What to do with unknown people; default an error.</param>
    /// <returns>The log.</returns>
    /// <exception cref="GraphFormatException">A malformed row, with the file and line.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static ShareLog Load(string path, EmployeeNetwork network, UnknownPersonPolicy unknownPeople = UnknownPersonPolicy.Error)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Read(reader, path, network, unknownPeople);
    }

    /// <summary>Reads a share log from a reader.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="sourceName">The name used in error messages.</param>
    /// <param name="network">The organisation whose people the log names.</param>
    /// <param name="unknownPeople">What to do with unknown people; default an error.</param>
    /// <returns>The log.</returns>
    /// <exception cref="GraphFormatException">A malformed row, with the source name and line.</exception>
    public static ShareLog Read(TextReader reader, string sourceName, EmployeeNetwork network, UnknownPersonPolicy unknownPeople = UnknownPersonPolicy.Error)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(network);
        var csv = new CsvRecordReader(reader, sourceName);
        var fields = new List<string>();
        if (!csv.TryRead(fields))
        {
            throw csv.Error(1, "the share log is empty; expected a header with the columns post, person, time");
        }
        int postColumn = -1, personColumn = -1, timeColumn = -1;
        for (int i = 0; i < fields.Count; i++)
        {
            switch (fields[i].Trim().ToLowerInvariant())
            {
                case "post": postColumn = i; break;
                case "person": personColumn = i; break;
                case "time": timeColumn = i; break;
            }
        }
        if (postColumn < 0 || personColumn < 0 || timeColumn < 0)
        {
            throw csv.Error(csv.RecordLine, "the header must name the columns post, person and time; found: " + CsvRecordReader.Truncate(string.Join(",", fields)));
        }
        int needed = Math.Max(postColumn, Math.Max(personColumn, timeColumn)) + 1;
        var order = new List<string>();
        var rowsByPost = new Dictionary<string, List<(int Node, double Time, long Line)>>(StringComparer.Ordinal);
        int rows = 0, unknown = 0;
        bool? iso = null;
        while (csv.TryRead(fields))
        {
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }
            long line = csv.RecordLine;
            if (fields.Count < needed)
            {
                throw csv.Error(line, string.Create(CultureInfo.InvariantCulture, $"expected at least {needed} fields (post, person, time), found {fields.Count}"));
            }
            string post = fields[postColumn].Trim();
            string person = fields[personColumn].Trim();
            string timeText = fields[timeColumn].Trim();
            if (post.Length == 0 || person.Length == 0)
            {
                throw csv.Error(line, "post and person must not be empty");
            }
            double time;
            bool isNumber = double.TryParse(timeText, NumberStyles.Float, CultureInfo.InvariantCulture, out time) && double.IsFinite(time);
            if (!isNumber)
            {
                if (!DateTimeOffset.TryParse(timeText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset stamp))
                {
                    throw csv.Error(line, $"time '{CsvRecordReader.Truncate(timeText)}' is neither a number nor an ISO 8601 timestamp");
                }
                time = (stamp - DateTimeOffset.UnixEpoch).TotalSeconds;
            }
            if (iso is bool kind && kind == isNumber)
            {
                throw csv.Error(line, $"time '{CsvRecordReader.Truncate(timeText)}' mixes numbers and timestamps; one file uses one kind");
            }
            iso = !isNumber;
            rows++;
            if (!network.TryGetNode(new EmployeeId(person), out int node))
            {
                if (unknownPeople == UnknownPersonPolicy.Skip)
                {
                    unknown++;
                    continue;
                }
                throw csv.Error(line, $"person '{CsvRecordReader.Truncate(person)}' is not in the network (use the skip policy to ignore unknown people)");
            }
            if (!rowsByPost.TryGetValue(post, out var list))
            {
                list = [];
                rowsByPost[post] = list;
                order.Add(post);
            }
            list.Add((node, time, line));
        }
        int duplicates = 0;
        var posts = ImmutableArray.CreateBuilder<SharePost>(order.Count);
        var seen = new HashSet<int>();
        foreach (string post in order)
        {
            var list = rowsByPost[post];
            var sorted = list.OrderBy(r => r.Time).ThenBy(r => r.Line).ToList();
            seen.Clear();
            var nodes = ImmutableArray.CreateBuilder<int>(sorted.Count);
            var times = ImmutableArray.CreateBuilder<double>(sorted.Count);
            foreach (var (node, time, _) in sorted)
            {
                if (!seen.Add(node))
                {
                    duplicates++;
                    continue;
                }
                nodes.Add(node);
                times.Add(time);
            }
            posts.Add(new SharePost(post, nodes.ToImmutable(), times.ToImmutable()));
        }
        return new ShareLog(posts.MoveToImmutable(), rows, duplicates, unknown);
    }

    /// <summary>Writes a share log (header <c>post,person,time</c>) atomically, posts in order, rows in time order.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="network">The organisation (for the ids).</param>
    /// <exception cref="ArgumentException">A node is not a person of <paramref name="network"/>.</exception>
    public void Save(string path, EmployeeNetwork network)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(network);
        var text = new System.Text.StringBuilder("post,person,time\n");
        foreach (SharePost post in Posts)
        {
            for (int i = 0; i < post.Nodes.Length; i++)
            {
                int node = post.Nodes[i];
                if (node < 0 || node >= network.PersonCount)
                {
                    ThrowHelper.Argument(nameof(network), string.Create(CultureInfo.InvariantCulture, $"Post '{post.Id}' names node {node}, not a person of the network ({network.PersonCount} people)."));
                }
                text.Append(Quote(post.Id)).Append(',').Append(Quote(network.IdOf(node).ToString())).Append(',')
                    .Append(post.Times[i].ToString("R", CultureInfo.InvariantCulture)).Append('\n');
            }
        }
        AtomicFile.WriteText(path, text.ToString());
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
