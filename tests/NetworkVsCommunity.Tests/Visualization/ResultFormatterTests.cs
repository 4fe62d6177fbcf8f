using NetworkVsCommunity.Algorithms.Attribution;
using NetworkVsCommunity.Algorithms.Communities;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Metrics;
using NetworkVsCommunity.Algorithms.Roles;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.IO;
using NetworkVsCommunity.Tests.Fixtures;
using NetworkVsCommunity.Visualization;

namespace NetworkVsCommunity.Tests.Visualization;

/// <summary>Notebook formatters of the analysis results (same checks as <see cref="NotebookFormatterTests"/>).</summary>
public class ResultFormatterTests
{
    private static string Format(object value, string mimeType)
    {
        var attribute = value.GetType().GetCustomAttributes(false).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        object source = Activator.CreateInstance(sourceType, nonPublic: true)!;
        var formatters = (IEnumerable<object>)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!;
        object formatter = formatters.Single(f => (string)f.GetType().GetProperty("MimeType")!.GetValue(f)! == mimeType);
        using var writer = new StringWriter();
        Assert.True((bool)formatter.GetType().GetMethod("Format", [typeof(object), typeof(TextWriter)])!.Invoke(formatter, [value, writer])!);
        return writer.ToString();
    }

    private static System.Xml.Linq.XElement Html(object value)
    {
        string html = Format(value, "text/html");
        SvgAssert.SelfContained(html);
        return SvgAssert.WellFormed(html, fragment: true);
    }

    private static List<string> Cells(System.Xml.Linq.XElement root) =>
        root.Descendants("tr").Select(tr => string.Join("=", tr.Elements().Select(e => e.Value))).ToList();

    [Fact]
    public void Leiden_result_shows_quality_seed_and_community_sizes()
    {
        var result = CommunityDetection.Leiden(TestGraphs.TwoK5WithBridge(1, meetOneNode: false), new LeidenOptions { RandomSeed = 3 });
        var root = Html(result);
        var cells = Cells(root);
        Assert.Contains("communities=2", cells);
        Assert.Contains("random seed=3", cells);
        Assert.Contains($"modularity={ChartKit.Label(result.Modularity)}", cells);
        Assert.Contains("converged=" + (result.Converged ? "yes" : "no"), cells);
        Assert.Equal(["community 0: 5", "community 1: 5"], root.Svg("rect").Select(r => r.Value).Where(v => v.Length > 0));
        Assert.StartsWith("Leiden: 2 communities, modularity ", Format(result, "text/plain"));
    }

    [Fact]
    public void Monte_carlo_result_shows_the_mean_and_the_size_distribution()
    {
        var result = DiffusionSimulator.MonteCarlo(TestGraphs.Star(5), [0], new MonteCarloOptions
        {
            Model = new IndependentCascadeModel { Probability = 1.0 },
            Sampling = new SamplingOptions { Runs = 20, RandomSeed = 9 },
        });
        var root = Html(result);
        var cells = Cells(root);
        Assert.Contains("runs=20", cells);
        Assert.Contains("mean adopters=6 ± 0", cells); // p = 1 on a star seeded at its centre reaches all 6 nodes
        Assert.Contains("random seed=9", cells);
        Assert.Equal(["runs: size 6, share 1"], root.Svg("g").Single(e => (string?)e.Attribute("class") == "bars").Elements().Select(e => e.Value));
        Assert.StartsWith("Monte Carlo: 20 runs, mean adopters 6 ± 0", Format(result, "text/plain"));
    }

    [Fact]
    public void Exposure_curve_result_shows_p_of_k_with_counts()
    {
        var result = new ExposureCurveResult([double.NaN, 0.5, 1.0, double.NaN], [0, 2, 1, 0], [0, 4, 1, 0]);
        var root = Html(result);
        var cells = Cells(root);
        Assert.Equal(["p(1)=0.5 (2 of 4)", "p(2)=1 (1 of 1)", "p(3)=– (0 of 0)"], cells);
        Assert.Equal(2, root.Svg("circle").Count());
        Assert.Equal("Exposure curve p(k): p(1) = 0.5, p(2) = 1, p(3) = –", Format(result, "text/plain"));
    }

    [Fact]
    public void Shapley_credit_result_shows_one_bar_per_player()
    {
        var result = FairCredit.CoverageShapley(TestGraphs.Path(5), [0, 4], hops: 1);
        var root = Html(result);
        var cells = Cells(root);
        Assert.Contains("players=2", cells);
        Assert.Contains($"value (Σ credit)={ChartKit.Label(result.Value)}", cells);
        Assert.Contains("runs=exact", cells);
        var bars = root.Svg("rect").Select(r => r.Value).Where(v => v.Length > 0).ToList();
        Assert.Equal([$"node 0: {ChartKit.Label(result.Credits[0])}", $"node 4: {ChartKit.Label(result.Credits[1])}"], bars);
    }

