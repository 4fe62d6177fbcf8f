using System.Globalization;
using System.Text;
using NetworkVsCommunity.Algorithms.Attribution;
using NetworkVsCommunity.Algorithms.Communities;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Metrics;
using NetworkVsCommunity.Algorithms.Roles;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Visualization;

/// <summary>
/// The HTML and plain-text renderings of result types for notebooks: a summary table plus an inline SVG picture. No
/// script, no style sheet, no URL other than the SVG namespace; the HTML is well-formed XML.
/// </summary>
/// <remarks>To add a type, see <see cref="NotebookFormatterSource"/>.</remarks>
internal static class NotebookHtml
{
    /// <summary>Graphs with more nodes are drawn as the summary of their components in notebooks.</summary>
    public const int MaxDrawnNodes = 1000;

    /// <summary>The fixed layout seed of notebook drawings, so that re-running a cell gives the same picture.</summary>
    public const long LayoutRandomSeed = 1;

    public static bool TryWriteHtml(object instance, TextWriter writer)
    {
        string? html = instance switch
        {
            CsrGraph g => Html(g),
            Partition p => Html(p),
            Cascade c => Html(c),
            SvgImage s => Html(s),
            HtmlReport r => r.ToFragment(),
            LeidenResult l => Html(l),
            MonteCarloResult m => Html(m),
            ExposureCurveResult e => Html(e),
            ShapleyCreditResult c => Html(c),
            EmployeeNetwork n => Html(n),
            AdvocacyRoleScores a => Html(a),
            SpreadShareProfile p => Html(p),
            CampaignReport c => Html(c),
            OrganizationDiagnosis d => Html(d),
            EmployeeProfile e => Html(e),
            Algorithms.Seeding.SeedingComparisonResult r => Html(r),
            _ => null,
        };
        if (html is null)
        {
            return false;
        }
        writer.Write(html);
        return true;
    }

    public static bool TryWriteText(object instance, TextWriter writer)
    {
        string? text = instance switch
        {
            CsrGraph g => g.ToString(),
            Partition p => Text(p),
            Cascade c => c.ToString(),
            HtmlReport r => r.ToString(),
            LeidenResult l => string.Create(CultureInfo.InvariantCulture,
                $"Leiden: {l.Partition.CommunityCount} communities, modularity {Num(l.Modularity)}, {l.Iterations} iterations, converged {(l.Converged ? "yes" : "no")}, random seed {l.RandomSeed}"),
            MonteCarloResult m => string.Create(CultureInfo.InvariantCulture,
                $"Monte Carlo: {m.Runs} runs, mean adopters {Num(m.MeanAdopters)} ± {Num(m.StandardError)} (95% CI {Num(m.Ci95Low)}–{Num(m.Ci95High)}), random seed {m.RandomSeed}"),
            ExposureCurveResult e => "Exposure curve p(k): " + ExposureText(e),
            ShapleyCreditResult c => string.Create(CultureInfo.InvariantCulture, $"Credit of {c.Players.Length} players, value {Num(c.Value)}"),
            EmployeeNetwork n => n.ToString(),
            AdvocacyRoleScores a => string.Create(CultureInfo.InvariantCulture,
                $"Advocacy roles of {a.Nodes.Length} candidates: {CountTrue(a.IsEvangelist)} evangelists, {CountTrue(a.IsBroadcaster)} broadcasters (top {Num(100 * (1 - a.TopQuantile))}%)"),
            CampaignReport c => string.Create(CultureInfo.InvariantCulture,
                $"Campaign of {c.Sharers.Length} sharers: {Num(c.Spread.ExpectedAdopters)} expected adopters, {Num(c.Resonance.ExpectedSupporters)} expected supporters, {c.Position.Quadrant}"),
            SpreadShareProfile p => string.Create(CultureInfo.InvariantCulture,
                $"Spread-vs-share profile: network-ness {Num(p.NetworkNess)}, community-ness {Num(p.CommunityNess)}, {p.Quadrant}"),
            OrganizationDiagnosis d => string.Create(CultureInfo.InvariantCulture,
                $"Organisation of {d.Employees} employees and {d.Externals} external people: {d.CharacterExplanation}"),
            EmployeeProfile e => string.Create(CultureInfo.InvariantCulture,
                $"{e.Id} ({e.Department}): spread potential {Num(e.SpreadPotential)}, resonance potential {Num(e.ResonancePotential)}{(e.IsEvangelist ? ", evangelist" : "")}{(e.IsBroadcaster ? ", broadcaster" : "")}"),
            Algorithms.Seeding.SeedingComparisonResult r => string.Create(CultureInfo.InvariantCulture,
                $"Strategy comparison over {r.Runs} common runs: {string.Join("; ", r.Strategies.Select(x => $"{x.Name} spread {Num(x.Spread.Mean)}, reinforced {Num(x.ReinforcedAdopters.Mean)}"))}"),
            SvgImage s => string.Create(CultureInfo.InvariantCulture, $"SVG picture \"{s.Title}\" ({SvgWriter.Num(s.Width)}×{SvgWriter.Num(s.Height)}, {s.Svg.Length} characters)"),
            _ => null,
        };
        if (text is null)
        {
            return false;
        }
        writer.Write(text);
        return true;
    }

