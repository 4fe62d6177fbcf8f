using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using NetworkVsCommunity.Algorithms.Attribution;
using NetworkVsCommunity.Algorithms.Centrality;
using NetworkVsCommunity.Algorithms.Communities;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Generators;
using NetworkVsCommunity.Algorithms.Metrics;
using NetworkVsCommunity.Algorithms.Roles;
using NetworkVsCommunity.Algorithms.Seeding;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.IO;
using NetworkVsCommunity.Tests.Fixtures;
using NetworkVsCommunity.Visualization;

namespace NetworkVsCommunity.Tests.Reliability;

/// <summary>
/// The determinism audit of the reliability issue, over every stochastic public entry point (found by reflection, so a
/// new one fails <see cref="Every_stochastic_entry_point_is_audited"/> until it has a case here): the same random seed gives
/// the same result, a 2-thread run gives exactly the 1-thread result, and a shuffled input file gives the same result once
/// mapped back to node ids or people. Results are compared by a fingerprint of every public property (doubles in
/// round-trip form, so "the same" means bit for bit).
/// </summary>
public class DeterminismAuditTests
{
    private const long Seed = 20261128;

    private static readonly Lazy<CsrGraph> Graph = new(() => RandomGraphs.PlantedPartition(new PlantedPartitionOptions
    {
        CommunityCount = 4,
        CommunitySize = 150,
        InternalProbability = 0.05,
        ExternalProbability = 0.002,
        RandomSeed = 5,
    }).Graph);

    private static readonly Lazy<Partition> Communities = new(() =>
        Partition.FromMembership(Enumerable.Range(0, Graph.Value.NodeCount).Select(v => v / 150).ToArray()));

    private static readonly Lazy<EmployeeNetwork> Organization = new(() =>
        SampleOrganization.Generate(new SampleOrganizationOptions { Employees = 60, Departments = 4, MaxFollowers = 300, RandomSeed = 3 }));

    private static readonly int[] Sharers = [1, 160, 320];

    private static SamplingOptions Sampling(int threads) =>
        new() { Runs = 40, RandomSeed = Seed, MaxDegreeOfParallelism = threads };

    private static MonteCarloOptions Runner(int threads) => new()
    {
        Model = new IndependentCascadeModel { Probability = 0.08 },
        KeepCascades = true,
        Sampling = new SamplingOptions { Runs = 40, RandomSeed = Seed, MaxDegreeOfParallelism = threads },
    };

    private static List<EmployeeId> TopEmployees(int count) =>
        Organization.Value.Employees.Take(count).Select(v => Organization.Value.IdOf(v)).ToList();

