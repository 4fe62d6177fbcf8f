using System.Globalization;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Visualization;

/// <summary>Tables and pictures of an <see cref="OrganizationDiagnosis"/> and of <see cref="CampaignReport"/>s, shared by <c>nvc report</c>, the HTML report and notebooks.</summary>
public static class ReportFigures
{
    /// <summary>The organisation diagnosis as a two-column table (figure, value).</summary>
    /// <param name="diagnosis">The diagnosis.</param>
    /// <returns>The table.</returns>
    public static TableData Organization(OrganizationDiagnosis diagnosis)
    {
        ArgumentNullException.ThrowIfNull(diagnosis);
        var d = diagnosis;
        var rows = new List<IReadOnlyList<object?>>
        {
            Row("Employees / external people", $"{d.Employees} / {d.Externals}"),
            Row("Internal ties", d.InternalTies),
            Row("Network or community?", d.Character.ToString()),
            Row("Communities (Leiden, γ = 1) of 2 or more people", $"{MultiMember(d.Communities)} (+ {d.Communities.CommunityCount - MultiMember(d.Communities)} single people, mostly one-way audiences)"),
            Row("Modularity", d.Modularity),
            Row("Internal transitivity / average clustering", $"{F(d.InternalTransitivity)} / {F(d.InternalAverageClustering)}"),
            Row("Weak-tie share (overlap < threshold)", d.WeakTieShare),
            Row("Community pairs tied / wide bridges (RES-6)", $"{d.ConnectedCommunityPairs} / {d.WideBridgeCount}"),
            Row("Enthusiasts (熱狂社員)", $"{d.EnthusiastCount} ({F(100.0 * d.EnthusiastCount / Math.Max(1, d.Employees))} %)"),
            Row("Communities with an enthusiast", $"{F(100 * d.CommunitiesWithEnthusiasts)} %"),
            Row("Blast radius max / p95 (RSK-1)", $"{F(d.BlastRadiusMax)} / {F(d.BlastRadiusP95)}"),
            Row("Firestorm risk concentration: Gini / top-10 % share", $"{F(d.BlastRadiusGini)} / {F(100 * d.TopDecileRiskShare)} %"),
            Row("Epidemic threshold 1/λ_max (RSK-3)", d.EpidemicThreshold),
            Row("External boundary held by the top employees (RSK-4)", $"{F(100 * d.ExternalBoundaryTopShare)} %"),
            Row("Top evangelists (ROL-3)", string.Join(", ", d.TopEvangelists)),
            Row("Top broadcasters (ROL-4)", string.Join(", ", d.TopBroadcasters)),
        };
        return new TableData(["figure", "value"], rows);
    }

