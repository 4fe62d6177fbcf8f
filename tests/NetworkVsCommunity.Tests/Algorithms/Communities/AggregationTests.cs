using NetworkVsCommunity.Algorithms.Communities;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Tests.Algorithms.Communities;

/// <summary>
/// The aggregation of a level (one node per cluster, an arc per pair of linked clusters carrying the summed weight)
/// against a plain dictionary count. Its rows are written in blocks cut by cluster count and by the members' arcs; the
/// labelling below makes both kinds of cut happen (a cluster of 3,000 nodes and about 80,000 arcs, then 9,000 clusters
/// of one node, about 27 arcs each, so 2,048 of them hold fewer than 65,536 arcs), on one thread and on two.
/// </summary>
public sealed class AggregationTests
{
    [Theory]
    [InlineData(false, true)]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void Aggregated_level_sums_the_arcs_between_clusters(bool directed, bool weighted)
    {
        var graph = CommunityGraphs.NoisyBlocks(12_000, 40, 160_000, 0.7, 91, directed, weighted);
        int n = graph.NodeCount;
        int[] labels = new int[n];
        for (int v = 0; v < n; v++)
        {
            labels[v] = v < 3_000 ? 0 : v - 2_999;
        }
        const int k = 9_001;
        var expected = new Dictionary<(int From, int To), double>();
        double[] expectedOut = new double[k];
        WorkGraph g0 = WorkGraph.FromGraph(graph, cpm: false, fixedNodes: null);
        for (int v = 0; v < n; v++)
        {
            expectedOut[labels[v]] += g0.NodeOut[v];
            for (int a = g0.Offsets[v]; a < g0.Offsets[v + 1]; a++)
            {
                int u = g0.Targets[a];
                double w = g0.Weights?[a] ?? 1.0;
                if (labels[u] != labels[v] && w > 0)
                {
                    var key = (labels[v], labels[u]);
                    expected[key] = expected.GetValueOrDefault(key) + w;
                }
            }
        }

        WorkGraph? first = null;
        foreach (int threads in new[] { 1, 2 })
        {
            var engine = new CommunityEngine(n, 1.0, threads, CancellationToken.None);
            WorkGraph level = engine.Aggregate(WorkGraph.FromGraph(graph, cpm: false, fixedNodes: null), (int[])labels.Clone(), k);
            Assert.Equal(k, level.NodeCount);
            var actual = new Dictionary<(int From, int To), double>();
            for (int c = 0; c < k; c++)
            {
                Assert.Equal(expectedOut[c], level.NodeOut[c], 9);
                for (int a = level.Offsets[c]; a < level.Offsets[c + 1]; a++)
                {
                    double w = level.Counts is int[] counts ? counts[a] : level.Weights![a];
                    Assert.True(actual.TryAdd((c, level.Targets[a]), w), $"cluster {c} lists cluster {level.Targets[a]} twice");
                }
            }
            Assert.Equal(expected.Count, actual.Count);
            foreach (var ((from, to), w) in expected)
            {
                Assert.True(actual.TryGetValue((from, to), out double got), $"arc {from} -> {to} is missing");
                Assert.Equal(w, got, 9);
            }
            if (first is null)
            {
                first = level;
                continue;
            }
            // The blocks may run on any thread: the level is the same, arc for arc.
            Assert.Equal(first.Offsets.AsSpan(0, k + 1).ToArray(), level.Offsets.AsSpan(0, k + 1).ToArray());
            int arcs = level.Offsets[k];
            Assert.Equal(first.Targets.AsSpan(0, arcs).ToArray(), level.Targets.AsSpan(0, arcs).ToArray());
        }
    }
}
