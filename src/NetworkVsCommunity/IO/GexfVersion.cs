namespace NetworkVsCommunity.IO;

/// <summary>The GEXF schema version the writer declares (the readers accept both). The writers default to
/// <see cref="V1_2Draft"/>, which NetworkX and Gephi both read; <c>default(GexfVersion)</c> is <see cref="V1_3"/> for
/// compatibility with earlier releases.</summary>
public enum GexfVersion
{
    /// <summary>GEXF 1.3 (namespace <c>http://gexf.net/1.3</c>), the current version, read by Gephi 0.9 and later (not by NetworkX 3.x <c>read_gexf</c>).</summary>
    V1_3 = 0,

    /// <summary>GEXF 1.2draft (namespace <c>http://www.gexf.net/1.2draft</c>), for NetworkX <c>read_gexf</c>, which knows only 1.1draft and 1.2draft, and by Gephi. The writers' default.</summary>
    V1_2Draft = 1,
}
