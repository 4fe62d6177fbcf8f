using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Seeding;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity.Cli.Commands;

/// <summary>
/// <c>nvc seed [graph | --people P --ties T] --objective spread|resonance --k K [--algorithm ...] [--model relationship|ic|wc|lt]
/// [--exclude ids] [--quota department=N] [--min-enthusiasm x] ...</c>: chooses sharers for reach (OPIM-C by default,
/// IMM, CELF or a heuristic baseline) or for resonance (greedy reinforced adoption under threshold contagion) and
/// prints their expected outcomes, the algorithm and the guarantee behind the choice.
/// </summary>
internal static class SeedCommand
{
    public static Command Create(CliContext context)
    {
        var graphArgument = new Argument<string?>("graph") { Description = "The graph file (edge list, GraphML or GEXF; format by extension). Omit it for --people/--ties or the embedded sample organisation.", Arity = ArgumentArity.ZeroOrOne };
        var people = new Option<FileInfo?>("--people") { Description = "people.csv of the organisation (with --ties) instead of a graph file. With neither, the embedded sample organisation." };
        var ties = new Option<FileInfo?>("--ties") { Description = "ties.csv of the organisation (with --people)." };
        var objective = new Option<string>("--objective") { Description = "spread (reach) or resonance (greedy reinforced adoption under threshold contagion). Default spread.", DefaultValueFactory = _ => "spread" };
        objective.AcceptOnlyFromAmong("spread", "resonance");
        var algorithm = new Option<string?>("--algorithm") { Description = "spread: opimc (default; the (1 − 1/e − ε) guarantee at probability 1 − 1/n, certified by OPIM-C's bounds), imm (the same guarantee by IMM's worst-case sample size), celf (lazy greedy over Monte Carlo worlds), or the baselines degree, pagerank, kcore (no guarantee). resonance: incremental (default; greedy over a lossless candidate restriction with incremental gains, the same picks as greedy while rounds stay under the candidate cap, then the best of that pick, top degree and a clustered neighbourhood, scored exactly), greedy (exact greedy, the reference; O(k·n·(n + m))), complex (seed neighbourhoods of the most complex-central nodes; Guilbeault & Centola 2021)." };
        algorithm.AcceptOnlyFromAmong("opimc", "imm", "celf", "degree", "pagerank", "kcore", "greedy", "incremental", "complex");
        var k = new Option<int>("--k") { Description = "How many sharers to choose (the budget). Default 10.", DefaultValueFactory = _ => 10 };
        var modelOptions = ModelOptions.Create(["relationship", "ic", "wc", "lt"],
            "Spread model, which also scores the chosen sharers: relationship (persuasion by tie class, --mutual/--one-way; the default, as in simulate and report), ic (uniform --probability), wc (Independent Cascade with w / in-strength probabilities, no parameter) or lt (linear threshold, Kempe weights).",
            string.Create(CultureInfo.InvariantCulture, $"ic: the arc probability p. Default {ModelOptions.DefaultProbability}."));
        var threshold = new Option<int>("--threshold") { Description = "resonance: the adoption threshold θ (distinct adopting neighbours). Default 2.", DefaultValueFactory = _ => 2 };
        var epsilon = new Option<double>("--epsilon") { Description = "opimc, imm: ε of the (1 − 1/e − ε) guarantee. Default 0.1.", DefaultValueFactory = _ => 0.1 };
        var exclude = new Option<string[]>("--exclude") { Description = "Ids that must not be chosen (for example those who opted out), comma-separated; repeatable." };
        var quota = new Option<string[]>("--quota") { Description = "people/ties only: at most N sharers from a department, as department=N; repeatable." };
        var minEnthusiasm = new Option<double?>("--min-enthusiasm") { Description = "people/ties only: choose only people whose enthusiasm is at least this value (0 to 1)." };
        var includeExternals = new Option<bool>("--include-externals") { Description = "people/ties only: external contacts may be chosen too (by default only employees)." };
        var runs = new Option<int>("--runs") { Description = "Monte Carlo runs for the expected outcomes (and celf's worlds). Default 1000.", DefaultValueFactory = _ => 1000 };
        var randomSeed = new Option<long?>("--random-seed") { Description = "Random seed (default: drawn and reported)." };
        var threads = new Option<int>("--threads") { Description = "Threads (0 = all processors). The result does not depend on it. Default 0." };
        var compare = new Option<bool>("--compare") { Description = "resonance: also set the pick against top-degree, top-PageRank, complex-centrality and random-clustered picks of equal size under the same threshold contagion (exact values; the random-clustered draws with 95% intervals)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with 'sharers' (ids in order of selection) beside the outcomes, the model, the algorithm and its guarantee." };
        var command = new Command("seed", "Choose k sharers for spread (OPIM-C, IMM, CELF or a baseline) or for resonance (threshold contagion) and report their expected outcomes.")
        {
            graphArgument, people, ties, objective, algorithm, k, threshold, epsilon, exclude, quota, minEnthusiasm,
            includeExternals, runs, randomSeed, threads, compare, json,
        };
        modelOptions.AddTo(command);
        command.SetAction(parse =>
        {
            SeedInput input = LoadInput(parse.GetValue(graphArgument), parse.GetValue(people), parse.GetValue(ties));
            CsrGraph graph = input.Graph;
            SeedingConstraints constraints = BuildConstraints(input, parse.GetValue(exclude), parse.GetValue(quota),
                parse.GetValue(minEnthusiasm), parse.GetValue(includeExternals));
            DiffusionModel influence = modelOptions.BuildCascade(parse) ?? LinearThresholdModel.Default;
            if (influence is LinearThresholdModel && modelOptions.Probability(parse) is not null)
            {
                throw new CliUsageException("--probability applies to --model ic, not lt (its weights are w / in-strength).");
            }
            long seed = parse.GetValue(randomSeed) ?? Randomness.Xoshiro256StarStar.NewRandomSeed();
            int threadCount = parse.GetValue(threads);
            int budget = parse.GetValue(k);
            bool spread = (parse.GetValue(objective) ?? "spread") == "spread";
            string chosenAlgorithm = parse.GetValue(algorithm) ?? (spread ? "opimc" : "incremental");
            CheckAlgorithm(spread, chosenAlgorithm, parse.GetValue(compare));
            SeedingConstraints? applied = constraints.IsUnconstrained ? null : constraints;
            Selection chosen = spread
                ? SelectForSpread(context, graph, chosenAlgorithm, budget, parse.GetValue(epsilon), influence, applied, seed, threadCount, parse.GetValue(runs))
                : SelectForResonance(context, graph, chosenAlgorithm, budget, parse.GetValue(threshold), applied);
            int[] sharers = chosen.Nodes;
            SeedingComparisonResult outcomes = SeedingComparison.Compare(graph, [new SeedSetCandidate("chosen", [.. sharers])],
                new SeedingComparisonOptions { Model = influence, Runs = parse.GetValue(runs), RandomSeed = seed, MaxDegreeOfParallelism = threadCount });
            StrategyOutcome o = outcomes.Strategies[0];
            string[] ids = sharers.Select(v => input.Ids[v]).ToArray();
            if (parse.GetValue(json))
            {
                var guarantee = new Dictionary<string, object?>
                {
                    ["description"] = chosen.Guarantee,
                    ["approximation_ratio"] = double.IsNaN(chosen.Ratio) ? null : chosen.Ratio,
                    ["failure_probability"] = double.IsNaN(chosen.FailureProbability) ? null : chosen.FailureProbability,
                };
                var payload = new Dictionary<string, object?>
                {
                    ["input"] = input.Source,
                    ["objective"] = spread ? "spread" : "resonance",
                    ["algorithm"] = chosenAlgorithm,
                    ["method"] = chosen.Method,
                    ["guarantee"] = guarantee,
                    ["model"] = chosen.Threshold is null ? ModelOptions.Json(influence) : ResonanceSeeding.ModelName(parse.GetValue(threshold)),
                    ["expected_outcomes_model"] = ModelOptions.Json(influence),
                    ["sharers"] = ids,
                    ["objective_value"] = double.IsNaN(chosen.ObjectiveValue) ? null : chosen.ObjectiveValue,
                    ["expected_adopters"] = o.Spread.Mean,
                    ["expected_adopters_ci95"] = new[] { o.Spread.Lower, o.Spread.Upper },
                    ["expected_reinforced_adopters"] = o.ReinforcedAdopters.Mean,
                    ["flag_bearer_dependence"] = o.FlagBearerDependence,
                    ["credit"] = ids.Zip(o.Credit).ToDictionary(p => p.First, p => p.Second),
                    ["constraints"] = ConstraintSummary(input, constraints),
                    ["runs"] = outcomes.Runs,
                    ["random_seed"] = seed,
                    ["diagnostics"] = chosen.Notes.ToArray(),
                };
                AddCandidates(payload, chosen, input);
                if (chosen.Threshold is { } t)
                {
                    payload["threshold_adopters"] = t.Adopters;
                    payload["threshold_reinforced_adopters"] = t.ReinforcedAdopters;
                    payload["threshold_steps"] = t.Steps;
                }
                if (!spread && parse.GetValue(compare))
                {
                    payload["comparison"] = ComparisonJson(CompareForResonance(context, graph, chosenAlgorithm, budget, parse.GetValue(threshold), applied, seed), input);
                }
                context.WriteJson(payload);
                return 0;
            }
            context.Output.WriteLine("input: " + input.Source);
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(spread ? "spread" : "resonance")}: {chosen.Method}"));
            context.Output.WriteLine("guarantee: " + chosen.Guarantee);
            string summary = ConstraintSummary(input, constraints);
            if (summary.Length > 0)
            {
                context.Output.WriteLine("constraints: " + summary);
            }
            context.Output.WriteLine("sharers (in order of selection): " + string.Join(", ", ids));
            WriteCandidates(context, chosen);
            if (chosen.Threshold is { } th)
            {
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"threshold contagion: {th.Adopters} adopters, {th.ReinforcedAdopters} reinforced, {th.Steps} steps"));
            }
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{ModelOptions.Text(influence)}: expected adopters {o.Spread.Mean:G6} (95% CI {o.Spread.Lower:G6} to {o.Spread.Upper:G6}), reinforced adopters {o.ReinforcedAdopters.Mean:G6}, flag-bearer dependence {o.FlagBearerDependence:G3} over {outcomes.Runs} runs"));
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"random seed {seed}"));
            if (!spread && parse.GetValue(compare))
            {
                WriteComparison(context, CompareForResonance(context, graph, chosenAlgorithm, budget, parse.GetValue(threshold), applied, seed));
            }
            foreach (string d in chosen.Notes)
            {
                context.Error.WriteLine("note: " + d);
            }
            return 0;
        });
        return command;
    }

    private static Selection SelectForSpread(CliContext context, CsrGraph graph, string algorithm, int budget, double epsilon,
        DiffusionModel influence, SeedingConstraints? constraints, long seed, int threadCount, int runs)
    {
        var immOptions = new ImmOptions
        {
            SeedCount = budget,
            Epsilon = epsilon,
            Model = influence,
            Constraints = constraints,
            RandomSeed = seed,
            MaxDegreeOfParallelism = threadCount,
        };
        switch (algorithm)
        {
            case "imm":
            {
                ImmResult imm = InfluenceMaximization.Imm(graph, immOptions, context.StderrProgress());
                string guarantee = double.IsNaN(imm.ApproximationRatio)
                    ? "none claimed (department quotas: greedy is a 1/2-approximation on the RR sets)"
                    : string.Create(CultureInfo.InvariantCulture, $"expected spread ≥ {imm.ApproximationRatio:G4} × optimum (1 − 1/e − ε) with probability ≥ 1 − {imm.FailureProbability:G3} (IMM)");
                return new Selection([.. imm.SeedNodes], imm.EstimatedSpread,
                    string.Create(CultureInfo.InvariantCulture, $"IMM (ε = {epsilon}, θ = {imm.RRSetCount} final + {imm.SamplingRRSetCount} sampling RR sets)"),
                    guarantee, imm.ApproximationRatio, imm.FailureProbability, imm.Diagnostics, null)
                {
                    Race = new CandidateRace(imm.Candidates, imm.Winner, null, imm.ImprovementRounds, imm.DrawnRRSetCount),
                };
            }
            case "celf":
            {
                var oracle = new MonteCarloSpreadOracle(graph, influence, runs, seed, threadCount);
                GreedySeedingResult celf = GreedySeeding.Celf(graph, oracle, new GreedySeedingOptions { SeedCount = budget, Constraints = constraints }, context.StderrProgress());
                return new Selection([.. celf.SeedNodes], celf.Spread,
                    string.Create(CultureInfo.InvariantCulture, $"CELF lazy greedy over {runs} Monte Carlo live-edge worlds"),
                    "greedy reaches ≥ 1 − 1/e of the best spread averaged over the sampled worlds (1/2 under department quotas); no probabilistic bound on the true spread",
                    double.NaN, double.NaN, celf.Diagnostics, null);
            }
            case "degree" or "pagerank" or "kcore":
            {
                var options = new HeuristicSeedingOptions { SeedCount = budget, Constraints = constraints, RandomSeed = seed };
                HeuristicSeedingResult h = algorithm switch
                {
                    "degree" => SeedingHeuristics.Degree(graph, options),
                    "pagerank" => SeedingHeuristics.PageRank(graph, options),
                    _ => SeedingHeuristics.KCore(graph, options),
                };
                return new Selection([.. h.SeedNodes], double.NaN, h.Method, "none (a heuristic baseline)", double.NaN, double.NaN, h.Diagnostics, null);
            }
            default:
            {
                OpimCResult r = InfluenceMaximization.OpimC(graph, immOptions, context.StderrProgress());
                string guarantee = string.Create(CultureInfo.InvariantCulture,
                    $"expected spread ≥ {r.ApproximationRatio:G4} × optimum with probability ≥ 1 − {r.FailureProbability:G3} (OPIM-C; asked for 1 − 1/e − ε = {r.TargetRatio:G4}{(r.Converged ? "" : ", not reached")}; spread ≥ {r.SpreadLowerBound:G6}, optimum ≤ {r.OptimumUpperBound:G6})");
                return new Selection([.. r.SeedNodes], r.EstimatedSpread,
                    string.Create(CultureInfo.InvariantCulture, $"OPIM-C (ε = {epsilon}, 2 × {r.RRSetCount} RR sets in {r.Iterations} rounds)"),
                    guarantee, r.ApproximationRatio, r.FailureProbability, r.Diagnostics, null)
                {
                    Race = new CandidateRace(r.Candidates, r.Winner, r.CertifiedAtIteration, r.ImprovementRounds, r.DrawnRRSetCount),
                };
            }
        }
    }

    private static void CheckAlgorithm(bool spread, string algorithm, bool compare)
    {
        bool resonanceAlgorithm = algorithm is "greedy" or "incremental" or "complex";
        if (spread == resonanceAlgorithm)
        {
            throw new CliUsageException(spread
                ? string.Create(CultureInfo.InvariantCulture, $"--algorithm {algorithm} is for --objective resonance; for spread use opimc, imm, celf, degree, pagerank or kcore.")
                : string.Create(CultureInfo.InvariantCulture, $"--algorithm {algorithm} is for --objective spread; resonance uses incremental, greedy or complex."));
        }
        if (spread && compare)
        {
            throw new CliUsageException("--compare is for --objective resonance; for spread, compare seed sets with `nvc compare`.");
        }
    }

    private static ResonanceSeedingOptions ResonanceOptions(int budget, int threshold, SeedingConstraints? constraints) => new()
    {
        SeedCount = budget,
        Threshold = threshold,
        Objective = ResonanceObjective.ReinforcedAdopters,
        Constraints = constraints,
    };

    private static Selection SelectForResonance(CliContext context, CsrGraph graph, string algorithm, int budget, int threshold, SeedingConstraints? constraints)
    {
        ResonanceSeedingOptions options = ResonanceOptions(budget, threshold, constraints);
        ResonanceSeedingResult r = algorithm switch
        {
            "greedy" => ResonanceSeeding.Greedy(graph, options, context.StderrProgress()),
            "complex" => ResonanceSeeding.ComplexNeighbourhoods(graph, options, 1000, context.StderrProgress()),
            _ => ResonanceSeeding.IncrementalGreedy(graph, options, context.StderrProgress()),
        };
        string method = r.Method switch
        {
            "Greedy" => "exact greedy reinforced adoption",
            "IncrementalGreedy" => "incremental greedy reinforced adoption (lossless candidate restriction, incremental gains)",
            _ => "complex-centrality seed neighbourhoods",
        };
        return new Selection([.. r.SeedNodes], r.ObjectiveValue, method + " under " + r.Model, r.Guarantee, double.NaN, double.NaN, r.Diagnostics, r.Outcome)
        {
            ResonanceRace = r.Candidates.IsDefaultOrEmpty ? null : (r.Candidates, r.Winner),
        };
    }

    private static ResonanceComparisonResult CompareForResonance(CliContext context, CsrGraph graph, string algorithm, int budget, int threshold,
        SeedingConstraints? constraints, long seed) =>
        SeedingComparison.CompareResonance(graph, new ResonanceComparisonOptions
        {
            Seeding = ResonanceOptions(budget, threshold, constraints),
            ExactGreedy = algorithm == "greedy",
            RandomSeed = seed,
        }, context.StderrProgress());

    private static void WriteComparison(CliContext context, ResonanceComparisonResult c)
    {
        context.Output.WriteLine();
        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"comparison under {c.Model}, {c.Picks[0].SeedNodes.Length} sharers each (reinforced adopters is the objective):"));
        context.Output.WriteLine("| pick | adopters | reinforced adopters | steps | random-clustered draws at or below |");
        context.Output.WriteLine("|---|---|---|---|---|");
        foreach (ResonancePick p in c.Picks)
        {
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {p.Name} | {p.Outcome.Adopters} | {p.Outcome.ReinforcedAdopters} | {p.Outcome.Steps} | {p.ShareOfRandomClusteredAtOrBelow:P0} |"));
        }
        ResonanceDrawSummary d = c.RandomClustered;
        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| random clustered ({d.Draws} draws, mean, 95% CI) | {d.Adopters.Mean:F1} ({d.Adopters.Lower:F1} to {d.Adopters.Upper:F1}) | {d.ReinforcedAdopters.Mean:F1} ({d.ReinforcedAdopters.Lower:F1} to {d.ReinforcedAdopters.Upper:F1}) | | range {d.MinimumObjective:G6} to {d.MaximumObjective:G6} |"));
        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"random-clustered draws: streams ForStream({c.RandomSeed}, r), r = 0..{d.Draws - 1}"));
    }

    private static Dictionary<string, object?> ComparisonJson(ResonanceComparisonResult c, SeedInput input)
    {
        ResonanceDrawSummary d = c.RandomClustered;
        return new Dictionary<string, object?>
        {
            ["model"] = c.Model,
            ["method"] = c.SearchMethod,
            ["guarantee"] = c.SearchGuarantee,
            ["picks"] = c.Picks.Select(p => new Dictionary<string, object?>
            {
                ["name"] = p.Name,
                ["sharers"] = p.SeedNodes.Select(v => input.Ids[v]).ToArray(),
                ["adopters"] = p.Outcome.Adopters,
                ["reinforced_adopters"] = p.Outcome.ReinforcedAdopters,
                ["steps"] = p.Outcome.Steps,
                ["share_of_random_clustered_at_or_below"] = p.ShareOfRandomClusteredAtOrBelow,
            }).ToArray(),
            ["random_clustered"] = new Dictionary<string, object?>
            {
                ["draws"] = d.Draws,
                ["adopters_mean"] = d.Adopters.Mean,
                ["adopters_ci95"] = new[] { d.Adopters.Lower, d.Adopters.Upper },
                ["reinforced_adopters_mean"] = d.ReinforcedAdopters.Mean,
                ["reinforced_adopters_ci95"] = new[] { d.ReinforcedAdopters.Lower, d.ReinforcedAdopters.Upper },
                ["objective_min"] = d.MinimumObjective,
                ["objective_max"] = d.MaximumObjective,
            },
            ["random_seed"] = c.RandomSeed,
            ["diagnostics"] = c.Diagnostics.ToArray(),
        };
    }

    private static SeedInput LoadInput(string? graphPath, FileInfo? peopleFile, FileInfo? tiesFile)
    {
        if ((peopleFile is null) != (tiesFile is null))
        {
            throw new CliUsageException("--people and --ties go together: give both files, a graph file, or none to analyse the embedded sample organisation.");
        }
        if (graphPath is not null)
        {
            if (peopleFile is not null)
            {
                throw new CliUsageException("Give either a graph file or --people/--ties, not both.");
            }
            LabeledGraph labeled = CliContext.LoadForAnalysis(graphPath);
            return new SeedInput(labeled.Graph, labeled.Nodes.ToArray(), null, graphPath);
        }
        EmployeeNetwork network = peopleFile is null ? SampleOrganization.Default : PeopleTiesCsv.Load(peopleFile.FullName, tiesFile!.FullName);
        string source = peopleFile is null ? "embedded sample organisation" : $"{peopleFile.FullName} + {tiesFile!.FullName}";
        return new SeedInput(network.InfluenceGraph, [.. network.Ids], network, source);
    }

    private static SeedingConstraints BuildConstraints(SeedInput input, string[]? exclude, string[]? quotas, double? minEnthusiasm, bool includeExternals)
    {
        int n = input.Graph.NodeCount;
        var constraints = SeedingConstraints.None;
        EmployeeNetwork? network = input.Network;
        if (network is null && (quotas is { Length: > 0 } || minEnthusiasm is not null || includeExternals))
        {
            throw new CliUsageException("--quota, --min-enthusiasm and --include-externals need people attributes: use --people/--ties (or the embedded sample organisation) instead of a graph file.");
        }
        if (network is not null && !includeExternals && network.Externals.Length > 0)
        {
            var eligible = new bool[n];
            foreach (int v in network.Employees)
            {
                eligible[v] = true;
            }
            constraints = constraints with { Eligible = [.. eligible] };
        }
        if (exclude is { Length: > 0 })
        {
            var byId = new Dictionary<string, int>(n, StringComparer.Ordinal);
            for (int v = 0; v < n; v++)
            {
                byId[input.Ids[v]] = v;
            }
            var excluded = new SortedSet<int>();
            foreach (string id in exclude.SelectMany(e => e.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            {
                if (!byId.TryGetValue(id, out int v))
                {
                    throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"--exclude {id}: no such id in {input.Source}."));
                }
                excluded.Add(v);
            }
            constraints = constraints with { Excluded = [.. excluded] };
        }
        if (network is not null && quotas is { Length: > 0 })
        {
            var departmentIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            var departments = new int[n];
            for (int v = 0; v < n; v++)
            {
                string d = network.Departments[v];
                if (d.Length == 0)
                {
                    departments[v] = -1;
                    continue;
                }
                if (!departmentIndex.TryGetValue(d, out int index))
                {
                    index = departmentIndex.Count;
                    departmentIndex[d] = index;
                }
                departments[v] = index;
            }
            var limits = new int[departmentIndex.Count];
            Array.Fill(limits, int.MaxValue);
            foreach (string q in quotas.SelectMany(e => e.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            {
                int eq = q.LastIndexOf('=');
                if (eq <= 0 || !int.TryParse(q.AsSpan(eq + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int limit))
                {
                    throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"--quota {q}: expected department=N with N a whole number 0 or more."));
                }
                string name = q[..eq].Trim();
                if (!departmentIndex.TryGetValue(name, out int index))
                {
                    throw new CliUsageException(string.Create(CultureInfo.InvariantCulture,
                        $"--quota {q}: no department '{name}'; departments: {string.Join(", ", departmentIndex.Keys.Order(StringComparer.Ordinal))}."));
                }
                limits[index] = limit;
            }
            constraints = constraints with { Departments = [.. departments], DepartmentQuotas = [.. limits] };
        }
        if (network is not null && minEnthusiasm is { } min)
        {
            if (!(min >= 0 && min <= 1))
            {
                throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"--min-enthusiasm {min} is out of range; allowed: 0 to 1."));
            }
            constraints = constraints with { Enthusiasm = network.Enthusiasm, MinimumEnthusiasm = min };
        }
        return constraints;
    }

    private static string ConstraintSummary(SeedInput input, SeedingConstraints c)
    {
        var parts = new List<string>();
        if (!c.Eligible.IsDefaultOrEmpty)
        {
            parts.Add("employees only");
        }
        if (!c.Excluded.IsDefaultOrEmpty)
        {
            parts.Add("excluded " + string.Join(",", c.Excluded.Select(v => input.Ids[v])));
        }
        if (!c.DepartmentQuotas.IsDefaultOrEmpty && input.Network is { } network)
        {
            var names = new Dictionary<int, string>();
            for (int v = 0; v < c.Departments.Length; v++)
            {
                if (c.Departments[v] >= 0)
                {
                    names.TryAdd(c.Departments[v], network.Departments[v]);
                }
            }
            for (int d = 0; d < c.DepartmentQuotas.Length; d++)
            {
                if (c.DepartmentQuotas[d] != int.MaxValue)
                {
                    parts.Add(string.Create(CultureInfo.InvariantCulture, $"at most {c.DepartmentQuotas[d]} from {names[d]}"));
                }
            }
        }
        if (!c.Enthusiasm.IsDefaultOrEmpty)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"enthusiasm ≥ {c.MinimumEnthusiasm}"));
        }
        return string.Join("; ", parts);
    }

    /// <summary>The graph to seed, the id of each node, and the employee network when the input is people/ties.</summary>
    private sealed record SeedInput(CsrGraph Graph, string[] Ids, EmployeeNetwork? Network, string Source);

    /// <summary>A choice of sharers with what stands behind it.</summary>
    private sealed record Selection(int[] Nodes, double ObjectiveValue, string Method, string Guarantee, double Ratio,
        double FailureProbability, ImmutableArray<string> Notes, ThresholdOutcome? Threshold)
    {
        /// <summary>OPIM-C's and IMM's scored candidates and rounds (issue 18); null for the other algorithms.</summary>
        public CandidateRace? Race { get; init; }

        /// <summary>The resonance search's exactly scored candidates and winner (issue 18); null for the other algorithms.</summary>
        public (ImmutableArray<ResonanceCandidate> Candidates, string Winner)? ResonanceRace { get; init; }
    }

    /// <summary>The candidates an RR-set maximiser scored on its validation sets, the winner and the rounds.</summary>
    private sealed record CandidateRace(ImmutableArray<SeedSetCandidateScore> Candidates, string Winner, int? CertifiedAtRound,
        int ImprovementRounds, long RRSets);

    /// <summary>--json: the scored candidates under "candidates" (OPIM-C/IMM and the resonance search) and the rounds under "rounds" (OPIM-C/IMM).</summary>
    private static void AddCandidates(Dictionary<string, object?> payload, Selection chosen, SeedInput input)
    {
        if (chosen.ResonanceRace is { } resonance)
        {
            payload["winner"] = resonance.Winner;
            payload["candidates"] = resonance.Candidates.Select(c => new Dictionary<string, object?>
            {
                ["name"] = c.Name,
                ["sharers"] = c.SeedNodes.Select(v => input.Ids[v]).ToArray(),
                ["objective_value"] = c.Objective,
                ["winner"] = c.Name == resonance.Winner,
            }).ToArray();
        }
        if (chosen.Race is not { } race)
        {
            return;
        }
        payload["winner"] = race.Winner;
        payload["candidates"] = race.Candidates.Select(c => new Dictionary<string, object?>
        {
            ["name"] = c.Name,
            ["sharers"] = c.SeedNodes.Select(v => input.Ids[v]).ToArray(),
            ["estimated_spread"] = c.EstimatedSpread,
            ["standard_error"] = c.StandardError,
            ["spread_lower_bound"] = c.SpreadLowerBound,
            ["certified"] = c.Eligible,
            ["winner"] = c.Name == race.Winner,
        }).ToArray();
        payload["rounds"] = new Dictionary<string, object?>
        {
            ["certified_at"] = race.CertifiedAtRound,
            ["improvement_rounds"] = race.ImprovementRounds,
            ["rr_sets_drawn"] = race.RRSets,
        };
    }

    /// <summary>Text: one line per scored candidate, the winner marked, and the improvement rounds.</summary>
    private static void WriteCandidates(CliContext context, Selection chosen)
    {
        if (chosen.ResonanceRace is { } resonance)
        {
            context.Output.WriteLine("candidates scored exactly (reinforced adopters under the same threshold contagion):");
            foreach (ResonanceCandidate c in resonance.Candidates)
            {
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {(c.Name == resonance.Winner ? "*" : " ")} {c.Name}: {c.Objective:G6}"));
            }
        }
        if (chosen.Race is not { } race || race.Candidates.IsDefaultOrEmpty)
        {
            return;
        }
        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"candidates scored on independent validation RR sets ({race.RRSets} drawn; {race.ImprovementRounds} improvement rounds{(race.CertifiedAtRound is { } at ? $" after the certificate at round {at}" : "")}):"));
        foreach (SeedSetCandidateScore c in race.Candidates)
        {
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {(c.Name == race.Winner ? "*" : " ")} {c.Name}: {c.EstimatedSpread:G6} ± {c.StandardError:G3} (lower bound {c.SpreadLowerBound:G6}{(c.Eligible ? ", certified" : "")})"));
        }
    }
}
