using NetworkVsCommunity.Visualization;

namespace NetworkVsCommunity.Tests.Visualization;

public class SvgWriterTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-0.001, "0")]
    [InlineData(1234.5678, "1234.57")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(1e-9, "0")]
    [InlineData(3.0, "3")]
    [InlineData(double.NaN, "0")]
    public void Numbers_are_invariant_with_two_decimals(double value, string expected) =>
        Assert.Equal(expected, SvgWriter.Num(value));

    [Fact]
    public void Escape_handles_markup_quotes_and_characters_xml_cannot_carry()
    {
        Assert.Equal("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", SvgWriter.Escape("a <b> & \"c\" 'd'"));
        Assert.Equal("x\uFFFDy", SvgWriter.Escape("x\u0001y"));
        Assert.Equal("日本 😀", SvgWriter.Escape("日本 😀"));
        Assert.Equal("", SvgWriter.Escape(null));
    }

    [Fact]
    public void Document_has_namespace_viewbox_title_and_escaped_content()
    {
        var w = new SvgWriter(200, 100.5, "T <1>");
        w.BeginGroup("class=\"g\"").Circle(10, 20, 3, "#000000", tooltip: "</title><script>").Text(5, 5, "a&b").EndGroup();
        string svg = w.Finish();
        var root = SvgAssert.WellFormed(svg);
        Assert.Equal("0 0 200 100.5", root.Attribute("viewBox")!.Value);
        Assert.Equal("T <1>", root.Svg("title").First().Value);
        Assert.Equal("</title><script>", root.Svg("circle").Single().Value);
        Assert.Equal("a&b", root.Texts().Single());
        SvgAssert.SelfContained(svg);
    }

    [Fact]
    public void Unbalanced_groups_are_rejected()
    {
        var w = new SvgWriter(10, 10, null);
        Assert.Throws<InvalidOperationException>(() => w.EndGroup());
        w.BeginGroup();
        Assert.Throws<InvalidOperationException>(() => w.Finish());
    }

    [Theory]
    [InlineData(0.0005, 0.0005, "0.0005")]
    [InlineData(0.001, 0.0005, "0.0010")]
    [InlineData(0.5, 0.25, "0.50")]
    [InlineData(1000.0, 500.0, "1,000")]
    [InlineData(0.0, 0.2, "0.0")]
    public void Tick_labels_carry_the_decimals_of_the_step(double value, double step, string expected) =>
        Assert.Equal(expected, ChartKit.TickLabel(value, step));
}