    public static string Html(CsrGraph graph)
    {
        int n = graph.NodeCount;
        double pairs = graph.IsDirected ? (double)n * (n - 1) : (double)n * (n - 1) / 2;
        long loops = graph.SelfLoopCount;
        var picture = n == 0 ? null : Pictures.Graph(graph, null, new GraphDrawingOptions
        {
            Width = 480,
            Height = 360,
            MaxNodes = MaxDrawnNodes,
            Layout = new ForceLayoutOptions { RandomSeed = LayoutRandomSeed },
        });
        return Wrap("CsrGraph", SummaryTable(graph.IsDirected ? "Directed graph" : "Undirected graph",
        [
            ("nodes", Num(n)),
            ("edges", Num(graph.EdgeCount)),
            ("weighted", graph.IsWeighted ? "yes" : "no"),
            ("total weight", Num(graph.TotalWeight)),
            ("density", pairs > 0 ? Num((graph.EdgeCount - loops) / pairs) : "–"),
            ("max degree", Num(graph.MaxDegree)),
            ("self-loops", Num(loops)),
        ]), picture);
    }

    public static string Html(Partition partition)
    {
        var sizes = partition.Sizes();
        int largest = 0;
        int smallest = sizes.Length == 0 ? 0 : int.MaxValue;
        int singletons = 0;
        foreach (int s in sizes)
        {
            largest = Math.Max(largest, s);
            smallest = Math.Min(smallest, s);
            singletons += s == 1 ? 1 : 0;
        }
        var picture = partition.CommunityCount == 0 ? null : Pictures.PartitionSizes(partition);
        return Wrap("Partition", SummaryTable("Partition",
        [
            ("nodes", Num(partition.NodeCount)),
            ("communities", Num(partition.CommunityCount)),
            ("largest", Num(largest)),
            ("smallest", Num(smallest)),
            ("singletons", Num(singletons)),
        ]), picture);
    }

    public static string Html(Cascade cascade)
    {
        var perStep = new StringBuilder();
        int step = -1;
        int count = 0;
        int written = 0;
        for (int i = 0; i <= cascade.Size && written < 12; i++)
        {
            if (i == cascade.Size || cascade.Steps[i] != step)
            {
                if (step >= 0)
                {
                    perStep.Append(perStep.Length > 0 ? ", " : "").Append(count.ToString(CultureInfo.InvariantCulture));
                    written++;
                }
                if (i < cascade.Size)
                {
                    step = cascade.Steps[i];
                    count = 0;
                }
            }
            count++;
        }
        if (written >= 12 && cascade.LastStep >= 12)
        {
            perStep.Append(", …");
        }
        var picture = cascade.Size == 0 ? null : Pictures.CascadeTree(cascade, null, new ChartOptions { Width = 560, Height = 320 });
        return Wrap("Cascade", SummaryTable("Cascade",
        [
            ("adopters", Num(cascade.Size)),
            ("initial sharers", Num(cascade.InitialSharerCount)),
            ("steps", Num(cascade.LastStep)),
            ("adopters per step", perStep.Length == 0 ? "–" : perStep.ToString()),
            ("graph nodes", Num(cascade.NodeCount)),
            ("reach", cascade.NodeCount == 0 ? "–" : Num((double)cascade.Size / cascade.NodeCount)),
        ]), picture);
    }

