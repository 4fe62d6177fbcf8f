using DuckDB.NET.Data;
using NetworkVsCommunity.Cli;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity.Parquet.Tests;

/// <summary>Our Parquet tables read by an independent reader (DuckDB), and DuckDB's tables read by ours.</summary>
public sealed class GraphFramesParquetTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nvc-parquet-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathOf(string name) => Path.Combine(_dir, name);

    internal static List<object?[]> Query(string sql, out List<string> columns)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        columns = [];
        for (int c = 0; c < reader.FieldCount; c++)
        {
            columns.Add(reader.GetName(c));
        }
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int c = 0; c < row.Length; c++)
            {
                row[c] = reader.IsDBNull(c) ? null : reader.GetValue(c);
            }
            rows.Add(row);
        }
        return rows;
    }

    internal static void Execute(string sql) => Query(sql, out _);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Nvc_convert_karate_to_parquet_is_read_by_DuckDB_with_GraphFrames_columns()
    {
        string edges = PathOf("k.parquet");
        var (code, _, error) = Run("convert", Path.Combine(AppContext.BaseDirectory, "Data", "karate.edges"), edges);
        Assert.True(code == 0, error);
        var rows = Query($"SELECT * FROM read_parquet('{edges}')", out var columns);
        Assert.Equal(["src", "dst", "weight", "kind"], columns);
        Assert.Equal(78, rows.Count);
        Assert.All(rows, r => Assert.Equal(1.0, r[2]));
        Assert.All(rows, r => Assert.Null(r[3]));
        // Undirected edges are written once, from the smaller endpoint; the first karate edge is 0–1.
        Assert.Contains(rows, r => (long)r[0]! == 0 && (long)r[1]! == 1);
        var vertices = Query($"SELECT id FROM read_parquet('{PathOf("k.vertices.parquet")}') ORDER BY id", out columns);
        Assert.Equal(["id"], columns);
        Assert.Equal(Enumerable.Range(0, 34).Select(i => (object?)(long)i), vertices.Select(r => r[0]));
        var meta = Query($"SELECT decode(value) FROM parquet_kv_metadata('{edges}') WHERE decode(key) = 'nvc.directed'", out _);
        Assert.Equal("false", meta.Single()[0]);

        // And back: parquet → edge list gives karate again.
        string back = PathOf("back.edges");
        Assert.Equal(0, Run("convert", edges, back).Code);
        LabeledGraph g = GraphFile.Load(back);
        Assert.Equal(34, g.Graph.NodeCount);
        Assert.Equal(78, g.Graph.EdgeCount);
    }

    private static LabeledGraph Attributed()
    {
        NodeLabels nodes = NodeLabels.FromSortedIds(["ann", "bob", "cy"]);
        return LabeledGraph.Create(nodes,
            [new EdgeRecord(0, 1, 2.5), new EdgeRecord(1, 2, 0.5), new EdgeRecord(2, 0, 1)],
            directed: true, weighted: true,
            nodeAttributes:
            [
                AttributeColumn.Create("team", AttributeType.String, ["R1", null, "R2"]),
                AttributeColumn.Create("age", AttributeType.Long, [31L, 42L, null]),
                AttributeColumn.Create("score", AttributeType.Double, [0.25, null, 1.0]),
                AttributeColumn.Create("lead", AttributeType.Bool, [true, false, null]),
            ],
            edgeAttributes:
            [
                AttributeColumn.Create("kind", AttributeType.String, ["colleague", "friend", null]),
                AttributeColumn.Create("since", AttributeType.Long, [2020L, null, 2024L]),
            ]);
    }

    [Fact]
    public void Attributes_of_every_type_round_trip_and_DuckDB_reads_them()
    {
        string edges = PathOf("g.parquet");
        GraphFramesParquet.Write(Attributed(), edges);
        var v = Query($"SELECT id, team, age, score, lead FROM read_parquet('{PathOf("g.vertices.parquet")}') ORDER BY id", out _);
        Assert.Equal(new object?[] { "ann", "R1", 31L, 0.25, true }, v[0]);
        Assert.Equal(new object?[] { "bob", null, 42L, null, false }, v[1]);
        Assert.Equal(new object?[] { "cy", "R2", null, 1.0, null }, v[2]);
        var e = Query($"SELECT * FROM read_parquet('{edges}')", out var columns);
        Assert.Equal(["src", "dst", "weight", "kind", "since"], columns);
        Assert.Equal(new object?[] { "ann", "bob", 2.5, "colleague", 2020L }, e[0]);
        Assert.Equal(new object?[] { "cy", "ann", 1.0, null, 2024L }, e[2]);

        LabeledGraph back = GraphFramesParquet.Read(edges);
        LabeledGraph expected = Attributed();
        Assert.True(back.Graph.IsDirected);
        Assert.Equal(expected.Nodes, back.Nodes);
        Assert.Equal(expected.Edges.ToArray(), back.Edges.ToArray());
        Assert.Equal(expected.NodeAttributes.Select(Dump), back.NodeAttributes.Select(Dump));
        Assert.Equal(expected.EdgeAttributes.Select(Dump), back.EdgeAttributes.Select(Dump));
    }

    private static string Dump(AttributeColumn c) =>
        $"{c.Name}:{c.Type}:" + string.Join("|", Enumerable.Range(0, c.Count).Select(i => c[i] is null ? "<null>" : Convert.ToString(c[i], System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Tables_written_by_DuckDB_are_read()
    {
        string vertices = PathOf("d.vertices.parquet");
        string edges = PathOf("d.parquet");
        Execute($"""
            COPY (SELECT * FROM (VALUES ('x', 3::INTEGER, 'A'), ('w', NULL, 'B'), ('z', 7, NULL)) t(id, rank, dept)) TO '{vertices}' (FORMAT parquet);
            COPY (SELECT * FROM (VALUES ('x', 'w', 2::INTEGER, 'follows'), ('w', 'z', NULL, 'friend'), ('z', 'x', 4, 'friend')) t(src, dst, weight, kind)) TO '{edges}' (FORMAT parquet);
            """);
        LabeledGraph g = GraphFramesParquet.Read(edges);
        Assert.Equal(["w", "x", "z"], g.Nodes.ToArray()); // ordinal order, whatever the row order
        Assert.True(g.Graph.IsDirected); // no nvc.directed key: GraphFrames edges are directed
        Assert.True(g.Graph.TryGetEdgeWeight(1, 0, out double w));
        Assert.Equal(2.0, w);
        Assert.True(g.Graph.TryGetEdgeWeight(0, 2, out w));
        Assert.Equal(1.0, w); // null weight means 1
        Assert.Equal([null, 3L, 7L], Enumerable.Range(0, 3).Select(i => g.FindNodeAttribute("rank")![i]));
        Assert.Equal(["B", "A", null], Enumerable.Range(0, 3).Select(i => g.FindNodeAttribute("dept")![i]));
        Assert.Equal(["follows", "friend", "friend"], Enumerable.Range(0, 3).Select(i => g.FindEdgeAttribute("kind")![i]));
    }

    [Fact]
    public void DuckDB_edges_with_integer_ids_and_no_vertex_table_keep_integer_nodes()
    {
        string edges = PathOf("int.parquet");
        Execute($"COPY (SELECT * FROM (VALUES (0::BIGINT, 3::BIGINT), (3, 1)) t(src, dst)) TO '{edges}' (FORMAT parquet)");
        LabeledGraph g = GraphFramesParquet.Read(edges, options: new GraphReadOptions { Directed = false });
        Assert.True(g.Nodes.IsIntegerMode);
        Assert.Equal(4, g.Graph.NodeCount); // node 2 is isolated, as in an edge list
        Assert.False(g.Graph.IsWeighted);
        Assert.True(g.Graph.ContainsEdge(1, 3));
    }

    [Fact]
    public void Malformed_tables_name_file_row_and_value()
    {
        string edges = PathOf("bad.parquet");
        Execute($"COPY (SELECT 'a' AS source, 'b' AS dst) TO '{edges}' (FORMAT parquet)");
        var e = Assert.Throws<GraphFormatException>(() => GraphFramesParquet.Read(edges));
        Assert.Contains("'src'", e.Message);
        Execute($"COPY (SELECT * FROM (VALUES ('a', 'b', 1.0), ('b', 'a', -2.0)) t(src, dst, weight)) TO '{edges}' (FORMAT parquet)");
        e = Assert.Throws<GraphFormatException>(() => GraphFramesParquet.Read(edges));
        Assert.Equal(2, e.LineNumber);
        Assert.Contains("-2", e.Message);
        File.WriteAllText(edges, "not parquet");
        e = Assert.Throws<GraphFormatException>(() => GraphFramesParquet.Read(edges));
        Assert.Contains("Parquet", e.Message);
    }
}