    /// <summary>Every audited entry point (its reflection signature) and how to run it on a given number of threads.</summary>
    private static readonly Dictionary<string, Func<int, object>> Cases = new()
    {
        ["FairCredit.SpreadShapley(CsrGraph, ReadOnlySpan`1, DiffusionModel, SamplingOptions, IProgress`1, CancellationToken)"] =
            t => FairCredit.SpreadShapley(Graph.Value, Sharers, Models.IC(0.08), Sampling(t)),
        ["FairCredit.ResonanceShapley(CsrGraph, Partition, ReadOnlySpan`1, DiffusionModel, SamplingOptions, IProgress`1, CancellationToken)"] =
            t => FairCredit.ResonanceShapley(Graph.Value, Communities.Value, Sharers, Models.IC(0.08), Sampling(t)),
        ["FairCredit.SpreadShapleyByPermutations(CsrGraph, ReadOnlySpan`1, DiffusionModel, SamplingOptions, CancellationToken)"] =
            t => FairCredit.SpreadShapleyByPermutations(Graph.Value, Sharers, Models.IC(0.08), Sampling(t)),
        ["FairCredit.LeaveOneOutSampled(CsrGraph, ReadOnlySpan`1, DiffusionModel, SamplingOptions, CancellationToken)"] =
            t => FairCredit.LeaveOneOutSampled(Graph.Value, Sharers, Models.IC(0.08), Sampling(t)),
        ["CentralityMeasures.Betweenness(CsrGraph, BetweennessOptions, IProgress`1, CancellationToken)"] =
            t => CentralityMeasures.Betweenness(Graph.Value, new BetweennessOptions { SampleSources = 64, RandomSeed = Seed, MaxDegreeOfParallelism = t }),
        ["CentralityMeasures.BetweenCommunityBetweenness(CsrGraph, Partition, BetweennessOptions, IProgress`1, CancellationToken)"] =
            t => CentralityMeasures.BetweenCommunityBetweenness(Graph.Value, Communities.Value, new BetweennessOptions { SampleSources = 64, RandomSeed = Seed, MaxDegreeOfParallelism = t }),
        ["CommunityDetection.Leiden(CsrGraph, LeidenOptions, IProgress`1, CancellationToken)"] =
            t => CommunityDetection.Leiden(Graph.Value, new LeidenOptions { RandomSeed = Seed, MaxDegreeOfParallelism = t }),
        ["CommunityDetection.Louvain(CsrGraph, LouvainOptions, IProgress`1, CancellationToken)"] =
            t => CommunityDetection.Louvain(Graph.Value, new LouvainOptions { RandomSeed = Seed, MaxDegreeOfParallelism = t }),
        ["CommunityDetection.LabelPropagation(CsrGraph, LabelPropagationOptions, IProgress`1, CancellationToken)"] =
            _ => CommunityDetection.LabelPropagation(Graph.Value, new LabelPropagationOptions { RandomSeed = Seed }),
        ["DiffusionSimulator.Simulate(CsrGraph, IReadOnlyList`1, DiffusionModel, Int64, Int32, CancellationToken)"] =
            _ => DiffusionSimulator.Simulate(Graph.Value, Sharers, new IndependentCascadeModel { Probability = 0.1 }, Seed, 3),
        ["DiffusionSimulator.MonteCarlo(CsrGraph, IReadOnlyList`1, MonteCarloOptions, IProgress`1, CancellationToken)"] =
            t => DiffusionSimulator.MonteCarlo(Graph.Value, Sharers, Runner(t)),
        ["RandomGraphs.ErdosRenyiGnp(GnpOptions, IProgress`1, CancellationToken)"] =
            _ => RandomGraphs.ErdosRenyiGnp(new GnpOptions { NodeCount = 300, EdgeProbability = 0.02, RandomSeed = Seed }),
        ["RandomGraphs.ErdosRenyiGnm(GnmOptions, IProgress`1, CancellationToken)"] =
            _ => RandomGraphs.ErdosRenyiGnm(new GnmOptions { NodeCount = 300, EdgeCount = 900, RandomSeed = Seed }),
        ["RandomGraphs.StochasticBlockModel(StochasticBlockModelOptions, IProgress`1, CancellationToken)"] =
            _ => RandomGraphs.StochasticBlockModel(new StochasticBlockModelOptions { BlockSizes = [50, 80], EdgeProbabilities = [[0.2, 0.01], [0.01, 0.1]], RandomSeed = Seed }),
        ["RandomGraphs.PlantedPartition(PlantedPartitionOptions, IProgress`1, CancellationToken)"] =
            _ => RandomGraphs.PlantedPartition(new PlantedPartitionOptions { RandomSeed = Seed }),
        ["RandomGraphs.Lfr(LfrOptions, IProgress`1, CancellationToken)"] =
            _ => RandomGraphs.Lfr(new LfrOptions { NodeCount = 300, RandomSeed = Seed }),
        ["RandomGraphs.BarabasiAlbert(BarabasiAlbertOptions, IProgress`1, CancellationToken)"] =
            _ => RandomGraphs.BarabasiAlbert(new BarabasiAlbertOptions { NodeCount = 300, RandomSeed = Seed }),
        ["RandomGraphs.HolmeKim(HolmeKimOptions, IProgress`1, CancellationToken)"] =
            _ => RandomGraphs.HolmeKim(new HolmeKimOptions { NodeCount = 300, RandomSeed = Seed }),
        ["RandomGraphs.WattsStrogatz(WattsStrogatzOptions, IProgress`1, CancellationToken)"] =
            _ => RandomGraphs.WattsStrogatz(new WattsStrogatzOptions { NodeCount = 300, RandomSeed = Seed }),
        ["RiskMetrics.BlastRadius(CsrGraph, ReadOnlySpan`1, Double, DiffusionModel, SamplingOptions, IProgress`1, CancellationToken)"] =
            t => RiskMetrics.BlastRadius(Graph.Value, Employees(), 0.1, Models.IC(0.08), Sampling(t)),
        ["RiskMetrics.FirestormProbability(CsrGraph, Int32, Double, DiffusionModel, SamplingOptions, CancellationToken)"] =
            t => RiskMetrics.FirestormProbability(Graph.Value, 1, 0.05, Models.IC(0.08), Sampling(t)),
        ["RiskMetrics.FlagBearerDependence(CsrGraph, ReadOnlySpan`1, Nullable`1, DiffusionModel, SamplingOptions, CancellationToken)"] =
            t => RiskMetrics.FlagBearerDependence(Graph.Value, Sharers, null, Models.IC(0.08), Sampling(t)),
        ["SpreadMetrics.ExpectedSpread(CsrGraph, ReadOnlySpan`1, DiffusionModel, SamplingOptions, IProgress`1, CancellationToken)"] =
            t => SpreadMetrics.ExpectedSpread(Graph.Value, Sharers, Models.IC(0.08), Sampling(t)),
        ["WhoWhatDecomposition.Simulate(CsrGraph, ReadOnlySpan`1, WhoWhatOptions, CancellationToken)"] =
            t => WhoWhatDecomposition.Simulate(Graph.Value, Sharers, new WhoWhatOptions { Model = Models.IC(0.08), Sampling = Sampling(t) }),
        ["RoleAnalysis.BrokerScores(CsrGraph, Partition, BetweennessOptions, CancellationToken)"] =
            t => RoleAnalysis.BrokerScores(Graph.Value, Communities.Value, new BetweennessOptions { SampleSources = 64, RandomSeed = Seed, MaxDegreeOfParallelism = t }),
        ["RoleAnalysis.EvangelistsAndBroadcasters(CsrGraph, Partition, ReadOnlySpan`1, DiffusionModel, SamplingOptions, Double, IProgress`1, CancellationToken)"] =
            t => RoleAnalysis.EvangelistsAndBroadcasters(Graph.Value, Communities.Value, Enumerable.Range(0, 60).ToArray(), Models.IC(0.08), Sampling(t)),
        ["RoleAnalysis.OnaRoleMap(CsrGraph, Partition, ReadOnlySpan`1, CsrGraph, OnaRoleOptions, CancellationToken)"] =
            t => RoleAnalysis.OnaRoleMap(Graph.Value, Communities.Value, Employees(), null,
                new OnaRoleOptions { Betweenness = new BetweennessOptions { SampleSources = 64, RandomSeed = Seed, MaxDegreeOfParallelism = t } }),
        ["GreedySeeding.Greedy(CsrGraph, ISpreadOracle, GreedySeedingOptions, IProgress`1, CancellationToken)"] =
            t => GreedySeeding.Greedy(Graph.Value, Oracle(t), new GreedySeedingOptions { SeedCount = 3 }),
        ["GreedySeeding.Celf(CsrGraph, ISpreadOracle, GreedySeedingOptions, IProgress`1, CancellationToken)"] =
            t => GreedySeeding.Celf(Graph.Value, Oracle(t), new GreedySeedingOptions { SeedCount = 3 }),
        ["GreedySeeding.CelfPlusPlus(CsrGraph, ISpreadOracle, GreedySeedingOptions, IProgress`1, CancellationToken)"] =
            t => GreedySeeding.CelfPlusPlus(Graph.Value, Oracle(t), new GreedySeedingOptions { SeedCount = 3 }),
        ["InfluenceMaximization.Imm(CsrGraph, ImmOptions, IProgress`1, CancellationToken)"] =
            t => InfluenceMaximization.Imm(Graph.Value, new ImmOptions { SeedCount = 4, Epsilon = 0.5, Model = Models.IC(0.08), RandomSeed = Seed, MaxDegreeOfParallelism = t }),
        ["InfluenceMaximization.OpimC(CsrGraph, ImmOptions, IProgress`1, CancellationToken)"] =
            t => InfluenceMaximization.OpimC(Graph.Value, new ImmOptions { SeedCount = 4, Epsilon = 0.3, Model = Models.IC(0.08), RandomSeed = Seed, MaxDegreeOfParallelism = t }),
        ["ResonanceSeeding.Greedy(CsrGraph, ResonanceSeedingOptions, IProgress`1, CancellationToken)"] =
            _ => ResonanceSeeding.Greedy(TestGraphs.RingLattice(60, 4), new ResonanceSeedingOptions { SeedCount = 3, RandomSeed = Seed }),
        ["ResonanceSeeding.Clustered(CsrGraph, ResonanceSeedingOptions, IProgress`1, CancellationToken)"] =
            _ => ResonanceSeeding.Clustered(Graph.Value, new ResonanceSeedingOptions { SeedCount = 4, Communities = Communities.Value, RandomSeed = Seed }),
        ["ResonanceSeeding.Scattered(CsrGraph, ResonanceSeedingOptions, IProgress`1, CancellationToken)"] =
            _ => ResonanceSeeding.Scattered(Graph.Value, new ResonanceSeedingOptions { SeedCount = 4, Communities = Communities.Value, RandomSeed = Seed }),
        ["ResonanceSeeding.IncrementalGreedy(CsrGraph, ResonanceSeedingOptions, IProgress`1, CancellationToken)"] =
            _ => ResonanceSeeding.IncrementalGreedy(Graph.Value, new ResonanceSeedingOptions { SeedCount = 4, Threshold = 3, CandidatesPerRound = 8, RandomSeed = Seed }),
        ["ResonanceSeeding.ComplexNeighbourhoods(CsrGraph, ResonanceSeedingOptions, Int32, IProgress`1, CancellationToken)"] =
            _ => ResonanceSeeding.ComplexNeighbourhoods(Graph.Value, new ResonanceSeedingOptions { SeedCount = 4, RandomSeed = Seed }, 50),
        ["SeedingComparison.CompareResonance(CsrGraph, ResonanceComparisonOptions, IProgress`1, CancellationToken)"] =
            _ => SeedingComparison.CompareResonance(Graph.Value, new ResonanceComparisonOptions
            {
                Seeding = new ResonanceSeedingOptions { SeedCount = 4 },
                RandomDraws = 20,
                ComplexCentralitySources = 50,
                RandomSeed = Seed,
            }),
        ["ResonanceSeeding.Evaluate(CsrGraph, ReadOnlySpan`1, ResonanceSeedingOptions)"] =
            _ => ResonanceSeeding.Evaluate(Graph.Value, Sharers, new ResonanceSeedingOptions { SeedCount = 3, Communities = Communities.Value, RandomSeed = Seed }),
        ["SeedingComparison.Compare(CsrGraph, IReadOnlyList`1, SeedingComparisonOptions, IProgress`1, CancellationToken)"] =
            t => SeedingComparison.Compare(Graph.Value, [new SeedSetCandidate("a", [.. Sharers]), new SeedSetCandidate("b", [2, 3, 4])],
                new SeedingComparisonOptions { Runs = 40, Communities = Communities.Value, RandomSeed = Seed, MaxDegreeOfParallelism = t }),
        ["SeedingHeuristics.Degree(CsrGraph, HeuristicSeedingOptions, IProgress`1, CancellationToken)"] =
            _ => SeedingHeuristics.Degree(Graph.Value, new HeuristicSeedingOptions { SeedCount = 5, RandomSeed = Seed }),
        ["SeedingHeuristics.PageRank(CsrGraph, HeuristicSeedingOptions, IProgress`1, CancellationToken)"] =
            _ => SeedingHeuristics.PageRank(Graph.Value, new HeuristicSeedingOptions { SeedCount = 5, RandomSeed = Seed }),
        ["SeedingHeuristics.KCore(CsrGraph, HeuristicSeedingOptions, IProgress`1, CancellationToken)"] =
            _ => SeedingHeuristics.KCore(Graph.Value, new HeuristicSeedingOptions { SeedCount = 5, RandomSeed = Seed }),
        ["SeedingHeuristics.RandomNodes(CsrGraph, HeuristicSeedingOptions, IProgress`1, CancellationToken)"] =
            _ => SeedingHeuristics.RandomNodes(Graph.Value, new HeuristicSeedingOptions { SeedCount = 5, RandomSeed = Seed }),
        ["Campaigns.Analyze(EmployeeNetwork, IReadOnlyList`1, CampaignOptions, IProgress`1, CancellationToken)"] =
            t => Campaigns.Analyze(Organization.Value, TopEmployees(3), new CampaignOptions { Runs = 30, RandomSeed = Seed, MaxDegreeOfParallelism = t }),
        ["AdvocacyRanking.Rank(EmployeeNetwork, Partition, DiffusionModel, Int32, Int32, Int64, Int32, CancellationToken)"] =
            t => AdvocacyRanking.Rank(Organization.Value, Campaigns.DetectCommunities(Organization.Value, Seed, 1, CancellationToken.None),
                RelationshipCascadeModel.Default, 3, 20, Seed, t),
        ["BreakEven.PersuasionRatio(EmployeeNetwork, IReadOnlyList`1, IReadOnlyList`1, BreakEvenOptions, IProgress`1, CancellationToken)"] =
            t => BreakEven.PersuasionRatio(Organization.Value, TopEmployees(2), [.. TopEmployees(4).Skip(2)],
                new BreakEvenOptions { Runs = 30, MaxRatio = 4, RandomSeed = Seed, MaxDegreeOfParallelism = t }),
        ["ShareLogFitting.Simulate(EmployeeNetwork, DiffusionModel, Int32, Int64, IReadOnlyList`1)"] =
            _ => ShareLogFitting.Simulate(Organization.Value, RelationshipCascadeModel.Default, 10, Seed),
        ["EmployeeNetworkExtensions.DetectCommunities(EmployeeNetwork, LeidenOptions, IProgress`1, CancellationToken)"] =
            t => Organization.Value.DetectCommunities(new LeidenOptions { RandomSeed = Seed, MaxDegreeOfParallelism = t }),
        ["EmployeeNetworkExtensions.Diagnose(EmployeeNetwork, DiagnosisOptions, IProgress`1, CancellationToken)"] =
            t => Organization.Value.Diagnose(new DiagnosisOptions { Runs = 20, BetweennessSources = 64, RandomSeed = Seed, MaxDegreeOfParallelism = t }),
        ["EmployeeNetworkExtensions.AnalyzeCampaign(EmployeeNetwork, IReadOnlyList`1, CampaignOptions, IProgress`1, CancellationToken)"] =
            t => Organization.Value.AnalyzeCampaign(TopEmployees(2), new CampaignOptions { Runs = 30, RandomSeed = Seed, MaxDegreeOfParallelism = t }),
        ["OrganizationReports.Build(EmployeeNetwork, ReportOptions, String, IProgress`1, CancellationToken)"] =
            t => OrganizationReports.Build(Organization.Value, new ReportOptions { DiagnosisRuns = 10, Runs = 20, RandomSeed = Seed, MaxDegreeOfParallelism = t }).Summary.ToString(),
        ["EmployeeNetworkExtensions.Report(EmployeeNetwork, ReportOptions, IProgress`1, CancellationToken)"] =
            t => Organization.Value.Report(new ReportOptions { DiagnosisRuns = 10, Runs = 20, TopCount = 2, RandomSeed = Seed, MaxDegreeOfParallelism = t }).Summary.ToString(),
        ["OrganizationDiagnostics.Diagnose(EmployeeNetwork, DiagnosisOptions, IProgress`1, CancellationToken)"] =
            t => OrganizationDiagnostics.Diagnose(Organization.Value, new DiagnosisOptions { Runs = 20, RandomSeed = Seed, MaxDegreeOfParallelism = t }),
        ["SampleOrganization.Generate(SampleOrganizationOptions)"] =
            _ => Fingerprint(SampleOrganization.Generate(new SampleOrganizationOptions { Employees = 40, Departments = 4, RandomSeed = Seed }).Ties.ToList()),
        ["ForceLayout.FruchtermanReingold(CsrGraph, ForceLayoutOptions, IProgress`1, CancellationToken)"] =
            _ => ForceLayout.FruchtermanReingold(TestGraphs.Karate(), new ForceLayoutOptions { RandomSeed = Seed }),
        ["Pictures.Graph(CsrGraph, Partition, GraphDrawingOptions)"] =
            _ => Pictures.Graph(TestGraphs.Karate(), null, new GraphDrawingOptions { Layout = new ForceLayoutOptions { RandomSeed = Seed } }).Svg,
        ["Pictures.CommunitySummary(CsrGraph, Partition, GraphDrawingOptions)"] =
            _ => Pictures.CommunitySummary(TestGraphs.Karate(), Partition.FromMembership(TestGraphs.KarateFactions()),
                new GraphDrawingOptions { Layout = new ForceLayoutOptions { RandomSeed = Seed } }).Svg,
    };

