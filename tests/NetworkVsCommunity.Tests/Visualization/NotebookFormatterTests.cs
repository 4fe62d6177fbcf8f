using System.Reflection;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Tests.Fixtures;
using NetworkVsCommunity.Visualization;

namespace NetworkVsCommunity.Tests.Visualization;

/// <summary>
/// The notebook formatters, driven the way .NET Interactive drives them: find the attribute named
/// TypeFormatterSourceAttribute on the value's type, create the source, call CreateTypeFormatters() and each formatter's
/// MimeType and Format(object, TextWriter) by reflection.
/// </summary>
public class NotebookFormatterTests
{
    private static string Format(object value, string mimeType)
    {
        var attribute = value.GetType().GetCustomAttributes(false).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var preferred = (string[])attribute.GetType().GetProperty("PreferredMimeTypes")!.GetValue(attribute)!;
        Assert.Equal(["text/html", "text/plain"], preferred);
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        object source = Activator.CreateInstance(sourceType, nonPublic: true)!;
        var formatters = (IEnumerable<object>)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!;
        foreach (object formatter in formatters)
        {
            if ((string)formatter.GetType().GetProperty("MimeType")!.GetValue(formatter)! != mimeType)
            {
                continue;
            }
            using var writer = new StringWriter();
            bool handled = (bool)formatter.GetType().GetMethod("Format", [typeof(object), typeof(TextWriter)])!.Invoke(formatter, [value, writer])!;
            Assert.True(handled);
            return writer.ToString();
        }
        throw new InvalidOperationException("no formatter for " + mimeType);
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
    public void Graph_html_has_a_summary_table_and_a_drawing()
    {
        var root = Html(TestGraphs.Karate());
        var cells = Cells(root);
        Assert.Contains("nodes=34", cells);
        Assert.Contains("edges=78", cells);
        Assert.Contains("weighted=no", cells);
        Assert.Contains("max degree=17", cells);
        Assert.Contains("density=0.139", cells); // 78 / 561
        Assert.Equal(34, root.Svg("g").Single(e => (string?)e.Attribute("class") == "nodes").Elements().Count());
        Assert.Equal("undirected unweighted graph: 34 nodes, 78 edges", Format(TestGraphs.Karate(), "text/plain"));
    }

    [Fact]
    public void Graph_html_is_deterministic_and_summarises_large_graphs()
    {
        Assert.Equal(Format(TestGraphs.Karate(), "text/html"), Format(TestGraphs.Karate(), "text/html"));
        var big = TestGraphs.Ring(NotebookHtml.MaxDrawnNodes + 1);
        var root = Html(big);
        Assert.Single(root.Svg("g").Single(e => (string?)e.Attribute("class") == "communities").Elements());
    }

    [Fact]
    public void Partition_html_has_counts_and_a_size_chart()
    {
        var p = Partition.FromMembership([0, 0, 0, 1, 1, 2]);
        var root = Html(p);
        var cells = Cells(root);
        Assert.Contains("nodes=6", cells);
        Assert.Contains("communities=3", cells);
        Assert.Contains("largest=3", cells);
        Assert.Contains("smallest=1", cells);
        Assert.Contains("singletons=1", cells);
        var bars = root.Svg("rect").Select(r => r.Value).Where(v => v.Length > 0).ToList();
        Assert.Equal(["community 0: 3", "community 1: 2", "community 2: 1"], bars);
        Assert.Equal("Partition: 6 nodes in 3 communities; sizes 3, 2, 1", Format(p, "text/plain"));
    }

    [Fact]
    public void Cascade_html_has_counts_per_step_and_a_tree()
    {
        var c = new Cascade(6, [0, 1, 2, 4, 3], [0, 1, 2, 2, 3], [-1, 0, 1, 1, 2]);
        var root = Html(c);
        var cells = Cells(root);
        Assert.Contains("adopters=5", cells);
        Assert.Contains("initial sharers=1", cells);
        Assert.Contains("steps=3", cells);
        Assert.Contains("adopters per step=1, 1, 2, 1", cells);
        Assert.Contains("reach=0.833", cells);
        Assert.Equal(5, root.Svg("g").Single(e => (string?)e.Attribute("class") == "adopters").Elements().Count());
        Assert.Equal("Cascade: 5 adopters from 1 sharers, 3 steps", Format(c, "text/plain"));
    }

    [Fact]
    public void Svg_image_html_is_the_picture()
    {
        var image = Pictures.BarChart([new BarDatum("a", 1)]);
        var root = Html(image);
        Assert.Single(root.Svg("svg"));
        Assert.Contains("Fair credit", root.Texts());
        Assert.StartsWith("SVG picture \"Fair credit\"", Format(image, "text/plain"));
    }

    [Fact]
    public void Empty_values_format()
    {
        Assert.Contains("nodes=0", Cells(Html(new GraphBuilder().Build())));
        Assert.Contains("communities=0", Cells(Html(Partition.Singletons(0))));
        Assert.Contains("adopters=0", Cells(Html(new Cascade(3, [], [], []))));
    }

    [Fact]
    public void Formatters_decline_other_types()
    {
        var formatter = new NotebookFormatter("text/html");
        Assert.False(formatter.Format("a string", new StringWriter()));
        Assert.Null(typeof(string).GetCustomAttribute<TypeFormatterSourceAttribute>());
    }

    private static EmployeeNetwork SmallOrganization() => TestOrganizations.TeamAndBroadcaster(teamSize: 4, followers: 3, bridgeFrom: 0);

    [Fact]
    public void Organisation_diagnosis_and_profiles_render_their_figures()
    {
        var diagnosis = SmallOrganization().Diagnose(new DiagnosisOptions { Model = Models.IC(1), Runs = 5, RandomSeed = 2 });
        var cells = Cells(Html(diagnosis));
        Assert.Contains("employees / outside contacts=5 / 3", cells);
        Assert.Contains("ties between employees=7", cells);
        Assert.StartsWith("Organisation of 5 employees and 3 external people:", Format(diagnosis, "text/plain"));

        var profile = diagnosis.Profiles.Single(p => p.Id == new EmployeeId("b"));
        var profileCells = Cells(Html(profile));
        Assert.Contains("department / team=marketing / ", profileCells);
        Assert.Contains(profileCells, c => c.StartsWith("spread potential (expected reach)=", StringComparison.Ordinal));
        Assert.StartsWith("b (marketing): spread potential", Format(profile, "text/plain"));
    }

    [Fact]
    public void Strategy_comparison_renders_every_strategy()
    {
        var estimate = new NetworkVsCommunity.Algorithms.Seeding.OutcomeEstimate(12.5, 0.5, 11.5, 13.5);
        var none = new NetworkVsCommunity.Algorithms.Seeding.PairedDifference(0, 0, 0, 0, 0, 1, 0);
        var result = new NetworkVsCommunity.Algorithms.Seeding.SeedingComparisonResult(
            [
                new("degree", [0, 1], estimate, estimate with { Mean = 3 }, estimate with { Mean = 1 }, 2.0, 0.5, [6.0, 6.5], none, none),
                new("clustered", [2, 3], estimate with { Mean = 8 }, estimate with { Mean = 5 }, estimate with { Mean = 2 }, 1.0, 0.4, [4.0, 4.0], none, none),
            ],
            40, 7, NetworkVsCommunity.Algorithms.Seeding.SeedingComparisonOptions.Default, []);
        var root = Html(result);
        var cells = Cells(root);
        Assert.Contains(cells, c => c.StartsWith("degree=spread 12.5", StringComparison.Ordinal));
        Assert.Contains(cells, c => c.StartsWith("clustered=spread 8", StringComparison.Ordinal));
        Assert.Contains("random seed=7", cells);
        Assert.Contains("Strategy comparison over 40 common runs", Format(result, "text/plain"));
    }
}
