using System.Collections.Immutable;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity;

/// <summary>
/// Evangelist and broadcaster rankings that do not depend on the random seed: closed-form two-hop scores under a cascade
/// model, with a bootstrap probability of being in the top k.
/// </summary>
public static class AdvocacyRanking
{
    /// <summary>Scores every employee exactly and ranks the top <paramref name="topCount"/> evangelists and broadcasters.</summary>
    /// <remarks>
    /// <para><b>Evangelist score</b> (resonance at home): the expected number of people y of v's own community who see
    /// the post from at least two adopters among v and v's direct adopters, Σ<sub>y ∈ c(v)∖{v}</sub> P(K<sub>y</sub> ≥ 2),
    /// where K<sub>y</sub> = [v→y] + Σ<sub>x</sub> B<sub>x</sub> over v's out-neighbours x with an arc x→y, and
    /// B<sub>x</sub> ~ Bernoulli(p<sub>vx</sub>) independently. P(K ≥ 2) is the Poisson-binomial tail, 1 − P<sub>0</sub>
    /// − P<sub>1</sub> with P<sub>0</sub> = Π(1 − p) and P<sub>1</sub> = P<sub>0</sub> Σ p/(1 − p) (Centola &amp; Macy
    /// 2007, doi:10.1086/521848: reinforcement needs two sources).</para>
    /// <para><b>Broadcaster score</b> (spread away from home): the expected number of people outside c(v) who adopt within
    /// two hops, Σ<sub>y ∉ c(v)</sub> [1 − (1 − p<sub>vy</sub>) Π<sub>x</sub> (1 − p<sub>vx</sub> p<sub>xy</sub>)]. The
    /// paths v→y and v→x→y use distinct arcs, so the product is exact under Independent Cascade (Kempe, Kleinberg &amp;
    /// Tardos 2003, doi:10.1145/956750.956769).</para>
    /// <para>Both are sums over paths of length ≤ 2 with no sampling, so the ranking is the same for every random seed.
    /// Ties break toward the lower node.</para>
    /// <para><b>Top-k probability.</b> How much a place rests on a few particular ties: in each of
    /// <paramref name="bootstrapReplicates"/> replicates every employee's out-ties are resampled with replacement (an
    /// ego-network bootstrap, after Snijders &amp; Borgatti 1999, "Non-parametric standard errors and tests for network
    /// statistics", Connections 22(2)), the scores recomputed, and the share of replicates in which the employee is in the
    /// top k reported. Replicate b, employee v draws from <c>ForStream(seed, b · n + v)</c>: identical on any thread count.</para>
    /// <para><b>Cost.</b> O((1 + B) · Σ<sub>v</sub> Σ<sub>x ∈ out(v)</sub> out-degree(x)).</para>
    /// </remarks>
    /// <param name="network">The organisation.</param>
    /// <param name="communities">The communities (one per person).</param>
    /// <param name="model">The model whose arc probabilities the scores use: a cascade model (relationship, ic, icp).</param>
    /// <param name="topCount">k, 1 or more.</param>
    /// <param name="bootstrapReplicates">B, 0 or more (0: probabilities are not computed and reported as NaN).</param>
    /// <param name="randomSeed">The bootstrap's random seed.</param>
    /// <param name="maxDegreeOfParallelism">Threads; 0 = all processors.</param>
    /// <param name="cancellationToken">Cancels the ranking.</param>
    /// <returns>The rankings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The communities do not cover the network, or the model is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range.</exception>
    public static AdvocacyRankingResult Rank(EmployeeNetwork network, Partition communities, DiffusionModel model, int topCount,
        int bootstrapReplicates, long randomSeed, int maxDegreeOfParallelism = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(communities);
        ArgumentNullException.ThrowIfNull(model);
        if (communities.NodeCount != network.PersonCount)
        {
            ThrowHelper.Argument(nameof(communities), $"The communities cover {communities.NodeCount} nodes but the network has {network.PersonCount} people.");
        }
        if (topCount < 1)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(topCount), topCount, "1 or more");
        }
        if (bootstrapReplicates < 0)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(bootstrapReplicates), bootstrapReplicates, "0 or more");
        }
        CsrGraph graph = network.InfluenceGraph;
        double[] p = DiffusionArcProbabilities.ForModel(graph, model);
        int[] membership = communities.Membership.ToArray();
        int[] candidates = [.. network.Employees];
        Array.Sort(candidates);
        int c = candidates.Length;
        int b = bootstrapReplicates;
        // Slot 0 holds the exact scores, slots 1..B the replicates.
        var evangelist = new double[(b + 1) * c];
        var broadcaster = new double[(b + 1) * c];
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = maxDegreeOfParallelism == 0 ? -1 : maxDegreeOfParallelism,
        };
        int n = graph.NodeCount;
        Parallel.For(0, c, parallel, () => new Scratch(n, graph.MaxOutDegree()), (i, _, s) =>
        {
            int v = candidates[i];
            int degree = graph.OffsetsArray[v + 1] - graph.OffsetsArray[v];
            Array.Fill(s.Multiplicity, 1, 0, degree);
            (evangelist[i], broadcaster[i]) = Score(graph, p, membership, v, s);
            for (int r = 1; r <= b; r++)
            {
                Array.Clear(s.Multiplicity, 0, degree);
                var rng = Xoshiro256StarStar.ForStream((ulong)randomSeed, ((ulong)r * (ulong)n) + (ulong)v);
                for (int j = 0; j < degree; j++)
                {
                    s.Multiplicity[rng.NextInt(degree)]++;
                }
                (evangelist[(r * c) + i], broadcaster[(r * c) + i]) = Score(graph, p, membership, v, s);
            }
            return s;
        }, _ => { });
        var ids = candidates.Select(network.IdOf).ToImmutableArray();
        return new AdvocacyRankingResult(
            Top(ids, evangelist, c, b, topCount),
            Top(ids, broadcaster, c, b, topCount),
            ids,
            ImmutableArray.Create(evangelist, 0, c),
            ImmutableArray.Create(broadcaster, 0, c),
            model,
            topCount,
            b,
            randomSeed);
    }

    private static ImmutableArray<RankedEmployee> Top(ImmutableArray<EmployeeId> ids, double[] scores, int c, int replicates, int k)
    {
        int[] exact = Order(scores, 0, c);
        var inTop = new int[c];
        for (int r = 1; r <= replicates; r++)
        {
            int[] order = Order(scores, r * c, c);
            for (int j = 0; j < Math.Min(k, c); j++)
            {
                inTop[order[j]]++;
            }
        }
        var result = ImmutableArray.CreateBuilder<RankedEmployee>();
        for (int j = 0; j < Math.Min(k, c); j++)
        {
            int i = exact[j];
            if (scores[i] <= 0)
            {
                break;
            }
            result.Add(new RankedEmployee(ids[i], scores[i], replicates == 0 ? double.NaN : (double)inTop[i] / replicates));
        }
        return result.ToImmutable();
    }

    private static int[] Order(double[] scores, int offset, int count)
    {
        var order = new int[count];
        for (int i = 0; i < count; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (x, y) =>
        {
            int byScore = scores[offset + y].CompareTo(scores[offset + x]);
            return byScore != 0 ? byScore : x.CompareTo(y);
        });
        return order;
    }

    /// <summary>Both scores of v, with v's out-arc j counted Multiplicity[j] times (1 for the exact score).</summary>
    private static (double Evangelist, double Broadcaster) Score(CsrGraph graph, double[] p, int[] membership, int v, Scratch s)
    {
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        int home = membership[v];
        s.Touched.Clear();
        int first = offsets[v];
        for (int j = 0; j < offsets[v + 1] - first; j++)
        {
            int m = s.Multiplicity[j];
            if (m == 0)
            {
                continue;
            }
            int x = targets[first + j];
            if (x == v)
            {
                continue;
            }
            double pvx = p[first + j];
            // Direct arc v→x: a certain exposure of x (v shared) and a direct chance to persuade x.
            Touch(s, x);
            s.Certain[x] = 1;
            s.NotReached[x] *= Math.Pow(1 - pvx, m);
            for (int a = offsets[x]; a < offsets[x + 1]; a++)
            {
                int y = targets[a];
                if (y == v || y == x)
                {
                    continue;
                }
                Touch(s, y);
                s.NotReached[y] *= Math.Pow(1 - (pvx * p[a]), m);
                if (pvx >= 1)
                {
                    s.Certain[y] += m;
                }
                else
                {
                    s.NoExposure[y] *= Math.Pow(1 - pvx, m);
                    s.OddsSum[y] += m * pvx / (1 - pvx);
                }
            }
        }
        double evangelist = 0;
        double broadcaster = 0;
        foreach (int y in s.Touched)
        {
            if (membership[y] == home)
            {
                int certain = s.Certain[y];
                double p0 = s.NoExposure[y];
                evangelist += certain >= 2 ? 1 : certain == 1 ? 1 - p0 : 1 - p0 - (p0 * s.OddsSum[y]);
            }
            else
            {
                broadcaster += 1 - s.NotReached[y];
            }
            s.Seen[y] = false;
        }
        return (evangelist, broadcaster);
    }

    private static void Touch(Scratch s, int y)
    {
        if (!s.Seen[y])
        {
            s.Seen[y] = true;
            s.Touched.Add(y);
            s.Certain[y] = 0;
            s.NoExposure[y] = 1;
            s.OddsSum[y] = 0;
            s.NotReached[y] = 1;
        }
    }

    private static int MaxOutDegree(this CsrGraph graph)
    {
        int max = 0;
        for (int u = 0; u < graph.NodeCount; u++)
        {
            max = Math.Max(max, graph.OffsetsArray[u + 1] - graph.OffsetsArray[u]);
        }
        return max;
    }

    private sealed class Scratch(int nodeCount, int maxDegree)
    {
        public int[] Multiplicity { get; } = new int[Math.Max(1, maxDegree)];

        public bool[] Seen { get; } = new bool[nodeCount];

        public List<int> Touched { get; } = [];

        public int[] Certain { get; } = new int[nodeCount];

        public double[] NoExposure { get; } = new double[nodeCount];

        public double[] OddsSum { get; } = new double[nodeCount];

        public double[] NotReached { get; } = new double[nodeCount];
    }
}
