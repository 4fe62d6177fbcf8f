using System.Globalization;
using NetworkVsCommunity.Algorithms.Diffusion;

namespace NetworkVsCommunity.Cli.Commands;

/// <summary>
/// The part of <c>nvc report</c> that answers "evangelists or broadcasters?" under the relationship model: the model
/// used (assumed, or fitted from <c>--log</c>), and the break-even persuasion ratio of the two default campaigns.
/// </summary>
internal sealed class ReportComparison
{
    private ReportComparison(RelationshipCascadeModel model, string modelSource, ShareLogFit? fit, BreakEvenResult? breakEven)
    {
        Model = model;
        ModelSource = modelSource;
        Fit = fit;
        BreakEven = breakEven;
    }

    public RelationshipCascadeModel Model { get; }

    public string ModelSource { get; }

    public ShareLogFit? Fit { get; }

    public BreakEvenResult? BreakEven { get; }

    public static ReportComparison Create(EmployeeNetwork network, double probability, ShareLogFit? fit, FileInfo? log, long seed, int threads,
        OrganizationDiagnosis diagnosis, IProgress<AnalysisProgress> progress)
    {
        RelationshipCascadeModel model = RelationshipCascadeModel.Default.WithProbabilities(probability, probability);
        string modelSource = string.Create(CultureInfo.InvariantCulture, $"assumed: one probability {probability} on every tie (ρ = 1)");
        if (fit is not null)
        {
            model = fit.Model;
            modelSource = $"fitted from {log?.FullName}: {FitCommand.Summary(fit)} (used for the rankings, the campaigns' cascades and credits, and the break-even search; the diagnosis's other figures and RSK-5 use p = {probability.ToString(CultureInfo.InvariantCulture)})";
        }
        BreakEvenResult? breakEven = null;
        int k = Math.Min(diagnosis.TopEvangelists.Length, diagnosis.TopBroadcasters.Length);
        if (k > 0 && model.OneWayProbability > 0 && !diagnosis.TopEvangelists.Take(k).Intersect(diagnosis.TopBroadcasters.Take(k)).Any())
        {
            breakEven = NetworkVsCommunity.BreakEven.PersuasionRatio(network, [.. diagnosis.TopEvangelists.Take(k)], [.. diagnosis.TopBroadcasters.Take(k)],
                new BreakEvenOptions { Model = model, RandomSeed = seed, MaxDegreeOfParallelism = threads, Communities = diagnosis.Communities }, progress);
        }
        return new ReportComparison(model, modelSource, fit, breakEven);
    }

    /// <summary>The break-even note in the report's words (evangelists, broadcasters), with the fitted ρ when there is one.</summary>
    public string Note()
    {
        if (BreakEven is null)
        {
            return "No break-even ratio: the top evangelists and broadcasters overlap, or there are none.";
        }
        string note = BreakEven.Note.Replace("The first campaign", "The top evangelists", StringComparison.Ordinal)
            .Replace("the first campaign", "the top evangelists", StringComparison.Ordinal)
            .Replace("the second campaign", "the top broadcasters", StringComparison.Ordinal)
            .Replace("as the second", "as the top broadcasters", StringComparison.Ordinal)
            .Replace(" wins ", " win ", StringComparison.Ordinal);
        if (Fit is not null && BreakEven.Ratio is double rho && Model.OneWayProbability > 0)
        {
            double fitted = Model.MutualProbability / Model.OneWayProbability;
            note += string.Create(CultureInfo.InvariantCulture,
                $" The share log gives ρ = {fitted:F2}, {(fitted >= rho ? "at or above" : "below")} the break-even {rho:F2}.");
        }
        return note;
    }

    public void WriteText(TextWriter output, double pool)
    {
        output.WriteLine();
        output.WriteLine("Evangelists or broadcasters? (relationship model)");
        output.WriteLine("  model " + ModelSource);
        output.WriteLine("  " + Note());
        if (BreakEven is not null)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  method: {BreakEven.Method}, {BreakEven.Runs} worlds, random seed {BreakEven.RandomSeed}; p(one-way) held at {BreakEven.BaseProbability}; ρ searched in [1, {BreakEven.MaxRatio:G4}]"));
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  payouts are shares of a pool of {pool:G} (in the pool's unit)"));
    }

    public void AddJson(Dictionary<string, object?> document, double pool)
    {
        document["model"] = new Dictionary<string, object?>
        {
            ["name"] = Model.Name,
            ["source"] = Fit is null ? "assumed" : "fitted",
            ["description"] = ModelSource,
            ["classes"] = new Dictionary<string, object?>
            {
                ["mutual"] = Class(TieClass.Mutual),
                ["one_way"] = Class(TieClass.OneWay),
            },
        };
        document["comparison"] = new Dictionary<string, object?>
        {
            ["break_even_ratio"] = BreakEven?.Ratio,
            ["break_even_ci95"] = BreakEven?.Ratio is null ? null : new double?[] { BreakEven.Ci95Low, BreakEven.Ci95High },
            ["break_even_note"] = Note(),
            ["break_even_method"] = BreakEven?.Method,
            ["break_even_runs"] = BreakEven?.Runs,
            ["base_probability"] = BreakEven?.BaseProbability,
            ["max_ratio"] = BreakEven?.MaxRatio,
            ["break_even_curve"] = BreakEven?.Curve.Select(point => new Dictionary<string, object?>
            {
                ["ratio"] = point.Ratio,
                ["evangelist_supporters"] = point.FirstSupporters,
                ["broadcaster_supporters"] = point.SecondSupporters,
                ["difference_standard_error"] = point.DifferenceStandardError,
            }).ToList(),
            ["fitted_ratio"] = Fit is null || Model.OneWayProbability <= 0 ? null : Model.MutualProbability / Model.OneWayProbability,
        };
        document["reward_pool"] = pool;
    }

    private Dictionary<string, object?> Class(TieClass c)
    {
        var entry = new Dictionary<string, object?> { ["probability"] = Model.ProbabilityOf(c) };
        TieClassEstimate? estimate = Fit?.Classes.FirstOrDefault(e => e.Class == c);
        if (estimate is not null)
        {
            entry["ci95_low"] = double.IsFinite(estimate.Ci95Low) ? estimate.Ci95Low : null;
            entry["ci95_high"] = double.IsFinite(estimate.Ci95High) ? estimate.Ci95High : null;
            entry["exposures"] = estimate.Exposures;
            entry["adoptions"] = estimate.Adoptions;
        }
        return entry;
    }
}
