using System.Globalization;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>
/// R live-edge worlds of a <see cref="LiveEdgeModel"/> drawn once by <see cref="LiveEdgeWorld.DrawAll(LiveEdgeModel, long, int, ulong[], int)"/>
/// and stored as one bit per out-arc per world (internal): the fixed worlds of the Monte Carlo spread oracle. The spread of
/// S in a world is the number of nodes reachable from S over live arcs.
/// </summary>
internal sealed class LiveEdgeWorldSet
{
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly ulong[] _bits;   // world w: bits [w*words, (w+1)*words)
    private readonly int _words;

    private LiveEdgeWorldSet(LiveEdgeModel model, int worldCount, ulong[] bits, int words)
    {
        _offsets = model.Graph.OffsetsArray;
        _targets = model.Graph.TargetsArray;
        NodeCount = model.Graph.NodeCount;
        WorldCount = worldCount;
        _bits = bits;
        _words = words;
    }

    public int NodeCount { get; }

    public int WorldCount { get; }

    /// <summary>Worlds 0..<paramref name="runs"/>−1 under <paramref name="randomSeed"/>: world r is world r of <see cref="LiveEdgeWorld"/>, so the worlds do not depend on the thread count.</summary>
    /// <exception cref="ArgumentException">The worlds would not fit in one array.</exception>
    public static LiveEdgeWorldSet Sample(LiveEdgeModel model, int runs, long randomSeed, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        int arcs = model.Probabilities.Length;
        int words = (arcs + 63) >> 6;
        long total = (long)runs * words;
        if (total > Array.MaxLength)
        {
            ThrowHelper.Argument(nameof(runs), string.Create(CultureInfo.InvariantCulture,
                $"{runs} live-edge worlds of {arcs} arcs need {total} words, more than the largest array; use fewer runs."));
        }
        // Each world clears its own words inside the loop instead of the runtime zeroing the whole array up front: a
        // thousand worlds of a million arcs are over 100 MB, whose zeroing (and first-touch page faults) would run
        // before the first cancellation check (the timed cancellation test saw 400–500 ms).
        ulong[] bits = GC.AllocateUninitializedArray<ulong>((int)total);
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism <= 0 ? Environment.ProcessorCount : maxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, runs, options, r =>
        {
            Array.Clear(bits, r * words, words);
            LiveEdgeWorld.DrawAll(model, randomSeed, r, bits, r * words);
        });
        return new LiveEdgeWorldSet(model, runs, bits, words);
    }

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
                if (stamp[v] != e && (bits[a >> 6] & (1UL << (a & 63))) != 0)
                {
                    stamp[v] = e;
                    queue[count++] = v;
                }
            }
        }
        return count;
    }
}