    [Fact]
    public void Employee_network_shows_counts_and_people_by_department()
    {
        var network = PeopleTiesCsv.Read(
            new StringReader("id,kind,department\na,employee,Sales\nb,employee,Sales\nc,employee,R&D\nx,external,\n"),
            new StringReader("source,target,kind\na,b,colleague\nb,c,colleague\nx,a,follows\n"));
        var root = Html(network);
        var cells = Cells(root);
        Assert.Contains("employees=3", cells);
        Assert.Contains("externals=1", cells);
        Assert.Contains("ties=3", cells);
        Assert.Contains("departments=2", cells);
        var texts = root.Texts().ToList();
        Assert.Contains("Sales (2)", texts);
        Assert.Contains("R&D (1)", texts);
        Assert.Contains("external (1)", texts);
        Assert.Contains(root.Svg("circle"), c => c.Value == "c · R&D");
        Assert.Equal(network.ToString(), Format(network, "text/plain"));
    }

    [Fact]
    public void Advocacy_role_scores_show_counts_and_the_employee_map()
    {
        var g = TestGraphs.Barbell();
        var p = Partition.FromMembership([0, 0, 0, 0, 1, 1, 1, 1]);
        var scores = RoleAnalysis.EvangelistsAndBroadcasters(g, p, [0, 1, 2, 3, 4, 5, 6, 7],
            Models.IC(0.5), new SamplingOptions { Runs = 200, RandomSeed = 4 }, topQuantile: 0.75);
        var root = Html(scores);
        var cells = Cells(root);
        Assert.Contains("candidates=8", cells);
        Assert.Contains($"evangelists={scores.IsEvangelist.Count(b => b)}", cells);
        Assert.Contains($"broadcasters={scores.IsBroadcaster.Count(b => b)}", cells);
        Assert.Contains("runs=200", cells);
        Assert.Contains("random seed=4", cells);
        var points = root.Svg("g").Single(e => (string?)e.Attribute("class") == "points").Elements().ToList();
        Assert.Equal(8, points.Count);
        Assert.Contains(points, c => c.Value.StartsWith("node 3 · ", StringComparison.Ordinal));
        Assert.Contains("Advocacy roles of 8 candidates", Format(scores, "text/plain"));
    }

    [Fact]
    public void Spread_share_profile_shows_its_quadrant()
    {
        var profile = new SpreadShareProfile(0.6, 0.1, SpreadShareQuadrant.Broadcast, 0.8, 0.75, 0.2, 0.5, 0.25);
        var root = Html(profile);
        var cells = Cells(root);
        Assert.Contains("quadrant=Broadcast", cells);
        Assert.Contains("network-ness x=0.6", cells);
        Assert.Contains("community-ness y=0.1", cells);
        Assert.Contains("broadcast (1)", root.Texts());
        Assert.Contains("evangelism (0)", root.Texts());
        Assert.Equal("Spread-vs-share profile: network-ness 0.6, community-ness 0.1, Broadcast", Format(profile, "text/plain"));
    }

    [Fact]
    public void Campaign_report_shows_both_sides_position_and_credit()
    {
        var network = PeopleTiesCsv.Read(
            new StringReader("id,kind,department\na,employee,Sales\nb,employee,Sales\nc,employee,R&D\nd,employee,R&D\nx,external,\ny,external,\n"),
            new StringReader("source,target,kind\na,b,colleague\nb,c,colleague\nc,d,colleague\na,c,colleague\nx,a,follows\ny,c,follows\n"));
        var report = Campaigns.Analyze(network, [new EmployeeId("a"), new EmployeeId("c")], new CampaignOptions { Runs = 40, RandomSeed = 8 });
        var root = Html(report);
        var cells = Cells(root);
        Assert.Contains("sharers=2", cells);
        Assert.Contains("runs=40", cells);
        Assert.Contains("random seed=8", cells);
        Assert.Contains(cells, c => c.StartsWith($"position={report.Position.Quadrant} (x ", StringComparison.Ordinal));
        var bars = root.Svg("rect").Select(r => r.Value).Where(v => v.Contains("credit", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, bars.Count);
        Assert.Contains(bars, b => b.StartsWith("a · spread credit: ", StringComparison.Ordinal));
        Assert.Contains("this campaign", root.Texts());
        Assert.StartsWith("Campaign of 2 sharers: ", Format(report, "text/plain"));
    }
}
