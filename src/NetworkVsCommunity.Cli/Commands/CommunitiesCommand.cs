using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using NetworkVsCommunity.Algorithms.Communities;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity.Cli.Commands;

/// <summary><c>nvc communities &lt;graph&gt;</c>: Leiden, Louvain or label propagation; membership lines <c>node community</c>.</summary>
internal static class CommunitiesCommand
{
    public static Command Create(CliContext context)
    {
        var graphPath = new Argument<string>("graph") { Description = "The graph file (edge list, GraphML or GEXF; format by extension)." };
        var algorithm = new Option<string>("--algorithm") { Description = "leiden (default), louvain or lpa.", DefaultValueFactory = _ => "leiden" };
        algorithm.AcceptOnlyFromAmong("leiden", "louvain", "lpa");
        var objective = new Option<string>("--objective") { Description = "modularity (default) or cpm (Leiden and Louvain).", DefaultValueFactory = _ => "modularity" };
        objective.AcceptOnlyFromAmong("modularity", "cpm");
        var resolution = new Option<double>("--resolution") { Description = "Resolution γ > 0 (default 1). For cpm, a density threshold: γ = 1 gives singletons on an unweighted graph.", DefaultValueFactory = _ => 1.0 };
        var iterations = new Option<int>("--iterations") { Description = "Leiden iterations (default 2; -1 until stable).", DefaultValueFactory = _ => 2 };
        var randomSeed = new Option<long?>("--random-seed") { Description = "Random seed; drawn and reported when omitted." };
        var threads = new Option<int>("--threads") { Description = "Threads (0 = all processors, default). The partition is the same for every value.", DefaultValueFactory = _ => 0 };
        var output = new Option<string?>("--output") { Description = "Write the membership (lines 'node community') to this file instead of stdout." };
        var json = new Option<bool>("--json") { Description = "Print a JSON summary (nodes, edges, algorithm, communities, modularity at γ = 1, random_seed, timings)." };
        var command = new Command("communities", "Find communities with Leiden (default), Louvain or label propagation.")
        {
            graphPath, algorithm, objective, resolution, iterations, randomSeed, threads, output, json,
        };
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            LabeledGraph labeled = CliContext.LoadForAnalysis(parse.GetValue(graphPath)!);
            double secondsLoad = clock.Elapsed.TotalSeconds;
            CsrGraph graph = labeled.Graph;
            var obj = parse.GetValue(objective) == "cpm" ? CommunityObjective.Cpm : CommunityObjective.Modularity;
            double gamma = parse.GetValue(resolution);
            long? seed = parse.GetValue(randomSeed);
            int threadCount = parse.GetValue(threads);
            string name = parse.GetValue(algorithm)!;
            IProgress<AnalysisProgress> progress = context.StderrProgress();
            clock.Restart();
            Partition partition;
            long usedSeed;
            double quality;
            double modularity;
            int steps;
            bool converged;
            IReadOnlyList<string> diagnostics;
            switch (name)
            {
                case "louvain":
                {
                    var r = CommunityDetection.Louvain(graph, new LouvainOptions { Objective = obj, Resolution = gamma, RandomSeed = seed, MaxDegreeOfParallelism = threadCount }, progress);
                    (partition, usedSeed, quality, modularity, steps, converged, diagnostics) = (r.Partition, r.RandomSeed, r.Quality, r.Modularity, r.Levels.Length, r.Converged, r.Diagnostics);
                    break;
                }
                case "lpa":
                {
                    var r = CommunityDetection.LabelPropagation(graph, new LabelPropagationOptions { RandomSeed = seed }, progress);
                    (partition, usedSeed, quality, modularity, steps, converged, diagnostics) = (r.Partition, r.RandomSeed, r.Modularity, r.Modularity, r.Iterations, r.Converged, r.Diagnostics);
                    break;
                }
                default:
                {
                    var r = CommunityDetection.Leiden(graph, new LeidenOptions { Objective = obj, Resolution = gamma, Iterations = parse.GetValue(iterations), RandomSeed = seed, MaxDegreeOfParallelism = threadCount }, progress);
                    (partition, usedSeed, quality, modularity, steps, converged, diagnostics) = (r.Partition, r.RandomSeed, r.Quality, r.Modularity, r.Iterations, r.Converged, r.Diagnostics);
                    break;
                }
            }
            double secondsAlgorithm = clock.Elapsed.TotalSeconds;

            // The membership text (a line per node) is built only when it is written somewhere.
            string? outputPath = parse.GetValue(output);
            if (outputPath is not null)
            {
                AtomicFile.WriteText(outputPath, FormatMembership(labeled.Nodes, partition));
            }
            else if (!parse.GetValue(json))
            {
                context.Output.Write(FormatMembership(labeled.Nodes, partition));
            }
            if (seed is null && !parse.GetValue(json))
            {
                // The membership is on stdout or in --output; the drawn seed goes to stderr so the run can be repeated.
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"nvc: random seed {usedSeed} (drawn; repeat with --random-seed {usedSeed})"));
            }
            if (parse.GetValue(json))
            {
                context.WriteJson(new Dictionary<string, object?>
                {
                    ["nodes"] = graph.NodeCount,
                    ["edges"] = graph.EdgeCount,
                    ["algorithm"] = name,
                    ["objective"] = name == "lpa" ? null : parse.GetValue(objective),
                    ["resolution"] = name == "lpa" ? null : gamma,
                    ["communities"] = partition.CommunityCount,
                    ["modularity"] = double.IsNaN(modularity) ? null : modularity,
                    ["quality"] = double.IsNaN(quality) ? null : quality,
                    ["iterations"] = steps,
                    ["converged"] = converged,
                    ["random_seed"] = usedSeed,
                    ["threads"] = threadCount,
                    ["seconds_load"] = secondsLoad,
                    ["seconds_algorithm"] = secondsAlgorithm,
                    ["output"] = outputPath,
                    ["diagnostics"] = diagnostics,
                });
            }
            return CliApp.Success;
        });
        return command;
    }

    private static string FormatMembership(NodeLabels nodes, Partition partition)
    {
        var sb = new StringBuilder(partition.NodeCount * 8);
        for (int v = 0; v < partition.NodeCount; v++)
        {
            sb.Append(nodes[v]).Append('\t').Append(partition.CommunityOf(v).ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
        return sb.ToString();
    }
}
