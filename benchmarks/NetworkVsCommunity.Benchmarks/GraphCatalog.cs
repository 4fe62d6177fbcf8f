using System.Collections.Concurrent;
using NetworkVsCommunity;
using NetworkVsCommunity.Algorithms.Generators;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Benchmarks;

/// <summary>
/// The seeded benchmark graph catalogue: every graph is generated from a fixed seed, so every benchmark run, on every
/// machine, measures the same inputs. Graphs are built once per process and cached.
/// </summary>
/// <remarks>
/// Names: planted partitions <c>pp-1e3</c>, <c>pp-1e4</c>, <c>pp-1e5</c> (communities of 100 nodes, mean degree 20,
/// mixing 0.2); LFR <c>lfr-1e3</c>, <c>lfr-1e4</c> (paper defaults: ⟨k⟩ = 20, k_max = 50, τ₁ = 2, τ₂ = 1, communities
/// 20–100, μ = 0.3); Barabási–Albert <c>ba-1e4</c>, <c>ba-1e5</c> (m = 5); Watts–Strogatz <c>ws-1e4</c>,
/// <c>ws-1e5</c> (k = 10, β = 0.1); the sample organisation's social graph <c>org-400</c> (the default company, about
/// 28 500 people) and <c>org-1e4</c> (10 000 employees, about 570 000 people).
/// </remarks>
public static class GraphCatalog
{
    /// <summary>The seed of every catalogue graph.</summary>
    public const long RandomSeed = 20260401;

    private static readonly ConcurrentDictionary<string, Lazy<CsrGraph>> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<int, Lazy<EmployeeNetwork>> Organizations = new();

    /// <summary>All graph names, smallest first within each family.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["pp-1e3", "pp-1e4", "pp-1e5", "lfr-1e3", "lfr-1e4", "ba-1e4", "ba-1e5", "ws-1e4", "ws-1e5", "org-400", "org-1e4"];

    /// <summary>Names of the graphs small enough for a short CI-sized run (up to 10^4 nodes, or the default organisation).</summary>
    public static IReadOnlyList<string> SmallNames { get; } = ["pp-1e3", "pp-1e4", "lfr-1e3", "lfr-1e4", "ba-1e4", "ws-1e4", "org-400"];

    /// <summary>The graph of a catalogue name (built on first use, then cached).</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentException">Unknown name.</exception>
    public static CsrGraph Get(string name) => Cache.GetOrAdd(name, n => new Lazy<CsrGraph>(() => Create(n))).Value;

    /// <summary>The planted partition of a <c>pp-*</c> or <c>lfr-*</c> graph.</summary>
    /// <param name="name">A <c>pp-*</c> or <c>lfr-*</c> name.</param>
    /// <returns>The planted communities.</returns>
    public static Partition GroundTruth(string name) => name switch
    {
        _ when name.StartsWith("pp-", StringComparison.Ordinal) => PlantedPartition(Size(name)).GroundTruth!,
        _ when name.StartsWith("lfr-", StringComparison.Ordinal) => Lfr(Size(name)).GroundTruth!,
        _ => throw new ArgumentException($"'{name}' has no planted partition; only pp-* and lfr-* graphs do.", nameof(name)),
    };

    /// <summary>The sample organisation with a given number of employees (default shape, seed <see cref="RandomSeed"/>), cached.</summary>
    /// <param name="employees">Number of employees.</param>
    /// <returns>The network.</returns>
    public static EmployeeNetwork SampleOrganization(int employees) =>
        Organizations.GetOrAdd(employees, e => new Lazy<EmployeeNetwork>(() => NetworkVsCommunity.SampleOrganization.Generate(new SampleOrganizationOptions
        {
            Employees = e,
            Departments = e >= 1000 ? 10 : 8,
            RandomSeed = e == 400 ? NetworkVsCommunity.SampleOrganization.DefaultRandomSeed : RandomSeed,
        }))).Value;

    /// <summary>Planted partition options for n nodes: communities of 100, mean degree 20, mixing 0.2.</summary>
    /// <param name="n">Number of nodes, a multiple of 100.</param>
    /// <returns>The options.</returns>
    public static PlantedPartitionOptions PlantedPartitionOptions(int n) => new()
    {
        CommunityCount = n / 100,
        CommunitySize = 100,
        InternalProbability = 0.8 * 20 / 99,
        ExternalProbability = 0.2 * 20 / Math.Max(1, n - 100),
        RandomSeed = RandomSeed,
    };

    /// <summary>LFR options for n nodes (paper defaults, μ = 0.3).</summary>
    /// <param name="n">Number of nodes.</param>
    /// <returns>The options.</returns>
    public static LfrOptions LfrOptions(int n) => new() { NodeCount = n, Mixing = 0.3, RandomSeed = RandomSeed };

    private static GeneratedGraph PlantedPartition(int n) => RandomGraphs.PlantedPartition(PlantedPartitionOptions(n));

    private static GeneratedGraph Lfr(int n) => RandomGraphs.Lfr(LfrOptions(n));

    private static int Size(string name) => name[(name.IndexOf('-', StringComparison.Ordinal) + 1)..] switch
    {
        "1e3" => 1_000,
        "1e4" => 10_000,
        "1e5" => 100_000,
        "400" => 400,
        var other => throw new ArgumentException($"Unknown size '{other}' in graph name '{name}'.", nameof(name)),
    };

    private static CsrGraph Create(string name)
    {
        int n = Size(name);
        return name[..name.IndexOf('-', StringComparison.Ordinal)] switch
        {
            "pp" => PlantedPartition(n).Graph,
            "lfr" => Lfr(n).Graph,
            "ba" => RandomGraphs.BarabasiAlbert(new BarabasiAlbertOptions { NodeCount = n, EdgesPerNode = 5, RandomSeed = RandomSeed }).Graph,
            "ws" => RandomGraphs.WattsStrogatz(new WattsStrogatzOptions { NodeCount = n, Neighbors = 10, RewiringProbability = 0.1, RandomSeed = RandomSeed }).Graph,
            "org" => SampleOrganization(n).SocialGraph,
            _ => throw new ArgumentException($"Unknown catalogue graph '{name}'; known: {string.Join(", ", Names)}.", nameof(name)),
        };
    }
}
