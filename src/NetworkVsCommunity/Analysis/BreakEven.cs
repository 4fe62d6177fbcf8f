using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity;

/// <summary>
/// The break-even persuasion ratio: how much more persuasive a share from someone you know must be than a post from an
/// account you follow for one campaign (say, the top evangelists) to win as many supporters as another (the top
/// broadcasters of equal headcount).
/// </summary>
public static class BreakEven
{
    /// <summary>The most arcs a campaign may be able to use when <see cref="BreakEvenOptions.Exact"/> is set (2<sup>20</sup> worlds).</summary>
    public const int MaxExactArcs = 20;

    /// <summary>
    /// Finds the ratio ρ = p(mutual)/p(one-way), with p(one-way) held at the base model's value, at which the expected
    /// supporters (RES-9) of <paramref name="first"/> reach those of <paramref name="second"/>.
    /// </summary>
    /// <remarks>
    /// <para><b>Model.</b> <see cref="RelationshipCascadeModel"/> with p(mutual) = ρ · p(one-way) on
    /// <see cref="EmployeeNetwork.InfluenceGraph"/>; a supporter is an external person with ≥ θ distinct adopting
    /// in-neighbours in their own community, as in <see cref="Campaigns.Analyze"/>. D(ρ) = E[S<sub>first</sub>(ρ)] −
    /// E[S<sub>second</sub>(ρ)].</para>
    /// <para><b>Common random numbers.</b> World r gives arc a the uniform U(seed, r, a) and makes it live iff U &lt;
    /// p<sub>a</sub>(ρ). Both campaigns and every ρ see the same uniforms, so the per-world difference is paired and every
    /// world grows monotonically with ρ (Glasserman &amp; Yao 1992, doi:10.1287/mnsc.38.6.884).</para>
    /// <para><b>Search.</b> D is evaluated on a logarithmic grid of <see cref="BreakEvenOptions.GridPoints"/> points on
    /// [1, ρmax]; the first sign change (D ≥ 0) is refined by bisection to the relative tolerance. The answer is the
    /// smallest such ρ. When D(1) ≥ 0 already, or D &lt; 0 on the whole grid, there is no crossing in [1, ρmax] and the
    /// ratio is null, with a note saying which.</para>
    /// <para><b>Interval.</b> Inversion of the paired test at each ρ: the low end is the first ρ where D + 1.96·SE ≥ 0
    /// (the first campaign is no longer significantly behind), the high end the first ρ where D − 1.96·SE ≥ 0 (it is
    /// significantly ahead), SE being the standard error of the paired per-world difference. Both are found by the same
    /// grid-and-bisection search. In exact mode SE = 0 and the interval is the point.</para>
    /// <para><b>What the ratio means.</b> Field studies measured how much more a close tie persuades than a weak one:
    /// Bakshy, Rosenn, Marlow &amp; Adamic (WWW 2012, doi:10.1145/2187836.2187907) found strong ties individually more
    /// influential on Facebook while weak ties carried most new information; Bond et al. (Nature 489, 2012,
    /// doi:10.1038/nature11421) found the mobilising effect of a message travelled almost entirely through close friends.
    /// Neither measured this organisation; fit ρ from its own share log (<c>nvc fit</c>, <see cref="ShareLogFitting"/>).</para>
    /// <para><b>Cost.</b> O(evaluations · R · arcs examined by both campaigns); about 3 · log2(1/tolerance) + grid
    /// evaluations. Deterministic for a seed on any thread count.</para>
    /// </remarks>
    /// <param name="network">The organisation.</param>
    /// <param name="first">The first campaign's sharers (employees, no repeats).</param>
    /// <param name="second">The second campaign's sharers.</param>
    /// <param name="options">Options; <see cref="BreakEvenOptions.Default"/> when null.</param>
    /// <param name="progress">Progress over evaluations.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The ratio, its interval and the supporter curve.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An unknown, external or repeated sharer, invalid options, or too many arcs for exact mode.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static BreakEvenResult PersuasionRatio(
        EmployeeNetwork network,
        IReadOnlyList<EmployeeId> first,
        IReadOnlyList<EmployeeId> second,
        BreakEvenOptions? options = null,
        IProgress<AnalysisProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        options ??= BreakEvenOptions.Default;
        options.Validate(network.PersonCount);
        int[] a = Campaigns.ResolveSharers(network, first);
        int[] b = Campaigns.ResolveSharers(network, second);
        long randomSeed = options.RandomSeed ?? Xoshiro256StarStar.NewRandomSeed();
        var diagnostics = new List<string>();
        Partition communities = options.Communities
            ?? Campaigns.DetectCommunities(network, randomSeed, options.MaxDegreeOfParallelism, cancellationToken);
        var evaluator = new Evaluator(network.InfluenceGraph, Campaigns.EmployeeMask(network), communities.Membership.ToArray(),
            a, b, options, randomSeed, cancellationToken);
        double p0 = options.Model.OneWayProbability;
        double rhoMax = Math.Min(options.MaxRatio, 1.0 / p0);
        if (rhoMax < options.MaxRatio)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture,
                $"ρ searched up to {rhoMax:G4} only: beyond it p(mutual) = ρ · {FigureFormat.Number(p0)} would exceed 1"));
        }
        var grid = new double[options.GridPoints];
        for (int j = 0; j < grid.Length; j++)
        {
            grid[j] = j == grid.Length - 1 ? rhoMax : Math.Pow(rhoMax, (double)j / (grid.Length - 1));
        }
        int expected = grid.Length + (3 * (int)Math.Ceiling(Math.Log2(Math.Log(rhoMax) / options.Tolerance) + 1));
        evaluator.Progress = progress;
        evaluator.ExpectedEvaluations = expected;

        double? ratio = FirstCrossing(evaluator, grid, options.Tolerance, 0, out bool atStart);
        double? low = null;
        double? high = null;
        string note;
        BreakEvenPoint start = evaluator.At(1);
        double? overtaken = atStart ? FirstDownCrossing(evaluator, grid, options.Tolerance) : null;
        if (overtaken is double down)
        {
            // The first campaign leads at ρ = 1 but the second overtakes as ρ grows: that ρ is the break-even point too.
            ratio = down;
            if (options.Exact)
            {
                low = high = down;
            }
            else
            {
                // Test inversion in the other direction: from where the second campaign may lead to where it leads significantly.
                low = FirstDownCrossing(evaluator, grid, options.Tolerance, -1.96);
                high = FirstDownCrossing(evaluator, grid, options.Tolerance, 1.96);
            }
            string interval = options.Exact ? "exact" : string.Create(CultureInfo.InvariantCulture,
                $"95 % interval {FigureFormat.Number(low ?? down)} to {(high is double h ? FigureFormat.Number(h) : "beyond " + FigureFormat.Number(rhoMax))}");
            BreakEvenPoint beyond = evaluator.At(Math.Min(rhoMax, down * (1 + options.Tolerance)));
            note = string.Create(CultureInfo.InvariantCulture,
                $"The first campaign wins at least as many supporters at ρ = 1 (the first campaign {FigureFormat.Number(start.FirstSupporters)}, the second campaign {FigureFormat.Number(start.SecondSupporters)}), but the second campaign wins more once a share along a mutual tie is more than {FigureFormat.Number(down)} times as persuasive as one along a one-way tie (just above it: {FigureFormat.Number(beyond.FirstSupporters)} against {FigureFormat.Number(beyond.SecondSupporters)}; {interval}; p(one-way) = {FigureFormat.Number(p0)}).");
        }
        else if (ratio is null || atStart)
        {
            ratio = null;
            note = atStart
                ? string.Create(CultureInfo.InvariantCulture,
                    $"No crossing in [1, {FigureFormat.Number(rhoMax)}]: the first campaign wins at least as many supporters at every ρ evaluated, from ρ = 1, when a share persuades equally along every tie (at ρ = 1: the first campaign {FigureFormat.Number(start.FirstSupporters)}, the second campaign {FigureFormat.Number(start.SecondSupporters)}).")
                : string.Create(CultureInfo.InvariantCulture,
                    $"No crossing in [1, {FigureFormat.Number(rhoMax)}]: the second campaign wins more supporters for every ρ up to {FigureFormat.Number(rhoMax)} (at ρ = {FigureFormat.Number(rhoMax)}: the first campaign {FigureFormat.Number(evaluator.At(rhoMax).FirstSupporters)}, the second campaign {FigureFormat.Number(evaluator.At(rhoMax).SecondSupporters)}).");
        }
        else
        {
            bool exact = options.Exact;
            low = exact ? ratio : FirstCrossing(evaluator, grid, options.Tolerance, 1.96, out _);
            high = exact ? ratio : FirstCrossing(evaluator, grid, options.Tolerance, -1.96, out _);
            string interval = exact ? "exact" : string.Create(CultureInfo.InvariantCulture,
                $"95 % interval {FigureFormat.Number(low!.Value)} to {(high is double h ? FigureFormat.Number(h) : "beyond " + FigureFormat.Number(rhoMax))}");
            note = string.Create(CultureInfo.InvariantCulture,
                $"The first campaign wins as many supporters as the second if a share along a mutual tie is at least {FigureFormat.Number(ratio!.Value)} times as persuasive as one along a one-way tie ({interval}; p(one-way) = {FigureFormat.Number(p0)}).");
        }
        progress?.Report(new AnalysisProgress("break-even ratio", 1, 1, 1));
        return new BreakEvenResult(
            [.. first],
            [.. second],
            ratio,
            low,
            high,
            note,
            p0,
            rhoMax,
            evaluator.Curve(),
            options.Exact ? "exact enumeration" : "Monte Carlo, common random numbers",
            options.Exact ? 0 : options.Runs,
            randomSeed,
            options with { RandomSeed = randomSeed },
            [.. diagnostics]);
    }

    /// <summary>The smallest ρ where D(ρ) + z·SE(ρ) ≥ 0: grid scan, then bisection in log ρ.</summary>
    private static double? FirstCrossing(Evaluator evaluator, double[] grid, double tolerance, double z, out bool atStart)
    {
        atStart = false;
        if (Score(evaluator.At(grid[0]), z) >= 0)
        {
            atStart = true;
            return grid[0];
        }
        for (int j = 1; j < grid.Length; j++)
        {
            if (Score(evaluator.At(grid[j]), z) < 0)
            {
                continue;
            }
            double lo = grid[j - 1];
            double hi = grid[j];
            while (hi - lo > tolerance * lo)
            {
                double mid = Math.Sqrt(lo * hi);
                if (Score(evaluator.At(mid), z) >= 0)
                {
                    hi = mid;
                }
                else
                {
                    lo = mid;
                }
            }
            return hi;
        }
        return null;
    }

    /// <summary>After D(1) ≥ 0: the smallest ρ on the grid (then bisected) where D(ρ) + z·SE(ρ) &lt; 0, the second campaign overtaking; null if none.</summary>
    private static double? FirstDownCrossing(Evaluator evaluator, double[] grid, double tolerance, double z = 0)
    {
        for (int j = 1; j < grid.Length; j++)
        {
            if (Score(evaluator.At(grid[j]), z) >= 0)
            {
                continue;
            }
            double lo = grid[j - 1];
            double hi = grid[j];
            while (hi - lo > tolerance * lo)
            {
                double mid = Math.Sqrt(lo * hi);
                if (Score(evaluator.At(mid), z) < 0)
                {
                    hi = mid;
                }
                else
                {
                    lo = mid;
                }
            }
            return hi;
        }
        return null;
    }

    private static double Score(BreakEvenPoint point, double z) => point.Difference + (z * point.DifferenceStandardError);

    /// <summary>Evaluates and caches D(ρ) on common random numbers (or exactly).</summary>
    private sealed class Evaluator(CsrGraph graph, bool[] isEmployee, int[] membership, int[] first, int[] second,
        BreakEvenOptions options, long randomSeed, CancellationToken cancellationToken)
    {
        private readonly SortedDictionary<double, BreakEvenPoint> _cache = [];

        public IProgress<AnalysisProgress>? Progress { get; set; }

        public int ExpectedEvaluations { get; set; }

        public ImmutableArray<BreakEvenPoint> Curve() => [.. _cache.Values];

        public BreakEvenPoint At(double rho)
        {
            if (_cache.TryGetValue(rho, out BreakEvenPoint? cached))
            {
                return cached;
            }
            cancellationToken.ThrowIfCancellationRequested();
            double p0 = options.Model.OneWayProbability;
            var model = options.Model.WithProbabilities(Math.Min(1.0, rho * p0), p0);
            double[] p = DiffusionArcProbabilities.ForRelationship(graph, model);
            BreakEvenPoint point = options.Exact ? ExactPoint(rho, p) : MonteCarloPoint(rho, p);
            _cache[rho] = point;
            int done = _cache.Count;
            Progress?.Report(new AnalysisProgress("break-even ratio", Math.Min(0.99, (double)done / Math.Max(done + 1, ExpectedEvaluations)), done, ExpectedEvaluations));
            return point;
        }

        private BreakEvenPoint MonteCarloPoint(double rho, double[] p)
        {
            int runs = options.Runs;
            var s1 = new int[runs];
            var s2 = new int[runs];
            var parallel = new ParallelOptions
            {
                CancellationToken = cancellationToken,
                MaxDegreeOfParallelism = options.MaxDegreeOfParallelism == 0 ? -1 : options.MaxDegreeOfParallelism,
            };
            Parallel.For(0, runs, parallel,
                () => new CounterWorld(graph, isEmployee, membership, options.ReinforcementThreshold),
                (r, _, world) =>
                {
                    ulong key = CounterWorld.RunKey(randomSeed, r);
                    s1[r] = world.Supporters(world.Spread(first, p, key));
                    s2[r] = world.Supporters(world.Spread(second, p, key));
                    return world;
                },
                _ => { });
            double m1 = 0;
            double m2 = 0;
            for (int r = 0; r < runs; r++)
            {
                m1 += s1[r];
                m2 += s2[r];
            }
            m1 /= runs;
            m2 /= runs;
            double ss = 0;
            for (int r = 0; r < runs; r++)
            {
                double d = s1[r] - s2[r] - (m1 - m2);
                ss += d * d;
            }
            return new BreakEvenPoint(rho, m1, m2, Math.Sqrt(ss / (runs - 1) / runs));
        }

        private BreakEvenPoint ExactPoint(double rho, double[] p) =>
            new(rho, ExactSupporters(first, p, "first"), ExactSupporters(second, p, "second"), 0);

        private double ExactSupporters(int[] sharers, double[] p, string which)
        {
            int[] offsets = graph.OffsetsArray;
            var world = new CounterWorld(graph, isEmployee, membership, options.ReinforcementThreshold);
            var possible = new bool[p.Length];
            for (int a = 0; a < p.Length; a++)
            {
                possible[a] = p[a] > 0;
            }
            int reachable = world.SpreadLive(sharers, possible);
            var arcs = new List<int>();
            for (int i = 0; i < reachable; i++)
            {
                int u = world.Queue[i];
                for (int a = offsets[u]; a < offsets[u + 1]; a++)
                {
                    if (p[a] > 0 && p[a] < 1)
                    {
                        arcs.Add(a);
                    }
                }
            }
            if (arcs.Count > MaxExactArcs)
            {
                ThrowHelper.Argument("options", string.Create(CultureInfo.InvariantCulture,
                    $"options.Exact: the {which} campaign can use {arcs.Count} uncertain arcs; allowed: at most {MaxExactArcs}. Use Monte Carlo (Exact = false)."));
            }
            var live = new bool[p.Length];
            for (int a = 0; a < p.Length; a++)
            {
                live[a] = p[a] >= 1;
            }
            double expected = 0;
            for (long mask = 0; mask < 1L << arcs.Count; mask++)
            {
                double weight = 1;
                for (int i = 0; i < arcs.Count; i++)
                {
                    bool on = ((mask >> i) & 1) != 0;
                    live[arcs[i]] = on;
                    weight *= on ? p[arcs[i]] : 1 - p[arcs[i]];
                }
                int count = world.SpreadLive(sharers, live);
                expected += weight * world.Supporters(count);
            }
            return expected;
        }
    }
}
