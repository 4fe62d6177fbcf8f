using System.Globalization;
using System.Text.Json;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity.Cli;

/// <summary>What every command shares: the output writers, JSON output and the mapping of exceptions to exit codes.</summary>
/// <param name="Output">Where results go (stdout).</param>
/// <param name="Error">Where messages and progress go (stderr).</param>
public sealed record CliContext(TextWriter Output, TextWriter Error)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>Writes one JSON object on the output.</summary>
    /// <param name="value">A dictionary or object to serialize.</param>
    public void WriteJson(object value) => Output.WriteLine(JsonSerializer.Serialize(value, value.GetType(), JsonOptions));

    /// <summary>
    /// Loads a graph file for a command that analyses the graph only (communities, simulate, seed, info): without the
    /// edge records in file order that <see cref="GraphFile.Load(string, GraphReadOptions?)"/> keeps by default, a
    /// second copy of the input (16 bytes an edge: 160 MB for 10 million edges) that no such command reads.
    /// </summary>
    /// <param name="path">The file; the format follows its extension.</param>
    /// <param name="options">Reader options; <see cref="GraphReadOptions.KeepEdgeRecords"/> is set to false.</param>
    /// <returns>The graph and its node ids.</returns>
    public static LabeledGraph LoadForAnalysis(string path, GraphReadOptions? options = null) =>
        GraphFile.Load(path, (options ?? GraphReadOptions.Default) with { KeepEdgeRecords = false });

    /// <summary>A progress sink that writes to stderr at most about every 250 ms, and only for work lasting more than a second.</summary>
    /// <returns>The progress sink.</returns>
    public IProgress<AnalysisProgress> StderrProgress() => new StderrProgressReporter(Error);

    /// <summary>Maps an exception to an exit code, writing one line.</summary>
    /// <param name="ex">The exception.</param>
    /// <param name="error">Where the line goes.</param>
    /// <returns>2 for bad input, 1 otherwise.</returns>
    public static int ReportException(Exception ex, TextWriter error)
    {
        switch (ex)
        {
            case GraphFormatException or FileNotFoundException or DirectoryNotFoundException or ArgumentException or CliUsageException:
                error.WriteLine($"nvc: {OneLine(CliErrorTranslation.Translate(ex))}");
                return CliApp.BadInput;
            case OperationCanceledException:
                error.WriteLine("nvc: cancelled");
                return CliApp.InternalError;
            default:
                error.WriteLine($"nvc: internal error: {ex.GetType().Name}: {OneLine(ex.Message)}");
                return CliApp.InternalError;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");

    private sealed class StderrProgressReporter(TextWriter error) : IProgress<AnalysisProgress>
    {
        private readonly long _start = Environment.TickCount64;
        private long _last;

        public void Report(AnalysisProgress value)
        {
            long now = Environment.TickCount64;
            if (now - _start < 1000 || (now - _last < 250 && value.Fraction < 1))
            {
                return;
            }
            _last = now;
            lock (error)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{value.Fraction * 100,5:F1}%] {value.Stage}"));
            }
        }
    }
}

/// <summary>A bad command line that the parser could not catch (for example an unknown file extension); exit code 2.</summary>
public sealed class CliUsageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CliUsageException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and what is allowed.</param>
    public CliUsageException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and what is allowed.</param>
    /// <param name="innerException">The cause.</param>
    public CliUsageException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
