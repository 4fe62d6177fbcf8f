using System.CommandLine;
using System.Globalization;
using NetworkVsCommunity.Algorithms.Structure;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity.Cli.Commands;

/// <summary><c>nvc info &lt;graph&gt;</c>: size, direction, components, degrees, density, clustering and what the builder merged.</summary>
internal static class InfoCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("graph") { Description = "The graph to describe (.edges, .edgelist, .txt, .tsv, .graphml, .gexf)." };
        var directed = new Option<bool>("--directed") { Description = "Read an edge list without header as directed." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var command = new Command("info", "Describe a graph: nodes, edges, components, degree summary, density, transitivity, clustering, self-loops and merged parallel edges.")
        {
            input, directed, json,
        };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(input)!;
            var options = parse.GetValue(directed) ? new GraphReadOptions { Directed = true } : GraphReadOptions.Default;
            LabeledGraph labeled = CliContext.LoadForAnalysis(path, options);
            CsrGraph g = labeled.Graph;
            IProgress<AnalysisProgress> progress = context.StderrProgress();
            ComponentsResult components = Components.ConnectedComponents(g, null, progress);
            DegreeSummary degrees = GraphStatistics.Degrees(g);
            ClusteringResult clustering = Clustering.AverageClustering(g, null, progress);
            BuildStatistics build = g.BuildStatistics;
            var values = new Dictionary<string, object>
            {
                ["file"] = path,
                ["nodes"] = g.NodeCount,
                ["edges"] = g.EdgeCount,
                ["directed"] = g.IsDirected,
                ["weighted"] = g.IsWeighted,
                ["total_weight"] = g.TotalWeight,
                ["components"] = components.Count,
                ["largest_component"] = components.LargestSize,
                ["degree_min"] = degrees.Min,
                ["degree_max"] = degrees.Max,
                ["degree_mean"] = degrees.Mean,
                ["degree_median"] = degrees.Median,
                ["density"] = GraphStatistics.Density(g),
                ["transitivity"] = clustering.Transitivity,
                ["average_clustering"] = clustering.AverageClustering,
                ["triangles"] = clustering.TriangleCount,
                ["self_loops"] = g.SelfLoopCount,
                ["input_edges"] = build.InputEdges,
                ["merged_parallel_edges"] = build.MergedParallelEdges,
                ["removed_self_loops"] = build.RemovedSelfLoops,
                ["node_ids"] = labeled.Nodes.IsIntegerMode ? "integer" : "string",
                ["node_attributes"] = labeled.NodeAttributes.Select(c => c.Name).ToArray(),
                ["edge_attributes"] = labeled.EdgeAttributes.Select(c => c.Name).ToArray(),
            };
            if (parse.GetValue(json))
            {
                context.WriteJson(values);
                return CliApp.Success;
            }
            foreach (var (key, value) in values)
            {
                string text = value switch
                {
                    double d => d.ToString("G6", CultureInfo.InvariantCulture),
                    bool b => b ? "yes" : "no",
                    string[] names => names.Length == 0 ? "-" : string.Join(", ", names),
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    _ => value.ToString() ?? "",
                };
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key.Replace('_', ' '),-22} {text}"));
            }
            return CliApp.Success;
        });
        return command;
    }
}
