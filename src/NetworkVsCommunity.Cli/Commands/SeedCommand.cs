using System.CommandLine;
using System.Globalization;
using NetworkVsCommunity.Algorithms.Seeding;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity.Cli.Commands;

/// <summary>
/// <c>nvc seed &lt;graph&gt; --objective spread|resonance --k K [--model ic|wc|lt] ...</c>: chooses sharers for reach (IMM)
/// or for resonance (greedy reinforced adoption under threshold contagion) and prints their expected outcomes.
/// </summary>
internal static class SeedCommand
{
    public static Command Create(CliContext context)
    {
        var graphArgument = new Argument<string>("graph") { Description = "The graph file (edge list, GraphML or GEXF; format by extension)." };
        var objective = new Option<string>("--objective") { Description = "spread (IMM, reach) or resonance (greedy reinforced adoption under threshold contagion). Default spread.", DefaultValueFactory = _ => "spread" };
        objective.AcceptOnlyFromAmong("spread", "resonance");
        var k = new Option<int>("--k") { Description = "How many sharers to choose (the budget). Default 10.", DefaultValueFactory = _ => 10 };
        var model = new Option<string>("--model") { Description = "Spread model: wc (Independent Cascade with 1/in-degree probabilities, no parameter), ic (uniform --probability) or lt (linear threshold, 1/in-degree). Default wc.", DefaultValueFactory = _ => "wc" };
        model.AcceptOnlyFromAmong("wc", "ic", "lt");
        var probability = new Option<double>("--probability") { Description = "ic: the arc probability p. Default 0.05.", DefaultValueFactory = _ => 0.05 };
        var threshold = new Option<int>("--threshold") { Description = "resonance: the adoption threshold θ (distinct adopting neighbours). Default 2.", DefaultValueFactory = _ => 2 };
        var epsilon = new Option<double>("--epsilon") { Description = "spread: IMM's ε of the (1 − 1/e − ε) guarantee. Default 0.1.", DefaultValueFactory = _ => 0.1 };
        var runs = new Option<int>("--runs") { Description = "Monte Carlo runs for the expected outcomes. Default 1000.", DefaultValueFactory = _ => 1000 };
        var randomSeed = new Option<long?>("--random-seed") { Description = "Random seed (default: drawn and reported)." };
        var threads = new Option<int>("--threads") { Description = "Threads (0 = all processors). The result does not depend on it. Default 0." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with 'sharers' (ids in order of selection) beside the outcomes." };
        var command = new Command("seed", "Choose k sharers for spread (IMM) or for resonance (threshold contagion) and report their expected outcomes.")
        {
            graphArgument, objective, k, model, probability, threshold, epsilon, runs, randomSeed, threads, json,
        };
        command.SetAction(parse =>
        {
            LabeledGraph graph = GraphFile.Load(parse.GetValue(graphArgument)!);
            InfluenceModel influence = (parse.GetValue(model) ?? "wc") switch
            {
                "ic" => InfluenceModel.IndependentCascade(parse.GetValue(probability)),
                "lt" => InfluenceModel.LinearThreshold,
                _ => InfluenceModel.WeightedCascade,
            };
            long seed = parse.GetValue(randomSeed) ?? Random.Xoshiro256StarStar.NewRandomSeed();
            int threadCount = parse.GetValue(threads);
            int budget = parse.GetValue(k);
            bool spread = (parse.GetValue(objective) ?? "spread") == "spread";
            int[] sharers;
            double objectiveValue;
            string method;
            var notes = new List<string>();
            ThresholdOutcome? thresholdOutcome = null;
            if (spread)
            {
                ImmResult imm = InfluenceMaximization.Imm(graph.Graph, new ImmOptions
                {
                    SeedCount = budget,
                    Epsilon = parse.GetValue(epsilon),
                    Model = influence,
                    RandomSeed = seed,
                    MaxDegreeOfParallelism = threadCount,
                }, context.StderrProgress());
                sharers = imm.SeedNodes.ToArray();
                objectiveValue = imm.EstimatedSpread;
                method = string.Create(CultureInfo.InvariantCulture, $"IMM (ε = {imm.Options.Epsilon}, θ = {imm.RRSetCount} RR sets)");
                notes.AddRange(imm.Diagnostics);
            }
            else
            {
                ResonanceSeedingResult r = ResonanceSeeding.Greedy(graph.Graph, new ResonanceSeedingOptions
                {
                    SeedCount = budget,
                    Threshold = parse.GetValue(threshold),
                    Objective = ResonanceObjective.ReinforcedAdopters,
                }, context.StderrProgress());
                sharers = r.SeedNodes.ToArray();
                objectiveValue = r.ObjectiveValue;
                thresholdOutcome = r.Outcome;
                method = string.Create(CultureInfo.InvariantCulture, $"greedy reinforced adoption (threshold θ = {r.Options.Threshold})");
                notes.AddRange(r.Diagnostics);
            }
            SeedingComparisonResult outcomes = SeedingComparison.Compare(graph.Graph, [new SeedSetCandidate("chosen", [.. sharers])],
                new SeedingComparisonOptions { Model = influence, Runs = parse.GetValue(runs), RandomSeed = seed, MaxDegreeOfParallelism = threadCount });
            StrategyOutcome o = outcomes.Strategies[0];
            string[] ids = sharers.Select(v => graph.Nodes[v]).ToArray();
            if (parse.GetValue(json))
            {
                var payload = new Dictionary<string, object>
                {
                    ["objective"] = spread ? "spread" : "resonance",
                    ["method"] = method,
                    ["model"] = influence.ToString(),
                    ["sharers"] = ids,
                    ["objective_value"] = objectiveValue,
                    ["expected_adopters"] = o.Spread.Mean,
                    ["expected_adopters_ci95"] = new[] { o.Spread.Lower, o.Spread.Upper },
                    ["expected_reinforced_adopters"] = o.ReinforcedAdopters.Mean,
                    ["flag_bearer_dependence"] = o.FlagBearerDependence,
                    ["credit"] = ids.Zip(o.Credit).ToDictionary(p => p.First, p => p.Second),
                    ["runs"] = outcomes.Runs,
                    ["random_seed"] = seed,
                    ["diagnostics"] = notes.ToArray(),
                };
                if (thresholdOutcome is { } t)
                {
                    payload["threshold_adopters"] = t.Adopters;
                    payload["threshold_reinforced_adopters"] = t.ReinforcedAdopters;
                    payload["threshold_steps"] = t.Steps;
                }
                context.WriteJson(payload);
                return 0;
            }
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(spread ? "spread" : "resonance")}: {method}"));
            context.Output.WriteLine("sharers (in order of selection): " + string.Join(", ", ids));
            if (thresholdOutcome is { } th)
            {
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"threshold contagion: {th.Adopters} adopters, {th.ReinforcedAdopters} reinforced, {th.Steps} steps"));
            }
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{influence}: expected adopters {o.Spread.Mean:G6} (95% CI {o.Spread.Lower:G6} to {o.Spread.Upper:G6}), reinforced adopters {o.ReinforcedAdopters.Mean:G6}, flag-bearer dependence {o.FlagBearerDependence:G3} over {outcomes.Runs} runs"));
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"random seed {seed}"));
            foreach (string d in notes)
            {
                context.Error.WriteLine("note: " + d);
            }
            return 0;
        });
        return command;
    }
}
