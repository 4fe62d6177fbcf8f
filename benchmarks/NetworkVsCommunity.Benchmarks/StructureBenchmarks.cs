using BenchmarkDotNet.Attributes;
using NetworkVsCommunity.Algorithms.Structure;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Benchmarks;

/// <summary>Breadth-first search, connected components and triangle counting on the seeded catalogue.</summary>
[MemoryDiagnoser]
public class StructureBenchmarks
{
    private CsrGraph _graph = null!;

    /// <summary>The catalogue graph.</summary>
    [ParamsSource(nameof(Graphs))]
    public string Graph { get; set; } = "pp-10k";

    public static IEnumerable<string> Graphs => BenchmarkGraphs.Names;

    [GlobalSetup]
    public void Setup() => _graph = BenchmarkGraphs.Build(Graph);

    [Benchmark(Baseline = true)]
    public DistanceResult BreadthFirstSearch() => Traversal.BreadthFirstDistances(_graph, 0);

    [Benchmark]
    public ComponentsResult ConnectedComponents() => Components.ConnectedComponents(_graph);

    [Benchmark]
    public ClusteringResult TrianglesAndClustering() => Clustering.AverageClustering(_graph);
}
