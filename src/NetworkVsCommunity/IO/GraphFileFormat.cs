namespace NetworkVsCommunity.IO;

/// <summary>The graph file formats that <see cref="GraphFile"/> reads and writes.</summary>
public enum GraphFileFormat
{
    /// <summary>A text edge list (extensions <c>.edges</c>, <c>.edgelist</c>, <c>.txt</c>, <c>.tsv</c>); see <see cref="EdgeListFormat"/>.</summary>
    EdgeList = 0,

    /// <summary>GraphML (<c>.graphml</c>); see <see cref="GraphMLFormat"/>.</summary>
    GraphML = 1,

    /// <summary>GEXF for Gephi and NetworkX (<c>.gexf</c>; 1.2draft written by default); see <see cref="GexfFormat"/>.</summary>
    Gexf = 2,
}
