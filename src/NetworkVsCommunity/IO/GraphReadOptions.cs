using System.Globalization;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.IO;

/// <summary>Options for the graph readers (<see cref="GraphFile.Load(string, GraphReadOptions?)"/> and the format classes).</summary>
public sealed record GraphReadOptions
{
    /// <summary>The longest line an edge list may have, in bytes (1 MiB); longer lines are a <see cref="GraphFormatException"/>.</summary>
    public const int DefaultMaxLineLength = 1 << 20;

    /// <summary>The default largest integer node id (100,000,000): about 2.4 GB of per-node arrays at most.</summary>
    public const int DefaultMaxIntegerNodeId = 100_000_000;

    /// <summary>The defaults: direction and weights from the file, automatic id mode, the default build policy.</summary>
    public static GraphReadOptions Default { get; } = new();

    /// <summary>
    /// Whether the graph is directed. Default null: from the file (the <c>nvc edgelist</c> header, GraphML <c>edgedefault</c>,
    /// GEXF <c>defaultedgetype</c>), undirected for an edge list without a header. A value forces the direction.
    /// </summary>
    public bool? Directed { get; init; }

    /// <summary>
    /// Whether the graph is weighted. Default null (automatic): an edge list is weighted when its first edge line has a
    /// third column (or its header says so); GraphML when an edge key named <c>weight</c> exists; GEXF when an edge has a
    /// <c>weight</c>. True requires weights (a missing one is an error in an edge list, 1 in GraphML/GEXF); false ignores
    /// GraphML/GEXF weights (they stay edge attributes) and rejects a weight column in an edge list.
    /// </summary>
    public bool? Weighted { get; init; }

    /// <summary>How ids become node indices. Default <see cref="NodeIdMode.Auto"/>.</summary>
    public NodeIdMode IdMode { get; init; } = NodeIdMode.Auto;

    /// <summary>The parallel-edge and self-loop policy applied when the CSR graph is built. Default <see cref="GraphBuildOptions.Default"/> (merge, keep).</summary>
    public GraphBuildOptions Build { get; init; } = GraphBuildOptions.Default;

    /// <summary>The longest accepted edge-list line in bytes. Default <see cref="DefaultMaxLineLength"/>; allowed 16..2^30.</summary>
    public int MaxLineLength { get; init; } = DefaultMaxLineLength;

    /// <summary>
    /// The largest integer node id kept as a node index (n = id + 1 nodes are allocated). Default
    /// <see cref="DefaultMaxIntegerNodeId"/>; allowed 0..<see cref="int.MaxValue"/> − 1. Under <see cref="NodeIdMode.Auto"/> a
    /// larger id switches the file to string mode; under <see cref="NodeIdMode.Integer"/> it is an error.
    /// </summary>
    public int MaxIntegerNodeId { get; init; } = DefaultMaxIntegerNodeId;

    /// <summary>
    /// Whether <see cref="LabeledGraph.Edges"/> keeps every edge record in file order (16 bytes per edge). Default true.
    /// GraphML and GEXF readers keep them whenever edge attributes exist, whatever this says.
    /// </summary>
    public bool KeepEdgeRecords { get; init; } = true;

    /// <summary>Checks the options; called by every reader.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (the message names it).</exception>
    internal void Validate()
    {
        if (MaxLineLength is < 16 or > (1 << 30))
        {
            throw new ArgumentOutOfRangeException(nameof(MaxLineLength), MaxLineLength,
                string.Create(CultureInfo.InvariantCulture, $"options.MaxLineLength = {MaxLineLength} is out of range; allowed: 16..1073741824."));
        }
        if (MaxIntegerNodeId is < 0 or int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxIntegerNodeId), MaxIntegerNodeId,
                string.Create(CultureInfo.InvariantCulture, $"options.MaxIntegerNodeId = {MaxIntegerNodeId} is out of range; allowed: 0..2147483646."));
        }
        if (!Enum.IsDefined(IdMode))
        {
            throw new ArgumentOutOfRangeException(nameof(IdMode), IdMode,
                string.Create(CultureInfo.InvariantCulture, $"options.IdMode = {(int)IdMode} is out of range; allowed: Auto, Integer, String."));
        }
        ArgumentNullException.ThrowIfNull(Build, "options.Build");
    }
}
