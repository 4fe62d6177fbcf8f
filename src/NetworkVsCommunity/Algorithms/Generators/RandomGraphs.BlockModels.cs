using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Algorithms.Generators;

// The stochastic block model and the planted partition model.
public static partial class RandomGraphs
{
    /// <summary>The stochastic block model: nodes in blocks, each edge between blocks r and s independently with probability P[r, s].</summary>
    /// <param name="options">The model; <see cref="StochasticBlockModelOptions.Default"/> when null.</param>
    /// <param name="progress">Optional progress reports (one per block pair).</param>
    /// <param name="cancellationToken">Cancels the generation.</param>
    /// <returns>The graph, the planted blocks as ground truth, and the seed used.</returns>
    /// <remarks>
    /// <para>Model: P. W. Holland, K. B. Laskey and S. Leinhardt, "Stochastic blockmodels: first steps", Social Networks
    /// 5(2) (1983) 109–137, doi:10.1016/0378-8733(83)90021-7. Each block pair is sampled by geometric skipping
    /// (Batagelj &amp; Brandes 2005, doi:10.1103/PhysRevE.71.036113), O(n + k² + m) time; block pair (r, s) draws from
    /// its own random stream, so the result does not depend on the order of work.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="ArgumentException">The probability matrix is not square k×k or not symmetric.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static GeneratedGraph StochasticBlockModel(StochasticBlockModelOptions? options = null, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= StochasticBlockModelOptions.Default;
        var sizes = options.BlockSizes;
        var p = options.EdgeProbabilities;
        if (sizes.IsDefaultOrEmpty)
        {
            ThrowHelper.Argument("options.BlockSizes", "options.BlockSizes is empty; give at least one block size.");
        }
        int k = sizes.Length;
        long total = 0;
        for (int r = 0; r < k; r++)
        {
            if (sizes[r] < 1)
            {
                ThrowHelper.ArgumentOutOfRange(string.Create(CultureInfo.InvariantCulture, $"options.BlockSizes[{r}]"), sizes[r], "1 or more");
            }
            total += sizes[r];
        }
        if (total > int.MaxValue)
        {
            ThrowHelper.ArgumentOutOfRange("options.BlockSizes", total, "block sizes summing to at most 2147483647 nodes");
        }
        if (p.IsDefault || p.Length != k)
        {
            ThrowHelper.Argument("options.EdgeProbabilities", string.Create(CultureInfo.InvariantCulture,
                $"options.EdgeProbabilities has {(p.IsDefault ? 0 : p.Length)} rows; it must be a {k}×{k} matrix, one row and column per block."));
        }
        for (int r = 0; r < k; r++)
        {
            if (p[r].IsDefault || p[r].Length != k)
            {
                ThrowHelper.Argument("options.EdgeProbabilities", string.Create(CultureInfo.InvariantCulture,
                    $"options.EdgeProbabilities row {r} has {(p[r].IsDefault ? 0 : p[r].Length)} entries; it must have {k}."));
            }
            for (int s = 0; s < k; s++)
            {
                CheckProbability(string.Create(CultureInfo.InvariantCulture, $"options.EdgeProbabilities[{r}][{s}]"), p[r][s]);
            }
        }
        for (int r = 0; r < k; r++)
        {
            for (int s = r + 1; s < k; s++)
            {
                if (p[r][s] != p[s][r])
                {
                    ThrowHelper.Argument("options.EdgeProbabilities", string.Create(CultureInfo.InvariantCulture,
                        $"options.EdgeProbabilities is not symmetric: [{r}][{s}] = {p[r][s]} but [{s}][{r}] = {p[s][r]}; an undirected model needs P[r][s] = P[s][r]."));
                }
            }
        }
        long seed = options.RandomSeed ?? Xoshiro256StarStar.NewRandomSeed();
        int n = (int)total;
        var start = new int[k + 1];
        var membership = new int[n];
        double expected = 0;
        for (int r = 0; r < k; r++)
        {
            start[r + 1] = start[r] + sizes[r];
            membership.AsSpan(start[r], sizes[r]).Fill(r);
            expected += p[r][r] * sizes[r] * (sizes[r] - 1.0) / 2;
            for (int s = r + 1; s < k; s++)
            {
                expected += p[r][s] * sizes[r] * (double)sizes[s];
            }
        }
        var edges = new EdgeCollector(EstimateCapacity(expected));
        long pairsDone = 0;
        long pairCount = (long)k * (k + 1) / 2;
        for (int r = 0; r < k; r++)
        {
            for (int s = r; s < k; s++)
            {
                var rng = Xoshiro256StarStar.ForStream((ulong)seed, (ulong)((long)r * k + s));
                if (r == s)
                {
                    SampleTriangle(ref rng, start[r], sizes[r], p[r][r], edges, cancellationToken);
                }
                else
                {
                    SampleRectangle(ref rng, start[r], sizes[r], start[s], sizes[s], p[r][s], edges, cancellationToken);
                }
                pairsDone++;
                if (progress is not null && (pairsDone % 64 == 0 || pairsDone == pairCount))
                {
                    progress.Report(new AnalysisProgress("stochastic block model", (double)pairsDone / pairCount, pairsDone, pairCount));
                }
            }
        }
        return new GeneratedGraph(edges.Build(n, cancellationToken), Partition.FromMembership(membership), seed, [], options with { RandomSeed = seed });
    }

    /// <summary>The planted partition model: <c>CommunityCount</c> equal communities, edges inside with probability p_in, between with p_out.</summary>
    /// <param name="options">The model; <see cref="PlantedPartitionOptions.Default"/> when null.</param>
    /// <param name="progress">Optional progress reports.</param>
    /// <param name="cancellationToken">Cancels the generation.</param>
    /// <returns>The graph, the planted communities, and the seed used.</returns>
    /// <remarks>
    /// A stochastic block model with equal blocks (see <see cref="StochasticBlockModel"/>); reference: A. Condon and
    /// R. M. Karp, "Algorithms for graph partitioning on the planted partition model", Random Structures &amp; Algorithms
    /// 18(2) (2001) 116–140, doi:10.1002/1098-2418(200103)18:2&lt;116::AID-RSA1001&gt;3.0.CO;2-2. Expected mixing
    /// μ = p_out(n − s) / (p_in(s − 1) + p_out(n − s)) for community size s.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static GeneratedGraph PlantedPartition(PlantedPartitionOptions? options = null, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= PlantedPartitionOptions.Default;
        CheckCount("options.CommunityCount", options.CommunityCount, 1);
        CheckCount("options.CommunitySize", options.CommunitySize, 1);
        CheckProbability("options.InternalProbability", options.InternalProbability);
        CheckProbability("options.ExternalProbability", options.ExternalProbability);
        if ((long)options.CommunityCount * options.CommunitySize > int.MaxValue)
        {
            ThrowHelper.ArgumentOutOfRange("options.CommunitySize", options.CommunitySize, "CommunityCount × CommunitySize of at most 2147483647 nodes");
        }
        int k = options.CommunityCount;
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<double>>(k);
        for (int r = 0; r < k; r++)
        {
            var row = new double[k];
            Array.Fill(row, options.ExternalProbability);
            row[r] = options.InternalProbability;
            rows.Add([.. row]);
        }
        long seed = options.RandomSeed ?? Xoshiro256StarStar.NewRandomSeed();
        var result = StochasticBlockModel(new StochasticBlockModelOptions
        {
            BlockSizes = [.. Enumerable.Repeat(options.CommunitySize, k)],
            EdgeProbabilities = rows.MoveToImmutable(),
            RandomSeed = seed,
        }, progress, cancellationToken);
        return result with { Options = options with { RandomSeed = seed } };
    }
}
