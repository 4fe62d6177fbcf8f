using System.Text.Json;
using NetworkVsCommunity.Cli;
using NetworkVsCommunity.IO;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Cli;

public sealed class TiesCommandAndErrorTests() : CliRun("nvc-cli-ties-")
{
    [Fact]
    public void Ties_writes_a_ties_csv_that_loads_with_the_people()
    {
        string people = Write("people.csv", "id,department\na,R\nb,R\nc,S\n");
        string log = Write("log.csv",
            "sender,recipients,time,channel\n" +
            "a,b,2026-01-01T00:00:00Z,email\n" +
            "b,a,2026-01-02T00:00:00Z,email\n" +
            "a,b;c;x,2026-01-03T00:00:00Z,chat\n");
        string ties = Path.Combine(Dir, "ties.csv");
        var (code, output, error) = Run("ties", "--interactions", log, "--people", people, "--out", ties, "--half-life-days", "1", "--json");
        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement r = doc.RootElement;
        Assert.Equal(2, r.GetProperty("ties").GetInt32());
        Assert.Equal(1, r.GetProperty("mutual").GetInt32());
        Assert.Equal(1, r.GetProperty("unknown_recipient_entries").GetInt32());
        // a–b: 1/4 + 1/2 + 1 = 1.75 (mutual); a→c: 1 (one-way, c attends to a).
        Assert.Equal("source,target,kind,strength,directed\na,b,colleague,1.75,false\nc,a,colleague,1,true\n", File.ReadAllText(ties));
        EmployeeNetwork net = PeopleTiesCsv.Load(people, ties);
        Assert.Equal(2, net.TieCount);
    }

    [Fact]
    public void Ties_reports_a_time_without_offset_with_the_line_and_the_flag_to_state_it()
    {
        string people = Write("people.csv", "id\na\nb\n");
        string log = Write("log.csv", "sender,recipients,time\na,b,2026-01-01 09:00\n");
        var (code, _, error) = Run("ties", "--interactions", log, "--people", people, "--out", Path.Combine(Dir, "t.csv"));
        Assert.Equal(CliApp.BadInput, code);
        Assert.Contains(":2:", error);
        Assert.Contains("--assume-offset", error);
        (code, _, error) = Run("ties", "--interactions", log, "--people", people, "--out", Path.Combine(Dir, "t.csv"), "--assume-offset", "+01:00");
        Assert.True(code == 0, error);
    }

    [Fact]
    public void Ties_option_errors_name_the_flags()
    {
        string people = Write("people.csv", "id\na\nb\n");
        string log = Write("log.csv", "sender,recipients,time\na,b,2026-01-01T09:00Z\n");
        var (code, _, error) = Run("ties", "--interactions", log, "--people", people, "--out", Path.Combine(Dir, "t.csv"), "--max-recipients", "0");
        Assert.Equal(CliApp.BadInput, code);
        Assert.Equal("nvc: --max-recipients 0 is out of range; allowed: 1 or more.\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Communities_errors_speak_in_flags()
    {
        var (code, _, error) = Run("communities", TestGraphs.DataPath("karate.edges"), "--resolution", "-1");
        Assert.Equal(CliApp.BadInput, code);
        Assert.StartsWith("nvc: --resolution -1 ", error);
        Assert.DoesNotContain("options.", error);
        Assert.DoesNotContain("Parameter", error);
        Assert.DoesNotContain("Actual value", error);
    }

    [Fact]
    public void Seed_errors_speak_in_flags()
    {
        var (code, _, error) = Run("seed", TestGraphs.DataPath("karate.edges"), "--k", "0");
        Assert.Equal(CliApp.BadInput, code);
        Assert.Contains("--k 0", error);
        Assert.DoesNotContain("options.", error);
        Assert.DoesNotContain("SeedCount", error);
    }

    [Fact]
    public void Edge_list_errors_do_not_name_library_options()
    {
        string path = Write("mixed.edges", "0 1 2.5\n1 2\n");
        var (code, _, error) = Run("info", path);
        Assert.Equal(CliApp.BadInput, code);
        Assert.DoesNotContain("options.", error);
        Assert.Contains("mixed.edges", error);
    }

    [Fact]
    public void Translation_maps_known_options_to_flags_and_others_to_settings()
    {
        Assert.Equal("--threads -2 is out of range; allowed: 0 or more.",
            CliErrorTranslation.Translate(new ArgumentOutOfRangeException("options.MaxDegreeOfParallelism", -2, "options.MaxDegreeOfParallelism = -2 is out of range; allowed: 0 or more.")));
        Assert.Equal("the setting Damping (no flag sets it) = 2 is out of range; allowed: 0 to 1.",
            CliErrorTranslation.Translate(new ArgumentOutOfRangeException("options.Damping", 2.0, "options.Damping = 2 is out of range; allowed: 0 to 1.")));
        Assert.Equal("No --probability here.", CliErrorTranslation.Translate(new ArgumentException("No model.Probability here.", "model")));
    }

    [Fact]
    public void Communities_reports_the_drawn_seed_on_stderr_with_output_and_in_text_mode()
    {
        string membership = Path.Combine(Dir, "m.tsv");
        var (code, output, error) = Run("communities", TestGraphs.DataPath("karate.edges"), "--output", membership);
        Assert.Equal(0, code);
        Assert.Equal("", output);
        Assert.Matches(@"^nvc: random seed -?\d+ \(drawn; repeat with --random-seed -?\d+\)\s*$", error);
        long seed = long.Parse(error.Split(' ')[3], System.Globalization.CultureInfo.InvariantCulture);
        string first = File.ReadAllText(membership);
        (code, output, error) = Run("communities", TestGraphs.DataPath("karate.edges"), "--random-seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, code);
        Assert.Equal("", error); // a given seed is not repeated back
        Assert.Equal(first, output);
    }

    [Fact]
    public void Version_has_a_prerelease_suffix_in_a_local_build()
    {
        var (code, output, _) = Run("version");
        Assert.Equal(0, code);
        Assert.Matches(@"^nvc \d+\.\d+\.\d+(-dev\.\d+(\.g[0-9a-f]+)?)?(\+[0-9a-f]+)?\s*$", output);
    }
}
