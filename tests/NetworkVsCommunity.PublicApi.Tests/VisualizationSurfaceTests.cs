using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Visualization;

namespace NetworkVsCommunity.PublicApi.Tests;

public class VisualizationSurfaceTests
{
    [Fact]
    public void A_user_draws_pictures_and_builds_a_report_with_the_public_surface_only()
    {
        var builder = new GraphBuilder();
        foreach (var (u, v) in new[] { (0, 1), (0, 2), (1, 2), (3, 4), (3, 5), (4, 5), (2, 3) })
        {
            builder.AddEdge(u, v);
        }
        CsrGraph graph = builder.Build();
        var partition = Partition.FromMembership([0, 0, 0, 1, 1, 1]);
        var layout = ForceLayout.FruchtermanReingold(graph, new ForceLayoutOptions { RandomSeed = 3 });
        Assert.Equal(3, layout.RandomSeed);
        Assert.Equal(6, layout.X.Length);

        SvgImage network = Pictures.Graph(graph, partition, new GraphDrawingOptions { Layout = new ForceLayoutOptions { RandomSeed = 3 } });
        SvgImage tree = Pictures.CascadeTree(new Cascade(6, [2, 3, 4], [0, 1, 2], [-1, 2, 3]), partition);
        SvgImage map = Pictures.Scatter([new ScatterPoint(0.2, 0.9, "Aiko"), new ScatterPoint(0.8, 0.1, "Ben")]);
        SvgImage credit = Pictures.BarChart([new BarDatum("Aiko", 1.5), new BarDatum("Ben", 0.5)]);
        SvgImage sizes = Pictures.CascadeSizeHistogram([new DataSeries("runs", [1, 2, 2, 3])]);
        SvgImage exposure = Pictures.ExposureCurve([new DataSeries("p(k)", [0.1, 0.4])]);
        string html = new HtmlReport("Check")
            .AddParagraph("All pictures.")
            .AddTable(new TableData(["nodes", "edges"], [[graph.NodeCount, graph.EdgeCount]]))
            .AddPicture(network).AddPicture(tree).AddPicture(map).AddPicture(credit).AddPicture(sizes).AddPicture(exposure)
            .ToHtml();
        Assert.Equal(6, html.Split("<svg xmlns=\"http://www.w3.org/2000/svg\"").Length - 1);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("#E69F00", Palette.Color(0));
        Assert.Equal(Palette.Other, Palette.Color(8));
    }
}
