using System.Collections.Immutable;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity;

/// <summary>Options of <see cref="OrganizationReports.Build"/>, the one pipeline behind <c>nvc report</c>, its HTML and JSON, and the notebooks.</summary>
public sealed record ReportOptions
{
    /// <summary>The defaults: the diagnosis and campaign defaults (the relationship model at p = 0.05, 100 diagnosis runs, 200 campaign runs, top 5), random seed drawn.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>
    /// How a share persuades, for the diagnosis, every campaign and the break-even search: a cascade model (ic, icp,
    /// relationship). Default <see cref="Algorithms.Diffusion.DiffusionModel.Default"/> (the relationship model, p = 0.05 on
    /// both tie classes). A <see cref="Fit"/> replaces it.
    /// </summary>
    public Algorithms.Diffusion.DiffusionModel Model { get; init; } = Algorithms.Diffusion.DiffusionModel.Default;

    /// <summary>Monte Carlo runs per campaign, 1 or more; default 200 (<see cref="CampaignOptions.Runs"/>).</summary>
    public int Runs { get; init; } = CampaignOptions.Default.Runs;

    /// <summary>Live-edge samples (runs) of the diagnosis, 1 or more; default 100 (<see cref="DiagnosisOptions.Runs"/>).</summary>
    public int DiagnosisRuns { get; init; } = DiagnosisOptions.Default.Runs;

    /// <summary>Headcount of the top-evangelist and top-broadcaster campaigns, 1 or more; default 5.</summary>
    public int TopCount { get; init; } = DiagnosisOptions.Default.TopCount;

    /// <summary>The random seed of the whole report (diagnosis and campaigns); null draws one from entropy (reported).</summary>
    public long? RandomSeed { get; init; }

    /// <summary>Threads; 0 = all processors (default). Results are identical for any value.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>Sharers of one campaign to analyse instead of comparing the top evangelists with the top broadcasters; empty (the default) compares them.</summary>
    public ImmutableArray<EmployeeId> Sharers { get; init; } = [];

    /// <summary>
    /// A model fitted from the organisation's share log (<see cref="ShareLogFitting.Fit"/>); null (the default) means the
    /// <see cref="Model"/> is assumed. When
    /// set, its model drives the rankings, the campaigns' cascades and credits, and the break-even search, and the report
    /// says so.
    /// </summary>
    public ShareLogFit? Fit { get; init; }

    /// <summary>The reward pool shared out as payouts (ATT-5), in the pool's own unit. Default 100.</summary>
    public double RewardPool { get; init; } = CampaignOptions.Default.RewardPool;

    /// <summary>
    /// Whether to search the break-even persuasion ratio between the top evangelists and the top broadcasters
    /// (<see cref="NetworkVsCommunity.BreakEven.PersuasionRatio"/>) for the summary. Default true; ignored when sharers are given.
    /// </summary>
    public bool BreakEven { get; init; } = true;

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(Model, "options.Model");
        if (Runs < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.Runs", Runs, "1 or more");
        }
        if (DiagnosisRuns < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.DiagnosisRuns", DiagnosisRuns, "1 or more");
        }
        if (TopCount < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.TopCount", TopCount, "1 or more");
        }
        if (RandomSeed is < 0)
        {
            ThrowHelper.ArgumentOutOfRange("options.RandomSeed", RandomSeed, "0 or more, or null");
        }
        if (MaxDegreeOfParallelism < 0)
        {
            ThrowHelper.ArgumentOutOfRange("options.MaxDegreeOfParallelism", MaxDegreeOfParallelism, "0 (all processors) or more");
        }
        if (!(RewardPool >= 0) || double.IsInfinity(RewardPool))
        {
            ThrowHelper.ArgumentOutOfRange("options.RewardPool", RewardPool, "a finite amount of 0 or more");
        }
    }
}
