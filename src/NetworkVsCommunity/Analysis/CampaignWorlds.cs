using System.Collections.Immutable;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity;

/// <summary>
/// The Monte Carlo engine of <see cref="Campaigns.Analyze"/>: R live-edge worlds (<see cref="CounterWorld"/>), each giving
/// the campaign's cascade and, from the same world, every sharer's spread and resonance credit, so that credits add up
/// exactly to the run's adopters and supporters.
/// </summary>
internal static class CampaignWorlds
{
    internal sealed record Outcome(ImmutableArray<Cascade> Cascades, int[] Sizes, int[] Supporters, double[] SpreadCredit, double[] ResonanceCredit);

    /// <summary>Runs the worlds; credits are per sharer, averaged over runs (in the order of <paramref name="sharers"/>).</summary>
    public static Outcome Run(CsrGraph graph, int[] sharers, double[] probability, bool[] isEmployee, int[] membership, int threshold,
        int runs, long randomSeed, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        int n = graph.NodeCount;
        int k = sharers.Length;
        var cascades = new Cascade[runs];
        var sizes = new int[runs];
        var supporters = new int[runs];
        var spread = new double[runs * k];
        var resonance = new double[runs * k];
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = maxDegreeOfParallelism == 0 ? -1 : maxDegreeOfParallelism,
        };
        Parallel.For(0, runs, parallel,
            () => new Scratch(graph, isEmployee, membership, threshold),
            (r, _, s) =>
            {
                ulong key = CounterWorld.RunKey(randomSeed, r);
                CounterWorld world = s.World;
                int size = world.Spread(sharers, probability, key);
                var adopters = new int[size];
                var steps = new int[size];
                var parents = new int[size];
                for (int j = 0; j < size; j++)
                {
                    int v = world.Queue[j];
                    adopters[j] = v;
                    steps[j] = world.Step[v];
                    parents[j] = world.Parent[v];
                }
                cascades[r] = new Cascade(n, ImmutableArray.Create(adopters), ImmutableArray.Create(steps), ImmutableArray.Create(parents));
                sizes[r] = size;

                // Spread credit: Shapley value of the coverage game of this world, φ_i = Σ_{x ∈ R_i} 1/m_x (docs/metrics.md#att-2).
                s.Reach.Clear();
                for (int i = 0; i < k; i++)
                {
                    s.Starts[i] = s.Reach.Count;
                    int c = world.Spread(sharers.AsSpan(i, 1), probability, key);
                    for (int j = 0; j < c; j++)
                    {
                        int x = world.Queue[j];
                        s.Reach.Add(x);
                        s.Cover[x]++;
                    }
                }
                s.Starts[k] = s.Reach.Count;
                for (int i = 0; i < k; i++)
                {
                    double phi = 0;
                    for (int j = s.Starts[i]; j < s.Starts[i + 1]; j++)
                    {
                        phi += 1.0 / s.Cover[s.Reach[j]];
                    }
                    spread[(r * k) + i] = phi;
                }

                // Resonance credit: marginal supporters along a random order of the sharers (one permutation sample of the
                // Shapley value of the supporter game; the marginals of one order add up to the run's supporters).
                for (int i = 0; i < k; i++)
                {
                    s.Order[i] = i;
                }
                var rng = Xoshiro256StarStar.ForStream((ulong)randomSeed ^ 0x3C6EF372FE94F82BUL, (ulong)r);
                rng.ShuffleInPlace(s.Order.AsSpan(0, k));
                world.BeginCounting();
                int total = 0;
                foreach (int i in s.Order.AsSpan(0, k))
                {
                    int gained = 0;
                    for (int j = s.Starts[i]; j < s.Starts[i + 1]; j++)
                    {
                        int x = s.Reach[j];
                        if (s.Cover[x] > 0)
                        {
                            s.Cover[x] = 0; // counted once, by the first sharer in the order who reaches x
                            gained += world.AddAdopter(x);
                        }
                    }
                    resonance[(r * k) + i] = gained;
                    total += gained;
                }
                supporters[r] = total;
                return s;
            },
            _ => { });
        var spreadMean = new double[k];
        var resonanceMean = new double[k];
        for (int r = 0; r < runs; r++)
        {
            for (int i = 0; i < k; i++)
            {
                spreadMean[i] += spread[(r * k) + i];
                resonanceMean[i] += resonance[(r * k) + i];
            }
        }
        for (int i = 0; i < k; i++)
        {
            spreadMean[i] /= runs;
            resonanceMean[i] /= runs;
        }
        return new Outcome(ImmutableArray.Create(cascades), sizes, supporters, spreadMean, resonanceMean);
    }

    private sealed class Scratch(CsrGraph graph, bool[] isEmployee, int[] membership, int threshold)
    {
        public CounterWorld World { get; } = new(graph, isEmployee, membership, threshold);

        public int[] Cover { get; } = new int[graph.NodeCount];

        public List<int> Reach { get; } = [];

        public int[] Starts { get; } = new int[graph.NodeCount + 1];

        public int[] Order { get; } = new int[graph.NodeCount];
    }
}