    /// <summary>Campaigns side by side: one row per figure, one column per campaign. Spread, resonance, risk and credit are never folded into one score.</summary>
    /// <param name="campaigns">Named campaign reports.</param>
    /// <returns>The table.</returns>
    public static TableData Campaigns(IReadOnlyList<(string Name, CampaignReport Report)> campaigns)
    {
        ArgumentNullException.ThrowIfNull(campaigns);
        var columns = new List<string> { "figure" };
        columns.AddRange(campaigns.Select(c => $"{c.Name} ({c.Report.Sharers.Length} sharers)"));
        var figures = new (string Name, Func<CampaignReport, object?> Value)[]
        {
            ("SPR-1 unique reach (1 hop)", r => r.Spread.UniqueReach),
            ("vendor \"potential reach\" (double-counted)", r => r.Spread.VendorPotentialReach),
            ("SPR-2 audience redundancy", r => r.Spread.AudienceRedundancy),
            ("SPR-3 expected adopters [95 % CI]", r => $"{F(r.Spread.ExpectedAdopters)} [{F(r.Spread.ExpectedAdoptersCi95Low)}, {F(r.Spread.ExpectedAdoptersCi95High)}]"),
            ("SPR-4 external penetration", r => r.Spread.ExternalPenetration),
            ("SPR-5 depth / structural virality", r => $"{F(r.Spread.MeanDepth)} / {F(r.Spread.MeanStructuralVirality)}"),
            ("SPR-6 communities touched / entropy", r => $"{F(r.Spread.MeanCommunitiesTouched)} / {F(r.Spread.MeanNormalizedCommunityEntropy)}"),
            ("RES-1 reinforced adoption share", r => r.Resonance.ReinforcedAdoptionShare),
            ("RES-2 transmission embeddedness", r => r.Resonance.TransmissionEmbeddedness),
            ("RES-3 intra-community share", r => r.Resonance.IntraCommunityShare),
            ("RES-4 community coverage / density", r => $"{F(r.Resonance.MeanCommunityCoverage)} / {F(r.Resonance.MeanCommunityDensity)}"),
            ("RES-5 complex-contagion survival", r => r.Resonance.ComplexSurvival),
            ("RES-7 structural diversity", r => r.Resonance.MeanStructuralDiversity),
            ("RES-9 supporters (応援団) per campaign [95 % CI]", r => $"{F(r.Resonance.ExpectedSupporters)} [{F(r.Resonance.ExpectedSupportersCi95Low)}, {F(r.Resonance.ExpectedSupportersCi95High)}]"),
            ("RSK-2 firestorm probability", r => r.Risk.FirestormProbability),
            ("RSK-5 flag-bearer dependence (spread / resonance)", r => $"{r.Risk.FlagBearer}: {F(r.Risk.SpreadDependence)} / {F(r.Risk.ResonanceDependence)}"),
            ("RSK-6 echo-chamber EI", r => r.Risk.EchoChamberEIIndex),
            ("position x (network) / y (community)", r => $"{F(r.Position.NetworkNess)} / {F(r.Position.CommunityNess)}"),
            ("quadrant", r => r.Position.Quadrant.ToString()),
        };
        var rows = figures.Select(f => (IReadOnlyList<object?>)new object?[] { f.Name }.Concat(campaigns.Select(c => f.Value(c.Report))).ToList());
        return new TableData(columns, rows);
    }

    /// <summary>Fair credit of one campaign's sharers as a table (ATT-2, ATT-3, ATT-5).</summary>
    /// <param name="report">The campaign.</param>
    /// <returns>The table.</returns>
    public static TableData Credit(CampaignReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new TableData(["sharer", "spread credit (ATT-2)", "resonance credit (ATT-3)", "payout (ATT-5)"],
            report.Credit.Select(c => (IReadOnlyList<object?>)new object?[] { c.Sharer.ToString(), c.SpreadCredit, c.ResonanceCredit, c.Payout }));
    }

    /// <summary>Fair credit as a grouped bar chart: spread and resonance credit per sharer.</summary>
    /// <param name="report">The campaign.</param>
    /// <param name="title">The chart title.</param>
    /// <returns>The picture.</returns>
    public static SvgImage CreditChart(CampaignReport report, string title = "Fair credit per sharer")
    {
        ArgumentNullException.ThrowIfNull(report);
        var bars = report.Credit.SelectMany(c => new[]
        {
            new BarDatum(c.Sharer.ToString(), c.SpreadCredit, "spread (ATT-2)"),
            new BarDatum(c.Sharer.ToString(), c.ResonanceCredit, "resonance (ATT-3)"),
        }).ToList();
        return Pictures.BarChart(bars, new ChartOptions { Title = title, YLabel = "Shapley credit" });
    }

