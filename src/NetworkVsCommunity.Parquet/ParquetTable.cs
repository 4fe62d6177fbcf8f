using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace NetworkVsCommunity.Parquet;

/// <summary>A whole Parquet table in memory, column by column: the one place that talks to Parquet.Net.</summary>
/// <remarks>Values are held as <see cref="string"/>[], <see cref="long"/>?[], <see cref="double"/>?[] or
/// <see cref="bool"/>?[] (integers of any width become long, floats and decimals become double). Parquet.Net is asynchronous; these
/// synchronous wrappers block on it (no synchronization context is involved in a file read).</remarks>
internal sealed class ParquetTable
{
    private readonly Dictionary<string, Array> _columns = new(StringComparer.Ordinal);

    private ParquetTable(string path, long rows, List<string> names, Dictionary<string, string> metadata)
    {
        Path = path;
        RowCount = rows;
        Names = names;
        Metadata = metadata;
    }

    public string Path { get; }

    public long RowCount { get; }

    /// <summary>Column names in schema order.</summary>
    public List<string> Names { get; }

    public Dictionary<string, string> Metadata { get; }

    public bool Has(string name) => _columns.ContainsKey(name);

    public Array Column(string name) => _columns[name];

    public static ParquetTable Read(string path) => ReadAsync(path).GetAwaiter().GetResult();

