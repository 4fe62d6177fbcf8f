using System.Globalization;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Visualization;

/// <summary>
/// Tables and pictures of an <see cref="OrganizationReport"/>: the one rendering shared by <c>nvc report</c> (text and
/// JSON), the HTML report and the notebooks, so they show the same figures. Every figure carries its plain name first and
/// its docs/metrics.md ID second, and is defined in <see cref="FigureGlossary"/>. Numbers have three significant figures
/// (<see cref="FigureFormat"/>).
/// </summary>
public static class ReportFigures
{
    /// <summary>The organisation figures, one row each, in reading order.</summary>
    /// <param name="diagnosis">The diagnosis.</param>
    /// <returns>The rows (one value each).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diagnosis"/> is null.</exception>
    public static IReadOnlyList<FigureRow> OrganizationRows(OrganizationDiagnosis diagnosis)
    {
        ArgumentNullException.ThrowIfNull(diagnosis);
        var d = diagnosis;
        int multi = MultiMember(d.Communities);
        return
        [
            Row(null, "employees / outside contacts", $"{FigureFormat.Count(d.Employees)} / {FigureFormat.Count(d.Externals)}"),
            Row(null, "ties between employees", FigureFormat.Count(d.InternalTies)),
            Row("character", "network or community?", Character(d.Character)),
            Row("communities", "communities of 2 or more people", $"{FigureFormat.Count(multi)} (+ {FigureFormat.Count(d.Communities.CommunityCount - multi)} people alone, mostly one-way audiences)"),
            Row("modularity", "modularity", FigureFormat.Number(d.Modularity)),
            Row("clustering", "clustering (transitivity / average)", $"{FigureFormat.Number(d.InternalTransitivity)} / {FigureFormat.Number(d.InternalAverageClustering)}"),
            Row("weak-ties", "weak-tie share", FigureFormat.Percent(d.WeakTieShare)),
            Row("res-6", "community pairs tied / wide bridges", $"{FigureFormat.Count(d.ConnectedCommunityPairs)} / {FigureFormat.Count(d.WideBridgeCount)}"),
            Row("enthusiasts", "enthusiasts (熱狂社員) / communities with one", $"{FigureFormat.Count(d.EnthusiastCount)} ({FigureFormat.Percent((double)d.EnthusiastCount / Math.Max(1, d.Employees))}) / {FigureFormat.Percent(d.CommunitiesWithEnthusiasts)}"),
            Row("rsk-1", "blast radius: largest / 95th percentile", $"{FigureFormat.Number(d.BlastRadiusMax)} / {FigureFormat.Number(d.BlastRadiusP95)}"),
            Row("rsk-1", "blast radius concentration: Gini / top-10 % share", $"{FigureFormat.Number(d.BlastRadiusGini)} / {FigureFormat.Percent(d.TopDecileRiskShare)}"),
            Row("rsk-3", "epidemic threshold 1/λ_max", FigureFormat.Number(d.EpidemicThreshold)),
            Row("rsk-4", "outside contact held by the top employees", FigureFormat.Percent(d.ExternalBoundaryTopShare)),
            Row("rol-3", "top evangelists", string.Join(", ", d.TopEvangelists)),
            Row("rol-4", "top broadcasters", string.Join(", ", d.TopBroadcasters)),
        ];
    }

    /// <summary>The organisation diagnosis as a table: figure (plain name), ID, value.</summary>
    /// <param name="diagnosis">The diagnosis.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diagnosis"/> is null.</exception>
    public static TableData Organization(OrganizationDiagnosis diagnosis) => ToTable(OrganizationRows(diagnosis), ["value"]);

