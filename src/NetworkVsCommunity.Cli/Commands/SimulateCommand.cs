using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity.Cli.Commands;

/// <summary>
/// <c>nvc simulate &lt;graph&gt; --model relationship|ic|lt|threshold|sir|sis ...</c>: Monte Carlo diffusion from given
/// initial sharers; the default model is the library's one default (<see cref="DiffusionModel.Default"/>).
/// With <c>--log-out</c>, a share log simulated on an organisation (<see cref="ShareLogSimulation"/>).
/// </summary>
internal static class SimulateCommand
{
    public static Command Create(CliContext context)
    {
        var graphArgument = new Argument<string?>("graph") { Description = "The graph file (edge list, GraphML or GEXF; format by extension). Not with --log-out.", Arity = ArgumentArity.ZeroOrOne };
        var log = ShareLogSimulation.CreateOptions();
        string p = ModelOptions.DefaultProbability.ToString(CultureInfo.InvariantCulture);
        var modelOptions = ModelOptions.Create(["relationship", "ic", "lt", "threshold", "sir", "sis"],
            "relationship (persuasion by tie class, --mutual/--one-way; the default), ic (Independent Cascade, --probability), lt (Kempe-weighted linear threshold), threshold (complex contagion), sir or sis.",
            $"ic: transmission probability p (default {p}); sir/sis: infection probability β per step (default 0.05).");
        var recovery = new Option<double?>("--recovery") { Description = "sir/sis: recovery probability γ per step, in (0, 1] (default 0.2)." };
        var threshold = new Option<double?>("--threshold") { Description = "threshold: an integer θ ≥ 1 (adopt after θ adopting neighbours) or a fraction φ in (0, 1) of the neighbours (default 2)." };
        var sharers = new Option<string?>("--sharers") { Description = "Initial sharers: comma-separated node ids, for example 0,5,9." };
        var sharersFile = new Option<string?>("--sharers-file") { Description = "A file of initial sharer ids, one per line or comma-separated ('#' starts a comment)." };
        var runs = new Option<int>("--runs") { Description = "Number of Monte Carlo runs R ≥ 1. Default 1000.", DefaultValueFactory = _ => 1000 };
        var randomSeed = new Option<long?>("--random-seed") { Description = "Random seed (default: drawn and reported)." };
        var threads = new Option<int>("--threads") { Description = "Threads (0 = all processors). The result does not depend on it. Default 0." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var command = new Command("simulate", "Simulate a diffusion model from initial sharers and report the mean number of adopters with a 95% confidence interval.")
        {
            graphArgument, recovery, threshold, sharers, sharersFile, runs, randomSeed, threads, json,
            log.Posts, log.LogOut, log.People, log.Ties,
        };
        modelOptions.AddTo(command);
        command.SetAction(parse =>
        {
            string modelName = modelOptions.Name(parse);
            if (parse.GetValue(threshold) is not null && modelName != "threshold")
            {
                throw new CliUsageException($"--threshold applies to --model threshold, not {modelName}.");
            }
            if (parse.GetValue(recovery) is not null && modelName is not ("sir" or "sis"))
            {
                throw new CliUsageException($"--recovery applies to --model sir or sis, not {modelName}.");
            }
            DiffusionModel diffusionModel = modelOptions.BuildCascade(parse)
                ?? BuildModel(modelName, modelOptions.Probability(parse), parse.GetValue(recovery), parse.GetValue(threshold));
            if (parse.GetValue(log.LogOut) is not null)
            {
                return ShareLogSimulation.Run(context, parse, log, diffusionModel, parse.GetValue(graphArgument), parse.GetValue(sharers), parse.GetValue(randomSeed), parse.GetValue(json));
            }
            string graphPath = parse.GetValue(graphArgument)
                ?? throw new CliUsageException("Give a graph file, or --log-out FILE to simulate a share log on an organisation (--people/--ties, or the embedded sample).");
            LabeledGraph graph = CliContext.LoadForAnalysis(graphPath);
            int[] initial = ResolveSharers(graph.Nodes, parse.GetValue(sharers), parse.GetValue(sharersFile));
            var options = new MonteCarloOptions
            {
                Model = diffusionModel,
                Sampling = new SamplingOptions { Runs = parse.GetValue(runs), RandomSeed = parse.GetValue(randomSeed), MaxDegreeOfParallelism = parse.GetValue(threads) },
            };
            var stopwatch = Stopwatch.StartNew();
            MonteCarloResult result = DiffusionSimulator.MonteCarlo(graph.Graph, initial, options, context.StderrProgress());
            double seconds = stopwatch.Elapsed.TotalSeconds;
            double arcsPerSecond = seconds > 0 ? result.ArcsExamined / seconds : 0;
            if (parse.GetValue(json))
            {
                context.WriteJson(new Dictionary<string, object>
                {
                    ["model"] = ModelOptions.Json(diffusionModel),
                    ["mean_adopters"] = result.MeanAdopters,
                    ["ci95_low"] = result.Ci95Low,
                    ["ci95_high"] = result.Ci95High,
                    ["standard_error"] = result.StandardError,
                    ["size_quantiles"] = MonteCarloResult.QuantileLevels.Zip(result.SizeQuantiles)
                        .ToDictionary(q => q.First.ToString("0.##", CultureInfo.InvariantCulture), q => q.Second),
                    ["mean_last_step"] = result.MeanLastStep,
                    ["runs"] = result.Runs,
                    ["random_seed"] = result.RandomSeed,
                    ["initial_sharers"] = result.InitialSharers.Select(v => graph.Nodes[v]).ToArray(),
                    ["seconds"] = seconds,
                    ["arcs_examined"] = result.ArcsExamined,
                    ["arcs_examined_per_second"] = arcsPerSecond,
                    ["diagnostics"] = result.Diagnostics.ToArray(),
                });
            }
            else
            {
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{ModelOptions.Text(diffusionModel)}: mean adopters {result.MeanAdopters:G6} (95% CI {result.Ci95Low:G6} to {result.Ci95High:G6}) from {result.InitialSharers.Length} sharers over {result.Runs} runs"));
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"cascade size quantiles 0/5/25/50/75/95/100%: {string.Join(" / ", result.SizeQuantiles.Select(q => q.ToString("G6", CultureInfo.InvariantCulture)))}"));
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"random seed {result.RandomSeed}; {seconds:F3} s, {arcsPerSecond:G4} arcs examined per second"));
                foreach (string d in result.Diagnostics)
                {
                    context.Output.WriteLine("note: " + d);
                }
            }
            return CliApp.Success;
        });
        return command;
    }

    private static DiffusionModel BuildModel(string name, double? probability, double? recovery, double? threshold)
    {
        if (threshold is not null && name != "threshold")
        {
            throw new CliUsageException($"--threshold applies to --model threshold, not {name}.");
        }
        if (probability is not null && name is "lt" or "threshold")
        {
            throw new CliUsageException($"--probability applies to --model ic, sir or sis, not {name}.");
        }
        if (recovery is not null && name is not ("sir" or "sis"))
        {
            throw new CliUsageException($"--recovery applies to --model sir or sis, not {name}.");
        }
        switch (name)
        {
            case "lt":
                return LinearThresholdModel.Default;
            case "threshold":
                {
                    double t = threshold ?? 2;
                    if (t >= 1 && t == Math.Floor(t) && t <= int.MaxValue)
                    {
                        return new ThresholdModel { Kind = ThresholdKind.Absolute, Threshold = (int)t };
                    }
                    if (t > 0 && t < 1)
                    {
                        return new ThresholdModel { Kind = ThresholdKind.Fractional, Fraction = t };
                    }
                    throw new CliUsageException(string.Create(CultureInfo.InvariantCulture,
                        $"--threshold {t} is out of range; allowed: an integer θ ≥ 1 or a fraction φ in (0, 1)."));
                }
            case "sir":
                return new SirModel { InfectionProbability = probability ?? 0.05, RecoveryProbability = recovery ?? 0.2 };
            default:
                return new SisModel { InfectionProbability = probability ?? 0.05, RecoveryProbability = recovery ?? 0.2 };
        }
    }

    private static int[] ResolveSharers(NodeLabels nodes, string? list, string? file)
    {
        if ((list is null) == (file is null))
        {
            throw new CliUsageException("Give the initial sharers with exactly one of --sharers 0,5,9 or --sharers-file FILE.");
        }
        var ids = new List<(string Id, string Where)>();
        if (list is not null)
        {
            foreach (string id in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                ids.Add((id, "--sharers"));
            }
        }
        else
        {
            int lineNumber = 0;
            foreach (string line in File.ReadLines(file!))
            {
                lineNumber++;
                string content = line.Split('#')[0];
                foreach (string id in content.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    ids.Add((id, string.Create(CultureInfo.InvariantCulture, $"{file}:{lineNumber}")));
                }
            }
        }
        if (ids.Count == 0)
        {
            throw new CliUsageException($"No initial sharers given ({(list is not null ? "--sharers is empty" : file + " has no ids")}).");
        }
        var nodesOut = new int[ids.Count];
        for (int i = 0; i < ids.Count; i++)
        {
            if (!nodes.TryGetNode(ids[i].Id, out nodesOut[i]))
            {
                throw new CliUsageException(string.Create(CultureInfo.InvariantCulture,
                    $"{ids[i].Where}: initial sharer '{ids[i].Id}' is not a node of the graph ({nodes.Count} nodes{(nodes.IsIntegerMode ? ", ids 0.." + (nodes.Count - 1).ToString(CultureInfo.InvariantCulture) : "")})."));
            }
        }
        return nodesOut;
    }
}
