using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Visualization;

/// <summary>A small table of text cells, for <see cref="Pictures.Table"/> and <see cref="HtmlReport.AddTable"/>.</summary>
public sealed class TableData
{
    /// <summary>Creates a table; cells are formatted with the invariant culture (doubles with up to 4 significant decimals).</summary>
    /// <param name="columns">Column headers.</param>
    /// <param name="rows">Rows, each with one cell per column (null prints as empty).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A row has a different number of cells than there are columns.</exception>
    public TableData(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        Columns = [.. columns];
        var built = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        foreach (var row in rows)
        {
            if (row.Count != Columns.Length)
            {
                ThrowHelper.Argument(nameof(rows), string.Create(CultureInfo.InvariantCulture,
                    $"Row {built.Count} has {row.Count} cells; the table has {Columns.Length} columns."));
            }
            var cells = ImmutableArray.CreateBuilder<string>(row.Count);
            foreach (var cell in row)
            {
                cells.Add(FormatCell(cell));
            }
            built.Add(cells.MoveToImmutable());
        }
        Rows = built.ToImmutable();
    }

    /// <summary>Column headers.</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>Rows of formatted cells.</summary>
    public ImmutableArray<ImmutableArray<string>> Rows { get; }

    /// <summary>Formats one cell value the way tables do.</summary>
    /// <param name="value">Any value.</param>
    /// <returns>Invariant text: integers as is, other numbers with at most 4 decimals, null as empty.</returns>
    public static string FormatCell(object? value) => value switch
    {
        null => "",
        double d when double.IsNaN(d) => "–",
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        float f => f.ToString("0.####", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.####", CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