    /// <summary>The campaign figures, one row each, one value per campaign. Spread, resonance and risk are never folded into one score.</summary>
    /// <param name="campaigns">The campaigns.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="campaigns"/> is null.</exception>
    public static IReadOnlyList<FigureRow> CampaignRows(IReadOnlyList<NamedCampaign> campaigns)
    {
        ArgumentNullException.ThrowIfNull(campaigns);
        var figures = new (string Key, string Name, Func<CampaignReport, string> Value)[]
        {
            ("res-9", "supporters (応援団) [95 % interval]", r => FigureFormat.WithInterval(r.Resonance.ExpectedSupporters, r.Resonance.ExpectedSupportersCi95Low, r.Resonance.ExpectedSupportersCi95High)),
            ("spr-3", "expected adopters (reach) [95 % interval]", r => FigureFormat.WithInterval(r.Spread.ExpectedAdopters, r.Spread.ExpectedAdoptersCi95Low, r.Spread.ExpectedAdoptersCi95High)),
            ("rsk-2", "firestorm probability (炎上)", r => FigureFormat.Percent(r.Risk.FirestormProbability)),
            ("spr-1", "unique audience (1 hop) / vendors' sum", r => $"{FigureFormat.Count(r.Spread.UniqueReach)} / {FigureFormat.Count(r.Spread.VendorPotentialReach)}"),
            ("spr-2", "audience overlap", r => FigureFormat.Number(r.Spread.AudienceRedundancy)),
            ("spr-4", "share of adopters outside the company", r => FigureFormat.Percent(r.Spread.ExternalPenetration)),
            ("spr-5", "depth / structural virality", r => $"{FigureFormat.Number(r.Spread.MeanDepth)} / {FigureFormat.Number(r.Spread.MeanStructuralVirality)}"),
            ("spr-6", "communities touched / spread over them", r => $"{FigureFormat.Number(r.Spread.MeanCommunitiesTouched)} / {FigureFormat.Number(r.Spread.MeanNormalizedCommunityEntropy)}"),
            ("res-1", "adoption reinforced by two or more", r => FigureFormat.Percent(r.Resonance.ReinforcedAdoptionShare)),
            ("res-2", "embeddedness of the passing ties", r => FigureFormat.Number(r.Resonance.TransmissionEmbeddedness)),
            ("res-3", "passes inside one community", r => FigureFormat.Percent(r.Resonance.IntraCommunityShare)),
            ("res-4", "community coverage / density", r => $"{FigureFormat.Number(r.Resonance.MeanCommunityCoverage)} / {FigureFormat.Number(r.Resonance.MeanCommunityDensity)}"),
            ("res-5", "survival under complex contagion", r => FigureFormat.Number(r.Resonance.ComplexSurvival)),
            ("res-7", "social contexts per adopter", r => FigureFormat.Number(r.Resonance.MeanStructuralDiversity)),
            ("rsk-5", "dependence on one flag-bearer (reach / resonance)", r => $"{r.Risk.FlagBearer}: {FigureFormat.Number(r.Risk.SpreadDependence)} / {FigureFormat.Number(r.Risk.ResonanceDependence)}"),
            ("rsk-6", "echo-chamber index", r => FigureFormat.Number(r.Risk.EchoChamberEIIndex)),
            ("position", "position: network-ness / community-ness", r => $"{FigureFormat.Number(r.Position.NetworkNess)} / {FigureFormat.Number(r.Position.CommunityNess)} ({r.Position.Quadrant.ToString().ToLowerInvariant()})"),
        };
        var rows = new List<FigureRow>(figures.Length);
        foreach (var (key, name, value) in figures)
        {
            rows.Add(new FigureRow(key, name, FigureGlossary.Get(key).Id, campaigns.Select(c => value(c.Report)).ToList()));
        }
        return rows;
    }

