using System.CommandLine;

namespace NetworkVsCommunity.Cli.Commands;

/// <summary>The list of <c>nvc</c> subcommands; each lives in its own file.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return VersionCommand.Create(context);
        yield return CommunitiesCommand.Create(context);
        yield return CompareCommand.Create(context);
        yield return SimulateCommand.Create(context);
        yield return ReportCommand.Create(context);
        yield return ConvertCommand.Create(context);
        yield return InfoCommand.Create(context);
        yield return SeedCommand.Create(context);
        yield return FitCommand.Create(context);
        yield return TiesCommand.Create(context);
    }
}
