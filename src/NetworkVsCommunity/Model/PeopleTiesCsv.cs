using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity;

/// <summary>
/// Reads and writes an <see cref="EmployeeNetwork"/> as two CSV files: <c>people.csv</c> (one row per person) and
/// <c>ties.csv</c> (one row per tie).
/// </summary>
/// <remarks>
/// <para><b>Format.</b> RFC 4180: a header row, comma separated, fields optionally quoted with <c>"</c> (a quote inside a
/// quoted field is doubled; commas and line breaks are allowed inside quotes), records ended by CRLF, LF or CR, empty
/// lines skipped. UTF-8 with or without a byte order mark; invalid UTF-8 is an error. Header names of the standard
/// columns are matched ignoring case and surrounding spaces; values are kept exactly (strings are not trimmed; numbers
/// may have surrounding spaces). Numbers use the invariant culture (<c>.</c> as decimal point).</para>
/// <para><b>people.csv</b> columns (any order):
/// <c>id</c> (required: non-empty, unique, compared ordinally);
/// <c>kind</c> (<c>employee</c> or <c>external</c>, any case; empty or absent: employee);
/// <c>department</c>, <c>team</c>, <c>role</c> (text; default empty);
/// <c>enthusiasm</c>, <c>purpose_alignment</c> (numbers from 0 to 1; empty or absent: 0);
/// <c>audience_size</c> (an integer, 0 or more; empty or absent: 0);
/// <c>programme_owner</c> (<c>true</c>/<c>false</c>, <c>1</c>/<c>0</c>, <c>yes</c>/<c>no</c>; at most one true row, an
/// employee; empty or absent: false);
/// any other column is kept as a text attribute (<see cref="EmployeeNetwork.ExtraAttributeNames"/>).</para>
/// <para><b>ties.csv</b> columns: <c>source</c>, <c>target</c> (required: ids from people.csv, different from each
/// other); <c>kind</c> (any non-empty name; empty or absent: <c>colleague</c>); <c>strength</c> (a finite number greater
/// than 0; empty or absent: 1); <c>directed</c> (a boolean as above; empty or absent: true for <c>follows</c> and
/// <c>reports_to</c>, false otherwise). Other columns are an error (a tie has no free attributes, and nothing is dropped
/// silently). A directed row "source, target" reads "source follows target": influence flows target → source
/// (see <see cref="Tie"/>).</para>
/// <para><b>Duplicates and self-ties.</b> Rows repeating a tie (same people, kind and direction; a mutual A–B equals B–A)
/// are merged by summing strengths and counted in <see cref="EmployeeNetwork.BuildStatistics"/>. A self-tie (source =
/// target) is rejected, as are duplicate person ids.</para>
/// <para><b>Errors.</b> Every problem is a <see cref="GraphFormatException"/> naming the file, the 1-based line and the
/// value: missing required column, wrong number of fields, bad number, NaN or infinity, a value out of range, an unknown
/// person, a duplicate id, a self-tie, a broken quote, a record over 16 Mi characters.</para>
/// <para>The writer writes every standard column (and <c>programme_owner</c> only when one is designated), then the
/// extra columns in ordinal order; doubles in round-trip form; UTF-8 without BOM, LF line ends. Reading what it wrote
/// gives an equal network.</para>
/// </remarks>
public static class PeopleTiesCsv
{
    private const string IdColumn = "id";
    private const string KindColumn = "kind";
    private const string OwnerColumn = "programme_owner";
    private const string SourceColumn = "source";
    private const string TargetColumn = "target";
    private const string StrengthColumn = "strength";
    private const string DirectedColumn = "directed";

    private static readonly string[] PeopleStandard =
    [
        IdColumn, KindColumn, EmployeeNetwork.DepartmentColumn, EmployeeNetwork.TeamColumn, EmployeeNetwork.RoleColumn,
        EmployeeNetwork.EnthusiasmColumn, EmployeeNetwork.PurposeAlignmentColumn, EmployeeNetwork.AudienceSizeColumn, OwnerColumn,
    ];

