namespace NetworkVsCommunity.Visualization;

/// <summary>One row of a figure table: its glossary key (null for plain counts), its plain name, its ID and its values.</summary>
/// <param name="Key">The <see cref="FigureGlossary"/> key, or null.</param>
/// <param name="Name">The plain name.</param>
/// <param name="Id">The docs/metrics.md ID, or empty.</param>
/// <param name="Values">One formatted value per column.</param>
public sealed record FigureRow(string? Key, string Name, string Id, IReadOnlyList<string> Values)
{
    /// <summary>The glossary definition of the row; null for plain counts.</summary>
    public FigureDefinition? Definition => Key is null ? null : FigureGlossary.Get(Key);
}
