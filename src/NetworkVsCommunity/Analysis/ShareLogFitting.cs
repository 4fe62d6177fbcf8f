using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity;

/// <summary>
/// The relationship model fitted from an organisation's own share log, observed cascades from the log, and logs simulated
/// from a known model.
/// </summary>
public static class ShareLogFitting
{
    /// <summary>
    /// Estimates p(mutual) and p(one-way) of <see cref="RelationshipCascadeModel"/> from a share log by maximum likelihood.
    /// </summary>
    /// <remarks>
    /// <para><b>Model.</b> Discrete-time Independent Cascade with parameters tied by tie class (Saito, Nakano &amp; Kimura,
    /// "Prediction of information diffusion probabilities for independent cascade model", KES 2008,
    /// doi:10.1007/978-3-540-85567-5_8). Times become steps (<see cref="ShareLogFitOptions.StepLength"/>). A person u
    /// who shared in step s gets one chance to persuade each out-neighbour v of <see cref="EmployeeNetwork.InfluenceGraph"/>
    /// in step s + 1. That chance is an <em>exposure</em>: it succeeded as one of the candidates when v shared in step
    /// s + 1, and failed when v shared later or never; an out-neighbour who had already shared is not exposed. A share
    /// with no exposure in the step before starts a cascade and carries no information (counted in
    /// <see cref="ShareLogFit.InitialShares"/>).</para>
    /// <para><b>Likelihood.</b> ℓ = Σ<sub>adoptions</sub> log(1 − Π<sub>candidates</sub>(1 − p<sub>c</sub>)) +
    /// Σ<sub>c</sub> F<sub>c</sub> log(1 − p<sub>c</sub>), F<sub>c</sub> the failed exposures of class c. EM (Saito et
    /// al.): the E-step gives each candidate of an adoption the posterior p<sub>c</sub>/(1 − Π(1 − p)) of having
    /// persuaded; the M-step sets p<sub>c</sub> to the sum of the class's posteriors over its exposures. Adoptions are
    /// grouped by their (mutual, one-way) candidate counts, so an iteration costs O(distinct groups).</para>
    /// <para><b>Interval.</b> Wald interval on the logit scale: logit p̂ ± 1.96 · SE, with the covariance the inverse of
    /// the observed Fisher information (the negative Hessian of ℓ in logit coordinates, by central differences at the
    /// maximum), mapped back through the logistic function so it stays in (0, 1). When p̂ = 0 the interval is [0,
    /// 1 − 0.05<sup>1/F</sup>] (the one-sided exact bound for no successes in F trials).</para>
    /// <para><b>Cost.</b> O(Σ<sub>posts</sub> Σ<sub>sharers</sub> out-degree) to count exposures, then EM on the groups.</para>
    /// </remarks>
    /// <param name="network">The organisation.</param>
    /// <param name="log">The share log (read against the same network).</param>
    /// <param name="options">Options; <see cref="ShareLogFitOptions.Default"/> when null.</param>
    /// <returns>The estimates and the fitted model.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The log names nodes outside the network, or the options are invalid.</exception>
    public static ShareLogFit Fit(EmployeeNetwork network, ShareLog log, ShareLogFitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(log);
        options ??= ShareLogFitOptions.Default;
        options.Validate();
        CsrGraph graph = network.InfluenceGraph;
        byte[] classes = DiffusionArcProbabilities.ArcClasses(graph);
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        int n = graph.NodeCount;
        var step = new int[n];
        var stamp = new int[n];
        var mutualCandidates = new int[n];
        var oneWayCandidates = new int[n];
        var failed = new long[2];
        var exposures = new long[2];
        var adoptions = new long[2];
        var groups = new Dictionary<(int Mutual, int OneWay), long>();
        long initial = 0;
        int postIndex = 0;
        foreach (SharePost post in log.Posts)
        {
            postIndex++;
            CheckPost(post, n);
            double t0 = post.Times.Length == 0 ? 0 : post.Times[0];
            for (int i = 0; i < post.Nodes.Length; i++)
            {
                int v = post.Nodes[i];
                stamp[v] = postIndex;
                step[v] = StepOf(post.Times[i], t0, options.StepLength);
                mutualCandidates[v] = 0;
                oneWayCandidates[v] = 0;
            }
            foreach (int u in post.Nodes)
            {
                int su = step[u];
                for (int a = offsets[u]; a < offsets[u + 1]; a++)
                {
                    int v = targets[a];
                    if (v == u)
                    {
                        continue;
                    }
                    int c = classes[a];
                    bool shared = stamp[v] == postIndex;
                    if (shared && step[v] <= su)
                    {
                        continue;
                    }
                    exposures[c]++;
                    if (shared && step[v] == su + 1)
                    {
                        if (c == (int)TieClass.Mutual)
                        {
                            mutualCandidates[v]++;
                        }
                        else
                        {
                            oneWayCandidates[v]++;
                        }
                    }
                    else
                    {
                        failed[c]++;
                    }
                }
            }
            foreach (int v in post.Nodes)
            {
                int m = mutualCandidates[v];
                int o = oneWayCandidates[v];
                if (m + o == 0)
                {
                    initial++;
                    continue;
                }
                adoptions[0] += m > 0 ? 1 : 0;
                adoptions[1] += o > 0 ? 1 : 0;
                groups[(m, o)] = groups.GetValueOrDefault((m, o)) + 1;
            }
        }
        var grouped = groups.OrderBy(g => g.Key.Mutual).ThenBy(g => g.Key.OneWay).Select(g => (g.Key.Mutual, g.Key.OneWay, g.Value)).ToArray();

        double pm = exposures[0] > 0 ? options.InitialProbability : 0;
        double po = exposures[1] > 0 ? options.InitialProbability : 0;
        int iterations = 0;
        bool converged = false;
        double am = 0, ao = 0;
        while (iterations < options.MaxIterations)
        {
            iterations++;
            am = 0;
            ao = 0;
            foreach (var (m, o, count) in grouped)
            {
                double q = Math.Pow(1 - pm, m) * Math.Pow(1 - po, o);
                double success = 1 - q;
                if (success <= 0)
                {
                    continue;
                }
                am += count * m * pm / success;
                ao += count * o * po / success;
            }
            double nextM = exposures[0] > 0 ? am / exposures[0] : 0;
            double nextO = exposures[1] > 0 ? ao / exposures[1] : 0;
            double change = Math.Max(Math.Abs(nextM - pm), Math.Abs(nextO - po));
            pm = nextM;
            po = nextO;
            if (change <= options.Tolerance)
            {
                converged = true;
                break;
            }
        }
        double logLikelihood = LogLikelihood(grouped, failed, pm, po);
        var (seM, seO) = LogitStandardErrors(grouped, failed, pm, po, exposures);
        var diagnostics = new List<string>();
        if (log.DuplicatesDropped > 0)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture, $"share log: {log.DuplicatesDropped} repeated shares of a post by the same person dropped (the earliest kept)"));
        }
        if (log.UnknownRowsSkipped > 0)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture, $"share log: {log.UnknownRowsSkipped} rows naming people outside the network skipped"));
        }
        if (!converged)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture, $"EM stopped after {iterations} iterations without meeting the tolerance {options.Tolerance}"));
        }
        var estimates = ImmutableArray.Create(
            Estimate(TieClass.Mutual, pm, seM, exposures[0], failed[0], adoptions[0], am, diagnostics),
            Estimate(TieClass.OneWay, po, seO, exposures[1], failed[1], adoptions[1], ao, diagnostics));
        var model = RelationshipCascadeModel.Default.WithProbabilities(
            exposures[0] > 0 ? pm : RelationshipCascadeModel.Default.MutualProbability,
            exposures[1] > 0 ? po : RelationshipCascadeModel.Default.OneWayProbability);
        return new ShareLogFit(estimates, model, logLikelihood, iterations, converged, log.Posts.Length, initial, options, [.. diagnostics]);
    }

    /// <summary>
    /// The log's posts as observed cascades (#17): an engagement becomes a parent → child edge where the network shows the
    /// exposure.
    /// </summary>
    /// <remarks>
    /// Each post's people are the adopters in time order, with steps as in <see cref="Fit"/> and the log's times. The
    /// parent of v is an in-neighbour of v (in <see cref="EmployeeNetwork.InfluenceGraph"/>) who shared in the step before
    /// — the earliest such share, ties by lower node — and −1 when there is none (v starts a cascade of its own, or the
    /// network does not show how v saw the post). Steps are shifted so that each cascade starts at step 0.
    /// </remarks>
    /// <param name="network">The organisation.</param>
    /// <param name="log">The share log.</param>
    /// <param name="options">Options (the step length); <see cref="ShareLogFitOptions.Default"/> when null.</param>
    /// <returns>One cascade per post, in the log's order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The log names nodes outside the network, or the options are invalid.</exception>
    public static ImmutableArray<Cascade> Cascades(EmployeeNetwork network, ShareLog log, ShareLogFitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(log);
        options ??= ShareLogFitOptions.Default;
        options.Validate();
        CsrGraph graph = network.InfluenceGraph;
        int[] inOffsets = graph.InOffsetsArray;
        int[] inSources = graph.InSourcesArray;
        int n = graph.NodeCount;
        var step = new int[n];
        var order = new int[n];
        var stamp = new int[n];
        var result = ImmutableArray.CreateBuilder<Cascade>(log.Posts.Length);
        int postIndex = 0;
        foreach (SharePost post in log.Posts)
        {
            postIndex++;
            CheckPost(post, n);
            double t0 = post.Times.Length == 0 ? 0 : post.Times[0];
            int k = post.Nodes.Length;
            var steps = new int[k];
            var parents = new int[k];
            for (int i = 0; i < k; i++)
            {
                int v = post.Nodes[i];
                stamp[v] = postIndex;
                step[v] = steps[i] = StepOf(post.Times[i], t0, options.StepLength);
                order[v] = i;
            }
            for (int i = 0; i < k; i++)
            {
                int v = post.Nodes[i];
                int best = -1;
                for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
                {
                    int u = inSources[a];
                    if (u != v && stamp[u] == postIndex && step[u] == step[v] - 1 && (best < 0 || order[u] < order[best]))
                    {
                        best = u;
                    }
                }
                parents[i] = best;
            }
            result.Add(new Cascade(n, post.Nodes, [.. steps], [.. parents], default, post.Times));
        }
        return result.MoveToImmutable();
    }

    /// <summary>
    /// Simulates a share log from a known model: each post starts from the given sharers, or from one employee drawn
    /// uniformly; each share's time is its cascade step.
    /// </summary>
    /// <remarks>
    /// Post i (ids <c>post-1</c>, <c>post-2</c>, …) is one live-edge world of the model (Kempe, Kleinberg &amp; Tardos
    /// 2003): arc a is live iff a uniform hashed from (<paramref name="randomSeed"/>, i, a) is below p<sub>a</sub>, and a
    /// share's step is its live-path distance from the post's sharers, which is the discrete-time Independent Cascade.
    /// The drawn sharer comes from a separate stream of the same seed. So a log is a deterministic function of its
    /// arguments, and its fit can be compared with the truth.
    /// </remarks>
    /// <param name="network">The organisation.</param>
    /// <param name="model">The true model: a cascade model with per-arc probabilities (relationship, ic, icp).</param>
    /// <param name="posts">The number of posts, 1 or more.</param>
    /// <param name="randomSeed">The random seed.</param>
    /// <param name="sharers">The sharers of every post; null or empty draws one employee per post.</param>
    /// <returns>The log.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An unknown, external or repeated sharer, no employee to draw from, or an invalid model.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="posts"/> is less than 1.</exception>
    public static ShareLog Simulate(EmployeeNetwork network, DiffusionModel model, int posts, long randomSeed, IReadOnlyList<EmployeeId>? sharers = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(model);
        if (posts < 1)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(posts), posts, "1 or more");
        }
        int[]? fixedSharers = sharers is null || sharers.Count == 0 ? null : Campaigns.ResolveSharers(network, sharers);
        var employees = network.Employees;
        if (fixedSharers is null && employees.Length == 0)
        {
            ThrowHelper.Argument(nameof(network), "The network has no employee to draw sharers from.");
        }
        CsrGraph graph = network.InfluenceGraph;
        double[] p = DiffusionArcProbabilities.ForModel(graph, model);
        var world = new CounterWorld(graph, new bool[graph.NodeCount], new int[graph.NodeCount], 2);
        var result = ImmutableArray.CreateBuilder<SharePost>(posts);
        for (int i = 0; i < posts; i++)
        {
            int[] start = fixedSharers ?? [employees[Xoshiro256StarStar.ForStream((ulong)randomSeed ^ 0x5851F42D4C957F2DUL, (ulong)i).NextInt(employees.Length)]];
            int size = world.Spread(start, p, CounterWorld.RunKey(randomSeed, i));
            var nodes = ImmutableArray.CreateBuilder<int>(size);
            var times = ImmutableArray.CreateBuilder<double>(size);
            for (int j = 0; j < size; j++)
            {
                nodes.Add(world.Queue[j]);
                times.Add(world.Step[world.Queue[j]]);
            }
            result.Add(new SharePost(string.Create(CultureInfo.InvariantCulture, $"post-{i + 1}"), nodes.MoveToImmutable(), times.MoveToImmutable()));
        }
        int rows = result.Sum(post => post.Nodes.Length);
        return new ShareLog(result.MoveToImmutable(), rows, 0, 0);
    }

    private static void CheckPost(SharePost post, int nodeCount)
    {
        if (post.Nodes.Length != post.Times.Length)
        {
            ThrowHelper.Argument("log", $"Post '{post.Id}' has {post.Nodes.Length} people but {post.Times.Length} times.");
        }
        for (int i = 0; i < post.Nodes.Length; i++)
        {
            if (post.Nodes[i] < 0 || post.Nodes[i] >= nodeCount)
            {
                ThrowHelper.Argument("log", string.Create(CultureInfo.InvariantCulture, $"Post '{post.Id}' names node {post.Nodes[i]}; the network has {nodeCount} people."));
            }
            if (i > 0 && post.Times[i] < post.Times[i - 1])
            {
                ThrowHelper.Argument("log", $"Post '{post.Id}' is not in time order.");
            }
        }
    }

    private static int StepOf(double time, double first, double stepLength) => (int)Math.Min(int.MaxValue / 2, Math.Floor((time - first) / stepLength));

    private static double LogLikelihood((int Mutual, int OneWay, long Count)[] groups, long[] failed, double pm, double po)
    {
        double ll = 0;
        foreach (var (m, o, count) in groups)
        {
            ll += count * Math.Log(1 - (Math.Pow(1 - pm, m) * Math.Pow(1 - po, o)));
        }
        ll += failed[0] == 0 ? 0 : failed[0] * Math.Log(1 - pm);
        ll += failed[1] == 0 ? 0 : failed[1] * Math.Log(1 - po);
        return ll;
    }

    /// <summary>Standard errors of logit p̂ from the inverse observed information (central differences in logit coordinates).</summary>
    private static (double Mutual, double OneWay) LogitStandardErrors((int Mutual, int OneWay, long Count)[] groups, long[] failed,
        double pm, double po, long[] exposures)
    {
        bool fitM = exposures[0] > 0 && pm > 0 && pm < 1;
        bool fitO = exposures[1] > 0 && po > 0 && po < 1;
        double xm = fitM ? Logit(pm) : 0;
        double xo = fitO ? Logit(po) : 0;
        double F(double a, double b) => LogLikelihood(groups, failed, fitM ? Logistic(a) : pm, fitO ? Logistic(b) : po);
        const double h = 1e-4;
        double f0 = F(xm, xo);
        double hmm = fitM ? (F(xm + h, xo) - (2 * f0) + F(xm - h, xo)) / (h * h) : 0;
        double hoo = fitO ? (F(xm, xo + h) - (2 * f0) + F(xm, xo - h)) / (h * h) : 0;
        double hmo = fitM && fitO ? (F(xm + h, xo + h) - F(xm + h, xo - h) - F(xm - h, xo + h) + F(xm - h, xo - h)) / (4 * h * h) : 0;
        // Observed information I = −H; covariance = I⁻¹.
        double imm = -hmm, ioo = -hoo, imo = -hmo;
        if (fitM && fitO)
        {
            double det = (imm * ioo) - (imo * imo);
            return det > 0 ? (Math.Sqrt(ioo / det), Math.Sqrt(imm / det)) : (double.NaN, double.NaN);
        }
        return (fitM && imm > 0 ? Math.Sqrt(1 / imm) : double.NaN, fitO && ioo > 0 ? Math.Sqrt(1 / ioo) : double.NaN);
    }

    private static TieClassEstimate Estimate(TieClass tieClass, double p, double logitSe, long exposures, long failed, long adoptions, double attributed, List<string> diagnostics)
    {
        string name = tieClass == TieClass.Mutual ? "mutual" : "one_way";
        if (exposures == 0)
        {
            diagnostics.Add($"class {name}: no exposure in the log, so no estimate; the fitted model keeps the default probability");
            return new TieClassEstimate(tieClass, double.NaN, double.NaN, double.NaN, 0, 0, 0);
        }
        if (p <= 0)
        {
            double upper = 1 - Math.Pow(0.05, 1.0 / Math.Max(1, failed));
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture, $"class {name}: no adoption in {exposures} exposures; interval [0, {upper:G4}] from the exact one-sided bound"));
            return new TieClassEstimate(tieClass, 0, 0, upper, exposures, adoptions, attributed);
        }
        if (p >= 1 || double.IsNaN(logitSe))
        {
            diagnostics.Add($"class {name}: the likelihood is flat or at the boundary; no interval");
            return new TieClassEstimate(tieClass, p, double.NaN, double.NaN, exposures, adoptions, attributed);
        }
        double x = Logit(p);
        return new TieClassEstimate(tieClass, p, Logistic(x - (1.96 * logitSe)), Logistic(x + (1.96 * logitSe)), exposures, adoptions, attributed);
    }

    private static double Logit(double p) => Math.Log(p / (1 - p));

    private static double Logistic(double x) => 1 / (1 + Math.Exp(-x));
}
