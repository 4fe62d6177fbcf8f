using System.Collections.Immutable;
using NetworkVsCommunity.IO;
using static NetworkVsCommunity.Parquet.Tests.GraphFramesParquetTests;

namespace NetworkVsCommunity.Parquet.Tests;

public sealed class PeopleTiesParquetTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nvc-parquet-people-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static EmployeeNetwork Sample()
    {
        var b = new EmployeeNetworkBuilder();
        b.AddPerson(new Person("alice") { Department = "R&D", Team = "R1", Role = "Engineer", Enthusiasm = 0.2, PurposeAlignment = 0.5, AudienceSize = 10, Extra = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("office", "Tokyo")]) });
        b.AddPerson(new Person("bob") { Department = "R&D", Role = "Lead, platform", Extra = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("office", "Osaka")]) });
        b.AddPerson(new Person("carol") { Kind = PersonKind.External, AudienceSize = 2500, PurposeAlignment = 1 });
        b.AddTie("alice", "bob", TieKind.Colleague, 3);
        b.AddTie("carol", "alice", TieKind.Follows);
        b.SetProgrammeOwner(new EmployeeId("alice"));
        return b.Build();
    }

    private static string Csv(EmployeeNetwork n)
    {
        using var people = new StringWriter();
        using var ties = new StringWriter();
        PeopleTiesCsv.Write(n, people, ties);
        return people + "\n--\n" + ties;
    }

    [Fact]
    public void People_and_ties_round_trip_with_the_CSV_columns()
    {
        string people = Path.Combine(_dir, "people.parquet");
        string ties = Path.Combine(_dir, "ties.parquet");
        EmployeeNetwork net = Sample();
        PeopleTiesParquet.Save(net, people, ties);
        Assert.Equal(Csv(net), Csv(PeopleTiesParquet.Load(people, ties)));

        Query($"SELECT * FROM read_parquet('{people}') LIMIT 0", out var columns);
        Assert.Equal(["id", "kind", "department", "team", "role", "enthusiasm", "purpose_alignment", "audience_size", "programme_owner", "office"], columns);
        var t = Query($"SELECT * FROM read_parquet('{ties}') ORDER BY kind", out columns);
        Assert.Equal(["src", "dst", "kind", "strength", "directed"], columns);
        Assert.Equal(new object?[] { "alice", "bob", "colleague", 3.0, false }, t[0]);
        Assert.Equal(new object?[] { "carol", "alice", "follows", 1.0, true }, t[1]);
    }

    [Fact]
    public void Tables_written_by_DuckDB_with_CSV_names_and_defaults_are_read()
    {
        string people = Path.Combine(_dir, "p.parquet");
        string ties = Path.Combine(_dir, "t.parquet");
        Execute($"""
            COPY (SELECT * FROM (VALUES ('a', NULL, 0.5::DOUBLE, 12::INTEGER), ('b', 'external', NULL, NULL)) t(id, kind, enthusiasm, audience_size)) TO '{people}' (FORMAT parquet);
            COPY (SELECT * FROM (VALUES ('a', 'b', NULL, 2::INTEGER)) t(source, target, kind, strength)) TO '{ties}' (FORMAT parquet);
            """);
        EmployeeNetwork n = PeopleTiesParquet.Load(people, ties);
        Assert.Equal(["a", "b"], n.Ids.ToArray());
        Assert.Equal([PersonKind.Employee, PersonKind.External], n.Kinds.ToArray());
        Assert.Equal([0.5, 0.0], n.Enthusiasm.ToArray());
        Assert.Equal([12L, 0L], n.AudienceSize.ToArray());
        Tie tie = Assert.Single(n.Ties);
        Assert.Equal(new Tie("a", "b", TieKind.Colleague, 2.0, false), tie);
    }

    [Fact]
    public void An_unknown_person_names_the_row()
    {
        string people = Path.Combine(_dir, "p.parquet");
        string ties = Path.Combine(_dir, "t.parquet");
        Execute($"""
            COPY (SELECT 'a' AS id) TO '{people}' (FORMAT parquet);
            COPY (SELECT * FROM (VALUES ('a', 'a'), ('a', 'zed')) t(src, dst)) TO '{ties}' (FORMAT parquet);
            """);
        var e = Assert.Throws<GraphFormatException>(() => PeopleTiesParquet.Load(people, ties));
        Assert.Equal(1, e.LineNumber);
        Assert.Contains("self-tie", e.Message);
    }
}
