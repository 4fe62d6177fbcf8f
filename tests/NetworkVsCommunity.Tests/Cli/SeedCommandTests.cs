using System.Globalization;
using System.Text.Json;
using NetworkVsCommunity.Algorithms.Seeding;
using NetworkVsCommunity.Cli;
using NetworkVsCommunity.IO;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Cli;

public class SeedCommandTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var error = new StringWriter(CultureInfo.InvariantCulture);
        int code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Spread_json_lists_the_IMM_sharers_in_order_beside_the_outcomes()
    {
        var (code, output, error) = Run("seed", TestGraphs.DataPath("karate.edges"), "--objective", "spread", "--algorithm", "imm", "--k", "3", "--model", "ic",
            "--probability", "0.1", "--epsilon", "0.3", "--runs", "200", "--random-seed", "4", "--json");
        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement root = doc.RootElement;
        ImmResult expected = InfluenceMaximization.Imm(TestGraphs.Karate(), new ImmOptions { SeedCount = 3, Epsilon = 0.3, Model = Models.IC(0.1), RandomSeed = 4 });
        Assert.Equal(expected.SeedNodes.Select(v => v.ToString(CultureInfo.InvariantCulture)).ToArray(),
            root.GetProperty("sharers").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal(expected.EstimatedSpread, root.GetProperty("objective_value").GetDouble());
        Assert.True(root.GetProperty("expected_adopters").GetDouble() >= 3);
        Assert.Equal(4, root.GetProperty("random_seed").GetInt64());
        Assert.Equal("imm", root.GetProperty("algorithm").GetString());
        Assert.Equal(expected.ApproximationRatio, root.GetProperty("guarantee").GetProperty("approximation_ratio").GetDouble());
    }

    [Fact]
    public void Spread_uses_OPIM_C_by_default_and_reports_its_certified_guarantee()
    {
        var (code, output, error) = Run("seed", TestGraphs.DataPath("karate.edges"), "--k", "3", "--model", "ic",
            "--probability", "0.1", "--runs", "100", "--random-seed", "6", "--json");
        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement root = doc.RootElement;
        OpimCResult expected = InfluenceMaximization.OpimC(TestGraphs.Karate(), new ImmOptions { SeedCount = 3, Model = Models.IC(0.1), RandomSeed = 6 });
        Assert.Equal("opimc", root.GetProperty("algorithm").GetString());
        Assert.Equal(expected.SeedNodes.Select(v => v.ToString(CultureInfo.InvariantCulture)).ToArray(),
            root.GetProperty("sharers").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal(expected.EstimatedSpread, root.GetProperty("objective_value").GetDouble());
        JsonElement guarantee = root.GetProperty("guarantee");
        Assert.Equal(expected.ApproximationRatio, guarantee.GetProperty("approximation_ratio").GetDouble());
        Assert.True(guarantee.GetProperty("approximation_ratio").GetDouble() >= 1 - 1 / Math.E - 0.1);
        Assert.Equal(1.0 / 34, guarantee.GetProperty("failure_probability").GetDouble(), 12);
        Assert.Equal("ic", root.GetProperty("model").GetProperty("name").GetString());
        Assert.Equal(0.1, root.GetProperty("model").GetProperty("probability").GetDouble());
        Assert.Equal(6, root.GetProperty("random_seed").GetInt64());
        // Issue 18: every scored candidate under "candidates", the winner marked, and the rounds.
        JsonElement[] candidates = root.GetProperty("candidates").EnumerateArray().ToArray();
        Assert.Equal(expected.Candidates.Select(c => c.Name), candidates.Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(expected.Candidates.Select(c => c.EstimatedSpread), candidates.Select(c => c.GetProperty("estimated_spread").GetDouble()));
        Assert.Equal(expected.Winner, root.GetProperty("winner").GetString());
        Assert.Equal(expected.Winner, candidates.Single(c => c.GetProperty("winner").GetBoolean()).GetProperty("name").GetString());
        Assert.Contains(candidates, c => c.GetProperty("name").GetString() == "degree" && c.GetProperty("sharers").GetArrayLength() == 3);
        JsonElement rounds = root.GetProperty("rounds");
        Assert.Equal(expected.CertifiedAtIteration, rounds.GetProperty("certified_at").GetInt32());
        Assert.Equal(expected.ImprovementRounds, rounds.GetProperty("improvement_rounds").GetInt32());
        Assert.Equal(expected.DrawnRRSetCount, rounds.GetProperty("rr_sets_drawn").GetInt64());

        var (textCode, text, _) = Run("seed", TestGraphs.DataPath("karate.edges"), "--k", "3", "--model", "ic", "--probability", "0.1", "--runs", "100", "--random-seed", "6");
        Assert.Equal(0, textCode);
        Assert.Contains("spread: OPIM-C", text);
        Assert.Contains("guarantee: expected spread ≥", text);
        Assert.Contains("candidates scored on independent validation RR sets", text);
        Assert.Contains("* " + expected.Winner + ":", text);
        Assert.Contains("  pagerank: ", text);
    }

    [Fact]
    public void A_heuristic_baseline_reports_no_guarantee()
    {
        var (code, output, error) = Run("seed", TestGraphs.DataPath("karate.edges"), "--algorithm", "degree", "--k", "2", "--runs", "50", "--random-seed", "1", "--json");
        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement root = doc.RootElement;
        // Karate's two hubs: 33 (degree 17) and 0 (degree 16).
        Assert.Equal(new[] { "33", "0" }, root.GetProperty("sharers").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("guarantee").GetProperty("approximation_ratio").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("objective_value").ValueKind);
    }

    [Fact]
    public void An_exclusion_before_the_graph_file_takes_one_value_and_leaves_the_file_as_the_input()
    {
        var (code, output, error) = Run("seed", "--exclude", "33", TestGraphs.DataPath("karate.edges"), "--algorithm", "degree", "--k", "1", "--runs", "20", "--random-seed", "1", "--json");
        Assert.True(code == 0, error);
        Assert.Equal(new[] { "0" }, Sharers(output)); // the officer (33) excluded, Mr. Hi (0) is the next hub
    }

    private static (string People, string Ties) WriteOrganisation()
    {
        // b (marketing) is followed by 8 external people; e0..e4 (engineering) form a team, e4 is also b's colleague;
        // enthusiasm 0.9 for e0, 0.3 for the other engineers.
        EmployeeNetwork network = TestOrganizations.TeamAndBroadcaster(teamSize: 5, followers: 8, bridgeFrom: 4, enthusiasm: i => i == 0 ? 0.9 : 0.3);
        string dir = Directory.CreateTempSubdirectory("nvc-seed-").FullName;
        string people = Path.Combine(dir, "people.csv");
        string ties = Path.Combine(dir, "ties.csv");
        PeopleTiesCsv.Save(network, people, ties);
        return (people, ties);
    }

    private static string[] Sharers(string json)
    {
        using JsonDocument doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("sharers").EnumerateArray().Select(e => e.GetString()!).ToArray();
    }

    [Fact]
    public void On_people_and_ties_only_employees_are_chosen_unless_externals_are_allowed()
    {
        var (people, ties) = WriteOrganisation();
        string[] common = ["seed", "--people", people, "--ties", ties, "--k", "8", "--model", "ic", "--probability", "0.5", "--runs", "30", "--random-seed", "2", "--json"];
        var (code, output, error) = Run(common);
        Assert.True(code == 0, error);
        string[] sharers = Sharers(output);
        // Six employees (b, e0..e4) for a budget of eight: all six, no follower, with a diagnostic.
        Assert.Equal(new[] { "b", "e0", "e1", "e2", "e3", "e4" }, sharers.Order(StringComparer.Ordinal).ToArray());
        using (JsonDocument doc = JsonDocument.Parse(output))
        {
            Assert.Contains("employees only", doc.RootElement.GetProperty("constraints").GetString(), StringComparison.Ordinal);
            Assert.Contains(doc.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetString()!.Contains("admissible", StringComparison.Ordinal));
        }

        var (allCode, allOutput, allError) = Run([.. common, "--include-externals"]);
        Assert.True(allCode == 0, allError);
        string[] all = Sharers(allOutput);
        Assert.Equal(8, all.Length);
        Assert.Contains(all, id => id.StartsWith('f'));
    }

    [Fact]
    public void Exclusions_quotas_and_minimum_enthusiasm_are_respected()
    {
        var (people, ties) = WriteOrganisation();
        string[] common = ["seed", "--people", people, "--ties", ties, "--model", "ic", "--probability", "0.5", "--runs", "30", "--random-seed", "3", "--json"];

        // At most two engineers: b plus two of e0..e4.
        var (code, output, error) = Run([.. common, "--k", "4", "--quota", "engineering=2"]);
        Assert.True(code == 0, error);
        string[] sharers = Sharers(output);
        Assert.Equal(3, sharers.Length);
        Assert.Contains("b", sharers);
        Assert.Equal(2, sharers.Count(id => id.StartsWith('e')));

        // b opted out, and only e0 is enthusiastic enough.
        var (code2, output2, error2) = Run([.. common, "--k", "3", "--exclude", "b", "--min-enthusiasm", "0.5"]);
        Assert.True(code2 == 0, error2);
        Assert.Equal(new[] { "e0" }, Sharers(output2));
        using JsonDocument doc = JsonDocument.Parse(output2);
        string constraints = doc.RootElement.GetProperty("constraints").GetString()!;
        Assert.Contains("excluded b", constraints, StringComparison.Ordinal);
        Assert.Contains("enthusiasm ≥ 0.5", constraints, StringComparison.Ordinal);

        // Exclusions, comma-separated and repeated.
        var (code3, output3, error3) = Run([.. common, "--k", "6", "--exclude", "e0,e1", "--exclude", "e2"]);
        Assert.True(code3 == 0, error3);
        Assert.Equal(new[] { "b", "e3", "e4" }, Sharers(output3).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Without_input_the_embedded_sample_organisation_is_seeded_with_employees_only()
    {
        var (code, output, error) = Run("seed", "--k", "5", "--runs", "20", "--random-seed", "8", "--json");
        Assert.True(code == 0, error);
        EmployeeNetwork sample = SampleOrganization.Default;
        string[] sharers = Sharers(output);
        Assert.Equal(5, sharers.Length);
        Assert.All(sharers, id => Assert.True(sample.IsEmployee(sample.NodeOf(new EmployeeId(id))), id + " is not an employee"));
        using JsonDocument doc = JsonDocument.Parse(output);
        Assert.Equal("embedded sample organisation", doc.RootElement.GetProperty("input").GetString());
    }

    [Theory]
    [InlineData("--quota", "engineering=1", "need people attributes")]
    [InlineData("--min-enthusiasm", "0.5", "need people attributes")]
    [InlineData("--exclude", "nobody", "--exclude nobody: no such id")]
    [InlineData("--algorithm", "greedy", "--algorithm greedy is for --objective resonance")]
    public void Bad_constraint_flags_on_a_graph_file_are_usage_errors(string flag, string value, string message)
    {
        var (code, _, error) = Run("seed", TestGraphs.DataPath("karate.edges"), flag, value, "--k", "2");
        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_department_quota_names_the_departments()
    {
        var (people, ties) = WriteOrganisation();
        var (code, _, error) = Run("seed", "--people", people, "--ties", ties, "--quota", "sales=1");
        Assert.Equal(2, code);
        Assert.Contains("no department 'sales'; departments: engineering, marketing", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Resonance_on_a_ring_lattice_chooses_adjacent_sharers_that_ignite_it()
    {
        string path = Path.Combine(Path.GetTempPath(), "nvc-seed-lattice-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".edges");
        var lattice = TestGraphs.RingLattice(30, 4);
        File.WriteAllLines(path, Enumerable.Range(0, 30).SelectMany(u => lattice.Neighbors(u).ToArray().Where(v => u < v).Select(v => $"{u} {v}")));
        try
        {
            var (code, output, error) = Run("seed", path, "--objective", "resonance", "--k", "2", "--runs", "50", "--random-seed", "1", "--json");
            Assert.True(code == 0, error);
            using JsonDocument doc = JsonDocument.Parse(output);
            Assert.Equal(2, doc.RootElement.GetProperty("sharers").GetArrayLength());
            Assert.Equal(30, doc.RootElement.GetProperty("threshold_adopters").GetInt32());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Resonance_json_lists_the_exactly_scored_candidates_and_the_winner()
    {
        // The greedy trap of ResonanceSafeguardTests: the greedy pick reaches 1 reinforced adopter, top degree 3, clustered 0.
        string path = Path.Combine(Path.GetTempPath(), "nvc-seed-trap-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".edges");
        var trap = NetworkVsCommunity.Tests.Algorithms.Seeding.ResonanceSafeguardTests.GreedyTrap();
        File.WriteAllLines(path, Enumerable.Range(0, trap.NodeCount).SelectMany(u => trap.Neighbors(u).ToArray().Where(v => u < v).Select(v => $"n{u} n{v}")));
        try
        {
            var (code, output, error) = Run("seed", path, "--objective", "resonance", "--k", "3", "--runs", "20", "--random-seed", "1", "--json");
            Assert.True(code == 0, error);
            using JsonDocument doc = JsonDocument.Parse(output);
            JsonElement root = doc.RootElement;
            Assert.Equal("degree", root.GetProperty("winner").GetString());
            JsonElement[] candidates = root.GetProperty("candidates").EnumerateArray().ToArray();
            Assert.Equal(["greedy", "degree", "clustered"], candidates.Select(c => c.GetProperty("name").GetString()));
            Assert.Equal([1.0, 3.0, 0.0], candidates.Select(c => c.GetProperty("objective_value").GetDouble()));
            Assert.Equal("degree", candidates.Single(c => c.GetProperty("winner").GetBoolean()).GetProperty("name").GetString());
            Assert.Equal(["n0", "n6", "n7"], root.GetProperty("sharers").EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal));
            Assert.Equal(3, root.GetProperty("objective_value").GetDouble());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_unknown_objective_is_a_usage_error()
    {
        var (code, _, _) = Run("seed", TestGraphs.DataPath("karate.edges"), "--objective", "fame");
        Assert.NotEqual(0, code);
    }
}
