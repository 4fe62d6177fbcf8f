using System.Globalization;
using System.Text.Json;
using NetworkVsCommunity.Cli;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity.Tests.Cli;

/// <summary>
/// Issue #12: <c>nvc simulate</c>, <c>nvc seed</c> (its chosen sharers scored by the same model) and <c>nvc report</c>
/// give the same expected adopters for the same sharers, seed and model, and echo that model alike. They once disagreed
/// 17-fold because each had its own default (IC 0.1, the weighted cascade, IC 0.05).
/// </summary>
public class ModelAgreementTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var error = new StringWriter(CultureInfo.InvariantCulture);
        int code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>A small organisation as people/ties files, and its influence graph (employee ids as labels) as an edge list.</summary>
    private static (string People, string Ties, string Graph) WriteOrganisation()
    {
        EmployeeNetwork network = Fixtures.TestOrganizations.TeamAndBroadcaster(teamSize: 12, followers: 40, bridgeFrom: 4);
        string dir = Directory.CreateTempSubdirectory("nvc-agree-").FullName;
        string people = Path.Combine(dir, "people.csv");
        string ties = Path.Combine(dir, "ties.csv");
        string graph = Path.Combine(dir, "influence.edges");
        PeopleTiesCsv.Save(network, people, ties);
        GraphFile.Save(new LabeledGraph(network.InfluenceGraph, NodeLabels.FromSortedIds(network.Ids)), graph);
        return (people, ties, graph);
    }

    private static double Get(JsonElement e, string name) => e.GetProperty(name).GetDouble();

    private static string Canonical(JsonElement e) => JsonSerializer.Serialize(e);

    /// <summary>Half-width of a 95 % interval as the standard error it implies.</summary>
    private static double StandardError(double low, double high) => (high - low) / (2 * 1.96);

    [Theory]
    [InlineData(new string[0], 0.05, 0.05)]
    [InlineData(new[] { "--model", "relationship", "--mutual", "0.08", "--one-way", "0.02" }, 0.08, 0.02)]
    [InlineData(new[] { "--model", "ic", "--probability", "0.06" }, 0.06, 0.06)]
    public void Simulate_seed_and_report_agree_on_the_expected_adopters_of_the_same_sharers(string[] model, double mutual, double oneWay)
    {
        var (people, ties, graph) = WriteOrganisation();
        string[] common = ["--runs", "2000", "--random-seed", "7", "--json"];

        var (seedCode, seedOut, seedError) = Run(["seed", "--people", people, "--ties", ties, "--k", "4", "--algorithm", "degree", .. model, .. common]);
        Assert.True(seedCode == 0, seedError);
        JsonElement seed = JsonDocument.Parse(seedOut).RootElement;
        string[] sharers = [.. seed.GetProperty("sharers").EnumerateArray().Select(e => e.GetString()!)];
        Assert.Equal(4, sharers.Length);
        double seedMean = Get(seed, "expected_adopters");
        JsonElement[] seedCi = [.. seed.GetProperty("expected_adopters_ci95").EnumerateArray()];
        double seedSe = StandardError(seedCi[0].GetDouble(), seedCi[1].GetDouble());

        var (simCode, simOut, simError) = Run(["simulate", graph, "--sharers", string.Join(',', sharers), .. model, .. common]);
        Assert.True(simCode == 0, simError);
        JsonElement sim = JsonDocument.Parse(simOut).RootElement;
        double simMean = Get(sim, "mean_adopters");
        double simSe = Get(sim, "standard_error");

        var (reportCode, reportOut, reportError) = Run(["report", "--people", people, "--ties", ties, "--sharers", string.Join(',', sharers), .. model, .. common]);
        Assert.True(reportCode == 0, reportError);
        JsonElement report = JsonDocument.Parse(reportOut).RootElement;
        JsonElement campaign = report.GetProperty("campaigns")[0];
        JsonElement spread = campaign.GetProperty("spread");
        double reportMean = Get(spread, "expected_adopters");
        double reportSe = StandardError(Get(spread, "expected_adopters_ci95_low"), Get(spread, "expected_adopters_ci95_high"));

        // The same model, echoed alike by all three (one JSON writer).
        string expectedModel = Canonical(seed.GetProperty("model"));
        Assert.Equal(expectedModel, Canonical(sim.GetProperty("model")));
        Assert.Equal(expectedModel, Canonical(report.GetProperty("model")));
        Assert.Equal(expectedModel, Canonical(campaign.GetProperty("model")));
        JsonElement m = seed.GetProperty("model");
        if (m.GetProperty("name").GetString() == "relationship")
        {
            Assert.Equal(mutual, m.GetProperty("classes").GetProperty("mutual").GetProperty("probability").GetDouble());
            Assert.Equal(oneWay, m.GetProperty("classes").GetProperty("one_way").GetProperty("probability").GetDouble());
        }
        else
        {
            Assert.Equal(mutual, m.GetProperty("probability").GetDouble());
        }

        // Three Monte Carlo estimates of one expectation: each pair within 4 combined standard errors.
        Assert.True(seedMean > 4, $"the sharers reach nobody: {seedMean}");
        AssertClose(seedMean, seedSe, simMean, simSe, "seed vs simulate");
        AssertClose(simMean, simSe, reportMean, reportSe, "simulate vs report");
        AssertClose(seedMean, seedSe, reportMean, reportSe, "seed vs report");
    }

    private static void AssertClose(double a, double seA, double b, double seB, string what)
    {
        double tolerance = 4 * Math.Sqrt((seA * seA) + (seB * seB));
        Assert.True(Math.Abs(a - b) <= tolerance, string.Create(CultureInfo.InvariantCulture, $"{what}: {a} vs {b}, tolerance {tolerance}"));
    }
}