    private static readonly string[] TiesStandard = [SourceColumn, TargetColumn, KindColumn, StrengthColumn, DirectedColumn];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Loads a network from a <c>people.csv</c> and a <c>ties.csv</c> file.</summary>
    /// <param name="peoplePath">The people file.</param>
    /// <param name="tiesPath">The ties file.</param>
    /// <returns>The network.</returns>
    /// <exception cref="GraphFormatException">A file is malformed (the message names file, line and value).</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static EmployeeNetwork Load(string peoplePath, string tiesPath)
    {
        ArgumentNullException.ThrowIfNull(peoplePath);
        ArgumentNullException.ThrowIfNull(tiesPath);
        using var people = new StreamReader(peoplePath, StrictUtf8, detectEncodingFromByteOrderMarks: true);
        using var ties = new StreamReader(tiesPath, StrictUtf8, detectEncodingFromByteOrderMarks: true);
        return Read(people, ties, peoplePath, tiesPath);
    }

    /// <summary>Reads a network from two UTF-8 streams (with or without BOM).</summary>
    /// <param name="people">The people.csv content.</param>
    /// <param name="ties">The ties.csv content.</param>
    /// <param name="peopleName">The name used in error messages for the people stream. Default <c>people.csv</c>.</param>
    /// <param name="tiesName">The name used in error messages for the ties stream. Default <c>ties.csv</c>.</param>
    /// <returns>The network.</returns>
    /// <exception cref="GraphFormatException">The content is malformed.</exception>
    public static EmployeeNetwork Read(Stream people, Stream ties, string peopleName = "people.csv", string tiesName = "ties.csv")
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(ties);
        using var p = new StreamReader(people, StrictUtf8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        using var t = new StreamReader(ties, StrictUtf8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Read(p, t, peopleName, tiesName);
    }

    /// <summary>Reads a network from two text readers.</summary>
    /// <param name="people">The people.csv content.</param>
    /// <param name="ties">The ties.csv content.</param>
    /// <param name="peopleName">The name used in error messages for the people input. Default <c>people.csv</c>.</param>
    /// <param name="tiesName">The name used in error messages for the ties input. Default <c>ties.csv</c>.</param>
    /// <returns>The network.</returns>
    /// <exception cref="GraphFormatException">The content is malformed.</exception>
    public static EmployeeNetwork Read(TextReader people, TextReader ties, string peopleName = "people.csv", string tiesName = "ties.csv")
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(ties);
        ArgumentNullException.ThrowIfNull(peopleName);
        ArgumentNullException.ThrowIfNull(tiesName);
        var builder = new EmployeeNetworkBuilder();
        ReadPeople(new CsvRecordReader(people, peopleName), builder);
        ReadTies(new CsvRecordReader(ties, tiesName), builder);
        return builder.Build();
    }

