using System.Text.Json;
using NetworkVsCommunity.Cli;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity.Tests.Cli;

public class ReportCommandTests
{
    private static (string People, string Ties) WriteOrganisation()
    {
        EmployeeNetwork network = Fixtures.TestOrganizations.TeamAndBroadcaster(teamSize: 5, followers: 8, bridgeFrom: 4, enthusiasm: i => i == 0 ? 0.9 : 0.3);
        string dir = Directory.CreateTempSubdirectory("nvc-report-").FullName;
        string people = Path.Combine(dir, "people.csv");
        string ties = Path.Combine(dir, "ties.csv");
        PeopleTiesCsv.Save(network, people, ties);
        return (people, ties);
    }

    [Fact]
    public void Json_holds_the_diagnosis_and_both_campaigns_with_the_seed()
    {
        var (people, ties) = WriteOrganisation();
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CliApp.Run(["report", "--people", people, "--ties", ties, "--json", "--random-seed", "3", "--runs", "30", "--top", "2", "--probability", "0.5"], output, error);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("random_seed").GetInt64());
        var organization = root.GetProperty("organization");
        Assert.Equal(6, organization.GetProperty("employees").GetInt32());
        Assert.Equal(8, organization.GetProperty("externals").GetInt32());
        Assert.Equal(11, organization.GetProperty("internal_ties").GetInt32());
        Assert.Equal(6, organization.GetProperty("profiles").GetArrayLength());
        var campaigns = root.GetProperty("campaigns");
        Assert.True(campaigns.GetArrayLength() is 0 or 2);
        foreach (var campaign in campaigns.EnumerateArray())
        {
            Assert.Equal(30, campaign.GetProperty("runs").GetInt32());
            double payouts = campaign.GetProperty("credit").EnumerateArray().Sum(c => c.GetProperty("payout").GetDouble());
            Assert.Equal(100.0, payouts, 6);
            Assert.True(campaign.GetProperty("spread").GetProperty("expected_adopters").GetDouble() >= 1);
        }
    }

    [Fact]
    public void Given_sharers_give_one_campaign_and_the_html_report_is_self_contained()
    {
        var (people, ties) = WriteOrganisation();
        string html = Path.Combine(Path.GetDirectoryName(people)!, "report.html");
        var output = new StringWriter();
        int code = CliApp.Run(["report", "--people", people, "--ties", ties, "--sharers", "e0,e1", "--random-seed", "4", "--runs", "20", "--out", html], output, new StringWriter());
        Assert.Equal(0, code);
        Assert.Contains("given sharers (2 sharers)", output.ToString());
        Assert.Contains("The answer", output.ToString());
        string page = File.ReadAllText(html);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Campaign comparison", page);
    }

    [Theory]
    [InlineData("--people-only")]
    [InlineData("--unknown-sharer")]
    public void Bad_input_exits_with_2_and_one_line(string kind)
    {
        var (people, ties) = WriteOrganisation();
        string[] args = kind == "--people-only"
            ? ["report", "--people", people]
            : ["report", "--people", people, "--ties", ties, "--sharers", "nobody", "--runs", "5", "--random-seed", "1"];
        var error = new StringWriter();
        int code = CliApp.Run(args, new StringWriter(), error);
        Assert.Equal(2, code);
        string message = error.ToString().TrimEnd();
        Assert.DoesNotContain('\n', message);
        Assert.Contains(kind == "--people-only" ? "--ties" : "nobody", message);
    }
}

public class ReportOutputCheckTests
{
    [Fact]
    public void A_missing_out_folder_fails_before_any_work_and_names_the_users_path()
    {
        string missing = Path.Combine("no-such-folder-" + Guid.NewGuid().ToString("N"), "report.html");
        var error = new StringWriter();
        int code = CliApp.Run(["report", "--random-seed", "1", "--out", missing], new StringWriter(), error);
        Assert.Equal(2, code);
        string message = error.ToString().TrimEnd();
        Assert.DoesNotContain('\n', message);
        Assert.Contains("--out " + missing, message);
        Assert.Contains("does not exist", message);
        Assert.DoesNotContain("%]", message); // no progress: nothing was computed
    }

    [Fact]
    public void An_out_path_that_is_a_folder_is_refused()
    {
        string dir = Directory.CreateTempSubdirectory("nvc-out-").FullName;
        var error = new StringWriter();
        int code = CliApp.Run(["report", "--random-seed", "1", "--out", dir], new StringWriter(), error);
        Assert.Equal(2, code);
        Assert.Contains("is a folder", error.ToString());
    }
}
