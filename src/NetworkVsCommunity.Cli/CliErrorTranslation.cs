using System.Text.RegularExpressions;

namespace NetworkVsCommunity.Cli;

/// <summary>
/// Rewrites library error messages in the words of the command line: <c>options.Resolution = -1</c> becomes
/// <c>--resolution -1</c>, and settings that no flag sets are called settings, not parameters.
/// </summary>
/// <remarks>The library names its options records (<c>options.Resolution</c>, <c>model.Probability</c>), as a library
/// should; a command-line user typed flags. One table here serves every command.</remarks>
internal static partial class CliErrorTranslation
{
    /// <summary>The last segment of a library option name → the flag that sets it.</summary>
    private static readonly Dictionary<string, string> Flags = new(StringComparer.Ordinal)
    {
        ["Resolution"] = "--resolution",
        ["Iterations"] = "--iterations",
        ["RandomSeed"] = "--random-seed",
        ["MaxDegreeOfParallelism"] = "--threads",
        ["SeedCount"] = "--k",
        ["Runs"] = "--runs",
        ["Epsilon"] = "--epsilon",
        ["Threshold"] = "--threshold",
        ["SupporterThreshold"] = "--threshold",
        ["Probability"] = "--probability",
        ["UniformProbability"] = "--probability",
        ["TransmissionProbability"] = "--probability",
        ["RecoveryProbability"] = "--recovery",
        ["MinimumEnthusiasm"] = "--min-enthusiasm",
        ["TopCount"] = "--top",
        ["DepartmentQuotas"] = "--quota",
        ["Excluded"] = "--exclude",
        ["MaxRecipients"] = "--max-recipients",
        ["MinimumMessages"] = "--min-messages",
        ["HalfLife"] = "--half-life-days",
        ["UnknownPeople"] = "--unknown",
    };

    /// <summary>Phrases that only make sense to a library caller → their command-line version.</summary>
    private static readonly (string From, string To)[] Phrases =
    [
        ("; a weight column needs options.Weighted = true or null, and the same column count on every line", "; a weight column must be on every line"),
    ];

    // options.Resolution, model.Probability, sampling.Runs, options.Model.Probability; optionally followed by " = value".
    [GeneratedRegex(@"\b(?:options|model|sampling|constraints)(?:\.[A-Z][A-Za-z]*)*\.([A-Z][A-Za-z]*)(\s*=\s*)?")]
    private static partial Regex OptionName();

    [GeneratedRegex(@" \(Parameter '[^']*'\)(\s*Actual value was [^\r\n]*)?", RegexOptions.Singleline)]
    private static partial Regex ParameterSuffix();

    /// <summary>The message of <paramref name="ex"/> in flag words.</summary>
    /// <param name="ex">The exception.</param>
    /// <returns>The rewritten message.</returns>
    public static string Translate(Exception ex)
    {
        string message = ex.Message;
        if (ex is ArgumentException)
        {
            message = ParameterSuffix().Replace(message, string.Empty);
            message = OptionName().Replace(message, m =>
            {
                string last = m.Groups[1].Value;
                bool assigned = m.Groups[2].Success;
                return Flags.TryGetValue(last, out string? flag)
                    ? (assigned ? flag + " " : flag)
                    : (assigned ? $"the setting {last} (no flag sets it) = " : $"the setting {last}");
            });
        }
        foreach (var (from, to) in Phrases)
        {
            message = message.Replace(from, to, StringComparison.Ordinal);
        }
        return message.TrimEnd();
    }
}
