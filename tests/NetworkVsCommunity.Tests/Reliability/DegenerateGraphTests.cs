using NetworkVsCommunity.Algorithms.Centrality;
using NetworkVsCommunity.Algorithms.Communities;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Metrics;
using NetworkVsCommunity.Algorithms.Roles;
using NetworkVsCommunity.Algorithms.Seeding;
using NetworkVsCommunity.Algorithms.Structure;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Reliability;

/// <summary>
/// The degenerate graphs of the reliability issue, through every public algorithm that needs only a graph: each call
/// either answers or throws the documented argument/operation exception, never an index, null or arithmetic fault.
/// </summary>
public class DegenerateGraphTests
{
    public static TheoryData<string> Graphs() => new(["empty", "one node", "isolated nodes", "all self-loops", "complete K6", "zero weights", "tiny weights", "disconnected", "directed star"]);

    private static CsrGraph Make(string name)
    {
        switch (name)
        {
            case "empty":
                return new GraphBuilder().Build();
            case "one node":
            {
                var b = new GraphBuilder();
                b.EnsureNodeCount(1);
                return b.Build();
            }
            case "isolated nodes":
            {
                var b = new GraphBuilder();
                b.EnsureNodeCount(5);
                return b.Build();
            }
            case "all self-loops":
                return TestGraphs.FromEdges(3, [(0, 0), (1, 1), (2, 2)]);
            case "complete K6":
                return TestGraphs.Complete(6);
            case "zero weights":
                return TestGraphs.FromWeightedEdges(4, [(0, 1, 0.0), (1, 2, 0.0), (2, 3, 0.0)]);
            case "tiny weights":
                return TestGraphs.FromWeightedEdges(4, [(0, 1, 1e-300), (1, 2, 1e-300), (2, 3, 1e-300), (3, 0, 1e-300)]);
            case "disconnected":
                return TestGraphs.TwoTriangles(joined: false);
            case "directed star":
                return TestGraphs.Star(6, directed: true);
            default:
                throw new ArgumentOutOfRangeException(nameof(name));
        }
    }

    private static void AnswersOrRefuses(string what, Action call)
    {
        try
        {
            call();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            Assert.False(string.IsNullOrWhiteSpace(ex.Message), $"{what}: refused without a message");
        }
        catch (Exception ex)
        {
            Assert.Fail($"{what}: {ex.GetType().Name}: {ex.Message}");
        }
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Every_graph_algorithm_answers_or_refuses_clearly(string name)
    {
        CsrGraph g = Make(name);
        int n = g.NodeCount;
        var fixedSeed = 3L;
        var calls = new (string What, Action Call)[]
        {
            ("Leiden", () => CommunityDetection.Leiden(g, new LeidenOptions { RandomSeed = fixedSeed })),
            ("Louvain", () => CommunityDetection.Louvain(g, new LouvainOptions { RandomSeed = fixedSeed })),
            ("LabelPropagation", () => CommunityDetection.LabelPropagation(g, new LabelPropagationOptions { RandomSeed = fixedSeed })),
            ("Modularity", () => PartitionQuality.Modularity(g, Partition.Singletons(n))),
            ("Betweenness", () => CentralityMeasures.Betweenness(g)),
            ("PageRank", () => CentralityMeasures.PageRank(g)),
            ("Eigenvector", () => CentralityMeasures.EigenvectorCentrality(g)),
            ("CoreNumbers", () => CoreDecomposition.CoreNumbers(g)),
            ("Components", () => Components.ConnectedComponents(g)),
            ("Clustering", () => Clustering.AverageClustering(g)),
            ("Degrees", () => GraphStatistics.Degrees(g)),
            ("Density", () => GraphStatistics.Density(g)),
            ("BFS", () => Traversal.BreadthFirstDistances(g, 0)),
            ("EpidemicMargin", () => RiskMetrics.EpidemicMargin(g)),
            ("WideBridges", () => ResonanceMetrics.WideBridges(g, Partition.Singletons(n))),
            ("Cartography", () => RoleAnalysis.Cartography(g, Partition.AllInOne(n))),
            ("UniqueReach", () => SpreadMetrics.UniqueReach(g, n == 0 ? [] : [0])),
            ("MonteCarlo", () => DiffusionSimulator.MonteCarlo(g, n == 0 ? [] : [0], new MonteCarloOptions { Sampling = new SamplingOptions { Runs = 20, RandomSeed = fixedSeed } })),
            ("Imm", () => InfluenceMaximization.Imm(g, new ImmOptions { RandomSeed = fixedSeed })),
            ("DegreeHeuristic", () => SeedingHeuristics.Degree(g)),
            ("KCoreHeuristic", () => SeedingHeuristics.KCore(g)),
        };
        foreach (var (what, call) in calls)
        {
            AnswersOrRefuses($"{what} on {name}", call);
        }
    }

    [Fact]
    public void A_graph_with_no_edges_has_no_modularity()
    {
        var b = new GraphBuilder();
        b.EnsureNodeCount(3);
        Assert.ThrowsAny<ArgumentException>(() => PartitionQuality.Modularity(b.Build(), Partition.Singletons(3)));
    }

    [Fact]
    public void A_star_of_a_million_leaves_builds_and_answers()
    {
        var b = new GraphBuilder(edgeCapacity: 1_000_000);
        for (int leaf = 1; leaf <= 1_000_000; leaf++)
        {
            b.AddEdge(0, leaf);
        }
        CsrGraph star = b.Build();
        Assert.Equal(1_000_000, star.Degree(0));
        Assert.Equal(1, Components.ConnectedComponents(star).Count);
        var cores = CoreDecomposition.CoreNumbers(star);
        Assert.Equal(1, cores[0]);
        var leiden = CommunityDetection.Leiden(star, new LeidenOptions { RandomSeed = 1 });
        // A star has no community structure: every split has modularity ≤ 0 (Brandes et al. 2008).
        Assert.InRange(leiden.Modularity, -1e-9, 1e-9);
    }
}
