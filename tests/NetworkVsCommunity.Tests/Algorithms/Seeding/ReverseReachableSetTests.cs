using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Seeding;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Randomness;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Seeding;

public class ReverseReachableSetTests
{
    private static SortedSet<int> Ancestors(CsrGraph g, int root)
    {
        var seen = new SortedSet<int> { root };
        var queue = new Queue<int>();
        queue.Enqueue(root);
        while (queue.Count > 0)
        {
            int u = queue.Dequeue();
            foreach (int w in g.InNeighbors(u))
            {
                if (seen.Add(w))
                {
                    queue.Enqueue(w);
                }
            }
        }
        return seen;
    }

    private static int[] Draw(ReverseReachableSampler sampler, CsrGraph g, int root, ulong stream)
    {
        var scratch = new SamplerScratch(g.NodeCount);
        var rng = Xoshiro256StarStar.ForStream(99, stream);
        long arcs = 0;
        int size = sampler.SampleFrom(root, ref rng, scratch, ref arcs);
        return scratch.Members.AsSpan(0, size).ToArray();
    }

    [Fact]
    public void With_p_1_an_RR_set_is_exactly_the_ancestors_of_its_root()
    {
        // 0→1→2→3, 4→2, 3→0 (a cycle back), 5 isolated, 6→5.
        CsrGraph g = TestGraphs.FromEdges(7, new[] { (0, 1), (1, 2), (2, 3), (4, 2), (3, 0), (6, 5) }, directed: true);
        foreach (bool perArc in new[] { false, true })
        {
            var sampler = new ReverseReachableSampler(g, SeedingModel.Create(g, Models.IC(1.0), "model"), perArc);
            for (int root = 0; root < g.NodeCount; root++)
            {
                int[] set = Draw(sampler, g, root, (ulong)root);
                Assert.Equal(root, set[0]);
                Assert.Equal(set.Length, set.Distinct().Count());
                Assert.Equal(Ancestors(g, root), new SortedSet<int>(set));
            }
        }
        Assert.Equal(new SortedSet<int> { 0, 1, 2, 3, 4 }, new SortedSet<int>(Draw(new ReverseReachableSampler(g, SeedingModel.Create(g, Models.IC(1.0), "model")), g, 1, 0)));
        Assert.Equal(new SortedSet<int> { 5, 6 }, new SortedSet<int>(Draw(new ReverseReachableSampler(g, SeedingModel.Create(g, Models.IC(1.0), "model")), g, 5, 0)));
    }

    [Property(MaxTest = 60)]
    public Property RR_set_with_p_1_equals_ancestors_on_random_digraphs(PositiveInt seed)
    {
        var rng = new Xoshiro256StarStar((ulong)seed.Get);
        int n = 2 + rng.NextInt(25);
        int m = rng.NextInt(3 * n);
        var edges = new List<(int, int)>();
        for (int e = 0; e < m; e++)
        {
            edges.Add((rng.NextInt(n), rng.NextInt(n)));
        }
        CsrGraph g = TestGraphs.FromEdges(n, edges, directed: true);
        var sampler = new ReverseReachableSampler(g, SeedingModel.Create(g, Models.IC(1.0), "model"));
        int root = rng.NextInt(n);
        return (Ancestors(g, root).SetEquals(Draw(sampler, g, root, 1))).ToProperty();
    }

    [Fact]
    public void With_p_0_an_RR_set_is_its_root_only()
    {
        CsrGraph g = TestGraphs.Complete(6);
        var sampler = new ReverseReachableSampler(g, SeedingModel.Create(g, Models.IC(0.0), "model"));
        Assert.Equal(new[] { 3 }, Draw(sampler, g, 3, 7));
    }

    [Fact]
    public void LT_RR_set_on_a_directed_path_is_the_whole_chain_of_ancestors()
    {
        // Every node of a directed path has in-degree 1, so under LT with 1/in-degree it always picks its predecessor.
        CsrGraph g = TestGraphs.Path(6, directed: true);
        var sampler = new ReverseReachableSampler(g, SeedingModel.Create(g, LinearThresholdModel.Default, "model"));
        Assert.Equal(new[] { 4, 3, 2, 1, 0 }, Draw(sampler, g, 4, 3));
    }

    [Fact]
    public void Geometric_skipping_keeps_each_in_arc_with_its_probability()
    {
        // In-star: leaves 1..10 point to 0. Each leaf is in RR(0) with probability p = 0.3, independently.
        CsrGraph g = TestGraphs.FromEdges(11, Enumerable.Range(1, 10).Select(i => (i, 0)), directed: true);
        const int runs = 40_000;
        foreach (bool perArc in new[] { false, true })
        {
            var sampler = new ReverseReachableSampler(g, SeedingModel.Create(g, Models.IC(0.3), "model"), perArc);
            var hits = new int[11];
            double sumSq = 0;
            long total = 0;
            for (int r = 0; r < runs; r++)
            {
                int[] set = Draw(sampler, g, 0, (ulong)r);
                foreach (int v in set.Skip(1))
                {
                    hits[v]++;
                }
                total += set.Length - 1;
                sumSq += (set.Length - 1) * (set.Length - 1);
            }
            double se = Math.Sqrt(0.3 * 0.7 / runs);
            for (int v = 1; v <= 10; v++)
            {
                Assert.InRange(hits[v] / (double)runs, 0.3 - 5 * se, 0.3 + 5 * se);
            }
            // Binomial(10, 0.3): mean 3, variance 2.1.
            double mean = total / (double)runs;
            Assert.InRange(mean, 3 - 5 * Math.Sqrt(2.1 / runs), 3 + 5 * Math.Sqrt(2.1 / runs));
            Assert.InRange(sumSq / runs - mean * mean, 2.1 * 0.95, 2.1 * 1.05);
        }
    }

    [Fact]
    public void Same_random_seed_gives_the_same_sets_on_1_and_2_threads()
    {
        CsrGraph g = TestGraphs.LoadEdges("football.edges");
        foreach (DiffusionModel model in new DiffusionModel[] { Models.IC(0.1), Models.WeightedCascade, LinearThresholdModel.Default })
        {
            var sampler = new ReverseReachableSampler(g, SeedingModel.Create(g, model, "model"));
            var one = new ReverseReachableSetCollection(sampler, 42, 0, 1);
            var two = new ReverseReachableSetCollection(sampler, 42, 0, 2);
            one.ExtendTo(70_000, null, "", 0, 1, default);
            two.ExtendTo(30_000, null, "", 0, 1, default); // grown in two steps
            two.ExtendTo(70_000, null, "", 0, 1, default);
            Assert.Equal(one.Count, two.Count);
            Assert.Equal(one.StoredCount, two.StoredCount);
            Assert.True(one.Members.AsSpan(0, one.MemberCount).SequenceEqual(two.Members.AsSpan(0, two.MemberCount)));
            Assert.True(one.Offsets.AsSpan(0, one.StoredCount + 1).SequenceEqual(two.Offsets.AsSpan(0, two.StoredCount + 1)));
            Assert.Equal(one.SingletonCounts, two.SingletonCounts);
            Assert.True(one.StoredCount > 1000);
        }
    }
}
