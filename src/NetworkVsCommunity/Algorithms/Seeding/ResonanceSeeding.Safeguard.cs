using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Algorithms.Seeding;

public static partial class ResonanceSeeding
{
    /// <summary>
    /// The safeguard of <see cref="IncrementalGreedy"/> (issue #18): scores the greedy's pick, the top-degree pick and a
    /// clustered seed neighbourhood of equal size with the exact objective and returns the best, ties to the greedy's.
    /// </summary>
    private static ResonanceSeedingResult BestOfBaselines(CsrGraph graph, List<int> greedy, ResonanceSeedingOptions options,
        ResonanceEvaluator sim, IProgress<AnalysisProgress>? progress, string guarantee, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        HeuristicSeedingResult degree = SeedingHeuristics.Degree(graph,
            new HeuristicSeedingOptions { SeedCount = options.SeedCount, Constraints = options.Constraints }, null, cancellationToken);
        int[] clustered = ClusteredNeighbourhood(graph, options);
        ResonanceCandidate Score(string name, ImmutableArray<int> nodes) =>
            new(name, nodes, Objective(sim.Run(nodes.AsSpan()), options.Objective));
        ImmutableArray<ResonanceCandidate> candidates =
        [
            Score("greedy", [.. greedy]),
            Score("degree", degree.SeedNodes),
            Score("clustered", [.. clustered]),
        ];
        ResonanceCandidate winner = candidates[0];
        foreach (ResonanceCandidate c in candidates)
        {
            if (c.Objective > winner.Objective)
            {
                winner = c;
            }
        }
        string full = guarantee + string.Create(CultureInfo.InvariantCulture,
            $" Safeguard: the returned pick is the best of the greedy's ({candidates[0].Objective:G6}), the top-degree ({candidates[1].Objective:G6}) and a clustered seed neighbourhood ({candidates[2].Objective:G6}) pick, all scored exactly, so it is never worse than those baselines; winner: {winner.Name}.");
        return Finish(graph, [.. winner.SeedNodes], "IncrementalGreedy", 0, options, sim, progress, full) with
        {
            Candidates = candidates,
            Winner = winner.Name,
        };
    }

    /// <summary>
    /// A clustered seed neighbourhood (Centola 2010, doi:10.1126/science.1185231): the admissible node of highest
    /// out-degree, then repeatedly the admissible node with most ties to the sharers placed (then higher out-degree, then
    /// lower node), restarting at the highest-degree admissible node left when none touches them. O(k·(Δ + frontier) + n log n).
    /// </summary>
    private static int[] ClusteredNeighbourhood(CsrGraph graph, ResonanceSeedingOptions options)
    {
        int n = graph.NodeCount;
        int[] offsets = graph.OffsetsArray;
        var state = new SeedingConstraintState(n, options.Constraints);
        int k = Math.Min(options.SeedCount, state.AdmissibleCount);
        int[] byDegree = NodesByDegree(graph);
        var ties = new int[n];
        var frontier = new List<int>();
        var chosen = new List<int>(k);
        int next = 0;
        while (chosen.Count < k)
        {
            int best = -1;
            foreach (int u in frontier)
            {
                if (!state.CanAdd(u))
                {
                    continue;
                }
                int du = offsets[u + 1] - offsets[u];
                if (best < 0 || ties[u] > ties[best] || (ties[u] == ties[best] &&
                    (du > offsets[best + 1] - offsets[best] || (du == offsets[best + 1] - offsets[best] && u < best))))
                {
                    best = u;
                }
            }
            while (best < 0 && next < n)
            {
                int v = byDegree[next++];
                if (state.CanAdd(v))
                {
                    best = v;
                }
            }
            if (best < 0)
            {
                break;
            }
            state.Add(best);
            chosen.Add(best);
            foreach (int w in graph.Neighbors(best))
            {
                if (w != best && ties[w]++ == 0)
                {
                    frontier.Add(w);
                }
            }
        }
        return [.. chosen];
    }

    /// <summary>Every node by decreasing out-degree (degree when undirected), ties to the lower node. O(n log n).</summary>
    private static int[] NodesByDegree(CsrGraph graph)
    {
        int n = graph.NodeCount;
        int[] offsets = graph.OffsetsArray;
        var byDegree = new int[n];
        for (int v = 0; v < n; v++)
        {
            byDegree[v] = v;
        }
        Array.Sort(byDegree, (a, b) =>
        {
            int da = offsets[a + 1] - offsets[a], db = offsets[b + 1] - offsets[b];
            return da != db ? db.CompareTo(da) : a.CompareTo(b);
        });
        return byDegree;
    }
}
