using System.Collections.Immutable;
using System.Globalization;

namespace NetworkVsCommunity.Parquet;

/// <summary>
/// Reads and writes an <see cref="EmployeeNetwork"/> as two Parquet tables with the columns of <c>people.csv</c> and
/// <c>ties.csv</c> (see <see cref="NetworkVsCommunity.PeopleTiesCsv"/>), in the GraphFrames layout: the people table is a vertex table
/// (<c>id</c> first) and the ties table an edge table (<c>src</c>, <c>dst</c> first).
/// </summary>
/// <remarks>
/// <para><b>people</b>: <c>id</c> (text), <c>kind</c> (<c>employee</c>/<c>external</c>), <c>department</c>, <c>team</c>,
/// <c>role</c> (text), <c>enthusiasm</c>, <c>purpose_alignment</c> (double), <c>audience_size</c> (64-bit integer),
/// <c>programme_owner</c> (boolean, written only when an owner is designated), then the extra attributes (text) in
/// ordinal order.</para>
/// <para><b>ties</b>: <c>src</c>, <c>dst</c> (the CSV's <c>source</c> and <c>target</c>, renamed for GraphFrames; the
/// reader accepts either name), <c>kind</c> (text), <c>strength</c> (double), <c>directed</c> (boolean). A directed row
/// reads "src attends to dst" (see <see cref="Tie"/>): influence flows dst → src, so a GraphFrames motif or PageRank over
/// influence should reverse one-way ties.</para>
/// <para><b>Reading</b> follows the CSV reader's rules: required <c>id</c>, <c>src</c>, <c>dst</c>; a null or absent
/// optional value takes the CSV default (kind employee, text empty, numbers 0, tie kind colleague, strength 1, direction
/// from the kind); integer columns are accepted where doubles are expected; any other people column is a text attribute
/// (numbers are formatted in the invariant culture); another ties column is an error. Every problem is a
/// <see cref="GraphFormatException"/> naming the file and the 1-based row. Reading what the writer wrote gives an equal
/// network.</para>
/// </remarks>
public static class PeopleTiesParquet
{
    private static readonly string[] PeopleStandard =
    [
        "id", "kind", EmployeeNetwork.DepartmentColumn, EmployeeNetwork.TeamColumn, EmployeeNetwork.RoleColumn,
        EmployeeNetwork.EnthusiasmColumn, EmployeeNetwork.PurposeAlignmentColumn, EmployeeNetwork.AudienceSizeColumn, "programme_owner",
    ];

