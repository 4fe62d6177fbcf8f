using System.CommandLine;
using NetworkVsCommunity.Cli.Commands;

namespace NetworkVsCommunity.Cli;

/// <summary>The <c>nvc</c> command tree and its exit-code conventions.</summary>
/// <remarks>
/// Exit codes: 0 success; 2 bad input or bad arguments (one line on stderr naming the file, line and value);
/// 1 internal error. Progress for work over about a second goes to stderr, never into <c>--json</c> output.
/// </remarks>
public static class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code for an internal error.</summary>
    public const int InternalError = 1;

    /// <summary>Exit code for bad input files or bad arguments.</summary>
    public const int BadInput = 2;

    /// <summary>Builds the root command with every subcommand.</summary>
    /// <param name="output">Where results go (stdout).</param>
    /// <param name="error">Where messages and progress go (stderr).</param>
    /// <returns>The root command.</returns>
    public static RootCommand CreateRootCommand(TextWriter output, TextWriter error)
    {
        var context = new CliContext(output, error);
        var root = new RootCommand("nvc: network vs community. Does a message spread through a network, or is it shared and does it resonate inside a community?");
        foreach (Command command in CommandCatalog.Create(context))
        {
            root.Subcommands.Add(command);
        }
        return root;
    }

    /// <summary>Parses and runs a command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where messages go.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        RootCommand root = CreateRootCommand(output, error);
        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                error.WriteLine($"nvc: {e.Message}");
            }
            return BadInput;
        }
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return parse.Invoke(configuration);
        }
        catch (Exception ex)
        {
            return CliContext.ReportException(ex, error);
        }
    }
}
