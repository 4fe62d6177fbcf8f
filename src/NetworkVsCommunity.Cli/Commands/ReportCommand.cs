using System.CommandLine;
using System.Globalization;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity.Cli.Commands;

/// <summary>
/// <c>nvc report</c>: the organisation diagnosis and a side-by-side campaign comparison. With no input it analyses the
/// embedded sample organisation; with no <c>--sharers</c> it compares the top evangelists with the top broadcasters
/// (equal headcount), which is the essay's question in one table.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var people = new Option<FileInfo?>("--people") { Description = "people.csv of the organisation (with --ties). Default: the embedded sample organisation." };
        var ties = new Option<FileInfo?>("--ties") { Description = "ties.csv of the organisation (with --people)." };
        var sharers = new Option<string?>("--sharers") { Description = "Comma-separated employee ids who share one campaign. Default: top evangelists vs top broadcasters." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with every figure." };
        var output = new Option<FileInfo?>("--out") { Description = "Also write a self-contained HTML report to this file." };
        var randomSeed = new Option<long?>("--random-seed") { Description = "Random seed (default: drawn and reported)." };
        var runs = new Option<int>("--runs") { Description = "Monte Carlo runs per campaign.", DefaultValueFactory = _ => CampaignOptions.Default.Runs };
        var modelOptions = ModelOptions.Create(["relationship", "ic"],
            "How a share persuades: relationship (by tie class, --mutual/--one-way; the default) or ic (one --probability on every tie).",
            string.Create(CultureInfo.InvariantCulture, $"ic: transmission probability per exposure. Default {ModelOptions.DefaultProbability}."));
        var top = new Option<int>("--top") { Description = "Headcount of the evangelist and broadcaster campaigns.", DefaultValueFactory = _ => DiagnosisOptions.Default.TopCount };
        var threads = new Option<int>("--threads") { Description = "Threads (0 = all processors); results do not depend on it.", DefaultValueFactory = _ => 0 };
        var command = new Command("report", "Diagnose an organisation (network or community?) and compare campaigns by spread, resonance, risk and fair credit.")
        {
            people, ties, sharers, json, output, randomSeed, runs, top, threads,
        };
        modelOptions.AddTo(command);
        command.SetAction(parse =>
        {
            FileInfo? peopleFile = parse.GetValue(people);
            FileInfo? tiesFile = parse.GetValue(ties);
            if ((peopleFile is null) != (tiesFile is null))
            {
                throw new CliUsageException("--people and --ties go together: give both files, or neither to analyse the embedded sample organisation.");
            }
            string source = peopleFile is null ? "embedded sample organisation" : $"{peopleFile.FullName} + {tiesFile!.FullName}";
            EmployeeNetwork network = peopleFile is null ? SampleOrganization.Default : PeopleTiesCsv.Load(peopleFile.FullName, tiesFile!.FullName);
            long seed = parse.GetValue(randomSeed) ?? Random.Xoshiro256StarStar.NewRandomSeed();
            int threadCount = parse.GetValue(threads);
            var model = modelOptions.BuildCascade(parse)!;
            var progress = context.StderrProgress();
            var diagnosis = OrganizationDiagnostics.Diagnose(network, new DiagnosisOptions
            {
                Model = model,
                RandomSeed = seed,
                MaxDegreeOfParallelism = threadCount,
                TopCount = parse.GetValue(top),
            }, progress);
            var campaignOptions = new CampaignOptions
            {
                Model = model,
                Runs = parse.GetValue(runs),
                RandomSeed = seed,
                MaxDegreeOfParallelism = threadCount,
                Communities = diagnosis.Communities,
            };
            var campaigns = new List<(string Name, CampaignReport Report)>();
            string? sharerList = parse.GetValue(sharers);
            if (sharerList is not null)
            {
                var ids = sharerList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => new EmployeeId(s)).ToList();
                campaigns.Add(("given sharers", Campaigns.Analyze(network, ids, campaignOptions, progress)));
            }
            else
            {
                int k = Math.Min(diagnosis.TopEvangelists.Length, diagnosis.TopBroadcasters.Length);
                if (k > 0)
                {
                    campaigns.Add(("top evangelists", Campaigns.Analyze(network, diagnosis.TopEvangelists.Take(k).ToList(), campaignOptions, progress)));
                    campaigns.Add(("top broadcasters", Campaigns.Analyze(network, diagnosis.TopBroadcasters.Take(k).ToList(), campaignOptions, progress)));
                }
            }
            FileInfo? htmlFile = parse.GetValue(output);
            if (htmlFile is not null)
            {
                NetworkVsCommunity.IO.AtomicFile.WriteText(htmlFile.FullName, NetworkVsCommunity.Visualization.ReportFigures.Html(source, network, diagnosis, campaigns));
            }
            if (parse.GetValue(json))
            {
                context.WriteJson(ReportRendering.Json(source, seed, diagnosis, campaigns));
            }
            else
            {
                ReportRendering.Text(context.Output, source, seed, diagnosis, campaigns);
                if (htmlFile is not null)
                {
                    context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"HTML report written to {htmlFile.FullName}"));
                }
            }
            return CliApp.Success;
        });
        return command;
    }
}
