namespace NetworkVsCommunity.IO;

/// <summary>How a reader turns the node ids of a file into node indices (see <see cref="Graphs.NodeLabels"/>).</summary>
public enum NodeIdMode
{
    /// <summary>
    /// Integer mode when the file allows it (an <c>nvc edgelist</c> header with <c>ids=</c> decides; otherwise every id is a
    /// non-negative integer no larger than <see cref="GraphReadOptions.MaxIntegerNodeId"/> for an edge list, or the ids are
    /// exactly "0".."n−1" for GraphML/GEXF), string mode otherwise. The default.
    /// </summary>
    Auto = 0,

    /// <summary>Ids must be non-negative integers; anything else is a <see cref="GraphFormatException"/>.</summary>
    Integer = 1,

    /// <summary>Ids are strings, numbered in ordinal order, even when they look like integers.</summary>
    String = 2,
}
