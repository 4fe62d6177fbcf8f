using System.Collections.Immutable;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Tests.Fixtures;
using NetworkVsCommunity.Visualization;

namespace NetworkVsCommunity.Tests.Visualization;

public class PicturesTests
{
    private static readonly GraphDrawingOptions Seeded = new() { Layout = new ForceLayoutOptions { RandomSeed = 5 } };

    /// <summary>A cascade on a path 0-1-2-3 plus a branch 1-4: sharer 0; 1 at step 1; 2 and 4 at step 2; 3 at step 3.</summary>
    private static Cascade Branching() =>
        new(6, [0, 1, 2, 4, 3], [0, 1, 2, 2, 3], [-1, 0, 1, 1, 2]);

    [Fact]
    public void Karate_drawing_has_a_disc_per_node_a_legend_per_faction_and_is_self_contained()
    {
        var g = TestGraphs.Karate();
        var factions = Partition.FromMembership(TestGraphs.KarateFactions());
        var image = Pictures.Graph(g, factions, Seeded);
        var root = SvgAssert.WellFormed(image.Svg);
        SvgAssert.SelfContained(image.Svg);
        // 34 node discs + 2 legend discs
        Assert.Equal(34, root.Svg("g").Single(e => (string?)e.Attribute("class") == "nodes").Elements().Count());
        Assert.Equal(36, root.Svg("circle").Count());
        var texts = root.Texts().ToList();
        Assert.Contains("34 nodes, 78 edges, 2 communities", texts);
        Assert.Contains($"community 0 ({factions.Size(0)})", texts);
        Assert.Contains($"community 1 ({factions.Size(1)})", texts);
        Assert.Contains("33", texts); // node labels for a small graph
        Assert.Contains("layout random seed 5", image.Diagnostics);
        // one path with 78 segments
        Assert.Equal(78, root.Svg("path").Single().Attribute("d")!.Value.Split('M', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Same_random_seed_gives_the_same_bytes()
    {
        var g = TestGraphs.RingOfCliques(5, 4);
        var p = Partition.FromMembership(Enumerable.Range(0, 20).Select(v => v / 4).ToArray());
        Assert.Equal(Pictures.Graph(g, p, Seeded).Svg, Pictures.Graph(g, p, Seeded).Svg);
        Assert.NotEqual(Pictures.Graph(g, p, Seeded).Svg,
            Pictures.Graph(g, p, Seeded with { Layout = new ForceLayoutOptions { RandomSeed = 6 } }).Svg);
        Assert.Equal(Pictures.CascadeTree(Branching()).Svg, Pictures.CascadeTree(Branching()).Svg);
    }

    [Fact]
    public void Communities_beyond_the_palette_are_grey_and_counted_as_other()
    {
        var g = TestGraphs.RingOfCliques(10, 3);
        var p = Partition.FromMembership(Enumerable.Range(0, 30).Select(v => v / 3).ToArray());
        var root = SvgAssert.WellFormed(Pictures.Graph(g, p, Seeded).Svg);
        Assert.Contains("2 others (6)", root.Texts());
        Assert.Equal(6, root.Svg("circle").Count(c => (string?)c.Attribute("fill") == Palette.Other) - 1);
    }

    [Fact]
    public void A_graph_above_the_limit_is_drawn_as_its_community_summary()
    {
        var g = TestGraphs.RingOfCliques(6, 5);
        var p = Partition.FromMembership(Enumerable.Range(0, 30).Select(v => v / 5).ToArray());
        var image = Pictures.Graph(g, p, Seeded with { MaxNodes = 10 });
        var root = SvgAssert.WellFormed(image.Svg);
        SvgAssert.SelfContained(image.Svg);
        Assert.Contains(image.Diagnostics, d => d.Contains("30 nodes exceed options.MaxNodes = 10"));
        var discs = root.Svg("g").Single(e => (string?)e.Attribute("class") == "communities").Elements().ToList();
        Assert.Equal(6, discs.Count);
        Assert.All(discs, d => Assert.StartsWith("community ", d.Value));
        Assert.Contains(discs, d => d.Value == "community 0: 5 members, internal weight 10");
        // the ring of 6 cliques has 6 inter-community edges of weight 1
        Assert.Equal(6, root.Svg("g").Single(e => (string?)e.Attribute("class") == "summary-edges").Elements().Count());
    }

    [Fact]
    public void Summary_edge_width_follows_the_inter_community_weight()
    {
        // Two K5 joined by a bridge of width 3, plus a single K5-to-node edge elsewhere is not needed: one summary edge.
        var g = TestGraphs.TwoK5WithBridge(3, meetOneNode: false);
        var p = Partition.FromMembership(Enumerable.Range(0, 10).Select(v => v / 5).ToArray());
        var root = SvgAssert.WellFormed(Pictures.CommunitySummary(g, p, Seeded).Svg);
        var line = root.Svg("g").Single(e => (string?)e.Attribute("class") == "summary-edges").Elements().Single();
        Assert.Equal("7.5", line.Attribute("stroke-width")!.Value); // 0.5 + 7 × (3 / 3)
        Assert.Equal(2, root.Svg("g").Single(e => (string?)e.Attribute("class") == "communities").Elements().Count());
    }

    [Fact]
    public void Without_a_partition_a_large_graph_is_summarised_by_components()
    {
        var g = TestGraphs.TwoTriangles(joined: false);
        var image = Pictures.Graph(g, null, Seeded with { MaxNodes = 3 });
        Assert.Contains(image.Diagnostics, d => d.Contains("weakly connected components"));
        var root = SvgAssert.WellFormed(image.Svg);
        Assert.Equal(2, root.Svg("g").Single(e => (string?)e.Attribute("class") == "communities").Elements().Count());
    }

    [Fact]
    public void Scatter_draws_quadrants_with_counts_and_labels()
    {
        var points = new[]
        {
            new ScatterPoint(0.9, 0.1, "Aiko"),      // broadcast (bottom-right)
            new ScatterPoint(0.8, 0.9, "Ben"),       // both
            new ScatterPoint(0.1, 0.95, "Chidi"),    // evangelism
            new ScatterPoint(0.2, 0.85, "Dana"),     // evangelism
            new ScatterPoint(0.05, 0.05, "Eve & <Co>"), // neither
        };
        var image = Pictures.Scatter(points, new ScatterOptions { XThreshold = 0.5, YThreshold = 0.5 });
        var root = SvgAssert.WellFormed(image.Svg);
        SvgAssert.SelfContained(image.Svg);
        var texts = root.Texts().ToList();
        Assert.Contains("evangelism (2)", texts);
        Assert.Contains("both (1)", texts);
        Assert.Contains("neither (1)", texts);
        Assert.Contains("broadcast (1)", texts);
        Assert.Contains("Eve & <Co>", texts);
        Assert.Contains("network (spread)", texts);
        Assert.Contains("community (resonance)", texts);
        Assert.Equal(5, root.Svg("circle").Count());
        Assert.Equal(["evangelism (2)", "both (1)", "neither (1)", "broadcast (1)"], image.Diagnostics.ToArray());
        // dashed quadrant lines at x = 0.5 and y = 0.5
        Assert.Equal(2, root.Svg("line").Count(l => l.Attribute("stroke-dasharray") is not null));
    }

    [Fact]
    public void Scatter_thresholds_default_to_the_medians_and_groups_get_a_legend()
    {
        var points = Enumerable.Range(0, 9).Select(i => new ScatterPoint(i, 8 - i, $"p{i}", i % 2 == 0 ? "Sales" : "R&D")).ToList();
        var image = Pictures.Scatter(points);
        var texts = SvgAssert.WellFormed(image.Svg).Texts().ToList();
        // median x = 4, median y = 4: x ≥ 4 and y ≥ 4 only for p4; x < 4 and y ≥ 4 for p0..p3
        Assert.Contains("evangelism (4)", texts);
        Assert.Contains("both (1)", texts);
        Assert.Contains("broadcast (4)", texts);
        Assert.Contains("neither (0)", texts);
        Assert.Contains("Sales", texts);
        Assert.Contains("R&D", texts);
    }

    [Fact]
    public void Scatter_rejects_non_finite_points_and_wrong_quadrant_labels()
    {
        Assert.Throws<ArgumentException>(() => Pictures.Scatter([new ScatterPoint(double.NaN, 0, "x")]));
        Assert.Throws<ArgumentException>(() => Pictures.Scatter([], new ScatterOptions { QuadrantLabels = ["a", "b"] }));
        SvgAssert.WellFormed(Pictures.Scatter([]).Svg);
    }

    [Fact]
    public void Cascade_tree_places_steps_in_rows_and_parents_over_children()
    {
        var cascade = Branching();
        var p = Partition.FromMembership([0, 0, 0, 1, 1, 1]);
        var image = Pictures.CascadeTree(cascade, p, nodeLabels: ["Ann", "Bo", "Cy", "Di", "Ed", "Flo"]);
        var root = SvgAssert.WellFormed(image.Svg);
        SvgAssert.SelfContained(image.Svg);
        var texts = root.Texts().ToList();
        Assert.Contains("Cascade: 5 adopters from 1 sharers, 3 steps", texts);
        Assert.Contains("step 0", texts);
        Assert.Contains("step 3", texts);
        Assert.Contains("Di", texts);
        Assert.DoesNotContain("Flo", texts); // node 5 did not adopt
        var adopters = root.Svg("g").Single(e => (string?)e.Attribute("class") == "adopters").Elements().ToList();
        Assert.Equal(5, adopters.Count);
        Assert.Equal("Ann · step 0 · community 0", adopters[0].Value);
        Assert.Equal("sharer", (string?)adopters[0].Attribute("class"));
        double X(int i) => double.Parse(adopters[i].Attribute("cx")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        double Y(int i) => double.Parse(adopters[i].Attribute("cy")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        // rows by step
        Assert.True(Y(0) < Y(1) && Y(1) < Y(2) && Y(2) == Y(3) && Y(3) < Y(4));
        // node 1 (index 1) is centred over its children 2 (index 2) and 4 (index 3); 3 sits under 2
        Assert.Equal((X(2) + X(3)) / 2, X(1), 1);
        Assert.Equal(X(2), X(4), 1);
        Assert.True(X(2) < X(3));
        // 4 tree edges
        Assert.Equal(4, root.Svg("path").Single().Attribute("d")!.Value.Split('M', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Cascade_with_several_sharers_draws_a_forest()
    {
        var cascade = new Cascade(5, [0, 3, 1, 4], [0, 0, 1, 1], [-1, -1, 0, 3]);
        var root = SvgAssert.WellFormed(Pictures.CascadeTree(cascade).Svg);
        Assert.Equal(2, root.Svg("circle").Count(c => (string?)c.Attribute("class") == "sharer"));
        Assert.Equal(4, root.Svg("circle").Count());
    }

    [Fact]
    public void Histogram_counts_shares_per_size_and_reports_the_mean()
    {
        var sizes = new DataSeries("spread", [1, 1, 2, 5]);
        var other = new DataSeries("resonance", [3, 3]);
        var image = Pictures.CascadeSizeHistogram([sizes, other]);
        var root = SvgAssert.WellFormed(image.Svg);
        SvgAssert.SelfContained(image.Svg);
        var bars = root.Svg("g").Single(e => (string?)e.Attribute("class") == "bars").Elements().Select(e => e.Value).ToList();
        Assert.Equal(["spread: size 1, share 0.5", "spread: size 2, share 0.25", "spread: size 5, share 0.25", "resonance: size 3, share 1"], bars);
        var texts = root.Texts().ToList();
        Assert.Contains("spread (mean 2.25, 4 runs)", texts);
        Assert.Contains("resonance (mean 3, 2 runs)", texts);
        Assert.Throws<ArgumentException>(() => Pictures.CascadeSizeHistogram([new DataSeries("x", [-1])]));
    }

    [Fact]
    public void Histogram_of_cascades_uses_their_sizes_and_bins_wide_ranges()
    {
        var image = Pictures.CascadeSizeHistogram([Branching(), new Cascade(6, [2], [0], [-1])], "IC");
        Assert.Contains("IC (mean 3, 2 runs)", SvgAssert.WellFormed(image.Svg).Texts());
        var wide = Pictures.CascadeSizeHistogram([new DataSeries("w", [.. Enumerable.Range(0, 100).Select(i => (double)i)])]);
        var bars = SvgAssert.WellFormed(wide.Svg).Svg("g").Single(e => (string?)e.Attribute("class") == "bars").Elements().ToList();
        Assert.Equal(20, bars.Count);
        Assert.Equal("w: size 0–4, share 0.05", bars[0].Value);
    }

    [Fact]
    public void Exposure_curve_breaks_at_undefined_points()
    {
        var image = Pictures.ExposureCurve([new DataSeries("observed", [0.1, 0.3, double.NaN, 0.4]), new DataSeries("simple", [0.2])]);
        var root = SvgAssert.WellFormed(image.Svg);
        SvgAssert.SelfContained(image.Svg);
        Assert.Equal(4, root.Svg("circle").Count());
        Assert.Contains(root.Svg("circle"), c => c.Value == "observed: p(4) = 0.4");
        var paths = root.Svg("path").ToList();
        Assert.Equal(2, paths[0].Attribute("d")!.Value.Split('M', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("Exposure curve p(k)", root.Texts());
        Assert.Throws<ArgumentException>(() => Pictures.ExposureCurve([new DataSeries("bad", [1.5])]));
    }

    [Fact]
    public void Bar_chart_draws_one_bar_per_datum_with_values_and_series_legend()
    {
        var bars = new[]
        {
            new BarDatum("Aiko", 2.5, "spread"), new BarDatum("Aiko", 1, "resonance"),
            new BarDatum("Ben", 0.5, "spread"), new BarDatum("Ben", 3, "resonance"),
        };
        var image = Pictures.BarChart(bars);
        var root = SvgAssert.WellFormed(image.Svg);
        SvgAssert.SelfContained(image.Svg);
        var rects = root.Svg("g").Single(e => (string?)e.Attribute("class") == "bars").Elements(System.Xml.Linq.XName.Get("rect", SvgAssert.SvgNamespace)).ToList();
        Assert.Equal(["Aiko · spread: 2.5", "Aiko · resonance: 1", "Ben · spread: 0.5", "Ben · resonance: 3"], rects.Select(r => r.Value));
        var texts = root.Texts().ToList();
        Assert.Contains("Fair credit", texts);
        Assert.Contains("Aiko", texts);
        Assert.Contains("spread", texts);
        Assert.Contains("resonance", texts);
        Assert.Contains("2.5", texts);
        // the 3-credit bar is the longest
        Assert.Equal(rects.Max(r => double.Parse(r.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture)),
            double.Parse(rects[3].Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Table_draws_headers_and_cells()
    {
        var table = new TableData(["employee", "credit"], [["Aiko", 2.5], ["Ben", 1.0 / 3]]);
        Assert.Equal("0.3333", table.Rows[1][1]);
        var root = SvgAssert.WellFormed(Pictures.Table(table, new ChartOptions { Title = "Credit" }).Svg);
        Assert.Equal(["Credit", "employee", "Aiko", "Ben", "credit", "2.5", "0.3333"], root.Texts());
        Assert.Throws<ArgumentException>(() => new TableData(["a"], [["x", "y"]]));
    }

    [Fact]
    public void Hostile_labels_stay_text()
    {
        var image = Pictures.Scatter([new ScatterPoint(0, 0, "<script>alert(1)</script>\u0007", "\"><g onload=x>")]);
        Assert.DoesNotContain("<script", image.Svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<g onload", image.Svg, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("<script>alert(1)</script>\uFFFD · \"><g onload=x>", SvgAssert.WellFormed(image.Svg).Svg("circle").First().Value);
    }

    [Fact]
    public void Save_writes_utf8_without_bom()
    {
        string path = Path.Combine(Path.GetTempPath(), $"nvc-{Guid.NewGuid():N}.svg");
        try
        {
            var image = Pictures.BarChart([new BarDatum("Zoë", 1)]);
            image.Save(path);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal((byte)'<', bytes[0]);
            Assert.Equal(image.Svg, File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Options_are_validated()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Pictures.Graph(TestGraphs.Ring(4), null, new GraphDrawingOptions { MaxNodes = 0 }));
        Assert.Contains("options.MaxNodes = 0", e.Message);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => Pictures.BarChart([], new ChartOptions { Width = 5 }));
        Assert.Contains("options.Width = 5", e.Message);
        Assert.Throws<ArgumentException>(() => Pictures.Graph(TestGraphs.Ring(4), Partition.AllInOne(3)));
    }

    [Fact]
    public void Points_outside_an_explicit_range_sit_on_the_frame()
    {
        var root = SvgAssert.WellFormed(Pictures.Scatter([new ScatterPoint(1.4, -0.2, "out")], new ScatterOptions { XRange = (0, 1), YRange = (0, 1) }).Svg);
        var dot = root.Svg("g").Single(e => (string?)e.Attribute("class") == "points").Elements().Single();
        double cx = double.Parse(dot.Attribute("cx")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        double cy = double.Parse(dot.Attribute("cy")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(640 - 16, cx, 2);   // right edge of the plot
        Assert.Equal(480 - 48, cy, 2);   // bottom edge of the plot
    }
}
