using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Algorithms.Generators;

/// <summary>
/// Seeded random graph generators: Erdős–Rényi G(n, p) and G(n, m), the stochastic block model and planted partition,
/// the LFR benchmark, Barabási–Albert, Holme–Kim, Watts–Strogatz, and the (deterministic) ring lattice.
/// </summary>
/// <remarks>
/// <para>Every generator returns an undirected, unweighted <see cref="CsrGraph"/> without self-loops or parallel edges,
/// wrapped in a <see cref="GeneratedGraph"/> with the random seed used and, for models with communities, the planted
/// partition. The same options (with the same <c>RandomSeed</c>) give the same graph on every machine: all randomness
/// comes from <see cref="Xoshiro256StarStar"/>.</para>
/// <para>Generators check the cancellation token every few thousand steps and report progress ending at fraction 1.</para>
/// </remarks>
public static class RandomGraphs
{
    private const int CheckEvery = 4096;

    /// <summary>The Erdős–Rényi G(n, p) model: each of the n(n−1)/2 possible edges independently with probability p.</summary>
    /// <param name="options">The model; <see cref="GnpOptions.Default"/> when null.</param>
    /// <param name="progress">Optional progress reports.</param>
    /// <param name="cancellationToken">Cancels the generation.</param>
    /// <returns>The graph and the seed used.</returns>
    /// <remarks>
    /// <para>Sampling skips geometrically over the pairs that get no edge, so the cost is O(n + m) rather than O(n²):
    /// V. Batagelj and U. Brandes, "Efficient generation of large random networks", Physical Review E 71, 036113 (2005),
    /// doi:10.1103/PhysRevE.71.036113. Model: P. Erdős and A. Rényi, "On random graphs I", Publicationes Mathematicae 6
    /// (1959) 290–297; E. N. Gilbert, "Random graphs", Ann. Math. Statist. 30 (1959), doi:10.1214/aoms/1177706098.</para>
    /// <para>Expected edges p·n(n−1)/2.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (the message names it).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static GeneratedGraph ErdosRenyiGnp(GnpOptions? options = null, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= GnpOptions.Default;
        CheckCount("options.NodeCount", options.NodeCount, 0);
        CheckProbability("options.EdgeProbability", options.EdgeProbability);
        long seed = options.RandomSeed ?? Xoshiro256StarStar.NewRandomSeed();
        var rng = Xoshiro256StarStar.ForStream((ulong)seed, 0);
        int n = options.NodeCount;
        double expected = options.EdgeProbability * n * (n - 1.0) / 2;
        var edges = new EdgeCollector(EstimateCapacity(expected));
        SampleTriangle(ref rng, 0, n, options.EdgeProbability, edges, cancellationToken);
        progress?.Report(new AnalysisProgress("Erdős–Rényi G(n,p)", 1, 1, 1));
        return new GeneratedGraph(edges.Build(n, cancellationToken), null, seed, [], options with { RandomSeed = seed });
    }

    /// <summary>The Erdős–Rényi G(n, m) model: m edges drawn uniformly without replacement from the n(n−1)/2 possible.</summary>
    /// <param name="options">The model; <see cref="GnmOptions.Default"/> when null.</param>
    /// <param name="progress">Optional progress reports.</param>
    /// <param name="cancellationToken">Cancels the generation.</param>
    /// <returns>The graph (exactly m edges) and the seed used.</returns>
    /// <remarks>
    /// Distinct pair indices are drawn by rejection (when m exceeds half of the possible edges, the missing edges are drawn
    /// instead), expected O(n + m) time. Reference: P. Erdős and A. Rényi, "On random graphs I", Publicationes
    /// Mathematicae 6 (1959) 290–297.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static GeneratedGraph ErdosRenyiGnm(GnmOptions? options = null, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= GnmOptions.Default;
        CheckCount("options.NodeCount", options.NodeCount, 0);
        int n = options.NodeCount;
        long pairs = (long)n * (n - 1) / 2;
        if (options.EdgeCount < 0 || options.EdgeCount > pairs)
        {
            ThrowHelper.ArgumentOutOfRange("options.EdgeCount", options.EdgeCount, string.Create(CultureInfo.InvariantCulture, $"0..{pairs} (n(n-1)/2 for n = {n})"));
        }
        if (options.EdgeCount > CsrGraph.MaxArcCount / 2)
        {
            ThrowHelper.ArgumentOutOfRange("options.EdgeCount", options.EdgeCount, string.Create(CultureInfo.InvariantCulture, $"at most {CsrGraph.MaxArcCount / 2} (the largest undirected graph supported)"));
        }
        long seed = options.RandomSeed ?? Xoshiro256StarStar.NewRandomSeed();
        var rng = Xoshiro256StarStar.ForStream((ulong)seed, 0);
        bool complement = options.EdgeCount > pairs / 2;
        long draw = complement ? pairs - options.EdgeCount : options.EdgeCount;
        var chosen = new HashSet<long>((int)Math.Min(draw, int.MaxValue / 2), PairKeyComparer.Instance);
        long steps = 0;
        while (chosen.Count < draw)
        {
            long k = (long)(rng.NextDouble() * pairs);
            if (k >= pairs)
            {
                k = pairs - 1;
            }
            chosen.Add(k);
            if (++steps % CheckEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        var edges = new EdgeCollector((int)options.EdgeCount);
        if (complement)
        {
            for (long k = 0; k < pairs; k++)
            {
                if (!chosen.Contains(k))
                {
                    PairOf(k, out int i, out int j);
                    edges.Add(i, j);
                }
            }
        }
        else
        {
            long[] sorted = [.. chosen];
            Array.Sort(sorted);
            foreach (long k in sorted)
            {
                PairOf(k, out int i, out int j);
                edges.Add(i, j);
            }
        }
        progress?.Report(new AnalysisProgress("Erdős–Rényi G(n,m)", 1, 1, 1));
        return new GeneratedGraph(edges.Build(n, cancellationToken), null, seed, [], options with { RandomSeed = seed });
    }

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

    /// <summary>The LFR benchmark: power-law degrees and community sizes, with a fraction μ of each node's edges leaving its community.</summary>
    /// <param name="options">The model; <see cref="LfrOptions.Default"/> when null.</param>
    /// <param name="progress">Optional progress reports.</param>
    /// <param name="cancellationToken">Cancels the generation.</param>
    /// <returns>The graph, the planted communities, the seed used, and diagnostics about stubs that could not be wired.</returns>
    /// <remarks>
    /// <para>Reference: A. Lancichinetti, S. Fortunato and F. Radicchi, "Benchmark graphs for testing community detection
    /// algorithms", Physical Review E 78, 046110 (2008), doi:10.1103/PhysRevE.78.046110.</para>
    /// <para><b>This practical implementation</b> follows the paper's steps with these approximations, each documented:
    /// (1) degrees are drawn from a continuous power law on [k_min, k_max], k_min chosen by bisection so that the mean is
    /// ⟨k⟩, then rounded (the realised mean is within a few percent of ⟨k⟩); (2) community sizes are drawn from a power law
    /// on [s_min, s_max] until they cover n, then the largest are trimmed (never below s_min) to sum to n exactly;
    /// (3) each node gets internal degree round((1 − μ)k) and is placed, in decreasing order of internal degree, in a
    /// community large enough to hold it, chosen with probability proportional to its free places (the paper reassigns
    /// nodes at random until all fit; when no community can hold a node, its internal degree is capped and a diagnostic
    /// says so); (4) internal and external edges are wired by the configuration model, and stubs that would make a
    /// self-loop, a parallel edge or (for external stubs) an internal edge are re-paired up to 50 times and then dropped
    /// (counted in <see cref="GeneratedGraph.Diagnostics"/>), instead of the paper's edge rewiring. Realised degrees may
    /// therefore fall slightly below their targets; the realised mixing stays within about 0.02 of μ for the defaults.</para>
    /// <para>Cost: O(n log n + m) expected time, O(n + m) memory.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static GeneratedGraph Lfr(LfrOptions? options = null, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= LfrOptions.Default;
        int n = options.NodeCount;
        CheckCount("options.NodeCount", n, 2);
        if (options.MaxDegree < 2 || options.MaxDegree >= n)
        {
            ThrowHelper.ArgumentOutOfRange("options.MaxDegree", options.MaxDegree, string.Create(CultureInfo.InvariantCulture, $"2..{n - 1} (below NodeCount)"));
        }
        if (!(options.AverageDegree > 1 && options.AverageDegree <= options.MaxDegree))
        {
            ThrowHelper.ArgumentOutOfRange("options.AverageDegree", options.AverageDegree, string.Create(CultureInfo.InvariantCulture, $"greater than 1 and at most MaxDegree = {options.MaxDegree}"));
        }
        if (!(options.DegreeExponent >= 1 && options.DegreeExponent <= 4))
        {
            ThrowHelper.ArgumentOutOfRange("options.DegreeExponent", options.DegreeExponent, "1..4");
        }
        if (!(options.CommunitySizeExponent >= 1 && options.CommunitySizeExponent <= 4))
        {
            ThrowHelper.ArgumentOutOfRange("options.CommunitySizeExponent", options.CommunitySizeExponent, "1..4");
        }
        if (!(options.Mixing >= 0 && options.Mixing < 1))
        {
            ThrowHelper.ArgumentOutOfRange("options.Mixing", options.Mixing, "0 or more and below 1");
        }
        if (options.MinCommunitySize < 2 || options.MinCommunitySize > n)
        {
            ThrowHelper.ArgumentOutOfRange("options.MinCommunitySize", options.MinCommunitySize, string.Create(CultureInfo.InvariantCulture, $"2..{n}"));
        }
        if (options.MaxCommunitySize < options.MinCommunitySize || options.MaxCommunitySize > n)
        {
            ThrowHelper.ArgumentOutOfRange("options.MaxCommunitySize", options.MaxCommunitySize, string.Create(CultureInfo.InvariantCulture, $"{options.MinCommunitySize}..{n}"));
        }
        long seed = options.RandomSeed ?? Xoshiro256StarStar.NewRandomSeed();
        var rng = Xoshiro256StarStar.ForStream((ulong)seed, 0);
        var diagnostics = ImmutableArray.CreateBuilder<string>();

        // 1. Degrees.
        double kmax = options.MaxDegree;
        double kmin = SolveMinimum(options.DegreeExponent, kmax, options.AverageDegree);
        var degree = new int[n];
        long degreeSum = 0;
        for (int v = 0; v < n; v++)
        {
            if (v % CheckEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            int d = (int)Math.Round(SamplePowerLaw(ref rng, options.DegreeExponent, kmin, kmax));
            degree[v] = Math.Clamp(d, 1, options.MaxDegree);
            degreeSum += degree[v];
        }
        if ((degreeSum & 1) == 1)
        {
            int v = Array.FindIndex(degree, d => d < options.MaxDegree);
            degree[v]++;
            degreeSum++;
        }
        progress?.Report(new AnalysisProgress("LFR", 0.1, 1, 4));

        // 2. Community sizes.
        var sizes = new List<int>();
        long covered = 0;
        while (covered < n)
        {
            int s = (int)Math.Round(SamplePowerLaw(ref rng, options.CommunitySizeExponent, options.MinCommunitySize, options.MaxCommunitySize));
            s = Math.Clamp(s, options.MinCommunitySize, options.MaxCommunitySize);
            sizes.Add(s);
            covered += s;
        }
        long excess = covered - n;
        sizes.Sort((a, b) => b.CompareTo(a));
        while (excess > 0)
        {
            bool trimmed = false;
            for (int c = 0; c < sizes.Count && excess > 0; c++)
            {
                if (sizes[c] > options.MinCommunitySize)
                {
                    sizes[c]--;
                    excess--;
                    trimmed = true;
                }
            }
            if (!trimmed)
            {
                // Every community is at the minimum: drop the smallest and give its nodes back.
                int last = sizes[^1];
                sizes.RemoveAt(sizes.Count - 1);
                excess -= last;
                if (excess < 0)
                {
                    sizes[0] += (int)-excess;
                    excess = 0;
                    diagnostics.Add(string.Create(CultureInfo.InvariantCulture, $"community sizes could not be trimmed to n = {n} within [{options.MinCommunitySize}, {options.MaxCommunitySize}]; the largest community has {sizes[0]} nodes"));
                }
            }
        }
        sizes.Sort((a, b) => b.CompareTo(a));
        int communityCount = sizes.Count;

        // 3. Internal degrees and placement.
        var internalDegree = new int[n];
        for (int v = 0; v < n; v++)
        {
            internalDegree[v] = (int)Math.Round((1 - options.Mixing) * degree[v]);
        }
        var byInternal = new int[n];
        var keys = new long[n];
        for (int v = 0; v < n; v++)
        {
            byInternal[v] = v;
            keys[v] = ((long)(int.MaxValue - internalDegree[v]) << 32) | (uint)v;
        }
        cancellationToken.ThrowIfCancellationRequested();
        Array.Sort(keys, byInternal);
        cancellationToken.ThrowIfCancellationRequested();
        var fenwick = new long[communityCount + 1];
        var free = new int[communityCount];
        for (int c = 0; c < communityCount; c++)
        {
            free[c] = sizes[c];
            FenwickAdd(fenwick, c, sizes[c]);
        }
        var community = new int[n];
        int capped = 0;
        int eligible = 0;
        // Nodes in decreasing internal degree: the set of communities large enough only grows.
        for (int idx = 0; idx < n; idx++)
        {
            int v = byInternal[idx];
            int need = internalDegree[v];
            while (eligible < communityCount && sizes[eligible] - 1 >= need)
            {
                eligible++;
            }
            long room = FenwickPrefix(fenwick, eligible);
            int limit = eligible;
            if (room == 0)
            {
                limit = communityCount;
                room = FenwickPrefix(fenwick, limit);
                capped++;
            }
            long target = (long)(rng.NextDouble() * room);
            int c = FenwickFind(fenwick, target, limit);
            community[v] = c;
            free[c]--;
            FenwickAdd(fenwick, c, -1);
            if (internalDegree[v] > sizes[c] - 1)
            {
                internalDegree[v] = sizes[c] - 1;
            }
            if (idx % CheckEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        if (capped > 0)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture, $"{capped} nodes had an internal degree larger than any community with room could hold; their internal degree was capped"));
        }
        progress?.Report(new AnalysisProgress("LFR", 0.3, 2, 4));

        // 4. Wiring: internal stubs community by community, then external stubs across the graph.
        var members = new List<int>[communityCount];
        for (int c = 0; c < communityCount; c++)
        {
            members[c] = new List<int>(sizes[c]);
        }
        for (int v = 0; v < n; v++)
        {
            members[community[v]].Add(v);
        }
        var edges = new EdgeCollector((int)Math.Min(degreeSum / 2 + 16, int.MaxValue / 2));
        var present = new HashSet<long>((int)Math.Min(degreeSum / 2 + 16, int.MaxValue / 2), PairKeyComparer.Instance);
        var externalStubs = new List<int>();
        long droppedInternal = 0;
        var stubs = new List<int>();
        for (int c = 0; c < communityCount; c++)
        {
            stubs.Clear();
            foreach (int v in members[c])
            {
                for (int i = 0; i < internalDegree[v]; i++)
                {
                    stubs.Add(v);
                }
            }
            if ((stubs.Count & 1) == 1)
            {
                // Make the count even: the last stub becomes external.
                int v = stubs[^1];
                stubs.RemoveAt(stubs.Count - 1);
                internalDegree[v]--;
            }
            droppedInternal += Wire(ref rng, stubs, community, sameCommunityAllowed: true, present, edges, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
        }
        for (int v = 0; v < n; v++)
        {
            for (int i = internalDegree[v]; i < degree[v]; i++)
            {
                externalStubs.Add(v);
            }
        }
        long droppedExternal = 0;
        if ((externalStubs.Count & 1) == 1)
        {
            externalStubs.RemoveAt(externalStubs.Count - 1);
            droppedExternal++;
        }
        progress?.Report(new AnalysisProgress("LFR", 0.6, 3, 4));
        cancellationToken.ThrowIfCancellationRequested();
        droppedExternal += Wire(ref rng, externalStubs, community, sameCommunityAllowed: false, present, edges, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        if (droppedInternal > 0 || droppedExternal > 0)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture,
                $"{droppedInternal} internal and {droppedExternal} external stubs (of {degreeSum}) could not be wired without self-loops, parallel edges or wrong-side edges and were dropped"));
        }
        progress?.Report(new AnalysisProgress("LFR", 1, 4, 4));
        return new GeneratedGraph(edges.Build(n, cancellationToken), Partition.FromMembership(community), seed, diagnostics.ToImmutable(), options with { RandomSeed = seed });
    }

    /// <summary>The Barabási–Albert preferential attachment model: each new node joins m distinct existing nodes chosen with probability proportional to degree.</summary>
    /// <param name="options">The model; <see cref="BarabasiAlbertOptions.Default"/> when null.</param>
    /// <param name="progress">Optional progress reports.</param>
    /// <param name="cancellationToken">Cancels the generation.</param>
    /// <returns>The graph and the seed used.</returns>
    /// <remarks>
    /// <para>Reference: A.-L. Barabási and R. Albert, "Emergence of scaling in random networks", Science 286 (1999) 509–512,
    /// doi:10.1126/science.286.5439.509. Sampling uses the list of edge endpoints (Batagelj &amp; Brandes 2005,
    /// doi:10.1103/PhysRevE.71.036113), O(n·m) expected time.</para>
    /// <para>The process starts from a complete graph on m + 1 nodes, so every node has degree at least m and the graph
    /// has m(m+1)/2 + (n − m − 1)·m edges and is connected. Degrees follow P(k) ∝ k^−3 asymptotically.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static GeneratedGraph BarabasiAlbert(BarabasiAlbertOptions? options = null, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= BarabasiAlbertOptions.Default;
        var graph = PreferentialAttachment(options.NodeCount, options.EdgesPerNode, 0, options.RandomSeed, "Barabási–Albert", progress, cancellationToken, out long seed);
        return new GeneratedGraph(graph, null, seed, [], options with { RandomSeed = seed });
    }

    /// <summary>The Holme–Kim model: preferential attachment with triad formation, giving a power-law degree distribution with tunable clustering.</summary>
    /// <param name="options">The model; <see cref="HolmeKimOptions.Default"/> when null.</param>
    /// <param name="progress">Optional progress reports.</param>
    /// <param name="cancellationToken">Cancels the generation.</param>
    /// <returns>The graph and the seed used.</returns>
    /// <remarks>
    /// <para>Reference: P. Holme and B. J. Kim, "Growing scale-free networks with tunable clustering", Physical Review E 65,
    /// 026107 (2002), doi:10.1103/PhysRevE.65.026107. Each new node makes one preferential attachment step, then each of
    /// its other m − 1 edges is, with probability P_t, a triad formation step (an edge to a random neighbour of the node
    /// it last attached to preferentially, closing a triangle) and otherwise a preferential attachment step; a triad step
    /// with no free neighbour falls back to preferential attachment (as in the paper and NetworkX's
    /// <c>powerlaw_cluster_graph</c>). Starts from a complete graph on m + 1 nodes; edge count as in Barabási–Albert.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static GeneratedGraph HolmeKim(HolmeKimOptions? options = null, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= HolmeKimOptions.Default;
        CheckProbability("options.TriadProbability", options.TriadProbability);
        var graph = PreferentialAttachment(options.NodeCount, options.EdgesPerNode, options.TriadProbability, options.RandomSeed, "Holme–Kim", progress, cancellationToken, out long seed);
        return new GeneratedGraph(graph, null, seed, [], options with { RandomSeed = seed });
    }

    /// <summary>The Watts–Strogatz small-world model: a ring lattice whose edges are each rewired with probability β.</summary>
    /// <param name="options">The model; <see cref="WattsStrogatzOptions.Default"/> when null.</param>
    /// <param name="progress">Optional progress reports.</param>
    /// <param name="cancellationToken">Cancels the generation.</param>
    /// <returns>The graph (n·k/2 edges) and the seed used.</returns>
    /// <remarks>
    /// <para>Reference: D. J. Watts and S. H. Strogatz, "Collective dynamics of 'small-world' networks", Nature 393 (1998)
    /// 440–442, doi:10.1038/30918. For each lattice distance j = 1..k/2 and each node u in order, the edge (u, u + j) is,
    /// with probability β, replaced by (u, w) with w uniform among the nodes not u and not already joined to u (skipped
    /// when u is joined to all). β = 0 gives exactly <see cref="RingLattice(int, int)"/>; β = 1 rewires every edge, the
    /// randomised control of D. Centola and M. Macy, "Complex contagions and the weakness of long ties", AJS 113(3)
    /// (2007) 702–734, doi:10.1086/521848. The edge count stays n·k/2. O(n·k) expected time.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static GeneratedGraph WattsStrogatz(WattsStrogatzOptions? options = null, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= WattsStrogatzOptions.Default;
        int n = options.NodeCount;
        int k = options.Neighbors;
        CheckLattice(n, k, "options.NodeCount", "options.Neighbors");
        CheckProbability("options.RewiringProbability", options.RewiringProbability);
        long seed = options.RandomSeed ?? Xoshiro256StarStar.NewRandomSeed();
        var rng = Xoshiro256StarStar.ForStream((ulong)seed, 0);
        double beta = options.RewiringProbability;
        // Adjacency as sorted-free small lists; membership tests scan them (degrees stay near k).
        var adjacency = new List<int>[n];
        for (int u = 0; u < n; u++)
        {
            adjacency[u] = new List<int>(k + 2);
        }
        for (int u = 0; u < n; u++)
        {
            for (int j = 1; j <= k / 2; j++)
            {
                int v = (u + j) % n;
                adjacency[u].Add(v);
                adjacency[v].Add(u);
            }
        }
        long steps = 0;
        for (int j = 1; j <= k / 2; j++)
        {
            for (int u = 0; u < n; u++)
            {
                if (++steps % CheckEvery == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
                if (beta == 0 || rng.NextDouble() >= beta)
                {
                    continue;
                }
                int v = (u + j) % n;
                if (adjacency[u].Count >= n - 1)
                {
                    continue;
                }
                int w;
                do
                {
                    w = rng.NextInt(n);
                }
                while (w == u || adjacency[u].Contains(w));
                adjacency[u].Remove(v);
                adjacency[v].Remove(u);
                adjacency[u].Add(w);
                adjacency[w].Add(u);
            }
        }
        var edges = new EdgeCollector((int)Math.Min((long)n * k / 2, int.MaxValue / 2));
        for (int u = 0; u < n; u++)
        {
            foreach (int v in adjacency[u])
            {
                if (u < v)
                {
                    edges.Add(u, v);
                }
            }
        }
        progress?.Report(new AnalysisProgress("Watts–Strogatz", 1, 1, 1));
        return new GeneratedGraph(edges.Build(n, cancellationToken), null, seed, [], options with { RandomSeed = seed });
    }

    /// <summary>The ring lattice: n nodes on a circle, each joined to its k/2 nearest nodes on each side (deterministic).</summary>
    /// <param name="nodeCount">Number of nodes n, greater than k.</param>
    /// <param name="neighbors">The degree k: even, 2 or more.</param>
    /// <returns>The lattice with n·k/2 edges.</returns>
    /// <remarks>The starting point of Watts &amp; Strogatz (1998, doi:10.1038/30918); the clustered network of Centola &amp; Macy (2007). O(n·k).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">n or k is out of range.</exception>
    public static CsrGraph RingLattice(int nodeCount, int neighbors)
    {
        CheckLattice(nodeCount, neighbors, nameof(nodeCount), nameof(neighbors));
        var edges = new EdgeCollector((int)Math.Min((long)nodeCount * neighbors / 2, int.MaxValue / 2));
        for (int u = 0; u < nodeCount; u++)
        {
            for (int j = 1; j <= neighbors / 2; j++)
            {
                edges.Add(u, (u + j) % nodeCount);
            }
        }
        return edges.Build(nodeCount, CancellationToken.None);
    }

    private static CsrGraph PreferentialAttachment(int n, int m, double triadProbability, long? randomSeed, string stage,
        IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken, out long seed)
    {
        if (m < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.EdgesPerNode", m, "1 or more");
        }
        if (n <= m)
        {
            ThrowHelper.ArgumentOutOfRange("options.NodeCount", n, string.Create(CultureInfo.InvariantCulture, $"more than EdgesPerNode = {m}"));
        }
        long edgeCount = (long)m * (m + 1) / 2 + (long)(n - m - 1) * m;
        if (edgeCount > CsrGraph.MaxArcCount / 2)
        {
            ThrowHelper.ArgumentOutOfRange("options.NodeCount", n, "a graph of at most 1073741795 edges");
        }
        seed = randomSeed ?? Xoshiro256StarStar.NewRandomSeed();
        var rng = Xoshiro256StarStar.ForStream((ulong)seed, 0);
        var endpoints = new int[2 * edgeCount];
        int count = 0;
        var edges = new EdgeCollector((int)edgeCount);
        List<int>[]? adjacency = null;
        if (triadProbability > 0)
        {
            adjacency = new List<int>[n];
            for (int v = 0; v < n; v++)
            {
                adjacency[v] = [];
            }
        }
        for (int u = 0; u <= m; u++)
        {
            for (int v = u + 1; v <= m; v++)
            {
                edges.Add(u, v);
                endpoints[count++] = u;
                endpoints[count++] = v;
                adjacency?[u].Add(v);
                adjacency?[v].Add(u);
            }
        }
        var chosen = new int[m];
        for (int v = m + 1; v < n; v++)
        {
            int picked = 0;
            int lastPreferential = -1;
            while (picked < m)
            {
                int w = -1;
                if (adjacency is not null && lastPreferential >= 0 && rng.NextDouble() < triadProbability)
                {
                    var around = adjacency[lastPreferential];
                    // A random neighbour of the last preferential target that v is not yet joined to.
                    int offset = rng.NextInt(around.Count);
                    for (int t = 0; t < around.Count; t++)
                    {
                        int candidate = around[(offset + t) % around.Count];
                        if (Array.IndexOf(chosen, candidate, 0, picked) < 0)
                        {
                            w = candidate;
                            break;
                        }
                    }
                }
                if (w < 0)
                {
                    do
                    {
                        w = endpoints[rng.NextInt(count)];
                    }
                    while (Array.IndexOf(chosen, w, 0, picked) >= 0);
                    lastPreferential = w;
                }
                chosen[picked++] = w;
            }
            for (int i = 0; i < m; i++)
            {
                int w = chosen[i];
                edges.Add(v, w);
                endpoints[count++] = v;
                endpoints[count++] = w;
                adjacency?[v].Add(w);
                adjacency?[w].Add(v);
            }
            if (v % CheckEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new AnalysisProgress(stage, (double)v / n, v, n));
            }
        }
        progress?.Report(new AnalysisProgress(stage, 1, n, n));
        return edges.Build(n, cancellationToken);
    }

    /// <summary>Pairs shuffled stubs; re-pairs the rejected ones up to 50 rounds; returns the number of stubs dropped.</summary>
    private static long Wire(ref Xoshiro256StarStar rng, List<int> stubs, int[] community, bool sameCommunityAllowed, HashSet<long> present, EdgeCollector edges,
        CancellationToken cancellationToken)
    {
        var pool = stubs.ToArray();
        int length = pool.Length;
        for (int round = 0; round < 50 && length > 1; round++)
        {
            rng.ShuffleInPlace(pool.AsSpan(0, length));
            int rejected = 0;
            for (int i = 0; i + 1 < length; i += 2)
            {
                if ((i & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
                int a = pool[i];
                int b = pool[i + 1];
                bool ok = a != b && (sameCommunityAllowed || community[a] != community[b]);
                if (ok && present.Add(PairKeyComparer.Key(a, b)))
                {
                    edges.Add(a, b);
                }
                else
                {
                    pool[rejected++] = a;
                    pool[rejected++] = b;
                }
            }
            if ((length & 1) == 1)
            {
                pool[rejected++] = pool[length - 1];
            }
            length = rejected;
        }
        return length;
    }

    private static void SampleTriangle(ref Xoshiro256StarStar rng, int offset, int size, double p, EdgeCollector edges, CancellationToken cancellationToken)
    {
        if (p <= 0 || size < 2)
        {
            return;
        }
        if (p >= 1)
        {
            for (int v = 1; v < size; v++)
            {
                for (int w = 0; w < v; w++)
                {
                    edges.Add(offset + v, offset + w);
                }
            }
            return;
        }
        // Batagelj & Brandes (2005), algorithm G(n,p): skip lengths are geometric.
        double logQ = Math.Log(1 - p);
        long v0 = 1;
        long w0 = -1;
        long steps = 0;
        while (v0 < size)
        {
            double r = rng.NextDouble();
            w0 += 1 + (long)Math.Floor(Math.Log(1 - r) / logQ);
            while (w0 >= v0 && v0 < size)
            {
                w0 -= v0;
                v0++;
            }
            if (v0 < size)
            {
                edges.Add(offset + (int)v0, offset + (int)w0);
            }
            if (++steps % CheckEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    private static void SampleRectangle(ref Xoshiro256StarStar rng, int offsetA, int sizeA, int offsetB, int sizeB, double p, EdgeCollector edges, CancellationToken cancellationToken)
    {
        if (p <= 0)
        {
            return;
        }
        long total = (long)sizeA * sizeB;
        if (p >= 1)
        {
            for (int a = 0; a < sizeA; a++)
            {
                for (int b = 0; b < sizeB; b++)
                {
                    edges.Add(offsetA + a, offsetB + b);
                }
            }
            return;
        }
        double logQ = Math.Log(1 - p);
        long index = -1;
        long steps = 0;
        while (true)
        {
            double r = rng.NextDouble();
            double skip = Math.Floor(Math.Log(1 - r) / logQ);
            if (skip >= total - index - 1)
            {
                break;
            }
            index += 1 + (long)skip;
            edges.Add(offsetA + (int)(index / sizeB), offsetB + (int)(index % sizeB));
            if (++steps % CheckEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    private static void PairOf(long k, out int i, out int j)
    {
        // k enumerates pairs (i, j) with j < i as i(i−1)/2 + j.
        long a = (long)((1 + Math.Sqrt(1 + 8.0 * k)) / 2);
        while (a * (a - 1) / 2 > k)
        {
            a--;
        }
        while ((a + 1) * a / 2 <= k)
        {
            a++;
        }
        i = (int)a;
        j = (int)(k - a * (a - 1) / 2);
    }

    private static double SamplePowerLaw(ref Xoshiro256StarStar rng, double exponent, double min, double max)
    {
        double u = rng.NextDouble();
        if (Math.Abs(exponent - 1) < 1e-12)
        {
            return min * Math.Pow(max / min, u);
        }
        double e = 1 - exponent;
        double a = Math.Pow(min, e);
        double b = Math.Pow(max, e);
        return Math.Pow(a + u * (b - a), 1 / e);
    }

    private static double PowerLawMean(double exponent, double min, double max)
    {
        if (max - min < 1e-12)
        {
            return min;
        }
        if (Math.Abs(exponent - 1) < 1e-12)
        {
            return (max - min) / Math.Log(max / min);
        }
        if (Math.Abs(exponent - 2) < 1e-12)
        {
            return Math.Log(max / min) / (1 / min - 1 / max);
        }
        double e1 = 1 - exponent;
        double e2 = 2 - exponent;
        return e1 / e2 * (Math.Pow(max, e2) - Math.Pow(min, e2)) / (Math.Pow(max, e1) - Math.Pow(min, e1));
    }

    private static double SolveMinimum(double exponent, double max, double mean)
    {
        // The mean grows with the minimum; bisection on [1, max].
        double lo = 1;
        double hi = max;
        if (PowerLawMean(exponent, lo, max) >= mean)
        {
            return lo;
        }
        for (int i = 0; i < 100; i++)
        {
            double mid = (lo + hi) / 2;
            if (PowerLawMean(exponent, mid, max) < mean)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    private static void FenwickAdd(long[] tree, int index, long delta)
    {
        for (int i = index + 1; i < tree.Length; i += i & -i)
        {
            tree[i] += delta;
        }
    }

    private static long FenwickPrefix(long[] tree, int count)
    {
        long sum = 0;
        for (int i = count; i > 0; i -= i & -i)
        {
            sum += tree[i];
        }
        return sum;
    }

    /// <summary>The smallest index c &lt; limit whose prefix sum through c exceeds target.</summary>
    private static int FenwickFind(long[] tree, long target, int limit)
    {
        int position = 0;
        int step = 1;
        while (step * 2 < tree.Length)
        {
            step *= 2;
        }
        for (; step > 0; step >>= 1)
        {
            int next = position + step;
            if (next < tree.Length && tree[next] <= target)
            {
                position = next;
                target -= tree[next];
            }
        }
        return Math.Min(position, limit - 1);
    }

    private static int EstimateCapacity(double expected) =>
        (int)Math.Min(CsrGraph.MaxArcCount / 2, Math.Max(16, expected + 4 * Math.Sqrt(Math.Max(expected, 1)) + 16));

    private static void CheckCount(string name, int value, int min)
    {
        if (value < min)
        {
            ThrowHelper.ArgumentOutOfRange(name, value, string.Create(CultureInfo.InvariantCulture, $"{min} or more"));
        }
    }

    private static void CheckProbability(string name, double value)
    {
        if (!(value >= 0 && value <= 1))
        {
            ThrowHelper.ArgumentOutOfRange(name, value, "a probability from 0 to 1");
        }
    }

    private static void CheckLattice(int n, int k, string nName, string kName)
    {
        if (k < 2 || (k & 1) == 1)
        {
            ThrowHelper.ArgumentOutOfRange(kName, k, "an even number, 2 or more");
        }
        if (n <= k)
        {
            ThrowHelper.ArgumentOutOfRange(nName, n, string.Create(CultureInfo.InvariantCulture, $"more than {kName} = {k}"));
        }
    }

    /// <summary>Collects undirected edges in growable arrays and builds the unweighted CSR graph.</summary>
    private sealed class EdgeCollector(int capacity)
    {
        private int[] _sources = new int[Math.Max(16, capacity)];
        private int[] _targets = new int[Math.Max(16, capacity)];
        private int _count;

        public void Add(int u, int v)
        {
            if (_count == _sources.Length)
            {
                if (_count >= CsrGraph.MaxArcCount / 2)
                {
                    ThrowHelper.InvalidOperation(string.Create(CultureInfo.InvariantCulture, $"The generated graph would have more than {CsrGraph.MaxArcCount / 2} edges, the largest undirected graph supported."));
                }
                int size = (int)Math.Min(CsrGraph.MaxArcCount / 2, (long)_sources.Length * 2);
                Array.Resize(ref _sources, size);
                Array.Resize(ref _targets, size);
            }
            _sources[_count] = u;
            _targets[_count] = v;
            _count++;
        }

        public CsrGraph Build(int nodeCount, CancellationToken cancellationToken) =>
            GraphBuilder.Build(nodeCount, _sources.AsSpan(0, _count), _targets.AsSpan(0, _count), default, directed: false, weighted: false, GraphBuildOptions.Default,
                cancellationToken);
    }
}
