using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity;

/// <summary>The one pipeline of the organisation report: diagnosis, campaigns, summary.</summary>
public static class OrganizationReports
{
    /// <summary>The campaign name of the top evangelists.</summary>
    public const string TopEvangelists = "top evangelists";

    /// <summary>The campaign name of the top broadcasters.</summary>
    public const string TopBroadcasters = "top broadcasters";

    /// <summary>The campaign name of sharers given in <see cref="ReportOptions.Sharers"/>.</summary>
    public const string GivenSharers = "given sharers";

    /// <summary>Diagnoses an organisation, compares the campaigns of its top evangelists and top broadcasters (or analyses the given sharers), and writes the summary.</summary>
    /// <param name="network">The employee network.</param>
    /// <param name="options">Options; <see cref="ReportOptions.Default"/> when null.</param>
    /// <param name="source">What was analysed, in words, for titles; default "employee network".</param>
    /// <param name="progress">Monotone progress over the whole report: diagnosis to 0.4, then the campaigns in equal slices, ending at 1.</param>
    /// <param name="cancellationToken">Cancels the report.</param>
    /// <returns>The report.</returns>
    /// <remarks>
    /// <para>The diagnosis (<see cref="OrganizationDiagnostics.Diagnose"/>) and every campaign (<see cref="Campaigns.Analyze"/>)
    /// use the same random seed, the same transmission probability, and the diagnosis' communities (Leiden on the mutual-tie
    /// graph). The campaigns are the top <see cref="ReportOptions.TopCount"/> evangelists (ROL-3) and broadcasters (ROL-4)
    /// of equal headcount (the smaller of the two lists). The summary is <see cref="ReportSummary.Build"/>. Identical for
    /// any thread count.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    /// <exception cref="ArgumentException">Invalid options, or a given sharer is unknown, external or repeated.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static OrganizationReport Build(EmployeeNetwork network, ReportOptions? options = null, string? source = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= ReportOptions.Default;
        options.Validate();
        if (!options.Sharers.IsDefaultOrEmpty)
        {
            // Given sharers are checked before any work, so a typo fails at once.
            Campaigns.ResolveSharers(network, options.Sharers);
        }
        long seed = options.RandomSeed ?? Xoshiro256StarStar.NewRandomSeed();
        DiffusionModel model = options.Fit?.Model ?? options.Model;
        var diagnosis = OrganizationDiagnostics.Diagnose(network, new DiagnosisOptions
        {
            Model = model,
            Runs = options.DiagnosisRuns,
            RandomSeed = seed,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
            TopCount = options.TopCount,
        }, new ScaledProgress(progress, "diagnosis", 0, 0.3), cancellationToken);
        var campaignOptions = new CampaignOptions
        {
            Model = model,
            Runs = options.Runs,
            RandomSeed = seed,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
            Communities = diagnosis.Communities,
            RewardPool = options.RewardPool,
        };
        var plan = new List<(string Name, IReadOnlyList<EmployeeId> Sharers)>();
        if (!options.Sharers.IsDefaultOrEmpty)
        {
            plan.Add((GivenSharers, options.Sharers));
        }
        else
        {
            int k = Math.Min(diagnosis.TopEvangelists.Length, diagnosis.TopBroadcasters.Length);
            if (k > 0)
            {
                plan.Add((TopEvangelists, [.. diagnosis.TopEvangelists.Take(k)]));
                plan.Add((TopBroadcasters, [.. diagnosis.TopBroadcasters.Take(k)]));
            }
        }
        var campaigns = new List<NamedCampaign>(plan.Count);
        for (int i = 0; i < plan.Count; i++)
        {
            double from = 0.3 + 0.3 * i / plan.Count;
            double to = 0.3 + 0.3 * (i + 1) / plan.Count;
            campaigns.Add(new NamedCampaign(plan[i].Name, Campaigns.Analyze(network, plan[i].Sharers, campaignOptions,
                new ScaledProgress(progress, plan[i].Name, from, to), cancellationToken)));
        }
        BreakEvenResult? breakEven = null;
        RelationshipCascadeModel? relationship = AsRelationship(model);
        if (relationship is not null && options.BreakEven && options.Sharers.IsDefaultOrEmpty && campaigns.Count == 2 && relationship.OneWayProbability > 0
            && !campaigns[0].Report.Sharers.Intersect(campaigns[1].Report.Sharers).Any())
        {
            breakEven = NetworkVsCommunity.BreakEven.PersuasionRatio(network, plan[0].Sharers, plan[1].Sharers, new BreakEvenOptions
            {
                Model = relationship,
                RandomSeed = seed,
                MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
                Communities = diagnosis.Communities,
            }, new ScaledProgress(progress, "break-even ratio", 0.6, 1.0), cancellationToken);
        }
        BreakEvenFigure? figure = breakEven is null ? null : new BreakEvenFigure(breakEven.Ratio, breakEven.Ci95Low, breakEven.Ci95High,
            breakEven.MaxRatio, relationship!.MutualProbability / relationship.OneWayProbability,
            options.Fit is not null); // the sentence states the crossing; the full note (in the campaigns' own words) is in BreakEven
        var summary = ReportSummary.Build(diagnosis, campaigns, figure);
        progress?.Report(new AnalysisProgress("report", 1, 1, 1));
        return new OrganizationReport(source ?? "employee network", network, diagnosis, [.. campaigns], summary, seed, options, model, breakEven);
    }

    /// <summary>The model as a relationship model: itself, or uniform IC as equal class probabilities (ρ = 1); null for others.</summary>
    private static RelationshipCascadeModel? AsRelationship(DiffusionModel model) => model switch
    {
        RelationshipCascadeModel r => r,
        IndependentCascadeModel { ProbabilitySource: EdgeProbabilitySource.Uniform } ic => RelationshipCascadeModel.Default.WithProbabilities(ic.Probability, ic.Probability),
        _ => null,
    };
}