    public static string Html(LeidenResult result) =>
        Wrap("LeidenResult", SummaryTable("Leiden communities",
        [
            ("communities", Num(result.Partition.CommunityCount)),
            ("modularity", Num(result.Modularity)),
            ("quality (objective)", Num(result.Quality)),
            ("objective", string.Create(CultureInfo.InvariantCulture, $"{result.Options.Objective}, resolution {Num(result.Options.Resolution)}")),
            ("iterations", Num(result.Iterations)),
            ("levels", Num(result.Levels)),
            ("converged", result.Converged ? "yes" : "no"),
            ("random seed", result.RandomSeed.ToString(CultureInfo.InvariantCulture)),
        ]), result.Partition.CommunityCount == 0 ? null : Pictures.PartitionSizes(result.Partition));

    public static string Html(MonteCarloResult result)
    {
        var q = result.SizeQuantiles;
        var sizes = new double[result.RunSizes.Length];
        for (int i = 0; i < sizes.Length; i++)
        {
            sizes[i] = result.RunSizes[i];
        }
        return Wrap("MonteCarloResult", SummaryTable("Monte Carlo diffusion",
        [
            ("runs", Num(result.Runs)),
            ("mean adopters", string.Create(CultureInfo.InvariantCulture, $"{Num(result.MeanAdopters)} ± {Num(result.StandardError)}")),
            ("95% interval of the mean", string.Create(CultureInfo.InvariantCulture, $"{Num(result.Ci95Low)} – {Num(result.Ci95High)}")),
            ("median size", q.Length > 3 ? Num(q[3]) : "–"),
            ("5%–95% of sizes", q.Length > 5 ? string.Create(CultureInfo.InvariantCulture, $"{Num(q[1])} – {Num(q[5])}") : "–"),
            ("mean last step", Num(result.MeanLastStep)),
            ("initial sharers", Num(result.InitialSharers.Length)),
            ("random seed", result.RandomSeed.ToString(CultureInfo.InvariantCulture)),
        ]), sizes.Length == 0 ? null : Pictures.CascadeSizeHistogram([new DataSeries("runs", [.. sizes])],
            new ChartOptions { Width = 520, Height = 320 }));
    }

    public static string Html(ExposureCurveResult result)
    {
        var p = result.AdoptionProbability;
        var rows = new List<(string, string)>();
        for (int k = 1; k < p.Length && rows.Count < 10; k++)
        {
            rows.Add((string.Create(CultureInfo.InvariantCulture, $"p({k})"),
                string.Create(CultureInfo.InvariantCulture, $"{Num(p[k])} ({Count(result.AdoptedAt, k)} of {Count(result.Reached, k)})")));
        }
        var values = new double[Math.Max(0, p.Length - 1)];
        for (int k = 1; k < p.Length; k++)
        {
            values[k - 1] = p[k];
        }
        return Wrap("ExposureCurveResult", SummaryTable("Exposure curve", rows),
            values.Length == 0 ? null : Pictures.ExposureCurve([new DataSeries("p(k)", [.. values])], new ChartOptions { Width = 520, Height = 320 }));
    }

    public static string Html(ShapleyCreditResult result)
    {
        var bars = new List<BarDatum>();
        for (int i = 0; i < result.Players.Length && i < 40; i++)
        {
            bars.Add(new BarDatum(string.Create(CultureInfo.InvariantCulture, $"node {result.Players[i]}"), result.Credits[i]));
        }
        return Wrap("ShapleyCreditResult", SummaryTable("Credit",
        [
            ("players", Num(result.Players.Length)),
            ("value (Σ credit)", Num(result.Value)),
            ("runs", result.Runs == 0 ? "exact" : Num(result.Runs)),
            ("random seed", result.Runs == 0 ? "–" : result.RandomSeed.ToString(CultureInfo.InvariantCulture)),
        ]), bars.Count == 0 ? null : Pictures.BarChart(bars, new ChartOptions { Title = "Credit per player", Width = 520 }));
    }

