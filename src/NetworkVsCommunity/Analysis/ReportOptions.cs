using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity;

/// <summary>Options of <see cref="OrganizationReports.Build"/>, the one pipeline behind <c>nvc report</c>, its HTML and JSON, and the notebooks.</summary>
public sealed record ReportOptions
{
    /// <summary>The defaults: the diagnosis and campaign defaults (p = 0.05, 100 samples, 200 runs, top 5), random seed drawn.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>Probability that one exposure transmits (Independent Cascade), in [0, 1]; default <see cref="CampaignOptions.TransmissionProbability"/> of <see cref="CampaignOptions.Default"/> (0.05), used by the diagnosis and every campaign.</summary>
    public double TransmissionProbability { get; init; } = CampaignOptions.Default.TransmissionProbability;

    /// <summary>Monte Carlo runs per campaign, 1 or more; default 200 (<see cref="CampaignOptions.Runs"/>).</summary>
    public int Runs { get; init; } = CampaignOptions.Default.Runs;

    /// <summary>Live-edge samples of the diagnosis, 1 or more; default 100 (<see cref="DiagnosisOptions.Samples"/>).</summary>
    public int Samples { get; init; } = DiagnosisOptions.Default.Samples;

    /// <summary>Headcount of the top-evangelist and top-broadcaster campaigns, 1 or more; default 5.</summary>
    public int TopCount { get; init; } = DiagnosisOptions.Default.TopCount;

    /// <summary>The random seed of the whole report (diagnosis and campaigns); null draws one from entropy (reported).</summary>
    public long? RandomSeed { get; init; }

    /// <summary>Threads; 0 = all processors (default). Results are identical for any value.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>Sharers of one campaign to analyse instead of comparing the top evangelists with the top broadcasters; empty (the default) compares them.</summary>
    public ImmutableArray<EmployeeId> Sharers { get; init; } = [];

    /// <summary>The break-even persuasion ratio when it was computed elsewhere; null (the default) and the summary says it was not computed.</summary>
    public BreakEvenFigure? BreakEven { get; init; }

    internal void Validate()
    {
        if (!(TransmissionProbability >= 0 && TransmissionProbability <= 1))
        {
            ThrowHelper.ArgumentOutOfRange("options.TransmissionProbability", TransmissionProbability, "a probability in [0, 1]");
        }
        if (Runs < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.Runs", Runs, "1 or more");
        }
        if (Samples < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.Samples", Samples, "1 or more");
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
        if (BreakEven is { } b && (!(b.RatioMax >= 1) || !(b.ModelRatio > 0) || b.Ratio is < 1))
        {
            ThrowHelper.Argument("options", string.Create(CultureInfo.InvariantCulture,
                $"options.BreakEven has ratio {b.Ratio}, ratio max {b.RatioMax} and model ratio {b.ModelRatio}; allowed: ratio ≥ 1 or null, ratio max ≥ 1, model ratio > 0."));
        }
    }
}
