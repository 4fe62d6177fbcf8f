using System.Text.Json;
using System.Text.RegularExpressions;
using NetworkVsCommunity.Cli;
using NetworkVsCommunity.Cli.Commands;
using NetworkVsCommunity.Visualization;

namespace NetworkVsCommunity.Tests.Cli;

/// <summary>
/// The sample organisation's report at random seed 1, computed once: the notebook's call
/// (<c>SampleOrganization.Default.Report(new ReportOptions { RandomSeed = 1 })</c>, as in docs/02-network-vs-community.ipynb)
/// and the command line's <c>nvc report --random-seed 1 --json</c>.
/// </summary>
public sealed class SampleReportFixture
{
    private readonly Lazy<OrganizationReport> _notebook = new(() => SampleOrganization.Default.Report(new ReportOptions { RandomSeed = 1 }));
    private readonly Lazy<string> _cliJson = new(() =>
    {
        var output = new StringWriter();
        int code = CliApp.Run(["report", "--random-seed", "1", "--json"], output, new StringWriter());
        Assert.Equal(0, code);
        return output.ToString();
    });

    public OrganizationReport Notebook => _notebook.Value;

    public string CliJson => _cliJson.Value;
}

/// <summary>
/// Golden files of <c>nvc report</c> on the embedded sample organisation at random seed 1: text, JSON and HTML, kept in
/// tests/NetworkVsCommunity.Tests/Fixtures/Golden (as igraph keeps <c>.out</c> files beside its unit tests). An intended
/// change of the report updates them in the same commit. To rewrite them after such a change, run, from the repository root:
/// <code>NVC_UPDATE_GOLDEN=1 dotnet test tests/NetworkVsCommunity.Tests -c Release --filter FullyQualifiedName~ReportGoldenTests</code>
/// then review the diff (<c>git diff tests/NetworkVsCommunity.Tests/Fixtures/Golden</c>) before committing.
/// </summary>
public class ReportGoldenTests(SampleReportFixture sample) : IClassFixture<SampleReportFixture>
{
    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NetworkVsCommunity.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (with NetworkVsCommunity.sln) was not found above " + AppContext.BaseDirectory);
    }

    private static void AssertGolden(string name, string actual)
    {
        actual = actual.ReplaceLineEndings("\n");
        string path = Path.Combine(RepositoryRoot(), "tests", "NetworkVsCommunity.Tests", "Fixtures", "Golden", name);
        if (Environment.GetEnvironmentVariable("NVC_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"missing golden file {path}; create it with NVC_UPDATE_GOLDEN=1 (see ReportGoldenTests)");
        string expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            string[] e = expected.Split('\n');
            string[] a = actual.Split('\n');
            int line = 0;
            while (line < e.Length && line < a.Length && e[line] == a[line])
            {
                line++;
            }
            Assert.Fail($"{name} differs from the golden file at line {line + 1}:\n  golden: {(line < e.Length ? e[line] : "(end)")}\n  actual: {(line < a.Length ? a[line] : "(end)")}\n" +
                "If the change is intended, rewrite the golden files with NVC_UPDATE_GOLDEN=1 (see ReportGoldenTests).");
        }
    }

    private OrganizationReport CliReport => sample.Notebook with { Source = "embedded sample organisation" };

    [Fact]
    public void Text_matches_the_golden_file()
    {
        var output = new StringWriter();
        ReportRendering.Text(output, CliReport);
        AssertGolden("report-sample-seed1.txt", output.ToString());
    }

    [Fact]
    public void Json_matches_the_golden_file() => AssertGolden("report-sample-seed1.json", sample.CliJson);

    [Fact]
    public void Html_matches_the_golden_file() => AssertGolden("report-sample-seed1.html", ReportFigures.Html(CliReport));

    [Fact]
    public void Text_and_json_say_the_same_as_the_result_objects()
    {
        using var json = JsonDocument.Parse(sample.CliJson);
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(sample.Notebook.Summary.Sentences, summary.GetProperty("sentences").EnumerateArray().Select(s => s.GetString()!).ToArray());
        Assert.InRange(summary.GetProperty("sentences").GetArrayLength(), 1, ReportSummary.MaxSentences);
        Assert.Equal(sample.Notebook.Summary.Recommendation, summary.GetProperty("recommendation").GetString());
        Assert.Equal(sample.Notebook.Summary.Confidence.ToString().ToLowerInvariant(), summary.GetProperty("confidence").GetString());
        // the summary comes first, in the text and in the JSON
        Assert.Equal(["source", "random_seed", "summary", "model", "organization", "campaigns", "comparison", "reward_pool"], json.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
        var text = new StringWriter();
        ReportRendering.Text(text, CliReport);
        string[] lines = text.ToString().ReplaceLineEndings("\n").Split('\n');
        Assert.StartsWith("model: ", lines[1], StringComparison.Ordinal);
        Assert.Equal("The answer", lines[3]);
        Assert.StartsWith("  1. This organisation", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public void Terminal_columns_line_up_by_east_asian_width()
    {
        var text = new StringWriter();
        ReportRendering.Text(text, CliReport);
        string[] lines = text.ToString().ReplaceLineEndings("\n").Split('\n');
        int tables = 0;
        for (int i = 1; i < lines.Length; i++)
        {
            if (!Regex.IsMatch(lines[i], "^  -+(  -+)+$"))
            {
                continue;
            }
            tables++;
            // every column starts where its dashes start, counted in display columns
            var starts = Regex.Matches(lines[i], "-+").Select(m => m.Index).ToArray();
            for (int r = i + 1; r < lines.Length && lines[r].Length > 0; r++)
            {
                string row = lines[r];
                foreach (int start in starts.Skip(1))
                {
                    // the display column `start` must begin a cell: two spaces before it, and inside the row
                    int index = IndexAtDisplayColumn(row, start);
                    if (index < 0)
                    {
                        continue; // trailing empty cells are trimmed
                    }
                    Assert.True(row[index - 1] == ' ' && row[index - 2] == ' ', $"row '{row}' is not aligned at column {start}");
                }
            }
        }
        Assert.True(tables >= 4);
        Assert.Contains(lines, l => l.Contains("応援団", StringComparison.Ordinal) && l.Contains("RES-9", StringComparison.Ordinal));
        // three significant figures and intervals as [low, high]
        foreach (Match number in Regex.Matches(string.Join("\n", lines), @"\d[\d,]*\.\d+"))
        {
            string digits = number.Value.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal).TrimStart('0');
            Assert.True(digits.Length <= 3, $"{number.Value} has more than three significant figures");
        }
        Assert.Contains(lines, l => Regex.IsMatch(l, @"\d \[\d[\d.,]*, \d[\d.,]*\]"));
    }

    private static int IndexAtDisplayColumn(string row, int column)
    {
        int width = 0;
        for (int i = 0; i < row.Length; i++)
        {
            if (width == column)
            {
                return i;
            }
            width += ReportRendering.DisplayWidth(row[i].ToString());
        }
        return -1;
    }

    [Fact]
    public void Notebook_02_figures_equal_the_command_line_json()
    {
        // the same calls as docs/02-network-vs-community.ipynb
        EmployeeNetwork org = SampleOrganization.Default;
        OrganizationReport report = sample.Notebook;
        OrganizationDiagnosis diagnosis = report.Diagnosis;
        Assert.Same(org, report.Network);

        using var json = JsonDocument.Parse(sample.CliJson);
        var organization = json.RootElement.GetProperty("organization");
        Assert.Equal(1, json.RootElement.GetProperty("random_seed").GetInt64());
        Assert.Equal(diagnosis.Communities.CommunityCount, organization.GetProperty("communities").GetInt32());
        Assert.Equal(diagnosis.Communities.Sizes().Count(s => s >= 2), organization.GetProperty("communities_of_two_or_more").GetInt32());
        Assert.Equal(diagnosis.Modularity, organization.GetProperty("modularity").GetDouble());
        Assert.Equal(diagnosis.TopEvangelists.Select(e => e.ToString()), organization.GetProperty("top_evangelists").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(diagnosis.TopBroadcasters.Select(e => e.ToString()), organization.GetProperty("top_broadcasters").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        var campaigns = json.RootElement.GetProperty("campaigns");
        Assert.Equal(report.Campaigns.Length, campaigns.GetArrayLength());
        for (int i = 0; i < report.Campaigns.Length; i++)
        {
            var c = campaigns[i];
            var r = report.Campaigns[i];
            Assert.Equal(r.Name, c.GetProperty("name").GetString());
            Assert.Equal(r.Report.Resonance.ExpectedSupporters, c.GetProperty("resonance").GetProperty("expected_supporters").GetDouble());
            Assert.Equal(r.Report.Spread.ExpectedAdopters, c.GetProperty("spread").GetProperty("expected_adopters").GetDouble());
            Assert.Equal(r.Report.Risk.FirestormProbability, c.GetProperty("risk").GetProperty("firestorm_probability").GetDouble());
        }
        Assert.Equal(report.Summary.Sentences, json.RootElement.GetProperty("summary").GetProperty("sentences").EnumerateArray().Select(s => s.GetString()!).ToArray());
    }

    [Fact]
    public void Every_glossary_link_points_at_an_anchor_of_docs_metrics()
    {
        string metrics = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "metrics.md"));
        var anchors = new HashSet<string>(Regex.Matches(metrics, "<a id=\"([a-z0-9-]+)\"></a>").Select(m => m.Groups[1].Value));
        foreach (Match heading in Regex.Matches(metrics, "^#+ (.+)$", RegexOptions.Multiline))
        {
            // GitHub's heading anchors: lower case, spaces to hyphens, punctuation dropped
            anchors.Add(Regex.Replace(heading.Groups[1].Value.Trim().ToLowerInvariant(), @"[^\p{L}\p{Nd}\- ]", "").Replace(' ', '-'));
        }
        foreach (var definition in FigureGlossary.All)
        {
            Assert.True(anchors.Contains(definition.Anchor), $"{definition.Key}: docs/metrics.md has no anchor '{definition.Anchor}'");
            Assert.EndsWith("#" + definition.Anchor, definition.Link);
            Assert.DoesNotContain('\n', definition.Definition);
        }
    }
}