    /// <summary>Saves a network as <c>people.csv</c> and <c>ties.csv</c> (UTF-8 without BOM).</summary>
    /// <param name="network">The network.</param>
    /// <param name="peoplePath">The people file to create or overwrite.</param>
    /// <param name="tiesPath">The ties file to create or overwrite.</param>
    /// <remarks>Both files are written to temporary files first and replace their targets only when both are complete.</remarks>
    /// <exception cref="IOException">A file cannot be written.</exception>
    public static void Save(EmployeeNetwork network, string peoplePath, string tiesPath)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(peoplePath);
        ArgumentNullException.ThrowIfNull(tiesPath);
        AtomicFile.WritePair(peoplePath, tiesPath, (peopleStream, tiesStream) =>
        {
            using var people = new StreamWriter(peopleStream, StrictUtf8, 1 << 16, leaveOpen: true);
            using var ties = new StreamWriter(tiesStream, StrictUtf8, 1 << 16, leaveOpen: true);
            Write(network, people, ties);
        });
    }

    /// <summary>Writes a network to two text writers.</summary>
    /// <param name="network">The network.</param>
    /// <param name="people">Receives people.csv.</param>
    /// <param name="ties">Receives ties.csv.</param>
    public static void Write(EmployeeNetwork network, TextWriter people, TextWriter ties)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(ties);
        bool hasOwner = network.ProgrammeOwnerNode is not null;
        var header = new List<string>(PeopleStandard);
        if (!hasOwner)
        {
            header.Remove(OwnerColumn);
        }
        header.AddRange(network.ExtraAttributeNames);
        WriteRecord(people, header);
        var row = new List<string>(header.Count);
        int extraCount = network.ExtraAttributeNames.Length;
        var extraColumns = new string[extraCount][];
        for (int c = 0; c < extraCount; c++)
        {
            extraColumns[c] = network.ExtraColumn(c);
        }
        var ids = network.Ids;
        for (int v = 0; v < network.PersonCount; v++)
        {
            row.Clear();
            row.Add(ids[v]);
            row.Add(network.Kinds[v] == PersonKind.Employee ? "employee" : "external");
            row.Add(network.Departments[v]);
            row.Add(network.Teams[v]);
            row.Add(network.Roles[v]);
            row.Add(network.Enthusiasm[v].ToString("R", CultureInfo.InvariantCulture));
            row.Add(network.PurposeAlignment[v].ToString("R", CultureInfo.InvariantCulture));
            row.Add(network.AudienceSize[v].ToString(CultureInfo.InvariantCulture));
            if (hasOwner)
            {
                row.Add(network.ProgrammeOwnerNode == v ? "true" : "false");
            }
            for (int c = 0; c < extraCount; c++)
            {
                row.Add(extraColumns[c][v]);
            }
            WriteRecord(people, row);
        }

        WriteTies(network, ties, row);
    }

    /// <summary>Loads only a <c>people.csv</c> file into a builder, to add ties from another source (for example
    /// <see cref="EmployeeNetworkBuilder.AddInteractions(IEnumerable{Interaction}, InteractionTieOptions?)"/>).</summary>
    /// <param name="peoplePath">The people file.</param>
    /// <returns>A builder holding the people (and the programme owner, if designated).</returns>
    /// <exception cref="GraphFormatException">The file is malformed (the message names file, line and value).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static EmployeeNetworkBuilder LoadPeople(string peoplePath)
    {
        ArgumentNullException.ThrowIfNull(peoplePath);
        using var people = new StreamReader(peoplePath, StrictUtf8, detectEncodingFromByteOrderMarks: true);
        var builder = new EmployeeNetworkBuilder();
        ReadPeople(new CsvRecordReader(people, peoplePath), builder);
        return builder;
    }

    /// <summary>Saves only the <c>ties.csv</c> of a network (UTF-8 without BOM, written to a temporary file first).</summary>
    /// <param name="network">The network.</param>
    /// <param name="tiesPath">The ties file to create or overwrite.</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void SaveTies(EmployeeNetwork network, string tiesPath)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(tiesPath);
        AtomicFile.Write(tiesPath, stream =>
        {
            using var ties = new StreamWriter(stream, StrictUtf8, 1 << 16, leaveOpen: true);
            WriteTies(network, ties, []);
        });
    }

    private static void WriteTies(EmployeeNetwork network, TextWriter ties, List<string> row)
    {
        var ids = network.Ids;
        WriteRecord(ties, TiesStandard);
        var kinds = network.TieKinds;
        var src = network.TieSources;
        var tgt = network.TieTargets;
        var knd = network.TieKindIndices;
        var strength = network.TieStrengths;
        var directed = network.TieDirections;
        for (int i = 0; i < network.TieCount; i++)
        {
            row.Clear();
            row.Add(ids[src[i]]);
            row.Add(ids[tgt[i]]);
            row.Add(kinds[knd[i]].Name);
            row.Add(strength[i].ToString("R", CultureInfo.InvariantCulture));
            row.Add(directed[i] ? "true" : "false");
            WriteRecord(ties, row);
        }
    }

    private static void ReadPeople(CsvRecordReader reader, EmployeeNetworkBuilder builder)
    {
        var fields = new List<string>();
        if (!reader.TryRead(fields))
        {
            throw reader.Error(1, "the file is empty; expected a header row with at least the column 'id'");
        }
        long headerLine = reader.RecordLine;
        int[] standard = MapHeader(reader, fields, PeopleStandard, allowExtra: true, out var extra);
        if (standard[0] < 0)
        {
            throw reader.Error(headerLine, string.Create(CultureInfo.InvariantCulture,
                $"missing required column 'id' in the header ('{CsvRecordReader.Truncate(string.Join(",", fields))}')"));
        }
        int columns = fields.Count;
        string? owner = null;
        long ownerLine = 0;
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        var extraBuilder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        while (reader.TryRead(fields))
        {
            long line = reader.RecordLine;
            CheckCount(reader, fields, columns, line);
            string id = fields[standard[0]];
            if (id.Length == 0)
            {
                throw reader.Error(line, "empty id; every person needs a non-empty id");
            }
            if (lines.TryGetValue(id, out long first))
            {
                throw reader.Error(line, string.Create(CultureInfo.InvariantCulture,
                    $"duplicate person id '{CsvRecordReader.Truncate(id)}' (first on line {first}); ids must be unique"));
            }
            lines.Add(id, line);
            PersonKind kind = PersonKind.Employee;
            if (standard[1] >= 0)
            {
                string k = fields[standard[1]].Trim();
                if (k.Length == 0 || k.Equals("employee", StringComparison.OrdinalIgnoreCase))
                {
                    kind = PersonKind.Employee;
                }
                else if (k.Equals("external", StringComparison.OrdinalIgnoreCase))
                {
                    kind = PersonKind.External;
                }
                else
                {
                    throw reader.Error(line, string.Create(CultureInfo.InvariantCulture,
                        $"kind = '{CsvRecordReader.Truncate(k)}' for person '{CsvRecordReader.Truncate(id)}'; allowed: employee, external (or empty for employee)"));
                }
            }
            extraBuilder.Clear();
            foreach (var (name, index) in extra)
            {
                extraBuilder[name] = fields[index];
            }
            var person = new Person(new EmployeeId(id))
            {
                Kind = kind,
                Department = standard[2] >= 0 ? fields[standard[2]] : string.Empty,
                Team = standard[3] >= 0 ? fields[standard[3]] : string.Empty,
                Role = standard[4] >= 0 ? fields[standard[4]] : string.Empty,
                Enthusiasm = ReadUnit(reader, fields, standard[5], PeopleStandard[5], id, line),
                PurposeAlignment = ReadUnit(reader, fields, standard[6], PeopleStandard[6], id, line),
                AudienceSize = ReadAudience(reader, fields, standard[7], id, line),
                Extra = extra.Count == 0 ? ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal) : extraBuilder.ToImmutable(),
            };
            if (standard[8] >= 0 && ReadBool(reader, fields[standard[8]], OwnerColumn, line) == true)
            {
                if (owner is not null)
                {
                    throw reader.Error(line, string.Create(CultureInfo.InvariantCulture,
                        $"a second programme owner '{CsvRecordReader.Truncate(id)}' (the first, '{CsvRecordReader.Truncate(owner)}', is on line {ownerLine}); at most one person may have programme_owner = true"));
                }
                if (kind != PersonKind.Employee)
                {
                    throw reader.Error(line, string.Create(CultureInfo.InvariantCulture,
                        $"programme owner '{CsvRecordReader.Truncate(id)}' is an external contact; the programme owner must be an employee"));
                }
                owner = id;
                ownerLine = line;
            }
            builder.AddPerson(person);
        }
        if (owner is not null)
        {
            builder.SetProgrammeOwner(new EmployeeId(owner));
        }
    }

    private static void ReadTies(CsvRecordReader reader, EmployeeNetworkBuilder builder)
    {
        var fields = new List<string>();
        if (!reader.TryRead(fields))
        {
            throw reader.Error(1, "the file is empty; expected a header row with at least the columns 'source' and 'target'");
        }
        long headerLine = reader.RecordLine;
        int[] standard = MapHeader(reader, fields, TiesStandard, allowExtra: false, out _);
        for (int c = 0; c < 2; c++)
        {
            if (standard[c] < 0)
            {
                throw reader.Error(headerLine, string.Create(CultureInfo.InvariantCulture,
                    $"missing required column '{TiesStandard[c]}' in the header ('{CsvRecordReader.Truncate(string.Join(",", fields))}')"));
            }
        }
        int columns = fields.Count;
        while (reader.TryRead(fields))
        {
            long line = reader.RecordLine;
            CheckCount(reader, fields, columns, line);
            string source = fields[standard[0]];
            string target = fields[standard[1]];
            CheckPerson(reader, builder, source, SourceColumn, line);
            CheckPerson(reader, builder, target, TargetColumn, line);
            if (string.Equals(source, target, StringComparison.Ordinal))
            {
                throw reader.Error(line, string.Create(CultureInfo.InvariantCulture,
                    $"self-tie: source and target are both '{CsvRecordReader.Truncate(source)}'; a person cannot be tied to themselves"));
            }
            TieKind kind = TieKind.Colleague;
            if (standard[2] >= 0 && fields[standard[2]].Length > 0)
            {
                kind = new TieKind(fields[standard[2]]);
            }
            double strength = 1.0;
            if (standard[3] >= 0 && !string.IsNullOrWhiteSpace(fields[standard[3]]))
            {
                string text = fields[standard[3]];
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out strength))
                {
                    throw reader.Error(line, string.Create(CultureInfo.InvariantCulture,
                        $"strength = '{CsvRecordReader.Truncate(text)}' is not a number; allowed: a finite number greater than 0 (for example 1 or 0.5)"));
                }
                if (!double.IsFinite(strength) || strength <= 0)
                {
                    throw reader.Error(line, string.Create(CultureInfo.InvariantCulture,
                        $"strength = {CsvRecordReader.Truncate(text.Trim())} for the tie {CsvRecordReader.Truncate(source)} -> {CsvRecordReader.Truncate(target)}; allowed: a finite number greater than 0"));
                }
            }
            bool? directed = standard[4] >= 0 ? ReadBool(reader, fields[standard[4]], DirectedColumn, line) : null;
            builder.AddTie(new EmployeeId(source), new EmployeeId(target), kind, strength, directed);
        }
    }

    private static void CheckPerson(CsvRecordReader reader, EmployeeNetworkBuilder builder, string id, string column, long line)
    {
        if (id.Length == 0)
        {
            throw reader.Error(line, string.Create(CultureInfo.InvariantCulture, $"empty {column}; every tie needs the ids of two people"));
        }
        if (!builder.ContainsPerson(new EmployeeId(id)))
        {
            throw reader.Error(line, string.Create(CultureInfo.InvariantCulture,
                $"{column} = '{CsvRecordReader.Truncate(id)}' is not a person of people.csv; every tie must join two listed people"));
        }
    }

    private static int[] MapHeader(CsvRecordReader reader, List<string> header, string[] standard, bool allowExtra, out List<(string Name, int Index)> extra)
    {
        var map = new int[standard.Length];
        Array.Fill(map, -1);
        extra = [];
        var seenExtra = new HashSet<string>(StringComparer.Ordinal);
        long line = reader.RecordLine;
        for (int c = 0; c < header.Count; c++)
        {
            string raw = header[c];
            string name = raw.Trim();
            if (name.Length == 0)
            {
                throw reader.Error(line, string.Create(CultureInfo.InvariantCulture, $"header column {c + 1} has no name; every column needs a name"));
            }
            int s = Array.FindIndex(standard, x => x.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (s >= 0)
            {
                if (map[s] >= 0)
                {
                    throw reader.Error(line, string.Create(CultureInfo.InvariantCulture, $"column '{standard[s]}' appears twice in the header (columns {map[s] + 1} and {c + 1})"));
                }
                map[s] = c;
                continue;
            }
            if (!allowExtra || EmployeeNetwork.IsReservedColumn(name))
            {
                throw reader.Error(line, string.Create(CultureInfo.InvariantCulture,
                    $"unknown column '{CsvRecordReader.Truncate(raw)}' in the header; allowed: {string.Join(", ", standard)}"));
            }
            if (!seenExtra.Add(raw))
            {
                throw reader.Error(line, string.Create(CultureInfo.InvariantCulture, $"column '{CsvRecordReader.Truncate(raw)}' appears twice in the header"));
            }
            extra.Add((raw, c));
        }
        return map;
    }

    private static void CheckCount(CsvRecordReader reader, List<string> fields, int columns, long line)
    {
        if (fields.Count != columns)
        {
            throw reader.Error(line, string.Create(CultureInfo.InvariantCulture,
                $"{fields.Count} fields, but the header has {columns} columns; quote values that contain commas"));
        }
    }

    private static double ReadUnit(CsvRecordReader reader, List<string> fields, int column, string name, string id, long line)
    {
        if (column < 0 || string.IsNullOrWhiteSpace(fields[column]))
        {
            return 0.0;
        }
        string text = fields[column];
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            throw reader.Error(line, string.Create(CultureInfo.InvariantCulture,
                $"{name} = '{CsvRecordReader.Truncate(text)}' for person '{CsvRecordReader.Truncate(id)}' is not a number; allowed: a number from 0 to 1"));
        }
        if (!(value >= 0 && value <= 1))
        {
            throw reader.Error(line, string.Create(CultureInfo.InvariantCulture,
                $"{name} = {CsvRecordReader.Truncate(text.Trim())} for person '{CsvRecordReader.Truncate(id)}' is out of range; allowed: a number from 0 to 1"));
        }
        return value;
    }

    private static long ReadAudience(CsvRecordReader reader, List<string> fields, int column, string id, long line)
    {
        if (column < 0 || string.IsNullOrWhiteSpace(fields[column]))
        {
            return 0;
        }
        string text = fields[column];
        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value))
        {
            throw reader.Error(line, string.Create(CultureInfo.InvariantCulture,
                $"audience_size = '{CsvRecordReader.Truncate(text)}' for person '{CsvRecordReader.Truncate(id)}' is not an integer (or is too large); allowed: an integer from 0 to {long.MaxValue}"));
        }
        if (value < 0)
        {
            throw reader.Error(line, string.Create(CultureInfo.InvariantCulture,
                $"audience_size = {value} for person '{CsvRecordReader.Truncate(id)}' is negative; allowed: 0 or more"));
        }
        return value;
    }

    private static bool? ReadBool(CsvRecordReader reader, string text, string name, long line)
    {
        string t = text.Trim();
        if (t.Length == 0)
        {
            return null;
        }
        if (t.Equals("true", StringComparison.OrdinalIgnoreCase) || t == "1" || t.Equals("yes", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (t.Equals("false", StringComparison.OrdinalIgnoreCase) || t == "0" || t.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        throw reader.Error(line, string.Create(CultureInfo.InvariantCulture,
            $"{name} = '{CsvRecordReader.Truncate(t)}'; allowed: true, false, 1, 0, yes, no (or empty)"));
    }

    private static void WriteRecord(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }
            string f = fields[i];
            // A lone empty field would read as an empty line, so it is quoted.
            if (f.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (fields.Count == 1 && f.Length == 0))
            {
                writer.Write('"');
                writer.Write(f.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(f);
            }
        }
        writer.Write('\n');
    }
}
