namespace NetworkVsCommunity.Visualization;

/// <summary>One convention-based formatter for one MIME type (see <see cref="NotebookFormatterSource"/>).</summary>
internal sealed class NotebookFormatter
{
    public NotebookFormatter(string mimeType) => MimeType = mimeType;

    /// <summary>The MIME type produced, <c>text/html</c> or <c>text/plain</c>.</summary>
    public string MimeType { get; }

    /// <summary>Writes <paramref name="instance"/>; returns false for a type this library does not format.</summary>
    public bool Format(object instance, TextWriter writer) =>
        MimeType == "text/html" ? NotebookHtml.TryWriteHtml(instance, writer) : NotebookHtml.TryWriteText(instance, writer);
}
