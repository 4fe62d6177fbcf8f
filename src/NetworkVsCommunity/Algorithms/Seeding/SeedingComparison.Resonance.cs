using System.Collections.Immutable;
using MathNet.Numerics.Distributions;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Algorithms.Seeding;

public static partial class SeedingComparison
{
    /// <summary>
    /// Sets the resonance search's pick against top-degree, top-PageRank, complex-centrality and random-clustered picks of
    /// equal size, all under the same threshold contagion.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Options; null for <see cref="ResonanceComparisonOptions.Default"/>.</param>
    /// <param name="progress">Optional progress.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The deterministic picks with their exact outcomes, and the random-clustered distribution with intervals.</returns>
    /// <remarks>
    /// <para>Every pick is evaluated by the same deterministic synchronous threshold cascade (θ from
    /// <see cref="ResonanceComparisonOptions.Seeding"/>), so the deterministic picks' outcomes are exact. The resonance
    /// search is <see cref="ResonanceSeeding.IncrementalGreedy"/> (or <see cref="ResonanceSeeding.Greedy"/>); top degree and
    /// top PageRank are <see cref="SeedingHeuristics.Degree"/> and <see cref="SeedingHeuristics.PageRank"/>; complex centrality
    /// is <see cref="ResonanceSeeding.ComplexNeighbourhoods"/>.</para>
    /// <para><b>Random clustered.</b> Draw r uses the stream <c>ForStream(RandomSeed, r)</c>: a uniformly random admissible
    /// start node, then the admissible node with most ties to the cluster (ties broken by a random key from the same
    /// stream), restarting at a new random node when the cluster's component is exhausted: Centola's (2010, doi:10.1126/science.1185231)
    /// clustered seeding without any search. Draws are independent of the thread count and of the other picks. Means get
    /// Student-t intervals over draws, and each deterministic pick the share of draws it matches or beats.</para>
    /// <para>Cost: the search's, plus O(R·(k·Δ + n + m)) for the draws and O(pool·(n + m)) for complex centrality.</para>
    /// </remarks>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ResonanceComparisonResult CompareResonance(CsrGraph graph, ResonanceComparisonOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= ResonanceComparisonOptions.Default;
        ArgumentNullException.ThrowIfNull(options.Seeding, "options.Seeding");
        if (options.RandomDraws < 2)
        {
            ThrowHelper.ArgumentOutOfRange("options.RandomDraws", options.RandomDraws, "2 or more");
        }
        if (!(options.ConfidenceLevel > 0 && options.ConfidenceLevel < 1))
        {
            ThrowHelper.ArgumentOutOfRange("options.ConfidenceLevel", options.ConfidenceLevel, "greater than 0 and less than 1");
        }
        if (options.ComplexCentralitySources < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.ComplexCentralitySources", options.ComplexCentralitySources, "1 or more");
        }
        ResonanceSeedingOptions seeding = options.Seeding;
        long randomSeed = options.RandomSeed ?? Xoshiro256StarStar.NewRandomSeed();
        ResonanceSeedingResult search = options.ExactGreedy
            ? ResonanceSeeding.Greedy(graph, seeding, null, cancellationToken)
            : ResonanceSeeding.IncrementalGreedy(graph, seeding, null, cancellationToken);
        progress?.Report(new AnalysisProgress("Resonance comparison", 0.4, 1, 4));
        var heuristic = new HeuristicSeedingOptions { SeedCount = seeding.SeedCount, Constraints = seeding.Constraints };
        HeuristicSeedingResult degree = SeedingHeuristics.Degree(graph, heuristic, null, cancellationToken);
        HeuristicSeedingResult pageRank = SeedingHeuristics.PageRank(graph, heuristic, null, cancellationToken);
        ResonanceSeedingResult complex = ResonanceSeeding.ComplexNeighbourhoods(graph, seeding, options.ComplexCentralitySources, null, cancellationToken);
        progress?.Report(new AnalysisProgress("Resonance comparison", 0.6, 2, 4));

