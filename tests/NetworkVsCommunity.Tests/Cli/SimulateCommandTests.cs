using System.Globalization;
using System.Text.Json;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Cli;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Cli;

public class SimulateCommandTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var error = new StringWriter(CultureInfo.InvariantCulture);
        int code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string Karate => TestGraphs.DataPath("karate.edges");

    [Fact]
    public void Json_reports_the_monte_carlo_figures_of_the_library()
    {
        var (code, output, error) = Run("simulate", Karate, "--model", "ic", "--probability", "0.2", "--sharers", "0,33", "--runs", "500",
            "--random-seed", "7", "--threads", "2", "--json");
        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement root = doc.RootElement;
        MonteCarloResult expected = DiffusionSimulator.MonteCarlo(TestGraphs.Karate(), [0, 33],
            new MonteCarloOptions { Model = new IndependentCascadeModel { Probability = 0.2 }, Sampling = new SamplingOptions { Runs = 500, RandomSeed = 7, MaxDegreeOfParallelism = 1 } });
        Assert.Equal(expected.MeanAdopters, root.GetProperty("mean_adopters").GetDouble());
        Assert.Equal(expected.Ci95Low, root.GetProperty("ci95_low").GetDouble());
        Assert.Equal(expected.Ci95High, root.GetProperty("ci95_high").GetDouble());
        Assert.Equal(500, root.GetProperty("runs").GetInt32());
        Assert.Equal(7, root.GetProperty("random_seed").GetInt64());
        Assert.True(root.GetProperty("seconds").GetDouble() >= 0);
        Assert.True(root.GetProperty("arcs_examined_per_second").GetDouble() > 0);
        Assert.Equal(expected.ArcsExamined, root.GetProperty("arcs_examined").GetInt64());
    }

    [Fact]
    public void Threshold_model_from_a_sharers_file_and_text_output()
    {
        string file = Path.Combine(Path.GetTempPath(), $"nvc-sharers-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "# two adjacent members\n0\n1 # and a comment\n");
        try
        {
            var (code, output, error) = Run("simulate", Karate, "--model", "threshold", "--threshold", "2", "--sharers-file", file, "--runs", "3", "--random-seed", "1");
            Assert.True(code == 0, error);
            double expected = DiffusionSimulator.Simulate(TestGraphs.Karate(), [0, 1], new ThresholdModel { Threshold = 2 }, 1).Size;
            Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"threshold: mean adopters {expected:G6} "), output);
            Assert.Contains("random seed 1;", output);
            Assert.Contains("note: Model 'threshold' is deterministic", output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("lt")]
    [InlineData("sir")]
    [InlineData("sis")]
    public void Other_models_run(string model)
    {
        var (code, output, error) = Run("simulate", Karate, "--model", model, "--sharers", "0", "--runs", "50", "--random-seed", "3", "--json");
        Assert.True(code == 0, error);
        Assert.Equal(model, JsonDocument.Parse(output).RootElement.GetProperty("model").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData(new[] { "--sharers", "0,99" }, "initial sharer '99' is not a node of the graph (34 nodes, ids 0..33)")]
    [InlineData(new string[0], "exactly one of --sharers")]
    [InlineData(new[] { "--sharers", "0", "--probability", "1.5" }, "--probability 1.5 is out of range")]
    [InlineData(new[] { "--sharers", "0", "--runs", "0" }, "--runs 0 is out of range")]
    [InlineData(new[] { "--sharers", "0", "--model", "threshold", "--threshold", "1.5" }, "--threshold 1.5 is out of range")]
    [InlineData(new[] { "--sharers", "0", "--threshold", "2" }, "--threshold applies to --model threshold")]
    public void Bad_arguments_exit_with_code_2_and_one_line(string[] extra, string message)
    {
        var (code, _, error) = Run(["simulate", Karate, .. extra]);
        Assert.Equal(CliApp.BadInput, code);
        Assert.Contains(message, error);
    }

    [Fact]
    public void Missing_graph_file_is_bad_input()
    {
        var (code, _, error) = Run("simulate", "/nonexistent/graph.edges", "--sharers", "0");
        Assert.Equal(CliApp.BadInput, code);
        Assert.StartsWith("nvc: ", error);
    }
}