    public static string Html(EmployeeNetwork network)
    {
        // colour people by department (externals together), names in the legend
        var names = new List<string>();
        var labels = new int[network.PersonCount];
        for (int v = 0; v < labels.Length; v++)
        {
            string name = network.IsEmployee(v) ? (network.Departments[v].Length == 0 ? "(no department)" : network.Departments[v]) : "external";
            int index = names.IndexOf(name);
            if (index < 0)
            {
                index = names.Count;
                names.Add(name);
            }
            labels[v] = index;
        }
        var departments = Partition.FromMembership(labels); // canonical order = first appearance = the order of names
        var picture = network.PersonCount == 0 ? null : Pictures.Graph(network.SocialGraph, departments, new GraphDrawingOptions
        {
            Width = 560,
            Height = 400,
            Title = "Social graph by department",
            MaxNodes = MaxDrawnNodes,
            NodeLabels = network.Ids,
            CommunityNames = names,
            Layout = new ForceLayoutOptions { RandomSeed = LayoutRandomSeed },
        });
        return Wrap("EmployeeNetwork", SummaryTable("Employee network",
        [
            ("employees", Num(network.Employees.Length)),
            ("externals", Num(network.Externals.Length)),
            ("ties", Num(network.TieCount)),
            ("tie kinds", string.Join(", ", network.TieKinds)),
            ("departments", Num(names.Count - (names.Contains("external") ? 1 : 0))),
            ("programme owner", network.ProgrammeOwner is { } owner ? owner.Value : "–"),
        ]), picture);
    }

    public static string Html(AdvocacyRoleScores scores)
    {
        // x = broadcaster score (network), y = evangelist score (community); the quadrant lines sit at the lowest score
        // classified as top, so the picture's quadrants match IsBroadcaster and IsEvangelist.
        var points = new List<ScatterPoint>(scores.Nodes.Length);
        double? xLine = null;
        double? yLine = null;
        for (int i = 0; i < scores.Nodes.Length; i++)
        {
            string group = (scores.IsEvangelist[i], scores.IsBroadcaster[i]) switch
            {
                (true, true) => "evangelist and broadcaster",
                (true, false) => "evangelist",
                (false, true) => "broadcaster",
                _ => "other",
            };
            points.Add(new ScatterPoint(scores.BroadcasterScore[i], scores.EvangelistScore[i],
                string.Create(CultureInfo.InvariantCulture, $"node {scores.Nodes[i]}"), group));
            if (scores.IsBroadcaster[i])
            {
                xLine = Math.Min(xLine ?? double.PositiveInfinity, scores.BroadcasterScore[i]);
            }
            if (scores.IsEvangelist[i])
            {
                yLine = Math.Min(yLine ?? double.PositiveInfinity, scores.EvangelistScore[i]);
            }
        }
        var picture = points.Count == 0 ? null : Pictures.Scatter(points, new ScatterOptions
        {
            Width = 560,
            Height = 420,
            Title = "Employees: network vs community",
            XLabel = "broadcaster score (reach leaving the community)",
            YLabel = "evangelist score (reinforced reach at home)",
            XThreshold = xLine,
            YThreshold = yLine,
            MaxLabelledPoints = 0,
        });
        return Wrap("AdvocacyRoleScores", SummaryTable("Advocacy roles",
        [
            ("candidates", Num(scores.Nodes.Length)),
            ("evangelists", Num(CountTrue(scores.IsEvangelist))),
            ("broadcasters", Num(CountTrue(scores.IsBroadcaster))),
            ("top quantile", Num(scores.TopQuantile)),
            ("runs", Num(scores.Runs)),
            ("model", Algorithms.Diffusion.ModelDescription.Of(scores.Model)),
            ("random seed", scores.RandomSeed.ToString(CultureInfo.InvariantCulture)),
        ]), picture);
    }

