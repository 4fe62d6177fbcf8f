using NetworkVsCommunity.Tests.Fixtures;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Visualization;

namespace NetworkVsCommunity.Tests.Visualization;

public class HtmlReportTests
{
    private static HtmlReport Sample()
    {
        var g = TestGraphs.Karate();
        var factions = Partition.FromMembership(TestGraphs.KarateFactions());
        return new HtmlReport("Diagnosis <Acme & Co>")
            .AddParagraph("Reach is \"network\"; resonance is community.")
            .AddHeading("Organisation")
            .AddTable(new TableData(["measure", "value"], [["employees", 34], ["ties", 78], ["modularity", 0.3715]]), "Key figures")
            .AddPicture(Pictures.Graph(g, factions, new GraphDrawingOptions { Layout = new ForceLayoutOptions { RandomSeed = 1 } }), "The club by faction")
            .AddPicture(Pictures.BarChart([new BarDatum("Aiko", 2)]));
    }

    [Fact]
    public void Page_is_a_self_contained_well_formed_html5_document()
    {
        string html = Sample().ToHtml();
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html);
        SvgAssert.SelfContained(html);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        var root = SvgAssert.WellFormed(html["<!DOCTYPE html>\n".Length..]);
        Assert.Equal("Diagnosis <Acme & Co>", root.Descendants("title").First().Value);
        Assert.Equal("Diagnosis <Acme & Co>", root.Descendants("h1").Single().Value);
        Assert.Equal("Organisation", root.Descendants("h2").Single().Value);
        Assert.Equal("Reach is \"network\"; resonance is community.", root.Descendants("p").Single().Value);
        Assert.Equal(2, root.Descendants("figure").Count());
        Assert.Equal("The club by faction", root.Descendants("figcaption").Single().Value);
        Assert.Equal(2, root.Svg("svg").Count());
        var cells = root.Descendants("td").Select(td => (td.Value, (string?)td.Attribute("class"))).ToList();
        Assert.Equal([("employees", null), ("34", "num"), ("ties", null), ("78", "num"), ("modularity", null), ("0.3715", "num")], cells);
        Assert.Equal("Key figures", root.Descendants("caption").Single().Value);
    }

    [Fact]
    public void Page_is_deterministic_and_saved_as_utf8()
    {
        Assert.Equal(Sample().ToHtml(), Sample().ToHtml());
        string path = Path.Combine(Path.GetTempPath(), $"nvc-{Guid.NewGuid():N}.html");
        try
        {
            var report = Sample();
            report.Save(path);
            Assert.Equal(report.ToHtml(), File.ReadAllText(path));
            Assert.Equal((byte)'<', File.ReadAllBytes(path)[0]);
        }
        finally
        {
            File.Delete(path);
        }
        Assert.Equal("HTML report \"Diagnosis <Acme & Co>\" (5 sections)", Sample().ToString());
    }

    [Fact]
    public void Report_renders_in_notebooks_as_a_fragment()
    {
        using var writer = new StringWriter();
        Assert.True(new NotebookFormatter("text/html").Format(Sample(), writer));
        string html = writer.ToString();
        SvgAssert.SelfContained(html);
        var root = SvgAssert.WellFormed(html, fragment: true);
        Assert.Single(root.Descendants("main"));
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentException>(() => new HtmlReport(""));
        Assert.Throws<ArgumentNullException>(() => new HtmlReport("x").AddTable(null!));
        Assert.Throws<ArgumentNullException>(() => new HtmlReport("x").AddPicture(null!));
    }
}