    private static bool[] Employees() => [.. Enumerable.Range(0, Graph.Value.NodeCount).Select(v => v % 3 == 0)];

    private static MonteCarloSpreadOracle Oracle(int threads) =>
        new(Graph.Value, Models.IC(0.08), runs: 30, randomSeed: Seed, maxDegreeOfParallelism: threads);

    public static TheoryData<string> CaseNames => [.. Cases.Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public void Every_stochastic_entry_point_is_audited()
    {
        var found = StochasticEntryPoints().ToHashSet();
        var missing = found.Except(Cases.Keys).Order(StringComparer.Ordinal).ToList();
        var stale = Cases.Keys.Except(found).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "not audited: " + string.Join("; ", missing));
        Assert.True(stale.Count == 0, "audit cases without an entry point: " + string.Join("; ", stale));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Same_seed_gives_the_same_result_on_1_and_2_threads(string entryPoint)
    {
        Func<int, object> run = Cases[entryPoint];
        string one = Fingerprint(run(1));
        string two = Fingerprint(run(2));
        string again = Fingerprint(run(1));
        Assert.True(one.Length > 0, "empty fingerprint");
        Assert.True(one == again, $"{entryPoint}: a second run with the same seed differs");
        Assert.True(one == two, $"{entryPoint}: the 2-thread result differs from the 1-thread result");
    }

    [Fact]
    public void The_fingerprint_sees_a_different_seed()
    {
        // Guards the audit itself: if fingerprints ignored payloads, every comparison above would pass vacuously.
        var a = CommunityDetection.Leiden(Graph.Value, new LeidenOptions { RandomSeed = 1 });
        var b = CommunityDetection.Louvain(Graph.Value, new LouvainOptions { RandomSeed = 1 });
        var c1 = DiffusionSimulator.MonteCarlo(Graph.Value, Sharers, Runner(1) with { Sampling = Runner(1).Sampling with { RandomSeed = 1 } });
        var c2 = DiffusionSimulator.MonteCarlo(Graph.Value, Sharers, Runner(1) with { Sampling = Runner(1).Sampling with { RandomSeed = 2 } });
        Assert.NotEqual(Fingerprint(a), Fingerprint(b));
        Assert.NotEqual(Fingerprint(c1), Fingerprint(c2));
        Assert.NotEqual(Fingerprint(c1), Fingerprint(c1 with { MeanAdopters = c1.MeanAdopters + 1e-12 }));
    }

    [Fact]
    public void A_shuffled_edge_file_gives_the_same_graph_and_the_same_communities_by_node_id()
    {
        var graph = Graph.Value;
        var lines = new List<string>();
        for (int u = 0; u < graph.NodeCount; u++)
        {
            foreach (int v in graph.Neighbors(u))
            {
                if (u < v)
                {
                    lines.Add(string.Create(CultureInfo.InvariantCulture, $"p{u} p{v}"));
                }
            }
        }
        string dir = Directory.CreateTempSubdirectory("nvc-audit").FullName;
        try
        {
            string ordered = Path.Combine(dir, "ordered.edges");
            string shuffled = Path.Combine(dir, "shuffled.edges");
            File.WriteAllLines(ordered, lines);
            var rng = new System.Random(7);
            File.WriteAllLines(shuffled, lines.OrderBy(_ => rng.Next()).Select(l => rng.Next(2) == 0 ? l : string.Join(' ', l.Split(' ').Reverse())));
            LabeledGraph a = GraphFile.Load(ordered);
            LabeledGraph b = GraphFile.Load(shuffled);
            Assert.Equal(Fingerprint(a.Graph), Fingerprint(b.Graph));
            var options = new LeidenOptions { RandomSeed = Seed, MaxDegreeOfParallelism = 2 };
            var byIdA = ById(a.Nodes, CommunityDetection.Leiden(a.Graph, options).Partition);
            var byIdB = ById(b.Nodes, CommunityDetection.Leiden(b.Graph, options with { MaxDegreeOfParallelism = 1 }).Partition);
            Assert.Equal(byIdA, byIdB);
            var sharers = new[] { "p1", "p160", "p320" };
            var mcA = DiffusionSimulator.MonteCarlo(a.Graph, [.. sharers.Select(a.Nodes.GetNode)], Runner(1));
            var mcB = DiffusionSimulator.MonteCarlo(b.Graph, [.. sharers.Select(b.Nodes.GetNode)], Runner(2));
            Assert.Equal(Fingerprint(mcA), Fingerprint(mcB));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Shuffled_people_and_ties_give_the_same_diagnosis_and_campaign_by_person()
    {
        EmployeeNetwork org = Organization.Value;
        string dir = Directory.CreateTempSubdirectory("nvc-audit").FullName;
        try
        {
            string people = Path.Combine(dir, "people.csv");
            string ties = Path.Combine(dir, "ties.csv");
            using (var peopleWriter = new StreamWriter(people))
            using (var tiesWriter = new StreamWriter(ties))
            {
                PeopleTiesCsv.Write(org, peopleWriter, tiesWriter);
            }
            var rng = new System.Random(11);
            ShuffleDataLines(people, rng);
            ShuffleDataLines(ties, rng);
            EmployeeNetwork shuffled;
            using (var peopleReader = new StreamReader(people))
            using (var tiesReader = new StreamReader(ties))
            {
                shuffled = PeopleTiesCsv.Read(peopleReader, tiesReader, people, ties);
            }
            Assert.Equal(org.Ids.Order(StringComparer.Ordinal), shuffled.Ids.Order(StringComparer.Ordinal));
            var options = new DiagnosisOptions { Runs = 20, BetweennessSources = 64, RandomSeed = Seed };
            OrganizationDiagnosis a = org.Diagnose(options);
            OrganizationDiagnosis b = shuffled.Diagnose(options with { MaxDegreeOfParallelism = 1 });
            Assert.Equal(Fingerprint(a.Profiles), Fingerprint(b.Profiles));
            Assert.Equal(a.TopEvangelists.ToArray(), b.TopEvangelists.ToArray());
            Assert.Equal(a.TopBroadcasters.ToArray(), b.TopBroadcasters.ToArray());
            var campaign = new CampaignOptions { Runs = 30, RandomSeed = Seed };
            Assert.Equal(Fingerprint(org.AnalyzeCampaign(TopEmployees(3), campaign).Spread),
                Fingerprint(shuffled.AnalyzeCampaign(TopEmployees(3), campaign).Spread));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void ShuffleDataLines(string path, System.Random rng)
    {
        string[] lines = File.ReadAllLines(path);
        File.WriteAllLines(path, [lines[0], .. lines.Skip(1).OrderBy(_ => rng.Next())]);
    }

    private static string[] ById(NodeLabels nodes, Partition partition)
    {
        // Community labels are canonical by smallest node, so compare "id → ids of its community's smallest member".
        var first = new Dictionary<int, string>();
        var result = new string[nodes.Count];
        var order = Enumerable.Range(0, nodes.Count).OrderBy(v => nodes[v], StringComparer.Ordinal).ToArray();
        foreach (int v in order)
        {
            int c = partition.Membership[v];
            first.TryAdd(c, nodes[v]);
            result[v] = nodes[v] + "→" + first[c];
        }
        return [.. result.Order(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> StochasticEntryPoints()
    {
        static bool HasSeed(Type t) => t.GetProperty("RandomSeed") is not null;
        Assembly library = typeof(CsrGraph).Assembly;
        foreach (Type type in library.GetExportedTypes().Where(t => t.IsAbstract && t.IsSealed))
        {
            foreach (MethodInfo method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                ParameterInfo[] parameters = method.GetParameters();
                bool stochastic = parameters.Any(p => p.Name == "randomSeed" || p.ParameterType.Name == nameof(ISpreadOracle)
                    || (p.ParameterType.Name.EndsWith("Options", StringComparison.Ordinal)
                        && (HasSeed(p.ParameterType) || p.ParameterType.GetProperties().Any(q => HasSeed(q.PropertyType)))));
                if (stochastic)
                {
                    yield return $"{type.Name}.{method.Name}({string.Join(", ", parameters.Select(p => p.ParameterType.Name))})";
                }
            }
        }
    }

    /// <summary>
    /// Every public property, recursively (depth ≤ 6), doubles in round-trip form; graphs by their arrays. The echoed
    /// thread count (MaxDegreeOfParallelism) is left out: it is the one input that may differ.
    /// </summary>
    internal static string Fingerprint(object? value)
    {
        var text = new StringBuilder();
        Append(text, value, 0);
        return text.ToString();
    }

    private static void Append(StringBuilder text, object? value, int depth)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                return;
            case double d:
                text.Append(d.ToString("R", CultureInfo.InvariantCulture));
                return;
            case string s:
                text.Append('"').Append(s).Append('"');
                return;
            case IFormattable f when value.GetType().IsPrimitive || value is Enum || value is decimal:
                text.Append(f.ToString(null, CultureInfo.InvariantCulture));
                return;
            case bool b:
                text.Append(b ? "true" : "false");
                return;
            case CsrGraph g:
                text.Append("graph(");
                for (int v = 0; v < g.NodeCount; v++)
                {
                    Append(text, g.Neighbors(v).ToArray(), depth + 1);
                    Append(text, g.NeighborWeights(v).ToArray(), depth + 1);
                }
                text.Append(')');
                return;
            case EmployeeNetwork:
                text.Append("network");
                return;
            case IEnumerable items:
                text.Append('[');
                foreach (object? item in items)
                {
                    Append(text, item, depth + 1);
                    text.Append(',');
                }
                text.Append(']');
                return;
        }
        Type type = value.GetType();
        if (depth > 6 || typeof(Delegate).IsAssignableFrom(type))
        {
            text.Append(type.Name);
            return;
        }
        text.Append(type.Name).Append('{');
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (property.PropertyType.IsByRefLike || property.GetIndexParameters().Length > 0 || property.Name is "EqualityContract" or "MaxDegreeOfParallelism")
            {
                continue;
            }
            text.Append(property.Name).Append('=');
            Append(text, property.GetValue(value), depth + 1);
            text.Append(';');
        }
        text.Append('}');
    }
}