    /// <summary>Writes the people and ties tables.</summary>
    /// <param name="network">The network.</param>
    /// <param name="peoplePath">The people table (replaced only once completely written).</param>
    /// <param name="tiesPath">The ties table.</param>
    /// <exception cref="IOException">A file cannot be written.</exception>
    public static void Save(EmployeeNetwork network, string peoplePath, string tiesPath)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(peoplePath);
        ArgumentNullException.ThrowIfNull(tiesPath);
        int n = network.PersonCount;
        var kinds = new string[n];
        for (int v = 0; v < n; v++)
        {
            kinds[v] = network.Kinds[v] == PersonKind.Employee ? "employee" : "external";
        }
        var people = new List<ParquetTable.WriteColumn>
        {
            new("id", network.Ids.ToArray()),
            new("kind", kinds),
            new(EmployeeNetwork.DepartmentColumn, network.Departments.ToArray()),
            new(EmployeeNetwork.TeamColumn, network.Teams.ToArray()),
            new(EmployeeNetwork.RoleColumn, network.Roles.ToArray()),
            new(EmployeeNetwork.EnthusiasmColumn, network.Enthusiasm.ToArray()),
            new(EmployeeNetwork.PurposeAlignmentColumn, network.PurposeAlignment.ToArray()),
            new(EmployeeNetwork.AudienceSizeColumn, network.AudienceSize.ToArray()),
        };
        if (network.ProgrammeOwnerNode is int owner)
        {
            var flags = new bool[n];
            flags[owner] = true;
            people.Add(new("programme_owner", flags));
        }
        foreach (string name in network.ExtraAttributeNames)
        {
            people.Add(new(name, network.GetTextColumn(name).ToArray()));
        }
        int m = network.TieCount;
        var src = new string[m];
        var dst = new string[m];
        var kind = new string[m];
        var strength = new double[m];
        var directed = new bool[m];
        int i = 0;
        foreach (Tie tie in network.Ties)
        {
            src[i] = tie.Source.Value;
            dst[i] = tie.Target.Value;
            kind[i] = tie.Kind.Name;
            strength[i] = tie.Strength;
            directed[i] = tie.Directed;
            i++;
        }
        var metadata = new Dictionary<string, string>();
        ParquetTable.Write(peoplePath, people, metadata);
        ParquetTable.Write(tiesPath, [new("src", src), new("dst", dst), new("kind", kind), new("strength", strength), new("directed", directed)], metadata);
    }

    /// <summary>Reads a network from a people table and a ties table.</summary>
    /// <param name="peoplePath">The people table.</param>
    /// <param name="tiesPath">The ties table.</param>
    /// <returns>The network.</returns>
    /// <exception cref="GraphFormatException">A table is malformed (file, row and value named).</exception>
    /// <exception cref="FileNotFoundException">A file does not exist.</exception>
    public static EmployeeNetwork Load(string peoplePath, string tiesPath)
    {
        ArgumentNullException.ThrowIfNull(peoplePath);
        ArgumentNullException.ThrowIfNull(tiesPath);
        ParquetTable people = ParquetTable.Read(peoplePath);
        ParquetTable ties = ParquetTable.Read(tiesPath);
        var builder = new EmployeeNetworkBuilder();
        if (!people.Has("id"))
        {
            throw new GraphFormatException(peoplePath, 0, $"missing required column 'id' (columns: {string.Join(", ", people.Names)})");
        }
        var extras = people.Names.Where(c => Array.IndexOf(PeopleStandard, c) < 0).ToList();
        string? owner = null;
        for (int r = 0; r < people.RowCount; r++)
        {
            string id = Text(people, "id", r) ?? throw new GraphFormatException(peoplePath, r + 1, $"row {r + 1}: id is null; every person needs an id");
            string kindText = Text(people, "kind", r) ?? "employee";
            PersonKind kind = kindText.Trim().ToUpperInvariant() switch
            {
                "EMPLOYEE" or "" => PersonKind.Employee,
                "EXTERNAL" => PersonKind.External,
                _ => throw new GraphFormatException(peoplePath, r + 1, $"row {r + 1}: kind = '{kindText}' for person '{id}'; allowed: employee, external (or null for employee)"),
            };
            var extra = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (string name in extras)
            {
                extra[name] = Text(people, name, r) ?? string.Empty;
            }
            var person = new Person(new EmployeeId(id))
            {
                Kind = kind,
                Department = Text(people, EmployeeNetwork.DepartmentColumn, r) ?? string.Empty,
                Team = Text(people, EmployeeNetwork.TeamColumn, r) ?? string.Empty,
                Role = Text(people, EmployeeNetwork.RoleColumn, r) ?? string.Empty,
                Enthusiasm = Number(people, EmployeeNetwork.EnthusiasmColumn, r) ?? 0,
                PurposeAlignment = Number(people, EmployeeNetwork.PurposeAlignmentColumn, r) ?? 0,
                AudienceSize = Integer(people, EmployeeNetwork.AudienceSizeColumn, r) ?? 0,
                Extra = extra.ToImmutable(),
            };
            Guard(peoplePath, r, () => builder.AddPerson(person));
            if (people.Has("programme_owner") && people.Column("programme_owner") is bool?[] flags && flags[r] == true)
            {
                if (owner is not null)
                {
                    throw new GraphFormatException(peoplePath, r + 1, $"row {r + 1}: a second programme owner '{id}' (the first is '{owner}'); at most one");
                }
                owner = id;
            }
        }
        if (owner is not null)
        {
            Guard(peoplePath, 0, () => builder.SetProgrammeOwner(new EmployeeId(owner)));
        }
        string srcColumn = ties.Has("src") ? "src" : "source";
        string dstColumn = ties.Has("dst") ? "dst" : "target";
        foreach (string c in ties.Names)
        {
            if (c != srcColumn && c != dstColumn && c is not "kind" and not "strength" and not "directed")
            {
                throw new GraphFormatException(tiesPath, 0, $"unknown column '{c}'; allowed: src (or source), dst (or target), kind, strength, directed");
            }
        }
        for (int r = 0; r < ties.RowCount; r++)
        {
            string s = (ties.Has(srcColumn) ? Text(ties, srcColumn, r) : null) ?? throw new GraphFormatException(tiesPath, r + 1, $"row {r + 1}: src (or source) is missing or null");
            string t = (ties.Has(dstColumn) ? Text(ties, dstColumn, r) : null) ?? throw new GraphFormatException(tiesPath, r + 1, $"row {r + 1}: dst (or target) is missing or null");
            string kindName = Text(ties, "kind", r) is { Length: > 0 } k ? k : TieKind.Colleague.Name;
            double strength = Number(ties, "strength", r) ?? 1.0;
            bool? directed = ties.Has("directed") ? ((ties.Column("directed") as bool?[])
                ?? throw new GraphFormatException(tiesPath, 0, "column 'directed' is not boolean"))[r] : null;
            Guard(tiesPath, r, () => builder.AddTie(new EmployeeId(s), new EmployeeId(t), new TieKind(kindName), strength, directed));
        }
        return builder.Build();
    }

    private static void Guard(string path, int row, Action action)
    {
        try
        {
            action();
        }
        catch (ArgumentException ex)
        {
            throw new GraphFormatException(path, row + 1, string.Create(CultureInfo.InvariantCulture, $"row {row + 1}: {ex.Message}"), ex);
        }
    }

    private static string? Text(ParquetTable table, string column, int row) => !table.Has(column) ? null : table.Column(column) switch
    {
        string[] s => s[row],
        long?[] l => l[row]?.ToString(CultureInfo.InvariantCulture),
        double?[] d => d[row]?.ToString("R", CultureInfo.InvariantCulture),
        bool?[] b => b[row] is bool v ? (v ? "true" : "false") : null,
        _ => null,
    };

    private static double? Number(ParquetTable table, string column, int row) => !table.Has(column) ? null : table.Column(column) switch
    {
        double?[] d => d[row],
        long?[] l => l[row],
        _ => throw new GraphFormatException(table.Path, 0, $"column '{column}' is not numeric"),
    };

    private static long? Integer(ParquetTable table, string column, int row) => !table.Has(column) ? null : table.Column(column) switch
    {
        long?[] l => l[row],
        double?[] d when d[row] is null => null,
        double?[] d when d[row] is double v && v == Math.Floor(v) && Math.Abs(v) < 9e15 => (long)v,
        _ => throw new GraphFormatException(table.Path, row + 1, $"row {row + 1}: column '{column}' needs an integer"),
    };
}
