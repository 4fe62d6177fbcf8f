using System.Text;

namespace NetworkVsCommunity.Visualization;

/// <summary>
/// A self-contained SVG picture: one <c>&lt;svg&gt;</c> element with the SVG namespace and a viewBox, no script and no
/// external reference, so it renders offline in a browser, a notebook, a report or a README.
/// </summary>
/// <remarks>
/// Pictures are made by <see cref="Pictures"/>. In a .NET Interactive notebook a picture displays itself (the library
/// ships a <c>text/html</c> formatter). Immutable; the same inputs and random seed give the same bytes.
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class SvgImage
{
    internal SvgImage(string svg, double width, double height, string title, IReadOnlyList<string>? diagnostics = null)
    {
        Svg = svg;
        Width = width;
        Height = height;
        Title = title;
        Diagnostics = diagnostics is null ? [] : [.. diagnostics];
    }

    /// <summary>The SVG document text (UTF-8 when saved).</summary>
    public string Svg { get; }

    /// <summary>Width in CSS pixels.</summary>
    public double Width { get; }

    /// <summary>Height in CSS pixels.</summary>
    public double Height { get; }

    /// <summary>The picture's title (also the SVG <c>&lt;title&gt;</c>, read by screen readers).</summary>
    public string Title { get; }

    /// <summary>Notes on what was drawn, for example that a large graph was summarised by community.</summary>
    public System.Collections.Immutable.ImmutableArray<string> Diagnostics { get; }

    /// <summary>Writes the picture to a file as UTF-8 without a byte-order mark.</summary>
    /// <param name="path">The file to create or overwrite (conventionally <c>.svg</c>).</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        NetworkVsCommunity.IO.AtomicFile.WriteText(path, Svg);
    }

    /// <summary>The SVG document text.</summary>
    /// <returns><see cref="Svg"/>.</returns>
    public override string ToString() => Svg;
}
