using System.CommandLine;
using System.Reflection;

namespace NetworkVsCommunity.Cli.Commands;

/// <summary><c>nvc version</c>: prints the library version.</summary>
internal static class VersionCommand
{
    public static Command Create(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var command = new Command("version", "Print the version of nvc and of the NetworkVsCommunity library.") { json };
        command.SetAction(parse =>
        {
            string version = typeof(GraphFormatException).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
            if (parse.GetValue(json))
            {
                context.WriteJson(new Dictionary<string, object> { ["version"] = version });
            }
            else
            {
                context.Output.WriteLine($"nvc {version}");
            }
            return CliApp.Success;
        });
        return command;
    }
}
