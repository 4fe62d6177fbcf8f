namespace NetworkVsCommunity.Visualization;

/// <summary>
/// Names the notebook formatter source of a type. .NET Interactive finds this attribute <em>by name</em> (convention-based
/// formatters), so the library needs no reference to Microsoft.DotNet.Interactive: in a notebook the type renders as
/// <c>text/html</c> (summary table and inline SVG) and <c>text/plain</c>; elsewhere the attribute does nothing.
/// </summary>
/// <remarks>See <see cref="NotebookFormatterSource"/> for how to add a type.</remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class TypeFormatterSourceAttribute : Attribute
{
    public TypeFormatterSourceAttribute(Type formatterSourceType) => FormatterSourceType = formatterSourceType;

    /// <summary>The class whose <c>CreateTypeFormatters()</c> returns the formatters.</summary>
    public Type FormatterSourceType { get; }

    /// <summary>The MIME types a notebook should produce, in order of preference.</summary>
    public string[] PreferredMimeTypes { get; set; } = [];
}
