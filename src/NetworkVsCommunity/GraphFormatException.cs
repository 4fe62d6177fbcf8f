using System.Globalization;

namespace NetworkVsCommunity;

/// <summary>
/// The single exception type thrown for malformed input files (edge lists, GraphML, GEXF, people/ties CSV,
/// observed cascades). It names the file, the 1-based line and the offending value.
/// </summary>
/// <remarks>
/// The message follows the library's recipe: what is wrong, where (file and line), the value, and what is allowed.
/// For input that is not a file (a string or stream), <see cref="FilePath"/> is a descriptive name such as <c>"&lt;stream&gt;"</c>.
/// </remarks>
public sealed class GraphFormatException : FormatException
{
    /// <summary>Creates an exception for a problem at a given file and line.</summary>
    /// <param name="filePath">The file (or source name) being read.</param>
    /// <param name="lineNumber">The 1-based line number, or 0 when the problem concerns the whole file.</param>
    /// <param name="problem">What is wrong, including the value and what is allowed.</param>
    public GraphFormatException(string filePath, long lineNumber, string problem)
        : base(Compose(filePath, lineNumber, problem))
    {
        FilePath = filePath;
        LineNumber = lineNumber;
        Problem = problem;
    }

    /// <summary>Creates an exception wrapping a lower-level error (for example an XML reader error).</summary>
    /// <param name="filePath">The file (or source name) being read.</param>
    /// <param name="lineNumber">The 1-based line number, or 0 when unknown.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The underlying error.</param>
    public GraphFormatException(string filePath, long lineNumber, string problem, Exception innerException)
        : base(Compose(filePath, lineNumber, problem), innerException)
    {
        FilePath = filePath;
        LineNumber = lineNumber;
        Problem = problem;
    }

    /// <summary>Creates an exception with a message only (for serialization compatibility); prefer the other constructors.</summary>
    public GraphFormatException() : this("<unknown>", 0, "malformed input")
    {
    }

    /// <summary>Creates an exception with a message only; prefer the constructors naming file and line.</summary>
    /// <param name="message">The message.</param>
    public GraphFormatException(string message) : this("<unknown>", 0, message)
    {
    }

    /// <summary>Creates an exception with a message and inner exception; prefer the constructors naming file and line.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The underlying error.</param>
    public GraphFormatException(string message, Exception innerException) : this("<unknown>", 0, message, innerException)
    {
    }

    /// <summary>The file (or source name) that was being read.</summary>
    public string FilePath { get; }

    /// <summary>The 1-based line number of the problem, or 0 when it concerns the whole file.</summary>
    public long LineNumber { get; }

    /// <summary>The problem alone, without the file and line prefix.</summary>
    public string Problem { get; }

    private static string Compose(string filePath, long lineNumber, string problem) =>
        lineNumber > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{filePath}:{lineNumber}: {problem}")
            : string.Create(CultureInfo.InvariantCulture, $"{filePath}: {problem}");
}
