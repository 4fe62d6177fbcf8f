using System.CommandLine;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity.Cli.Commands;

/// <summary>The <c>--people</c>/<c>--ties</c> pair shared by the organisation commands, defaulting to the embedded sample organisation.</summary>
internal static class OrganizationInput
{
    public static Option<FileInfo?> People() => new("--people") { Description = "people.csv of the organisation (with --ties). Default: the embedded sample organisation." };

    public static Option<FileInfo?> Ties() => new("--ties") { Description = "ties.csv of the organisation (with --people)." };

    public static EmployeeNetwork Load(ParseResult parse, Option<FileInfo?> people, Option<FileInfo?> ties, out string source)
    {
        FileInfo? peopleFile = parse.GetValue(people);
        FileInfo? tiesFile = parse.GetValue(ties);
        if ((peopleFile is null) != (tiesFile is null))
        {
            throw new CliUsageException("--people and --ties go together: give both files, or neither to use the embedded sample organisation.");
        }
        source = peopleFile is null ? "embedded sample organisation" : $"{peopleFile.FullName} + {tiesFile!.FullName}";
        return peopleFile is null ? SampleOrganization.Default : PeopleTiesCsv.Load(peopleFile.FullName, tiesFile!.FullName);
    }
}
