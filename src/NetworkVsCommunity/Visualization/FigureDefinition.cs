namespace NetworkVsCommunity.Visualization;

/// <summary>One figure of the report explained: its plain name, its docs/metrics.md ID, a one-line definition and its section of docs/metrics.md.</summary>
/// <param name="Key">A stable key (the ID in lower case when there is one, for example "spr-3", else a word such as "modularity").</param>
/// <param name="Id">The docs/metrics.md ID ("SPR-3"), or empty for figures without one.</param>
/// <param name="PlainName">The name a reader understands without the documentation ("expected adopters").</param>
/// <param name="Definition">One sentence saying what the figure measures and how to read it.</param>
/// <param name="Anchor">The anchor of its section in docs/metrics.md (for example "spr-3").</param>
public sealed record FigureDefinition(string Key, string Id, string PlainName, string Definition, string Anchor)
{
    /// <summary>The figure's section of docs/metrics.md, relative to the repository root ("docs/metrics.md#spr-3").</summary>
    public string DocsPath => "docs/metrics.md#" + Anchor;

    /// <summary>The figure's section of docs/metrics.md on the project's repository.</summary>
    public string Link => FigureGlossary.RepositoryDocs + Anchor;
}
