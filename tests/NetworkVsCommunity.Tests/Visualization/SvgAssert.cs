using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace NetworkVsCommunity.Tests.Visualization;

/// <summary>Checks shared by the picture, formatter and report tests.</summary>
internal static class SvgAssert
{
    public const string SvgNamespace = "http://www.w3.org/2000/svg";

    /// <summary>Parses with DTD processing prohibited; a fragment (HTML of a formatter) is wrapped in a root element.</summary>
    public static XElement WellFormed(string xml, bool fragment = false)
    {
        string text = fragment ? "<root>" + xml + "</root>" : xml;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(text), settings);
        var doc = XDocument.Load(reader);
        return doc.Root!;
    }

    /// <summary>No script and no URL: the only "http" allowed is the SVG namespace in xmlns attributes (required on every svg root).</summary>
    public static void SelfContained(string text)
    {
        Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", text, StringComparison.OrdinalIgnoreCase);
        int svgRoots = Regex.Count(text, "<svg[ >]");
        int namespaces = Regex.Count(text, "<svg xmlns=\"" + Regex.Escape(SvgNamespace) + "\"");
        Assert.Equal(svgRoots, namespaces);
        string rest = text.Replace("xmlns=\"" + SvgNamespace + "\"", "", StringComparison.Ordinal);
        Assert.DoesNotContain("http", rest, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("//", rest.Replace("<!--", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    public static IEnumerable<XElement> Svg(this XElement root, string name) =>
        root.DescendantsAndSelf(XName.Get(name, SvgNamespace));

    public static IEnumerable<string> Texts(this XElement root) =>
        root.Svg("text").Select(t => t.Value);
}
