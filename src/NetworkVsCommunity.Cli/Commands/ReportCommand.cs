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
        var output = new Option<FileInfo?>("--out") { Description = "Also write a self-contained HTML report to this file (its folder is checked before any work)." };
        var randomSeed = new Option<long?>("--random-seed") { Description = "Random seed (default: drawn and reported)." };
        var runs = new Option<int>("--runs") { Description = "Monte Carlo runs per campaign.", DefaultValueFactory = _ => CampaignOptions.Default.Runs };
        var modelOptions = ModelOptions.Create(["relationship", "ic"],
            "How a share persuades: relationship (by tie class, --mutual/--one-way; the default) or ic (one --probability on every tie).",
            string.Create(CultureInfo.InvariantCulture, $"ic: transmission probability per exposure. Default {ModelOptions.DefaultProbability}."));
        var top = new Option<int>("--top") { Description = "Headcount of the evangelist and broadcaster campaigns.", DefaultValueFactory = _ => DiagnosisOptions.Default.TopCount };
        var threads = new Option<int>("--threads") { Description = "Threads (0 = all processors); results do not depend on it.", DefaultValueFactory = _ => 0 };
        var log = new Option<FileInfo?>("--log") { Description = "A share log (post,person,time): fit the relationship model to it and use it for the comparison (see nvc fit)." };
        var pool = new Option<double>("--pool") { Description = "The reward pool split by fair credit; payouts are in its unit and sum to it.", DefaultValueFactory = _ => CampaignOptions.Default.RewardPool };
        var command = new Command("report", "Diagnose an organisation (network or community?) and compare campaigns by spread, resonance, risk and fair credit.")
        {
            people, ties, sharers, json, output, randomSeed, runs, top, threads, log, pool,
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
            FileInfo? htmlFile = parse.GetValue(output);
            if (htmlFile is not null)
            {
                CheckOutput(htmlFile);
            }
            string source = peopleFile is null ? "embedded sample organisation" : $"{peopleFile.FullName} + {tiesFile!.FullName}";
            EmployeeNetwork network = peopleFile is null ? SampleOrganization.Default : PeopleTiesCsv.Load(peopleFile.FullName, tiesFile!.FullName);
            string? sharerList = parse.GetValue(sharers);
            FileInfo? logFile = parse.GetValue(log);
            ShareLogFit? fit = logFile is null ? null : FitCommand.Fit(network, logFile.FullName, ShareLogFitOptions.Default.StepLength, skipUnknown: false);
            var report = OrganizationReports.Build(network, new ReportOptions
            {
                Model = modelOptions.BuildCascade(parse)!,
                Runs = parse.GetValue(runs),
                TopCount = parse.GetValue(top),
                RandomSeed = parse.GetValue(randomSeed) ?? Randomness.Xoshiro256StarStar.NewRandomSeed(),
                MaxDegreeOfParallelism = parse.GetValue(threads),
                Sharers = sharerList is null ? [] : [.. sharerList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => new EmployeeId(s))],
                Fit = fit,
                RewardPool = parse.GetValue(pool),
            }, source, context.StderrProgress());
            var comparison = new ReportComparison(report, logFile);
            if (htmlFile is not null)
            {
                NetworkVsCommunity.Visualization.ReportFigures.HtmlReport(report).Save(htmlFile.FullName);
            }
            if (parse.GetValue(json))
            {
                var document = ReportRendering.Json(report);
                comparison.AddJson(document);
                context.WriteJson(document);
            }
            else
            {
                ReportRendering.Text(context.Output, report);
                comparison.WriteText(context.Output);
                if (htmlFile is not null)
                {
                    context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"HTML report written to {htmlFile}"));
                }
            }
            return CliApp.Success;
        });
        return command;
    }

    /// <summary>Checks <c>--out</c> before any work: its folder exists and takes a file, and it is not a folder itself. Errors name the path as the user gave it.</summary>
    private static void CheckOutput(FileInfo file)
    {
        string given = file.ToString();
        if (Directory.Exists(file.FullName))
        {
            throw new CliUsageException($"--out {given}: this is a folder; give a file name such as {Path.Combine(given, "report.html")}.");
        }
        string folder = Path.GetDirectoryName(file.FullName) ?? ".";
        if (!Directory.Exists(folder))
        {
            string shown = Path.GetDirectoryName(given) is { Length: > 0 } d ? d : folder;
            throw new CliUsageException($"--out {given}: the folder {shown} does not exist; create it first or give another path.");
        }
        string probe = Path.Combine(folder, $".nvc-write-check-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new CliUsageException($"--out {given}: cannot write in the folder {folder} ({ex.Message.ReplaceLineEndings(" ")}).", ex);
        }
    }
}
