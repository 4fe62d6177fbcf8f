using System.CommandLine;
using System.Globalization;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity.Cli.Commands;

/// <summary><c>nvc convert &lt;in&gt; &lt;out&gt;</c>: converts between graph formats, chosen by extension.</summary>
internal static class ConvertCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("input") { Description = "The graph to read (.edges, .edgelist, .txt, .tsv, .graphml, .gexf)." };
        var output = new Argument<string>("output") { Description = "The file to write; its extension chooses the format." };
        var directed = new Option<bool>("--directed") { Description = "Read an edge list without header as directed (GraphML and GEXF declare their direction)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object describing what was written." };
        var command = new Command("convert", "Convert a graph between edge list, GraphML and GEXF; nodes keep the ids of the input file.")
        {
            input, output, directed, json,
        };
        command.SetAction(parse =>
        {
            string from = parse.GetValue(input)!;
            string to = parse.GetValue(output)!;
            GraphFileFormat target = GraphFile.FormatOf(to);
            var options = parse.GetValue(directed) ? new GraphReadOptions { Directed = true } : GraphReadOptions.Default;
            LabeledGraph graph = GraphFile.Load(from, options);
            GraphFile.Save(graph, to, target);
            if (parse.GetValue(json))
            {
                context.WriteJson(new Dictionary<string, object>
                {
                    ["input"] = from,
                    ["output"] = to,
                    ["format"] = target.ToString(),
                    ["nodes"] = graph.Graph.NodeCount,
                    ["edges"] = graph.HasEdgeRecords ? graph.Edges.Length : graph.Graph.EdgeCount,
                    ["node_attributes"] = graph.NodeAttributes.Length,
                    ["edge_attributes"] = graph.EdgeAttributes.Length,
                });
            }
            else
            {
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"wrote {to} ({target}): {graph.Graph.NodeCount} nodes, {(graph.HasEdgeRecords ? graph.Edges.Length : graph.Graph.EdgeCount)} edges, {graph.NodeAttributes.Length} node attributes, {graph.EdgeAttributes.Length} edge attributes"));
                if (target == GraphFileFormat.EdgeList && (graph.NodeAttributes.Length > 0 || graph.EdgeAttributes.Length > 0))
                {
                    context.Error.WriteLine("nvc: note: an edge list keeps ids, edges and weights only; attributes were not written (use .graphml or .gexf).");
                }
            }
            return CliApp.Success;
        });
        return command;
    }
}
