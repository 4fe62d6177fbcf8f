namespace NetworkVsCommunity.IO;

/// <summary>The value type of an attribute column; values are stored as the matching .NET type.</summary>
public enum AttributeType
{
    /// <summary>Text (<see cref="string"/>); GraphML <c>string</c>, GEXF <c>string</c>.</summary>
    String = 0,

    /// <summary>A 64-bit float (<see cref="double"/>); GraphML <c>double</c>/<c>float</c>, GEXF <c>double</c>/<c>float</c>.</summary>
    Double = 1,

    /// <summary>A 64-bit integer (<see cref="long"/>); GraphML <c>long</c>/<c>int</c>, GEXF <c>long</c>/<c>integer</c>.</summary>
    Long = 2,

    /// <summary>A Boolean (<see cref="bool"/>); GraphML and GEXF <c>boolean</c>.</summary>
    Bool = 3,
}
