using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Algorithms.Metrics;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Seeding;

public static partial class ResonanceSeeding
{
    /// <summary>The name of the contagion every resonance outcome is computed under, for results and JSON.</summary>
    /// <param name="threshold">θ.</param>
    /// <returns>"threshold contagion (θ = 2, deterministic, synchronous)".</returns>
    public static string ModelName(int threshold) =>
        string.Create(CultureInfo.InvariantCulture, $"threshold contagion (θ = {threshold}, deterministic, synchronous)");

    /// <summary>
    /// The scalable resonance search: greedy over a lossless candidate restriction with incremental marginal gains; it
    /// chooses exactly as <see cref="Greedy"/> whenever a round has at most <see cref="ResonanceSeedingOptions.CandidatesPerRound"/>
    /// candidates, then returns the better of that pick and the top-degree and clustered baselines.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Options; null for <see cref="ResonanceSeedingOptions.Default"/>.</param>
    /// <param name="progress">Optional progress, one report per chosen sharer.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The chosen sharers, their outcome and the <see cref="ResonanceSeedingResult.Guarantee"/> that holds for this run.</returns>
    /// <remarks>
    /// <para><b>Candidate restriction (clustered seed neighbourhoods).</b> Let A be the closure (final adopters) of the
    /// sharers chosen so far. Under threshold θ ≥ 2 a new sharer u outside A changes anyone else's adoption only if some
    /// out-neighbour v ∉ A already has θ − 1 adopting in-neighbours: v's neighbourhood is already reinforced (Centola &amp;
    /// Macy 2007, doi:10.1086/521848; Centola 2010, doi:10.1126/science.1185231). For the supporter base, u must also be
    /// allowed to tip a same-community out-neighbour one short of the supporter threshold. Every other node has a gain known
    /// without simulation (0 reinforced adopters; 1 adopter, itself; minus one if it was counted as a supporter or as a
    /// reinforced adopter), so the restriction loses nothing. Candidates are ranked by how many near-threshold nodes they
    /// tip (then the greedy's own tie-breaks) and the first <see cref="ResonanceSeedingOptions.CandidatesPerRound"/> get an
    /// exact gain.</para>
    /// <para><b>Incremental gains.</b> Threshold contagion is monotone, so A(S ∪ {u}) is the closure of A(S) ∪ {u}: a
    /// candidate's gain is found by propagating from u alone over the current counts and undoing, in O(volume of the
    /// nodes it adds) rather than O(n + m) (<c>IncrementalThresholdState</c>, a closure updater next to this search, not a
    /// second simulator). When no candidate beats the known gains (for instance the first sharer, who convinces nobody
    /// alone), the greedy's tie-breaks grow a cluster: most ties to the sharers already chosen, then most ties inside its
    /// community, then the lowest node.</para>
    /// <para><b>What holds.</b> Threshold objectives are neither submodular nor approximable within n^(1−ε) in general (Chen,
    /// SIAM J. Discrete Math. 23(3), 2009, doi:10.1137/08073617X), so no approximation ratio and no sandwich bound is
    /// claimed; the gains are exact (not sampled), and a round with no more candidates than the cap picks the same node as
    /// exact greedy. The result's <see cref="ResonanceSeedingResult.Guarantee"/> says how many rounds were capped. With θ =
    /// 1 and the reinforced objective (which depends on adoption times) each ranked candidate is re-simulated in full with
    /// the same threshold simulator as <see cref="Greedy"/>.</para>
    /// <para><b>Safeguard (issue #18).</b> With <see cref="ResonanceSeedingOptions.CompareBaselines"/> (default) the
    /// greedy's pick, the top-degree pick (<see cref="SeedingHeuristics.Degree"/>) and a clustered seed neighbourhood (the
    /// highest-degree admissible node grown by most ties to the sharers placed; Centola 2010) of equal size and under the
    /// same constraints are scored with the same exact objective, and the best is returned, ties to the greedy's. The
    /// greedy is myopic on a non-submodular objective and can lose to either; the returned pick never does.
    /// <see cref="ResonanceSeedingResult.Candidates"/> and <see cref="ResonanceSeedingResult.Winner"/> record the race.
    /// Costs three more O(n + m) cascades and an O(n log n) sort.</para>
    /// <para><b>Cost.</b> Per round O(n + m) to find candidates plus at most L incremental evaluations; O(k·(n + m + L·V)) with V the
    /// largest added volume. Deterministic.</para>
    /// </remarks>
    /// <exception cref="ArgumentException">An option is out of range, or the supporter base is asked without communities.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ResonanceSeedingResult IncrementalGreedy(CsrGraph graph, ResonanceSeedingOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options = Validate(graph, options);
        int n = graph.NodeCount;
        int theta = options.Threshold;
        ResonanceObjective objective = options.Objective;
        bool timingDependent = theta == 1 && objective == ResonanceObjective.ReinforcedAdopters;
        var state = new SeedingConstraintState(n, options.Constraints);
        int k = Math.Min(options.SeedCount, state.AdmissibleCount);
        var closure = new IncrementalThresholdState(graph, theta, options.Communities, options.SupporterThreshold, objective);
        var sim = new ResonanceEvaluator(graph, theta, options.Communities, options.SupporterThreshold);
        int[] tiesToChosen = new int[n];
        int[] internalDegree = InternalDegrees(graph, options.Communities);
        int[] inOffsets = graph.InOffsetsArray;
        int[] inSources = graph.InSourcesArray;
        int[] community = options.Communities is null ? [] : options.Communities.Membership.ToArray();
        int r = options.SupporterThreshold;
        var tips = new int[n];
        var gain = new double[n];
        var evaluated = new bool[n];
        var candidates = new List<int>();
        var chosen = new List<int>(k);
        var buffer = new int[k + 1];
        double current = timingDependent ? Objective(sim.Run([]), objective) : closure.Value;
        int cappedRounds = 0;
        long evaluations = 0;
        while (chosen.Count < k)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Candidates: admissible non-adopters with an arc to a near-threshold node (every admissible node when θ = 1 and timing matters).
            candidates.Clear();
            for (int v = 0; v < n; v++)
            {
                if (timingDependent)
                {
                    // Adoption times matter: any node, adopted or not, may change who is reinforced.
                    if (state.CanAdd(v))
                    {
                        tips[v] = 1;
                        candidates.Add(v);
                    }
                    continue;
                }
                bool nearAdoption = !closure.IsAdopted(v) && closure.Count(v) == theta - 1;
                // Supporters need not adopt: any non-sharer one short of the supporter threshold can be tipped.
                bool nearSupport = objective == ResonanceObjective.SupporterBase && !closure.IsSharer(v) &&
                    closure.CommunityCount(v) == r - 1;
                if (!nearAdoption && !nearSupport)
                {
                    continue;
                }
                for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
                {
                    int u = inSources[a];
                    if (u == v || closure.IsAdopted(u) || !state.CanAdd(u) ||
                        (!nearAdoption && community[u] != community[v]))
                    {
                        continue;
                    }
                    if (tips[u]++ == 0)
                    {
                        candidates.Add(u);
                    }
                }
            }
            if (candidates.Count > options.CandidatesPerRound)
            {
                cappedRounds++;
                candidates.Sort((a, b) => tips[a] != tips[b] ? tips[b].CompareTo(tips[a])
                    : tiesToChosen[a] != tiesToChosen[b] ? tiesToChosen[b].CompareTo(tiesToChosen[a])
                    : internalDegree[a] != internalDegree[b] ? internalDegree[b].CompareTo(internalDegree[a])
                    : a.CompareTo(b));
            }
            int evaluate = Math.Min(candidates.Count, options.CandidatesPerRound);
            for (int i = 0; i < evaluate; i++)
            {
                if ((i & 15) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
                int u = candidates[i];
                if (timingDependent)
                {
                    chosen.CopyTo(buffer);
                    buffer[chosen.Count] = u;
                    gain[u] = Objective(sim.Run(buffer.AsSpan(0, chosen.Count + 1)), objective) - current;
                }
                else
                {
                    gain[u] = closure.Gain(u);
                }
                evaluated[u] = true;
                evaluations++;
            }
            // Every feasible node: exact gain if evaluated, the known gain if not a candidate, skipped if a capped candidate.
            int best = -1;
            double bestGain = double.NegativeInfinity;
            for (int u = 0; u < n; u++)
            {
                if (!state.CanAdd(u))
                {
                    continue;
                }
                double g;
                if (evaluated[u])
                {
                    g = gain[u];
                }
                else if (tips[u] > 0)
                {
                    continue;
                }
                else
                {
                    g = KnownGain(closure, u, objective);
                }
                if (IsBetterGreedyChoice(u, g, best, bestGain, tiesToChosen, internalDegree))
                {
                    best = u;
                    bestGain = g;
                }
            }
            foreach (int u in candidates)
            {
                tips[u] = 0;
                evaluated[u] = false;
            }
            if (best < 0)
            {
                break;
            }
            state.Add(best);
            chosen.Add(best);
            closure.Commit(best);
            current += bestGain;
            foreach (int w in graph.Neighbors(best))
            {
                tiesToChosen[w]++;
            }
            progress?.Report(new AnalysisProgress("Resonance incremental greedy", (double)chosen.Count / Math.Max(1, k), chosen.Count, k));
        }
        string guarantee = string.Create(CultureInfo.InvariantCulture,
            $"No approximation ratio: threshold contagion (θ = {theta}) is not submodular (Chen 2009). Gains are exact; {chosen.Count - cappedRounds} of {chosen.Count} rounds evaluated every candidate and chose as exact greedy would; {cappedRounds} rounds evaluated only the {options.CandidatesPerRound} most promising ({evaluations} evaluations in all).");
        return options.CompareBaselines
            ? BestOfBaselines(graph, chosen, options, sim, progress, guarantee, cancellationToken)
            : Finish(graph, chosen, "IncrementalGreedy", 0, options, sim, progress, guarantee);
    }

    /// <summary>
    /// The complex-centrality heuristic: the seed neighbourhoods of the most complex-central nodes (Guilbeault &amp;
    /// Centola 2021), filled node by node up to k.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Options; null for <see cref="ResonanceSeedingOptions.Default"/>. Its θ is the complex-centrality threshold.</param>
    /// <param name="sourcePool">Complex centrality is computed for every node when n ≤ this, else for this many nodes of highest degree (ties to the lower node); 1 or more, default 1000.</param>
    /// <param name="progress">Optional progress.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The chosen sharers and their outcome under threshold contagion.</returns>
    /// <remarks>
    /// Sources are visited by decreasing RES-10 complex centrality (<see cref="ComplexCentrality.Compute"/>; ties to the
    /// lower node). For each, the source is taken, then its neighbours by decreasing ties to the neighbourhood N[i] (then
    /// lowest node), as long as the budget and constraints allow. This seeds whole neighbourhoods, the construction
    /// complex centrality measures. O(|pool|·(n + m)) for the centrality; no guarantee.
    /// </remarks>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ResonanceSeedingResult ComplexNeighbourhoods(CsrGraph graph, ResonanceSeedingOptions? options = null, int sourcePool = 1000,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options = Validate(graph, options);
        if (sourcePool < 1)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(sourcePool), sourcePool, "1 or more");
        }
        int n = graph.NodeCount;
        ImmutableArray<int> pool = [];
        if (n > sourcePool)
        {
            pool = [.. NodesByDegree(graph).AsSpan(0, sourcePool)];
        }
        ComplexCentralityResult centrality = ComplexCentrality.Compute(graph,
            new ComplexCentralityOptions { Threshold = options.Threshold, Sources = pool }, progress, cancellationToken);
        int[] order = Enumerable.Range(0, centrality.Nodes.Length).ToArray();
        Array.Sort(order, (a, b) => centrality.Centrality[a] != centrality.Centrality[b]
            ? centrality.Centrality[b].CompareTo(centrality.Centrality[a])
            : centrality.Nodes[a].CompareTo(centrality.Nodes[b]));
        var state = new SeedingConstraintState(n, options.Constraints);
        int k = Math.Min(options.SeedCount, state.AdmissibleCount);
        var chosen = new List<int>(k);
        var inHood = new bool[n];
        foreach (int index in order)
        {
            if (chosen.Count >= k)
            {
                break;
            }
            int i = centrality.Nodes[index];
            var hood = new List<int>();
            foreach (int w in graph.Neighbors(i))
            {
                if (w != i && !inHood[w])
                {
                    inHood[w] = true;
                    hood.Add(w);
                }
            }
            inHood[i] = true;
            var ties = new Dictionary<int, int>(hood.Count);
            foreach (int w in hood)
            {
                int t = 0;
                foreach (int x in graph.Neighbors(w))
                {
                    if (inHood[x])
                    {
                        t++;
                    }
                }
                ties[w] = t;
            }
            hood.Sort((a, b) => ties[a] != ties[b] ? ties[b].CompareTo(ties[a]) : a.CompareTo(b));
            inHood[i] = false;
            foreach (int w in hood)
            {
                inHood[w] = false;
            }
            if (state.CanAdd(i))
            {
                state.Add(i);
                chosen.Add(i);
            }
            foreach (int w in hood)
            {
                if (chosen.Count >= k)
                {
                    break;
                }
                if (state.CanAdd(w))
                {
                    state.Add(w);
                    chosen.Add(w);
                }
            }
        }
        var sim = new ResonanceEvaluator(graph, options.Threshold, options.Communities, options.SupporterThreshold);
        string note = n > sourcePool
            ? string.Create(CultureInfo.InvariantCulture, $"Heuristic, no guarantee; complex centrality computed for the {sourcePool} highest-degree nodes only.")
            : "Heuristic, no guarantee.";
        return Finish(graph, chosen, "ComplexCentrality", 0, options, sim, progress, note);
    }

    private static double KnownGain(IncrementalThresholdState closure, int u, ResonanceObjective objective) => objective switch
    {
        ResonanceObjective.Adopters => closure.IsAdopted(u) ? 0 : 1,
        ResonanceObjective.SupporterBase => closure.IsSupporter(u) ? -1 : 0,
        _ => closure.IsAdopted(u) ? -1 : 0,
    };
}
