using System.Collections.Immutable;

namespace NetworkVsCommunity;

/// <summary>
/// Everything <c>nvc report</c> shows, as result objects: the diagnosis, the compared campaigns and the summary. The
/// text, the JSON, the HTML report and the notebooks all render this one object, so they agree for the same seed.
/// </summary>
/// <param name="Source">What was analysed, in words ("embedded sample organisation", or the files).</param>
/// <param name="Network">The network analysed.</param>
/// <param name="Diagnosis">The organisation diagnosis.</param>
/// <param name="Campaigns">The campaigns compared (top evangelists, then top broadcasters), or the one given campaign.</param>
/// <param name="Summary">The answer in at most five sentences.</param>
/// <param name="RandomSeed">The random seed actually used by the diagnosis and every campaign.</param>
/// <param name="Options">The options used.</param>
/// <param name="Model">
/// The model the diagnosis, rankings, campaigns and break-even search used: fitted from the share log when
/// <see cref="ReportOptions.Fit"/> was given, otherwise <see cref="ReportOptions.Model"/> (assumed).
/// </param>
/// <param name="BreakEven">The break-even persuasion ratio between the top evangelists and the top broadcasters, or null
/// when it was not searched (sharers given, no disjoint top lists, or <see cref="ReportOptions.BreakEven"/> off).</param>
public sealed record OrganizationReport(
    string Source,
    EmployeeNetwork Network,
    OrganizationDiagnosis Diagnosis,
    ImmutableArray<NamedCampaign> Campaigns,
    ReportSummary Summary,
    long RandomSeed,
    ReportOptions Options,
    Algorithms.Diffusion.DiffusionModel Model,
    BreakEvenResult? BreakEven);