    /// <summary>Campaigns side by side: figure (plain name), ID, then one column per campaign.</summary>
    /// <param name="campaigns">Named campaign reports.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="campaigns"/> is null.</exception>
    public static TableData Campaigns(IReadOnlyList<NamedCampaign> campaigns)
    {
        ArgumentNullException.ThrowIfNull(campaigns);
        return ToTable(CampaignRows(campaigns), [.. campaigns.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Name} ({c.Report.Sharers.Length} sharers)"))]);
    }

    /// <summary>Fair credit of one campaign's sharers as a table: spread credit (ATT-2), resonance credit (ATT-3), payout (ATT-5).</summary>
    /// <param name="report">The campaign.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static TableData Credit(CampaignReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new TableData(["sharer", "spread credit · ATT-2", "resonance credit · ATT-3", "payout · ATT-5"],
            report.Credit.Select(c => (IReadOnlyList<object?>)[c.Sharer.ToString(), FigureFormat.Number(c.SpreadCredit), FigureFormat.Number(c.ResonanceCredit), FigureFormat.Number(c.Payout)]));
    }

    /// <summary>Fair credit as two panels with their own scales: spread credit (ATT-2) on the left, resonance credit (ATT-3) on the right, so neither hides the other.</summary>
    /// <param name="report">The campaign.</param>
    /// <param name="title">The chart title.</param>
    /// <returns>The picture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static SvgImage CreditChart(CampaignReport report, string title = "Fair credit per sharer")
    {
        ArgumentNullException.ThrowIfNull(report);
        var spread = Pictures.BarChart([.. report.Credit.Select(c => new BarDatum(c.Sharer.ToString(), c.SpreadCredit))],
            new ChartOptions { Title = title + ": spread credit (ATT-2)", XLabel = "expected adopters credited", Width = 460 });
        var resonance = Pictures.BarChart([.. report.Credit.Select(c => new BarDatum(c.Sharer.ToString(), c.ResonanceCredit))],
            new ChartOptions { Title = "resonance credit (ATT-3)", XLabel = "reinforced in-community adopters credited", Width = 460 });
        return ChartKit.SideBySide(title, [spread, resonance]);
    }

    /// <summary>
    /// The map of employees: x = rank of spread potential (expected reach of one post), y = rank of resonance potential
    /// (evangelist score, ROL-3), each as the share of employees at or below the employee (0 to 1), coloured by
    /// department, with the top evangelists and broadcasters ringed and labelled and the quadrant lines at the top tenth of
    /// each axis.
    /// </summary>
    /// <param name="diagnosis">The diagnosis.</param>
    /// <returns>The picture.</returns>
    /// <remarks>Ranks rather than raw scores: reach is heavy-tailed (one broadcaster can reach ten times the next), and a raw
    /// axis packs everyone else into one corner. Ties share the highest rank of their group; employees with a score of 0 sit at
    /// the share of employees with 0.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="diagnosis"/> is null.</exception>
    public static SvgImage EmployeeMap(OrganizationDiagnosis diagnosis)
    {
        ArgumentNullException.ThrowIfNull(diagnosis);
        double[] x = Ranks([.. diagnosis.Profiles.Select(p => p.SpreadPotential)]);
        double[] y = Ranks([.. diagnosis.Profiles.Select(p => p.ResonancePotential)]);
        var evangelists = diagnosis.TopEvangelists.ToHashSet();
        var broadcasters = diagnosis.TopBroadcasters.ToHashSet();
        var points = diagnosis.Profiles.Select((p, i) =>
        {
            bool e = evangelists.Contains(p.Id);
            bool b = broadcasters.Contains(p.Id);
            string role = e && b ? " · evangelist, broadcaster" : e ? " · evangelist" : b ? " · broadcaster" : "";
            return new ScatterPoint(x[i], y[i], p.Id + role, p.Department) { ShowLabel = e || b };
        }).ToList();
        return Pictures.Scatter(points, new ScatterOptions
        {
            Title = "Employees: spread potential vs resonance potential",
            XLabel = "spread potential: share of employees whose one post reaches no more people",
            YLabel = "resonance potential: share of employees with no higher evangelist score",
            Width = 900,
            Height = 600,
            XRange = (0, 1),
            YRange = (0, 1),
            XThreshold = MapThreshold,
            YThreshold = MapThreshold,
            QuadrantLabels = ["resonance, little reach", "reach and resonance", "neither", "reach, little resonance"],
            MaxLabelledPoints = 0,
        });
    }

    /// <summary>Where the employee map's dashed quadrant lines sit: the top tenth of each axis.</summary>
    public const double MapThreshold = 0.9;

    /// <summary>The sentence that explains the employee map's quadrant lines and labels.</summary>
    public const string EmployeeMapCaption =
        "Each dot is an employee, coloured by department; the top evangelists (ROL-3) and top broadcasters (ROL-4) are ringed and labelled. " +
        "Both axes are ranks (0 = lowest, 1 = highest among employees). The dashed lines mark the top tenth: right of the vertical line, one post by the employee reaches more people than 90 % of employees' posts; " +
        "above the horizontal line, it resonates in the home community better than 90 % of employees'. The counts in the corners are employees per quadrant.";

    /// <summary>The share of values at or below each value (ties share the group's highest rank), in [0, 1].</summary>
    private static double[] Ranks(double[] values)
    {
        int n = values.Length;
        var order = Enumerable.Range(0, n).OrderBy(i => values[i]).ThenBy(i => i).ToArray();
        var ranks = new double[n];
        for (int a = 0; a < n;)
        {
            int b = a;
            while (b + 1 < n && values[order[b + 1]] == values[order[a]])
            {
                b++;
            }
            for (int i = a; i <= b; i++)
            {
                ranks[order[i]] = (double)(b + 1) / n;
            }
            a = b + 1;
        }
        return ranks;
    }

    /// <summary>
    /// The communities of employees: one disc per community with two or more employees, its area proportional to the
    /// headcount, coloured and named by its most common department, with its outside audience (distinct outside people who
    /// hear one of its employees) written under it as a count. At most 40 communities are drawn (40 marks); the rest are
    /// counted under the picture.
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="communities">Its communities (for example <see cref="OrganizationDiagnosis.Communities"/>).</param>
    /// <returns>The picture.</returns>
    /// <remarks>O(n + m). Departments take palette colours in order of first appearance in node order, as in <see cref="EmployeeMap"/>.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The partition does not cover the network.</exception>
    public static SvgImage CommunityPicture(EmployeeNetwork network, Partition communities)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(communities);
        if (communities.NodeCount != network.PersonCount)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The partition covers {communities.NodeCount} nodes; the network has {network.PersonCount} people."), nameof(communities));
        }
        const int maxDrawn = 40;
        int k = communities.CommunityCount;
        var headcount = new int[k];
        var departments = new List<string>();
        var departmentCounts = new Dictionary<(int, string), int>();
        foreach (int v in network.Employees)
        {
            int c = communities.CommunityOf(v);
            headcount[c]++;
            string department = network.Departments[v];
            if (!departments.Contains(department))
            {
                departments.Add(department);
            }
            departmentCounts[(c, department)] = departmentCounts.GetValueOrDefault((c, department)) + 1;
        }
        // distinct outside people who hear an employee of each community
        var audience = new int[k];
        var stamp = new int[network.PersonCount];
        var byCommunity = network.Employees.OrderBy(v => communities.CommunityOf(v)).ThenBy(v => v).ToArray();
        CsrGraph influence = network.InfluenceGraph;
        foreach (int v in byCommunity)
        {
            int c = communities.CommunityOf(v);
            foreach (int u in influence.Neighbors(v))
            {
                if (!network.IsEmployee(u) && stamp[u] != c + 1)
                {
                    stamp[u] = c + 1;
                    audience[c]++;
                }
            }
        }
        var order = Enumerable.Range(0, k).Where(c => headcount[c] >= 2).OrderByDescending(c => headcount[c]).ThenBy(c => c).ToList();
        var drawn = order.Take(maxDrawn).ToList();
        int alone = Enumerable.Range(0, k).Count(c => headcount[c] == 1);
        int hidden = order.Count - drawn.Count;
        int hiddenEmployees = order.Skip(maxDrawn).Sum(c => headcount[c]);

        const int columns = 7;
        const double cell = 150;
        const double rMax = 34;
        double width = columns * cell + 24;
        int rows = Math.Max(1, (drawn.Count + columns - 1) / columns);
        double top = 84;
        double height = top + rows * (cell + 10) + 20;
        string title = "Communities of employees and their outside audiences";
        var w = new SvgWriter(width, height, title);
        ChartKit.Title(w, title);
        w.Text(width / 2, 44, "One disc per community of employees (area ∝ headcount), coloured and named by its most common department; under it, its employees and the outside people who hear them.", "middle", 12, "#444444");
        w.Text(width / 2, 62, string.Create(CultureInfo.InvariantCulture,
            $"{drawn.Count} communities of 2 or more employees drawn{(hidden > 0 ? $", {hidden} smaller ones ({hiddenEmployees} employees) not drawn" : "")}; {alone} employees have no mutual tie and stand alone."), "middle", 12, "#444444");
        int largest = drawn.Count == 0 ? 1 : headcount[drawn[0]];
        var diagnostics = new List<string>();
        for (int i = 0; i < drawn.Count; i++)
        {
            int c = drawn[i];
            double cx = 12 + (i % columns + 0.5) * cell;
            double cy = top + (i / columns) * (cell + 10) + rMax + 4;
            string department = departments.Where(d => departmentCounts.ContainsKey((c, d)))
                .OrderByDescending(d => departmentCounts[(c, d)]).ThenBy(d => d, StringComparer.Ordinal).First();
            string fill = Palette.Color(departments.IndexOf(department));
            string tip = string.Create(CultureInfo.InvariantCulture,
                $"community {c}: {headcount[c]} employees, mostly {department}; {audience[c]} outside people hear them");
            w.Circle(cx, cy, Math.Max(3, rMax * 0.8 * Math.Sqrt((double)headcount[c] / largest)), fill, "#333333", tip);
            var lines = ChartKit.Wrap(department, 20);
            double ly = cy + rMax + 14;
            foreach (string line in lines.Take(2))
            {
                w.Text(cx, ly, line, "middle", 11, "#222222", "bold");
                ly += 13;
            }
            w.Text(cx, ly, string.Create(CultureInfo.InvariantCulture, $"{headcount[c]} employees"), "middle", 10.5, "#444444");
            w.Text(cx, ly + 12, string.Create(CultureInfo.InvariantCulture, $"{FigureFormat.Count(audience[c])} outside"), "middle", 10.5, "#444444");
            diagnostics.Add(tip);
        }
        return new SvgImage(w.Finish(), width, height, title, diagnostics);
    }

    /// <summary>The HTML report of an <see cref="OrganizationReport"/>: the summary first, then the diagnosis, the employee map, the communities, the campaigns and credit, each figure with its plain name, ID, one-line definition and link to docs/metrics.md.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The page, ready for <see cref="HtmlReport.ToHtml"/> or <see cref="HtmlReport.Save"/> (inline CSS and SVG, no script).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static HtmlReport HtmlReport(OrganizationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var diagnosis = report.Diagnosis;
        var page = new HtmlReport($"Network vs community: {report.Source}");
        page.AddSummary("The answer", report.Summary.Sentences, string.Create(CultureInfo.InvariantCulture,
            $"Recommendation: {report.Summary.Recommendation} Confidence: {report.Summary.Confidence.ToString().ToLowerInvariant()}. Random seed {report.RandomSeed}."));
        page.AddHeading("Is this organisation a network or a community?");
        page.AddParagraph(diagnosis.CharacterExplanation);
        var organization = OrganizationRows(diagnosis);
        page.AddFigureTable(ToTable(organization, ["value"]), [.. organization.Select(r => r.Definition)],
            string.Create(CultureInfo.InvariantCulture, $"Organisation diagnosis (random seed {diagnosis.RandomSeed}; model {Algorithms.Diffusion.ModelDescription.Of(diagnosis.Options.Model)})"));
        page.AddPicture(EmployeeMap(diagnosis), EmployeeMapCaption);
        page.AddPicture(CommunityPicture(report.Network, diagnosis.Communities),
            "Communities found by Leiden (modularity, γ = 1) on the ties both people acknowledge; outside followers are counted, not drawn.");
        if (report.Campaigns.Length > 0)
        {
            page.AddHeading("Campaigns: spread and resonance side by side");
            page.AddParagraph("Spread (拡散) counts how far the message travels; shared resonance (共有・共鳴) counts adoption reinforced by several people one knows, and the supporters (応援団) it wins. They are shown side by side and never folded into one score.");
            var rows = CampaignRows(report.Campaigns);
            page.AddFigureTable(Campaigns(report.Campaigns), [.. rows.Select(r => r.Definition)], "Campaign comparison");
            foreach (var campaign in report.Campaigns)
            {
                page.AddPicture(CreditChart(campaign.Report, $"Fair credit: {campaign.Name}"),
                    "Spread credit (left) and resonance credit (right) each on its own scale.");
                page.AddFigureTable(Credit(campaign.Report), null, $"Fair credit and reward split: {campaign.Name}");
            }
            page.AddGlossary("How to read the credit", [FigureGlossary.Get("att-2"), FigureGlossary.Get("att-3"), FigureGlossary.Get("att-5")]);
        }
        return page;
    }

    /// <summary>The self-contained HTML page of an <see cref="OrganizationReport"/> (see <see cref="HtmlReport(OrganizationReport)"/>).</summary>
    /// <param name="report">The report.</param>
    /// <returns>The HTML page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Html(OrganizationReport report) => HtmlReport(report).ToHtml();

    /// <summary>The glossary entries of every figure the report shows, in order of first appearance, without repeats.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The definitions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static IReadOnlyList<FigureDefinition> Glossary(OrganizationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var keys = OrganizationRows(report.Diagnosis).Concat(report.Campaigns.Length > 0 ? CampaignRows(report.Campaigns) : [])
            .Select(r => r.Key).OfType<string>().ToList();
        if (report.Campaigns.Length > 0)
        {
            keys.AddRange(["att-2", "att-3", "att-5"]);
        }
        return [.. keys.Distinct().Select(FigureGlossary.Get)];
    }

    private static FigureRow Row(string? key, string name, string value) =>
        new(key, name, key is null ? "" : FigureGlossary.Get(key).Id, [value]);

    private static TableData ToTable(IReadOnlyList<FigureRow> rows, IReadOnlyList<string> valueColumns) =>
        new(["figure", "ID", .. valueColumns], rows.Select(r => (IReadOnlyList<object?>)[r.Name, r.Id, .. r.Values]));

    private static string Character(OrganizationCharacter character) => character switch
    {
        OrganizationCharacter.Both => "both",
        OrganizationCharacter.Community => "community",
        OrganizationCharacter.Network => "network",
        _ => "neither",
    };

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
}
