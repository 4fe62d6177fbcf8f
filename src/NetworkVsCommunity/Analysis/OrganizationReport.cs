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
public sealed record OrganizationReport(
    string Source,
    EmployeeNetwork Network,
    OrganizationDiagnosis Diagnosis,
    ImmutableArray<NamedCampaign> Campaigns,
    ReportSummary Summary,
    long RandomSeed,
    ReportOptions Options);
