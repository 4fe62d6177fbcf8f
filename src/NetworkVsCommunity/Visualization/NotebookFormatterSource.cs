namespace NetworkVsCommunity.Visualization;

/// <summary>
/// The notebook formatters of the library's result types, found by .NET Interactive through
/// <see cref="TypeFormatterSourceAttribute"/> (a convention: the kernel calls <c>CreateTypeFormatters()</c> by reflection
/// and then each object's <c>MimeType</c> and <c>Format(object, TextWriter)</c>).
/// </summary>
/// <remarks>
/// <para><b>Adding a result type</b> (for example a campaign report) takes two steps:</para>
/// <list type="number">
/// <item>put <c>[TypeFormatterSource(typeof(NotebookFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]</c>
/// on the type (the attribute is internal to this assembly; types in other assemblies of the solution declare their own
/// internal copy of the attribute and a source of their own, following the same convention);</item>
/// <item>add one case to <see cref="NotebookHtml.TryWriteHtml"/> and one to <see cref="NotebookHtml.TryWriteText"/>, writing
/// a summary table with <see cref="NotebookHtml.SummaryTable"/> and, where it helps, a picture from <see cref="Pictures"/>
/// (for example <c>Pictures.Scatter</c> for employee profiles, <c>Pictures.BarChart</c> for a strategy comparison).</item>
/// </list>
/// <para>Then add a test in <c>NotebookFormatterTests</c> that the HTML is well-formed, shows the figures and has no script
/// and no URL other than the SVG namespace.</para>
/// </remarks>
internal sealed class NotebookFormatterSource
{
    /// <summary>Called by .NET Interactive (by name) to get the formatters.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Called by reflection on an instance, by convention.")]
    public IEnumerable<object> CreateTypeFormatters()
    {
        yield return new NotebookFormatter("text/html");
        yield return new NotebookFormatter("text/plain");
    }
}
