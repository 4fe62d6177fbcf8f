using System.CommandLine;
using System.Globalization;
using NetworkVsCommunity.IO;
using NetworkVsCommunity.Parquet;

namespace NetworkVsCommunity.Cli.Commands;

/// <summary><c>nvc convert &lt;in&gt; &lt;out&gt;</c>: converts between graph formats, chosen by extension.</summary>
internal static class ConvertCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("input") { Description = "The graph to read (.edges, .edgelist, .txt, .tsv, .graphml, .gexf, .parquet: a GraphFrames edge table, with x.vertices.parquet beside it when present)." };
        var output = new Argument<string>("output") { Description = "The file to write; its extension chooses the format." };
        var directed = new Option<bool>("--directed") { Description = "Read an edge list without header as directed (GraphML and GEXF declare their direction)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object describing what was written." };
        var gexfVersion = new Option<string>("--gexf-version") { Description = "GEXF version to write: 1.2draft (default; NetworkX and Gephi read it) or 1.3.", DefaultValueFactory = _ => "1.2draft" };
        gexfVersion.AcceptOnlyFromAmong("1.2draft", "1.3");
        var command = new Command("convert", "Convert a graph between edge list, GraphML, GEXF and Parquet (GraphFrames layout: x.parquet holds the edges, x.vertices.parquet the vertices); nodes keep the ids of the input file.")
        {
            input, output, directed, json, gexfVersion,
        };
        command.SetAction(parse =>
        {
            string from = parse.GetValue(input)!;
            string to = parse.GetValue(output)!;
            bool toParquet = IsParquet(to);
            GraphFileFormat? target = toParquet ? null : GraphFile.FormatOf(to);
            var options = parse.GetValue(directed) ? new GraphReadOptions { Directed = true } : GraphReadOptions.Default;
            LabeledGraph graph = IsParquet(from) ? GraphFramesParquet.Read(from, null, options) : GraphFile.Load(from, options);
            string formatName;
            if (toParquet)
            {
                GraphFramesParquet.Write(graph, to);
                formatName = "Parquet";
                context.Error.WriteLine($"nvc: wrote the edge table {to} and the vertex table {GraphFramesParquet.VerticesPathFor(to)}");
            }
            else if (target == GraphFileFormat.Gexf)
            {
                GexfFormat.Write(graph, to, parse.GetValue(gexfVersion) == "1.3" ? GexfVersion.V1_3 : GexfVersion.V1_2Draft);
                formatName = target.Value.ToString();
            }
            else
            {
                GraphFile.Save(graph, to, target!.Value);
                formatName = target.Value.ToString();
            }
            if (parse.GetValue(json))
            {
                context.WriteJson(new Dictionary<string, object>
                {
                    ["input"] = from,
                    ["output"] = to,
                    ["format"] = formatName,
                    ["nodes"] = graph.Graph.NodeCount,
                    ["edges"] = graph.HasEdgeRecords ? graph.Edges.Length : graph.Graph.EdgeCount,
                    ["node_attributes"] = graph.NodeAttributes.Length,
                    ["edge_attributes"] = graph.EdgeAttributes.Length,
                });
            }
            else
            {
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"wrote {to} ({formatName}): {graph.Graph.NodeCount} nodes, {(graph.HasEdgeRecords ? graph.Edges.Length : graph.Graph.EdgeCount)} edges, {graph.NodeAttributes.Length} node attributes, {graph.EdgeAttributes.Length} edge attributes"));
                if (target == GraphFileFormat.EdgeList && (graph.NodeAttributes.Length > 0 || graph.EdgeAttributes.Length > 0))
                {
                    context.Error.WriteLine("nvc: note: an edge list keeps ids, edges and weights only; attributes were not written (use .graphml or .gexf).");
                }
            }
            return CliApp.Success;
        });
        return command;
    }

    private static bool IsParquet(string path) => path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);
}
