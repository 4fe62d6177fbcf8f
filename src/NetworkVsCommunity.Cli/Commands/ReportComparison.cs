using System.Globalization;
using NetworkVsCommunity.Algorithms.Diffusion;

namespace NetworkVsCommunity.Cli.Commands;

/// <summary>
/// The part of <c>nvc report</c> that answers "evangelists or broadcasters?" under the relationship model: the model
/// used (assumed, or fitted from <c>--log</c>), and the break-even persuasion ratio of the two default campaigns.
/// </summary>
internal sealed class ReportComparison
{
    /// <summary>Reads the model, fit and break-even ratio of <paramref name="report"/>; <paramref name="log"/> names the share log, if one was fitted.</summary>
    public ReportComparison(OrganizationReport report, FileInfo? log)
    {
        Model = report.Model;
        Relationship = report.Model as RelationshipCascadeModel;
        Fit = report.Options.Fit;
        BreakEven = report.BreakEven;
        Pool = report.Options.RewardPool;
        ModelSource = Fit is null
            ? "assumed: " + ModelOptions.Text(report.Model)
            : $"fitted from {log?.FullName ?? "a share log"}: {FitCommand.Summary(Fit)} (used for the diagnosis, the rankings, the campaigns' cascades and credits, and the break-even search)";
    }

    /// <summary>The model used.</summary>
    public DiffusionModel Model { get; }

    /// <summary>The model as a relationship model, when it is one.</summary>
    public RelationshipCascadeModel? Relationship { get; }

    /// <summary>Where the model came from, in words.</summary>
    public string ModelSource { get; }

    /// <summary>The fit, when a share log was given.</summary>
    public ShareLogFit? Fit { get; }

    /// <summary>The break-even search, when it ran.</summary>
    public BreakEvenResult? BreakEven { get; }

    /// <summary>The reward pool.</summary>
    public double Pool { get; }

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
        if (Fit is not null && BreakEven.Ratio is double rho && Relationship is { OneWayProbability: > 0 })
        {
            double fitted = Relationship.MutualProbability / Relationship.OneWayProbability;
            note += string.Create(CultureInfo.InvariantCulture,
                $" The share log gives ρ = {fitted:F2}, {(fitted >= rho ? "at or above" : "below")} the break-even {rho:F2}.");
        }
        return note;
    }

    public void WriteText(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("Evangelists or broadcasters? (relationship model)");
        output.WriteLine("  model " + ModelSource);
        output.WriteLine("  " + Note());
        if (BreakEven is not null)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  method: {BreakEven.Method}, {BreakEven.Runs} worlds, random seed {BreakEven.RandomSeed}; p(one-way) held at {BreakEven.BaseProbability:G4}; ρ searched in [1, {BreakEven.MaxRatio:G4}]"));
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  payouts are shares of a pool of {Pool:G} (in the pool's unit)"));
    }

    public void AddJson(Dictionary<string, object?> document)
    {
        if (Fit is not null && document.TryGetValue("model", out object? modelJson) && modelJson is Dictionary<string, object?> model
            && model.TryGetValue("classes", out object? classes) && classes is Dictionary<string, object?> byClass)
        {
            AddEstimate(byClass, "mutual", TieClass.Mutual);
            AddEstimate(byClass, "one_way", TieClass.OneWay);
        }
        document["comparison"] = new Dictionary<string, object?>
        {
            ["model_source"] = Fit is null ? "assumed" : "fitted",
            ["model_description"] = ModelSource,
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
            ["fitted_ratio"] = Fit is null || Relationship is not { OneWayProbability: > 0 } ? null : Relationship.MutualProbability / Relationship.OneWayProbability,
        };
        document["reward_pool"] = Pool;
    }

    private void AddEstimate(Dictionary<string, object?> byClass, string name, TieClass c)
    {
        TieClassEstimate? estimate = Fit?.Classes.FirstOrDefault(e => e.Class == c);
        if (estimate is not null && byClass.TryGetValue(name, out object? value) && value is Dictionary<string, object?> entry)
        {
            entry["ci95_low"] = double.IsFinite(estimate.Ci95Low) ? estimate.Ci95Low : null;
            entry["ci95_high"] = double.IsFinite(estimate.Ci95High) ? estimate.Ci95High : null;
            entry["exposures"] = estimate.Exposures;
            entry["adoptions"] = estimate.Adoptions;
        }
    }
}
