using System.CommandLine;
using System.Globalization;
using NetworkVsCommunity.Algorithms.Diffusion;

namespace NetworkVsCommunity.Cli.Commands;

/// <summary>
/// <c>nvc fit --log shares.csv [--people p.csv --ties t.csv] [--json]</c>: the relationship model's class probabilities
/// estimated from an organisation's share log by maximum likelihood.
/// </summary>
internal static class FitCommand
{
    public static Command Create(CliContext context)
    {
        var people = OrganizationInput.People();
        var ties = OrganizationInput.Ties();
        var log = new Option<FileInfo>("--log") { Description = "The share log: CSV with columns post, person, time (see docs/formats.md).", Required = true };
        var stepLength = new Option<double>("--step-length") { Description = "Length of one step of the discrete-time model in the log's time unit. Default 1.", DefaultValueFactory = _ => ShareLogFitOptions.Default.StepLength };
        var skipUnknown = new Option<bool>("--skip-unknown") { Description = "Skip rows naming people outside the organisation (default: an error naming the line)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var command = new Command("fit", "Estimate how persuasive a share is along mutual and one-way ties from a share log (maximum likelihood, EM of Saito et al. 2008).")
        {
            people, ties, log, stepLength, skipUnknown, json,
        };
        command.SetAction(parse =>
        {
            EmployeeNetwork network = OrganizationInput.Load(parse, people, ties, out string source);
            string path = parse.GetValue(log)!.FullName;
            ShareLogFit fit = Fit(network, path, parse.GetValue(stepLength), parse.GetValue(skipUnknown));
            if (parse.GetValue(json))
            {
                var result = Json(fit);
                result["source"] = source;
                result["log"] = path;
                context.WriteJson(result);
            }
            else
            {
                Text(context.Output, source, path, fit);
            }
            return CliApp.Success;
        });
        return command;
    }

    public static ShareLogFit Fit(EmployeeNetwork network, string path, double stepLength, bool skipUnknown)
    {
        ShareLog shareLog = ShareLog.Load(path, network, skipUnknown ? UnknownPersonPolicy.Skip : UnknownPersonPolicy.Error);
        return ShareLogFitting.Fit(network, shareLog, new ShareLogFitOptions { StepLength = stepLength });
    }

    public static Dictionary<string, object?> Json(ShareLogFit fit) => new()
    {
        ["model"] = "relationship",
        ["classes"] = fit.Classes.ToDictionary(c => ClassName(c.Class), c => (object?)new Dictionary<string, object?>
        {
            ["probability"] = Num(c.Probability),
            ["ci95_low"] = Num(c.Ci95Low),
            ["ci95_high"] = Num(c.Ci95High),
            ["exposures"] = c.Exposures,
            ["adoptions"] = c.Adoptions,
            ["attributed_adoptions"] = Num(c.AttributedAdoptions),
        }),
        ["ci_method"] = "Wald on the logit scale from the observed Fisher information",
        ["log_likelihood"] = Num(fit.LogLikelihood),
        ["iterations"] = fit.Iterations,
        ["converged"] = fit.Converged,
        ["posts"] = fit.Posts,
        ["initial_shares"] = fit.InitialShares,
        ["diagnostics"] = fit.Diagnostics.ToList(),
    };

    public static string ClassName(TieClass c) => c == TieClass.Mutual ? "mutual" : "one_way";

    public static string Summary(ShareLogFit fit) => string.Join("; ", fit.Classes.Select(c => string.Create(CultureInfo.InvariantCulture,
        $"p({ClassName(c.Class)}) = {c.Probability:F4} (95 % CI {c.Ci95Low:F4} to {c.Ci95High:F4}; {c.Adoptions} adoptions in {c.Exposures} exposures)")));

    private static void Text(TextWriter output, string source, string path, ShareLogFit fit)
    {
        output.WriteLine($"Relationship model fitted to {path} on the {source} ({fit.Posts} posts, {fit.InitialShares} initial shares)");
        foreach (TieClassEstimate c in fit.Classes)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {ClassName(c.Class),-8} p = {c.Probability:F4}  95 % CI [{c.Ci95Low:F4}, {c.Ci95High:F4}]  exposures {c.Exposures}  adoptions {c.Adoptions}"));
        }
        double ratio = fit.Classes[0].Probability / fit.Classes[1].Probability;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  ρ = p(mutual)/p(one-way) = {ratio:F2}; log-likelihood {fit.LogLikelihood:F3} after {fit.Iterations} EM iterations{(fit.Converged ? "" : " (not converged)")}"));
        output.WriteLine("  interval: Wald on the logit scale from the observed Fisher information");
        foreach (string d in fit.Diagnostics)
        {
            output.WriteLine("note: " + d);
        }
    }

    private static double? Num(double value) => double.IsFinite(value) ? value : null;
}
