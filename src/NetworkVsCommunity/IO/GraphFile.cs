using System.Globalization;

namespace NetworkVsCommunity.IO;

/// <summary>Loads and saves graphs, choosing the format by file extension or explicitly.</summary>
/// <remarks>
/// Extensions (case-insensitive): <c>.edges</c>, <c>.edgelist</c>, <c>.txt</c>, <c>.tsv</c> → <see cref="GraphFileFormat.EdgeList"/>;
/// <c>.graphml</c> → <see cref="GraphFileFormat.GraphML"/>; <c>.gexf</c> → <see cref="GraphFileFormat.Gexf"/>. See
/// <c>docs/formats.md</c> for the formats, the id policy and the errors.
/// </remarks>
public static class GraphFile
{
    /// <summary>The format for a path's extension.</summary>
    /// <param name="path">A file path.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ArgumentException">The extension is not one of the known ones (the message lists them).</exception>
    public static GraphFileFormat FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".edges" or ".edgelist" or ".txt" or ".tsv" => GraphFileFormat.EdgeList,
            ".graphml" => GraphFileFormat.GraphML,
            ".gexf" => GraphFileFormat.Gexf,
            _ => throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"Cannot tell the graph format of \"{path}\" from its extension \"{extension}\"; allowed: .edges, .edgelist, .txt, .tsv (edge list), .graphml, .gexf."), nameof(path)),
        };
    }

    /// <summary>Loads a graph, choosing the format by extension.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Reader options; <see cref="GraphReadOptions.Default"/> when null.</param>
    /// <returns>The graph with its ids and attributes.</returns>
    /// <exception cref="GraphFormatException">The file is malformed (the message names file, line and value).</exception>
    /// <exception cref="ArgumentException">The extension is unknown.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static LabeledGraph Load(string path, GraphReadOptions? options = null) => Load(path, FormatOf(path), options);

    /// <summary>Loads a graph in a given format.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">Reader options.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="GraphFormatException">The file is malformed.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static LabeledGraph Load(string path, GraphFileFormat format, GraphReadOptions? options = null) => format switch
    {
        GraphFileFormat.EdgeList => EdgeListFormat.Read(path, options),
        GraphFileFormat.GraphML => GraphMLFormat.Read(path, options),
        GraphFileFormat.Gexf => GexfFormat.Read(path, options),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Allowed: EdgeList, GraphML, Gexf."),
    };

    /// <summary>Saves a graph, choosing the format by extension.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="path">The file (overwritten).</param>
    /// <exception cref="ArgumentException">The extension is unknown, or the graph cannot be written in that format.</exception>
    public static void Save(LabeledGraph graph, string path) => Save(graph, path, FormatOf(path));

    /// <summary>Saves a graph in a given format.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="path">The file (overwritten).</param>
    /// <param name="format">The format.</param>
    /// <exception cref="ArgumentException">The graph cannot be written in that format (for example a string that XML cannot carry).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static void Save(LabeledGraph graph, string path, GraphFileFormat format)
    {
        switch (format)
        {
            case GraphFileFormat.EdgeList:
                EdgeListFormat.Write(graph, path);
                break;
            case GraphFileFormat.GraphML:
                GraphMLFormat.Write(graph, path);
                break;
            case GraphFileFormat.Gexf:
                GexfFormat.Write(graph, path);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Allowed: EdgeList, GraphML, Gexf.");
        }
    }
}
