using System.Text.Json;
using NetworkVsCommunity.Cli;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity.Tests.Cli;

public class FitCommandTests
{
    private static (string Dir, string People, string Ties) WriteOrganisation()
    {
        EmployeeNetwork network = Fixtures.TestOrganizations.TeamAndBroadcaster(teamSize: 6, followers: 20, bridgeFrom: 4);
        string dir = Directory.CreateTempSubdirectory("nvc-fit-").FullName;
        string people = Path.Combine(dir, "people.csv");
        string ties = Path.Combine(dir, "ties.csv");
        PeopleTiesCsv.Save(network, people, ties);
        return (dir, people, ties);
    }

    [Fact]
    public void Simulate_writes_a_log_that_fit_reads_back_with_intervals()
    {
        var (dir, people, ties) = WriteOrganisation();
        string log = Path.Combine(dir, "shares.csv");
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CliApp.Run(["simulate", "--people", people, "--ties", ties, "--model", "relationship", "--mutual", "0.3", "--one-way", "0.1",
            "--posts", "300", "--random-seed", "5", "--log-out", log], output, error);
        Assert.True(code == 0, error.ToString());
        Assert.StartsWith("post,person,time", File.ReadAllText(log), StringComparison.Ordinal);
        output = new StringWriter();
        code = CliApp.Run(["fit", "--people", people, "--ties", ties, "--log", log, "--json"], output, error);
        Assert.True(code == 0, error.ToString());
        using var json = JsonDocument.Parse(output.ToString());
        var classes = json.RootElement.GetProperty("classes");
        foreach (var (name, truth) in new[] { ("mutual", 0.3), ("one_way", 0.1) })
        {
            var c = classes.GetProperty(name);
            double low = c.GetProperty("ci95_low").GetDouble();
            double high = c.GetProperty("ci95_high").GetDouble();
            Assert.InRange(c.GetProperty("probability").GetDouble(), low, high);
            Assert.True(c.GetProperty("exposures").GetInt64() > 0);
            Assert.True(c.GetProperty("adoptions").GetInt64() > 0);
            Assert.InRange(truth, low - 0.1, high + 0.1);
        }
        Assert.True(json.RootElement.GetProperty("log_likelihood").GetDouble() < 0);
    }

    [Fact]
    public void Report_json_holds_the_model_the_break_even_comparison_and_ranked_lists()
    {
        var (dir, people, ties) = WriteOrganisation();
        string log = Path.Combine(dir, "shares.csv");
        var error = new StringWriter();
        Assert.Equal(0, CliApp.Run(["simulate", "--people", people, "--ties", ties, "--model", "relationship", "--mutual", "0.3", "--one-way", "0.1",
            "--posts", "100", "--random-seed", "2", "--log-out", log], new StringWriter(), error));
        var output = new StringWriter();
        int code = CliApp.Run(["report", "--people", people, "--ties", ties, "--json", "--random-seed", "3", "--runs", "30", "--top", "1", "--log", log, "--pool", "5000"], output, error);
        Assert.True(code == 0, error.ToString());
        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        Assert.Equal("fitted", root.GetProperty("comparison").GetProperty("model_source").GetString());
        Assert.True(root.GetProperty("model").GetProperty("classes").GetProperty("mutual").TryGetProperty("ci95_low", out _));
        Assert.True(root.GetProperty("model").GetProperty("classes").GetProperty("mutual").GetProperty("probability").GetDouble() > 0);
        var comparison = root.GetProperty("comparison");
        Assert.True(comparison.TryGetProperty("break_even_ratio", out _));
        Assert.True(comparison.TryGetProperty("break_even_ci95", out _));
        Assert.False(string.IsNullOrEmpty(comparison.GetProperty("break_even_note").GetString()));
        foreach (var entry in root.GetProperty("organization").GetProperty("top_broadcasters").EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(entry.GetProperty("id").GetString()));
            Assert.True(entry.GetProperty("score").GetDouble() > 0);
            Assert.InRange(entry.GetProperty("top_k_probability").GetDouble(), 0, 1);
        }
        foreach (var campaign in root.GetProperty("campaigns").EnumerateArray())
        {
            Assert.Equal(5000, campaign.GetProperty("credit").EnumerateArray().Sum(c => c.GetProperty("payout").GetDouble()), 6);
        }
    }
}