        var sim = new ResonanceEvaluator(graph, seeding.Threshold, seeding.Communities, seeding.SupporterThreshold);
        int draws = options.RandomDraws;
        var adopters = new int[draws];
        var reinforced = new int[draws];
        var supporters = new int[draws];
        var objective = new int[draws];
        var state = new SeedingConstraintState(graph.NodeCount, seeding.Constraints);
        int k = Math.Min(seeding.SeedCount, state.AdmissibleCount);
        var scratch = new RandomClusterScratch(graph.NodeCount);
        for (int r = 0; r < draws; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int[] set = scratch.Draw(graph, seeding.Constraints, k, unchecked((ulong)randomSeed), (ulong)r);
            ThresholdOutcome o = sim.Run(set);
            adopters[r] = o.Adopters;
            reinforced[r] = o.ReinforcedAdopters;
            supporters[r] = o.SupporterBase;
            objective[r] = (int)ResonanceSeeding.Objective(o, seeding.Objective);
        }
        progress?.Report(new AnalysisProgress("Resonance comparison", 0.9, 3, 4));
        double tQuantile = StudentT.InvCDF(0, 1, draws - 1, 0.5 + options.ConfidenceLevel / 2);
        int min = int.MaxValue, max = int.MinValue;
        foreach (int v in objective)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }
        var summary = new ResonanceDrawSummary(draws, Estimate(adopters, tQuantile), Estimate(reinforced, tQuantile),
            Estimate(supporters, tQuantile), Estimate(objective, tQuantile), min, max);
        ResonancePick Pick(string name, ImmutableArray<int> nodes)
        {
            ThresholdOutcome o = sim.Run(nodes.AsSpan());
            double value = ResonanceSeeding.Objective(o, seeding.Objective);
            int atOrBelow = 0;
            foreach (int v in objective)
            {
                if (v <= value)
                {
                    atOrBelow++;
                }
            }
            return new ResonancePick(name, nodes, o, value, (double)atOrBelow / draws);
        }
        ImmutableArray<ResonancePick> picks =
        [
            Pick("resonance search", search.SeedNodes),
            Pick("top degree", degree.SeedNodes),
            Pick("top PageRank", pageRank.SeedNodes),
            Pick("complex centrality", complex.SeedNodes),
        ];
        var diagnostics = ImmutableArray.CreateBuilder<string>();
        diagnostics.AddRange(search.Diagnostics);
        if (graph.NodeCount > options.ComplexCentralitySources)
        {
            diagnostics.Add(complex.Guarantee);
        }
        progress?.Report(new AnalysisProgress("Resonance comparison", 1, 4, 4));
        return new ResonanceComparisonResult(picks, summary, search.Model, search.Method, search.Guarantee, randomSeed,
            options with { RandomSeed = randomSeed }, diagnostics.ToImmutable());
    }

    /// <summary>Scratch for random-clustered draws: one per comparison, reused across draws.</summary>
    private sealed class RandomClusterScratch(int n)
    {
        private readonly int[] _ties = new int[n];
        private readonly double[] _key = new double[n];
        private readonly bool[] _taken = new bool[n];

        public int[] Draw(CsrGraph graph, SeedingConstraints? constraints, int k, ulong randomSeed, ulong draw)
        {
            var rng = Xoshiro256StarStar.ForStream(randomSeed, draw);
            var state = new SeedingConstraintState(graph.NodeCount, constraints);
            var chosen = new List<int>(k);
            var frontier = new List<int>();
            var touched = new List<int>();
            while (chosen.Count < k)
            {
                int best = -1;
                foreach (int v in frontier)
                {
                    if (!_taken[v] && state.CanAdd(v) && (best < 0 || _ties[v] > _ties[best] || (_ties[v] == _ties[best] && _key[v] < _key[best])))
                    {
                        best = v;
                    }
                }
                if (best < 0)
                {
                    // A new random start: uniform over admissible, untaken nodes.
                    int available = 0;
                    for (int v = 0; v < graph.NodeCount; v++)
                    {
                        if (!_taken[v] && state.CanAdd(v))
                        {
                            available++;
                        }
                    }
                    if (available == 0)
                    {
                        break;
                    }
                    int pick = rng.NextInt(available);
                    for (int v = 0; v < graph.NodeCount; v++)
                    {
                        if (!_taken[v] && state.CanAdd(v) && pick-- == 0)
                        {
                            best = v;
                            break;
                        }
                    }
                }
                _taken[best] = true;
                touched.Add(best);
                state.Add(best);
                chosen.Add(best);
                foreach (int w in graph.Neighbors(best))
                {
                    if (_ties[w]++ == 0 && !_taken[w])
                    {
                        _key[w] = rng.NextDouble();
                        frontier.Add(w);
                        touched.Add(w);
                    }
                }
            }
            foreach (int v in touched)
            {
                _ties[v] = 0;
                _taken[v] = false;
            }
            return [.. chosen];
        }
    }
}