    private static async Task<ParquetTable> ReadAsync(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Parquet file \"{path}\" does not exist.", path);
        }
        try
        {
            using FileStream stream = File.OpenRead(path);
            await using ParquetReader reader = await ParquetReader.CreateAsync(stream).ConfigureAwait(false);
            long rows = 0;
            foreach (ParquetRowGroupReader g in reader.RowGroups)
            {
                rows += g.RowCount;
            }
            if (rows > int.MaxValue)
            {
                throw new GraphFormatException(path, 0, string.Create(CultureInfo.InvariantCulture, $"{rows} rows; at most {int.MaxValue} rows per table are supported"));
            }
            var names = new List<string>();
            var table = new ParquetTable(path, rows, names, reader.CustomMetadata ?? []);
            foreach (Field field in reader.Schema.Fields)
            {
                if (field is not DataField data || data.IsArray)
                {
                    throw new GraphFormatException(path, 0, $"column '{field.Name}' is nested or a list; only flat columns (text, integer, floating point, boolean) are read");
                }
                names.Add(data.Name);
                table._columns.Add(data.Name, await ReadColumnAsync(reader, data, (int)rows, path).ConfigureAwait(false));
            }
            return table;
        }
        catch (Exception ex) when (ex is not GraphFormatException and not FileNotFoundException and not DirectoryNotFoundException and not UnauthorizedAccessException and not OperationCanceledException)
        {
            throw new GraphFormatException(path, 0, "not a readable Parquet file: " + ex.Message, ex);
        }
    }

    private static async Task<Array> ReadColumnAsync(ParquetReader reader, DataField field, int rows, string path)
    {
        Type t = field.ClrType;
        if (t == typeof(string) || t == typeof(ReadOnlyMemory<char>))
        {
            var all = new string?[rows];
            int at = 0;
            foreach (ParquetRowGroupReader g in reader.RowGroups)
            {
                await g.ReadAsync(field, all.AsMemory(at, (int)g.RowCount)).ConfigureAwait(false);
                at += (int)g.RowCount;
            }
            return all;
        }
        if (t == typeof(long))
        {
            return await ReadValuesAsync<long, long>(reader, field, rows, x => x).ConfigureAwait(false);
        }
        if (t == typeof(int))
        {
            return await ReadValuesAsync<int, long>(reader, field, rows, x => x).ConfigureAwait(false);
        }
        if (t == typeof(short))
        {
            return await ReadValuesAsync<short, long>(reader, field, rows, x => x).ConfigureAwait(false);
        }
        if (t == typeof(double))
        {
            return await ReadValuesAsync<double, double>(reader, field, rows, x => x).ConfigureAwait(false);
        }
        if (t == typeof(float))
        {
            return await ReadValuesAsync<float, double>(reader, field, rows, x => x).ConfigureAwait(false);
        }
        if (t == typeof(decimal))
        {
            return await ReadValuesAsync<decimal, double>(reader, field, rows, x => (double)x).ConfigureAwait(false);
        }
        if (t == typeof(bool))
        {
            return await ReadValuesAsync<bool, bool>(reader, field, rows, x => x).ConfigureAwait(false);
        }
        throw new GraphFormatException(path, 0, $"column '{field.Name}' has type {t.Name}; allowed: text, 16/32/64-bit integers, float, double, decimal (read as double), boolean");
    }

    private static async Task<TOut?[]> ReadValuesAsync<TIn, TOut>(ParquetReader reader, DataField field, int rows, Func<TIn, TOut> convert)
        where TIn : struct
        where TOut : struct
    {
        var all = new TOut?[rows];
        int at = 0;
        foreach (ParquetRowGroupReader g in reader.RowGroups)
        {
            int n = (int)g.RowCount;
            if (field.IsNullable)
            {
                var part = new TIn?[n];
                await g.ReadAsync<TIn>(field, part.AsMemory()).ConfigureAwait(false);
                for (int i = 0; i < n; i++)
                {
                    all[at + i] = part[i] is TIn v ? convert(v) : null;
                }
            }
            else
            {
                var part = new TIn[n];
                await g.ReadAsync<TIn>(field, part.AsMemory()).ConfigureAwait(false);
                for (int i = 0; i < n; i++)
                {
                    all[at + i] = convert(part[i]);
                }
            }
            at += n;
        }
        return all;
    }

    /// <summary>A column to write: its name, and its values as <see cref="string"/>[] (null = missing), <see cref="long"/>[],
    /// <see cref="long"/>?[], <see cref="double"/>[], <see cref="double"/>?[], <see cref="bool"/>[] or <see cref="bool"/>?[].</summary>
    public readonly record struct WriteColumn(string Name, Array Values);

    /// <summary>Writes one table in one row group, to a temporary file first (an error leaves any old file as it was).</summary>
    public static void Write(string path, IReadOnlyList<WriteColumn> columns, Dictionary<string, string> metadata) =>
        WriteAsync(path, columns, metadata).GetAwaiter().GetResult();

    private static async Task WriteAsync(string path, IReadOnlyList<WriteColumn> columns, Dictionary<string, string> metadata)
    {
        var fields = new DataField[columns.Count];
        for (int c = 0; c < columns.Count; c++)
        {
            Array v = columns[c].Values;
            (Type type, bool nullable) = v switch
            {
                string[] => (typeof(string), true),
                long[] => (typeof(long), false),
                long?[] => (typeof(long), true),
                double[] => (typeof(double), false),
                double?[] => (typeof(double), true),
                bool[] => (typeof(bool), false),
                bool?[] => (typeof(bool), true),
                _ => throw new ArgumentException($"Column '{columns[c].Name}' holds {v.GetType().Name}, which this writer does not know.", nameof(columns)),
            };
            fields[c] = new DataField(columns[c].Name, type, nullable);
        }
        string full = System.IO.Path.GetFullPath(path);
        string temp = full + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            await using (FileStream stream = File.Create(temp))
            {
                await using ParquetWriter writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream).ConfigureAwait(false);
                writer.CustomMetadata = metadata;
                using ParquetRowGroupWriter group = writer.CreateRowGroup();
                for (int c = 0; c < columns.Count; c++)
                {
                    DataField f = fields[c];
                    Task write = columns[c].Values switch
                    {
                        string[] s => group.WriteAsync(f, s),
                        long[] l => group.WriteAsync<long>(f, l.AsMemory()),
                        long?[] l => group.WriteAsync<long>(f, l.AsMemory()),
                        double[] d => group.WriteAsync<double>(f, d.AsMemory()),
                        double?[] d => group.WriteAsync<double>(f, d.AsMemory()),
                        bool[] b => group.WriteAsync<bool>(f, b.AsMemory()),
                        bool?[] b => group.WriteAsync<bool>(f, b.AsMemory()),
                        _ => throw new ArgumentException("unreachable", nameof(columns)),
                    };
                    await write.ConfigureAwait(false);
                }
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
