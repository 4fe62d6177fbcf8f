using System.CommandLine;
using System.Globalization;
using NetworkVsCommunity.Algorithms.Diffusion;

namespace NetworkVsCommunity.Cli.Commands;

/// <summary>
/// <c>nvc simulate --log-out shares.csv</c>: a share log (<c>post,person,time</c>) simulated on an organisation from a
/// known model, so users see the format that <c>nvc fit</c> reads and tests know the truth.
/// </summary>
internal static class ShareLogSimulation
{
    internal sealed record LogOptions(Option<int> Posts, Option<FileInfo?> LogOut, Option<FileInfo?> People, Option<FileInfo?> Ties);

    public static LogOptions CreateOptions() => new(
        new Option<int>("--posts") { Description = "--log-out: number of posts, 1 or more. Default 100.", DefaultValueFactory = _ => 100 },
        new Option<FileInfo?>("--log-out") { Description = "Write a simulated share log (post,person,time) on an organisation instead of a Monte Carlo summary." },
        OrganizationInput.People(),
        OrganizationInput.Ties());

    public static int Run(CliContext context, ParseResult parse, LogOptions options, DiffusionModel model, string? graph, string? sharers,
        long? randomSeed, bool json)
    {
        if (graph is not null)
        {
            throw new CliUsageException("--log-out simulates on an organisation: give --people and --ties (or neither for the embedded sample), not a graph file.");
        }
        EmployeeNetwork network = OrganizationInput.Load(parse, options.People, options.Ties, out string source);
        int posts = parse.GetValue(options.Posts);
        long seed = randomSeed ?? Randomness.Xoshiro256StarStar.NewRandomSeed();
        var ids = sharers?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => new EmployeeId(s)).ToList();
        ShareLog log = ShareLogFitting.Simulate(network, model, posts, seed, ids);
        string path = parse.GetValue(options.LogOut)!.FullName;
        log.Save(path, network);
        string modelText = model is RelationshipCascadeModel r
            ? string.Create(CultureInfo.InvariantCulture, $"relationship (mutual {r.MutualProbability}, one_way {r.OneWayProbability})")
            : model.Name;
        if (json)
        {
            context.WriteJson(new Dictionary<string, object?>
            {
                ["source"] = source,
                ["model"] = modelText,
                ["posts"] = log.Posts.Length,
                ["shares"] = log.Rows,
                ["random_seed"] = seed,
                ["log"] = path,
            });
        }
        else
        {
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{log.Rows} shares of {log.Posts.Length} posts simulated on the {source} under {modelText} (random seed {seed}); written to {path}"));
        }
        return CliApp.Success;
    }
}
