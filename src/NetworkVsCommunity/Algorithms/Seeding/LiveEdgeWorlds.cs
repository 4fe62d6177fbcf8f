using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// Sampled live-edge worlds of a triggering model (the fixed worlds of <see cref="MonteCarloSpreadOracle"/>; exact
/// enumeration is the diffusion engine's), stored as one bit per in-arc per world: IC keeps each arc independently with
/// its probability; LT lets each node keep at most one in-arc, arc a with probability equal to its weight (Kempe,
/// Kleinberg &amp; Tardos 2003, Theorem 2.5 / Claim 2.6). The spread of S in a world is the number of nodes reachable from
/// S over kept arcs.
/// </summary>
internal sealed class LiveEdgeWorlds
{
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly int[] _outToIn; // out-arc index -> in-arc index of the same arc
    private readonly ulong[] _bits;   // world w: bits [w*words, (w+1)*words)
    private readonly int _words;

    public LiveEdgeWorlds(CsrGraph graph, int worldCount, double[] worldWeights, ulong[] bits)
    {
        _offsets = graph.OffsetsArray;
        _targets = graph.TargetsArray;
        _outToIn = OutToIn(graph);
        NodeCount = graph.NodeCount;
        WorldCount = worldCount;
        WorldWeights = worldWeights;
        _words = WordsPerWorld(graph);
        _bits = bits;
    }

    public int NodeCount { get; }

    public int WorldCount { get; }

    /// <summary>1/R for each world.</summary>
    public double[] WorldWeights { get; }

    public static int WordsPerWorld(CsrGraph graph) => (graph.InSourcesArray.Length + 63) >> 6;

    /// <summary>Number of nodes reachable from the seeds in world <paramref name="world"/>.</summary>
    public int Reach(int world, ReadOnlySpan<int> seeds, int[] stamp, ref int epoch, int[] queue)
    {
        if (++epoch == int.MaxValue)
        {
            Array.Clear(stamp);
            epoch = 1;
        }
        int e = epoch;
        int count = 0;
        foreach (int s in seeds)
        {
            if (stamp[s] != e)
            {
                stamp[s] = e;
                queue[count++] = s;
            }
        }
        ReadOnlySpan<ulong> bits = new(_bits, world * _words, _words);
        for (int head = 0; head < count; head++)
        {
            int u = queue[head];
            for (int a = _offsets[u]; a < _offsets[u + 1]; a++)
            {
                int v = _targets[a];
                if (stamp[v] == e)
                {
                    continue;
                }
                int inArc = _outToIn[a];
                if ((bits[inArc >> 6] & (1UL << (inArc & 63))) != 0)
                {
                    stamp[v] = e;
                    queue[count++] = v;
                }
            }
        }
        return count;
    }

    /// <summary>R live-edge worlds sampled independently: world r draws from <c>ForStream(randomSeed, r)</c>.</summary>
    public static LiveEdgeWorlds Sample(CsrGraph graph, SeedingModel model, int runs, ulong randomSeed, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        double[] p = model.InArcProbabilities;
        int[] inOffsets = graph.InOffsetsArray;
        int words = WordsPerWorld(graph);
        long total = (long)runs * words;
        if (total > Array.MaxLength)
        {
            Internal.ThrowHelper.Argument(nameof(runs), string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{runs} live-edge worlds of {p.Length} arcs need {total} words, more than the largest array; use fewer runs."));
        }
        var bits = new ulong[total];
        bool lt = model.IsLinearThreshold;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism <= 0 ? Environment.ProcessorCount : maxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, runs, options, r =>
        {
            var rng = Randomness.Xoshiro256StarStar.ForStream(randomSeed, (ulong)r);
            var span = bits.AsSpan(r * words, words);
            if (!lt)
            {
                for (int a = 0; a < p.Length; a++)
                {
                    if (rng.NextDouble() < p[a])
                    {
                        span[a >> 6] |= 1UL << (a & 63);
                    }
                }
                return;
            }
            for (int v = 0; v < inOffsets.Length - 1; v++)
            {
                if (inOffsets[v] == inOffsets[v + 1])
                {
                    continue;
                }
                double x = rng.NextDouble();
                double acc = 0;
                for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
                {
                    acc += p[a];
                    if (x < acc)
                    {
                        span[a >> 6] |= 1UL << (a & 63);
                        break;
                    }
                }
            }
        });
        var weights = new double[runs];
        Array.Fill(weights, 1.0 / runs);
        return new LiveEdgeWorlds(graph, runs, weights, bits);
    }

    /// <summary>For every out-arc u→v, the index of the same arc in v's in-arc row.</summary>
    internal static int[] OutToIn(CsrGraph graph)
    {
        int n = graph.NodeCount;
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        int[] inOffsets = graph.InOffsetsArray;
        int[] inSources = graph.InSourcesArray;
        var map = new int[targets.Length];
        var cursor = new int[n];
        Array.Copy(inOffsets, cursor, n);
        // Out-arcs are visited by ascending source and in-rows are sorted by source, so a cursor per target suffices.
        for (int u = 0; u < n; u++)
        {
            for (int a = offsets[u]; a < offsets[u + 1]; a++)
            {
                int v = targets[a];
                int i = cursor[v]++;
                System.Diagnostics.Debug.Assert(inSources[i] == u);
                map[a] = i;
            }
        }
        return map;
    }
}