    /// <summary>
    /// The network-vs-community map of employees: x = spread potential (expected reach of one post, scaled to the largest),
    /// y = resonance potential (evangelist score, scaled to the largest), coloured by department.
    /// </summary>
    /// <param name="diagnosis">The diagnosis.</param>
    /// <returns>The picture.</returns>
    public static SvgImage EmployeeMap(OrganizationDiagnosis diagnosis)
    {
        ArgumentNullException.ThrowIfNull(diagnosis);
        double maxX = diagnosis.Profiles.Select(p => p.SpreadPotential).DefaultIfEmpty(0).Max();
        double maxY = diagnosis.Profiles.Select(p => p.ResonancePotential).DefaultIfEmpty(0).Max();
        var points = diagnosis.Profiles.Select(p => new ScatterPoint(
            maxX > 0 ? p.SpreadPotential / maxX : 0,
            maxY > 0 ? p.ResonancePotential / maxY : 0,
            p.IsEvangelist || p.IsBroadcaster ? p.Id.ToString() : "",
            p.Department)).ToList();
        return Pictures.Scatter(points, new ScatterOptions
        {
            Title = "Employees: spread potential vs resonance potential",
            XLabel = "spread potential (expected reach, scaled)",
            YLabel = "resonance potential (evangelist score, scaled)",
            XThreshold = 0.5,
            YThreshold = 0.5,
        });
    }

    /// <summary>Builds the self-contained HTML report of <c>nvc report --out</c>: diagnosis, employee map, communities, campaigns and credit.</summary>
    /// <param name="source">What was analysed (shown in the title).</param>
    /// <param name="network">The network (for the community picture).</param>
    /// <param name="diagnosis">The diagnosis.</param>
    /// <param name="campaigns">Named campaigns to compare.</param>
    /// <returns>The HTML page (inline CSS and SVG, no script, no external reference).</returns>
    public static string Html(string source, EmployeeNetwork network, OrganizationDiagnosis diagnosis, IReadOnlyList<(string Name, CampaignReport Report)> campaigns)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(diagnosis);
        ArgumentNullException.ThrowIfNull(campaigns);
        var report = new HtmlReport($"Network vs community: {source}");
        report.AddHeading("Is this organisation a network or a community?");
        report.AddParagraph(diagnosis.CharacterExplanation);
        report.AddTable(Organization(diagnosis), string.Create(CultureInfo.InvariantCulture, $"Organisation diagnosis (random seed {diagnosis.RandomSeed}; model {Algorithms.Diffusion.ModelDescription.Of(diagnosis.Options.Model)})"));
        report.AddPicture(EmployeeMap(diagnosis), "Each dot is an employee; evangelists and broadcasters are labelled.");
        CsrGraph social = network.SocialGraph;
        report.AddPicture(social.NodeCount <= GraphDrawingOptions.Default.MaxNodes
                ? Pictures.Graph(social, diagnosis.Communities, new GraphDrawingOptions { Title = "Social graph by community" })
                : Pictures.CommunitySummary(social, diagnosis.Communities, new GraphDrawingOptions { Title = "Communities (one disc per community)" }),
            "Communities found by Leiden (modularity, γ = 1).");
        if (campaigns.Count > 0)
        {
            report.AddHeading("Campaigns: spread and resonance side by side");
            report.AddParagraph("Spread (拡散) counts how far the message travels; shared resonance (共有・共鳴) counts adoption reinforced by several people one knows, and the supporters (応援団) it wins. They are shown side by side and never folded into one score.");
            report.AddTable(Campaigns(campaigns), "Campaign comparison");
            foreach (var (name, campaign) in campaigns)
            {
                report.AddPicture(CreditChart(campaign, $"Fair credit: {name}"));
                report.AddTable(Credit(campaign), $"Fair credit and reward split: {name}");
            }
        }
        return report.ToHtml();
    }

    private static object?[] Row(string name, object? value) => [name, value];

    /// <summary>Communities with two or more members (followers with no mutual tie stay alone in the mutual-tie graph).</summary>
    private static int MultiMember(Partition partition)
    {
        int count = 0;
        for (int c = 0; c < partition.CommunityCount; c++)
        {
            if (partition.Size(c) >= 2)
            {
                count++;
            }
        }
        return count;
    }

    private static string F(double value) => TableData.FormatCell(value);
}
