using NetworkVsCommunity.Algorithms.Communities;

namespace NetworkVsCommunity;

/// <summary>The friendly surface: one <c>using NetworkVsCommunity;</c> and an <see cref="EmployeeNetwork"/> give every analysis, keyed by person.</summary>
public static class EmployeeNetworkExtensions
{
    /// <summary>Detects communities in the social graph with Leiden (Traag, Waltman &amp; van Eck 2019; modularity with γ = 1 by default).</summary>
    /// <param name="network">The network.</param>
    /// <param name="options">Leiden options; defaults when null.</param>
    /// <param name="progress">Monotone progress.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The communities, readable by person.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    public static EmployeeCommunities DetectCommunities(this EmployeeNetwork network, LeidenOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        return new EmployeeCommunities(network, CommunityDetection.Leiden(network.SocialGraph, options, progress, cancellationToken));
    }

    /// <summary>Diagnoses the organisation: network or community, clustering, weak ties, bridges, enthusiasts, risk, and every employee's profile.</summary>
    /// <param name="network">The network.</param>
    /// <param name="options">Options; defaults when null.</param>
    /// <param name="progress">Monotone progress.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The diagnosis (see <see cref="OrganizationDiagnostics.Diagnose"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    public static OrganizationDiagnosis Diagnose(this EmployeeNetwork network, DiagnosisOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default) =>
        OrganizationDiagnostics.Diagnose(network, options, progress, cancellationToken);

    /// <summary>Analyses a campaign shared by the given employees: spread, resonance, risk and fair credit side by side.</summary>
    /// <param name="network">The network.</param>
    /// <param name="sharers">The employees who share.</param>
    /// <param name="options">Options; defaults when null.</param>
    /// <param name="progress">Monotone progress.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The report (see <see cref="Campaigns.Analyze"/>).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A sharer is unknown, external or repeated.</exception>
    public static CampaignReport AnalyzeCampaign(this EmployeeNetwork network, IReadOnlyList<EmployeeId> sharers, CampaignOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Campaigns.Analyze(network, sharers, options, progress, cancellationToken);

    /// <summary>The organisation report: diagnosis, the top evangelists' and top broadcasters' campaigns side by side, and the summary (see <see cref="OrganizationReports.Build"/>).</summary>
    /// <param name="network">The network.</param>
    /// <param name="options">Options; defaults when null.</param>
    /// <param name="progress">Monotone progress.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The report, which the text, JSON, HTML and notebook views all render.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    /// <exception cref="ArgumentException">Invalid options or sharers.</exception>
    public static OrganizationReport Report(this EmployeeNetwork network, ReportOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default) =>
        OrganizationReports.Build(network, options, null, progress, cancellationToken);
}