    public static string Html(CampaignReport report)
    {
        var bars = new List<BarDatum>();
        foreach (var credit in report.Credit)
        {
            bars.Add(new BarDatum(credit.Sharer.Value, credit.SpreadCredit, "spread credit"));
            bars.Add(new BarDatum(credit.Sharer.Value, credit.ResonanceCredit, "resonance credit"));
        }
        string table = SummaryTable("Campaign report",
        [
            ("sharers", Num(report.Sharers.Length)),
            ("position", string.Create(CultureInfo.InvariantCulture, $"{report.Position.Quadrant} (x {Num(report.Position.NetworkNess)}, y {Num(report.Position.CommunityNess)})")),
            ("expected adopters", string.Create(CultureInfo.InvariantCulture, $"{Num(report.Spread.ExpectedAdopters)} ({Num(report.Spread.ExpectedAdoptersCi95Low)} – {Num(report.Spread.ExpectedAdoptersCi95High)})")),
            ("unique reach", Num(report.Spread.UniqueReach)),
            ("vendor \"potential reach\"", Num(report.Spread.VendorPotentialReach)),
            ("external penetration", Num(report.Spread.ExternalPenetration)),
            ("reinforced adoption share", Num(report.Resonance.ReinforcedAdoptionShare)),
            ("intra-community share", Num(report.Resonance.IntraCommunityShare)),
            ("expected supporters", string.Create(CultureInfo.InvariantCulture, $"{Num(report.Resonance.ExpectedSupporters)} ({Num(report.Resonance.ExpectedSupportersCi95Low)} – {Num(report.Resonance.ExpectedSupportersCi95High)})")),
            ("runs", Num(report.Runs)),
            ("random seed", report.RandomSeed.ToString(CultureInfo.InvariantCulture)),
        ]);
        var position = Pictures.Scatter([new ScatterPoint(report.Position.NetworkNess, report.Position.CommunityNess, "this campaign")], new ScatterOptions
        {
            Width = 380,
            Height = 320,
            Title = "Network vs community",
            XThreshold = report.Position.Threshold,
            YThreshold = report.Position.Threshold,
            XRange = (0, 1),
            YRange = (0, 1),
        });
        string creditChart = bars.Count == 0 ? "" : string.Concat("<div>", Pictures.BarChart(bars, new ChartOptions { Title = "Fair credit per sharer", Width = 520 }).Svg, "</div>");
        return string.Concat("<div class=\"nvc nvc-campaignreport\" style=\"display:flex;flex-wrap:wrap;align-items:flex-start\">",
            table, "<div>", position.Svg, "</div>", creditChart, "</div>");
    }

    public static string Html(SpreadShareProfile profile)
    {
        var picture = Pictures.Scatter([new ScatterPoint(profile.NetworkNess, profile.CommunityNess, "this campaign")], new ScatterOptions
        {
            Width = 420,
            Height = 340,
            Title = "Spread vs share",
            XThreshold = profile.Threshold,
            YThreshold = profile.Threshold,
            XRange = (0, 1),
            YRange = (0, 1),
        });
        return Wrap("SpreadShareProfile", SummaryTable("Spread-vs-share profile",
        [
            ("quadrant", profile.Quadrant.ToString()),
            ("network-ness x", Num(profile.NetworkNess)),
            ("community-ness y", Num(profile.CommunityNess)),
            ("external penetration", Num(profile.ExternalPenetration)),
            ("community entropy (normalised)", Num(profile.NormalizedCommunityEntropy)),
            ("reinforced adoption share", Num(profile.ReinforcedAdoptionShare)),
            ("intra-community share", Num(profile.IntraCommunityShare)),
            ("threshold", Num(profile.Threshold)),
        ]), picture);
    }

    public static string Html(OrganizationDiagnosis diagnosis)
    {
        var figures = ReportFigures.OrganizationRows(diagnosis);
        var rows = new List<(string Name, string Value)>(figures.Count);
        foreach (var row in figures)
        {
            rows.Add((row.Id.Length > 0 ? $"{row.Name} ({row.Id})" : row.Name, row.Values[0]));
        }
        return Wrap("OrganizationDiagnosis", SummaryTable("Organisation diagnosis: " + diagnosis.Character, rows), ReportFigures.EmployeeMap(diagnosis));
    }

    public static string Html(EmployeeProfile profile) =>
        Wrap("EmployeeProfile", SummaryTable("Employee " + profile.Id.Value,
        [
            ("department / team", profile.Department + " / " + profile.Team),
            ("community", Num(profile.Community)),
            ("enthusiasm", Num(profile.Enthusiasm)),
            ("spread potential (expected reach)", Num(profile.SpreadPotential)),
            ("resonance potential (evangelist score)", Num(profile.ResonancePotential)),
            ("broadcaster score", Num(profile.BroadcasterScore)),
            ("evangelist / broadcaster", (profile.IsEvangelist ? "evangelist" : "-") + " / " + (profile.IsBroadcaster ? "broadcaster" : "-")),
            ("ONA roles", profile.OnaRoles.ToString()),
            ("cartography role", profile.Cartography.ToString()),
            ("firestorm probability", Num(profile.FirestormProbability)),
        ]), null);

    public static string Html(Algorithms.Seeding.SeedingComparisonResult result)
    {
        var rows = new List<(string Name, string Value)>();
        var bars = new List<BarDatum>();
        foreach (var strategy in result.Strategies)
        {
            rows.Add((strategy.Name, string.Create(CultureInfo.InvariantCulture,
                $"spread {Num(strategy.Spread.Mean)} [{Num(strategy.Spread.Lower)}, {Num(strategy.Spread.Upper)}], reinforced {Num(strategy.ReinforcedAdopters.Mean)}, supporters {Num(strategy.SupporterBase.Mean)}, p(spread vs first) {Num(strategy.SpreadVersusBaseline.PValue)}")));
            bars.Add(new BarDatum(strategy.Name, strategy.Spread.Mean, "spread"));
            bars.Add(new BarDatum(strategy.Name, strategy.ReinforcedAdopters.Mean, "reinforced adopters"));
        }
        rows.Add(("runs (common random numbers)", Num(result.Runs)));
        rows.Add(("random seed", result.RandomSeed.ToString(CultureInfo.InvariantCulture)));
        SvgImage? chart = bars.Count == 0 ? null : Pictures.BarChart(bars, new ChartOptions { Title = "Spread and reinforced adopters by strategy", Width = 520 });
        return Wrap("SeedingComparison", SummaryTable("Strategy comparison", rows), chart);
    }

    public static string Html(SvgImage image) =>
        string.Concat("<div class=\"nvc nvc-svgimage\">", image.Svg, "</div>");

    /// <summary>A two-column summary table: a caption, then one row per (name, value).</summary>
    public static string SummaryTable(string caption, IReadOnlyList<(string Name, string Value)> rows)
    {
        var sb = new StringBuilder();
        sb.Append("<table style=\"border-collapse:collapse;margin:4px 12px 4px 0;font-size:13px\"><caption style=\"text-align:left;font-weight:bold\">")
            .Append(SvgWriter.Escape(caption)).Append("</caption><tbody>");
        foreach (var (name, value) in rows)
        {
            sb.Append("<tr><th style=\"text-align:left;padding:2px 10px 2px 0;font-weight:normal;color:#555555\">")
                .Append(SvgWriter.Escape(name)).Append("</th><td style=\"text-align:right;padding:2px 0\">")
                .Append(SvgWriter.Escape(value)).Append("</td></tr>");
        }
        sb.Append("</tbody></table>");
        return sb.ToString();
    }

    private static string Wrap(string kind, string table, SvgImage? picture) =>
        string.Concat("<div class=\"nvc nvc-", kind.ToLowerInvariant(), "\" style=\"display:flex;flex-wrap:wrap;align-items:flex-start\">",
            table, picture is null ? "" : string.Concat("<div>", picture.Svg, "</div>"), "</div>");

    private static string Text(Partition partition)
    {
        var sizes = partition.Sizes();
        Array.Sort(sizes);
        Array.Reverse(sizes);
        int shown = Math.Min(10, sizes.Length);
        var sb = new StringBuilder(partition.ToString());
        if (shown > 0)
        {
            sb.Append("; sizes ");
            for (int i = 0; i < shown; i++)
            {
                sb.Append(i > 0 ? ", " : "").Append(sizes[i].ToString(CultureInfo.InvariantCulture));
            }
            if (sizes.Length > shown)
            {
                sb.Append(", …");
            }
        }
        return sb.ToString();
    }

    private static int CountTrue(System.Collections.Immutable.ImmutableArray<bool> flags)
    {
        int count = 0;
        foreach (bool f in flags)
        {
            count += f ? 1 : 0;
        }
        return count;
    }

    private static string ExposureText(ExposureCurveResult e)
    {
        var sb = new StringBuilder();
        for (int k = 1; k < e.AdoptionProbability.Length && k <= 10; k++)
        {
            sb.Append(k > 1 ? ", " : "").Append(string.Create(CultureInfo.InvariantCulture, $"p({k}) = {Num(e.AdoptionProbability[k])}"));
        }
        return sb.Length == 0 ? "empty" : sb.ToString();
    }

    private static string Count(System.Collections.Immutable.ImmutableArray<int> counts, int k) =>
        k < counts.Length ? Num(counts[k]) : "–";

    private static string Num(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Num(double value) => ChartKit.Label(value);
}
