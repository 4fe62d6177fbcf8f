using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity;

/// <summary>
/// Searches and supporter counts in the diffusion engine's live-edge worlds (<see cref="Algorithms.Diffusion.LiveEdgeWorld"/>):
/// arc a of run r is live iff the engine's uniform U(seed, r, a) &lt; p<sub>a</sub>. The same uniform serves every
/// probability, so worlds for different model parameters and different sharer sets are coupled (common random numbers),
/// and a world grows monotonically when probabilities grow. Draws nothing of its own. One instance is per-thread scratch.
/// </summary>
/// <remarks>
/// Under this coupling the set of adopters of run r is the set reachable from the sharers over live arcs, which has the
/// distribution of an Independent Cascade (Kempe, Kleinberg &amp; Tardos 2003, doi:10.1145/956750.956769); the adoption step
/// is the live-path distance.
/// </remarks>
internal sealed class CounterWorld
{
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly bool[] _isEmployee;
    private readonly int[] _membership;
    private readonly int _threshold;
    private readonly int[] _visit;
    private readonly int[] _count;
    private readonly int[] _countStamp;
    private int _epoch;
    private int _countEpoch;

    public CounterWorld(CsrGraph graph, bool[] isEmployee, int[] membership, int threshold)
    {
        _offsets = graph.OffsetsArray;
        _targets = graph.TargetsArray;
        _isEmployee = isEmployee;
        _membership = membership;
        _threshold = threshold;
        int n = graph.NodeCount;
        _visit = new int[n];
        _count = new int[n];
        _countStamp = new int[n];
        Queue = new int[n];
        Parent = new int[n];
        Step = new int[n];
    }

    /// <summary>BFS order of the last <see cref="Spread"/>.</summary>
    public int[] Queue { get; }

    /// <summary>BFS parent of each reached node (−1 for sharers) in the last <see cref="Spread"/>.</summary>
    public int[] Parent { get; }

    /// <summary>Live-path distance of each reached node in the last <see cref="Spread"/>.</summary>
    public int[] Step { get; }

    /// <summary>The key of run <paramref name="run"/> under <paramref name="randomSeed"/> (the engine's world key).</summary>
    public static ulong RunKey(long randomSeed, int run) => LiveEdgeWorld.WorldKey(randomSeed, run);

    /// <summary>Spreads from <paramref name="sharers"/> over live arcs; returns the number reached (sharers included).</summary>
    public int Spread(ReadOnlySpan<int> sharers, double[] probability, ulong runKey)
    {
        int e = NextEpoch();
        int count = 0;
        foreach (int s in sharers)
        {
            if (_visit[s] != e)
            {
                _visit[s] = e;
                Queue[count++] = s;
                Parent[s] = -1;
                Step[s] = 0;
            }
        }
        for (int head = 0; head < count; head++)
        {
            int u = Queue[head];
            for (int a = _offsets[u]; a < _offsets[u + 1]; a++)
            {
                int v = _targets[a];
                if (_visit[v] == e || !LiveEdgeWorld.IsLive(runKey, a, probability[a]))
                {
                    continue;
                }
                _visit[v] = e;
                Parent[v] = u;
                Step[v] = Step[u] + 1;
                Queue[count++] = v;
            }
        }
        return count;
    }

    /// <summary>Spreads from <paramref name="sharers"/> over the arcs marked live; returns the number reached.</summary>
    public int SpreadLive(ReadOnlySpan<int> sharers, bool[] live)
    {
        int e = NextEpoch();
        int count = 0;
        foreach (int s in sharers)
        {
            if (_visit[s] != e)
            {
                _visit[s] = e;
                Queue[count++] = s;
            }
        }
        for (int head = 0; head < count; head++)
        {
            int u = Queue[head];
            for (int a = _offsets[u]; a < _offsets[u + 1]; a++)
            {
                int v = _targets[a];
                if (_visit[v] != e && live[a])
                {
                    _visit[v] = e;
                    Queue[count++] = v;
                }
            }
        }
        return count;
    }

    /// <summary>
    /// RES-9 supporters of the adopter set Queue[0..count): external people with ≥ θ distinct adopting in-neighbours in
    /// their own community (the rule of <c>ResonanceMetrics.SupportersByAffirmation</c>).
    /// </summary>
    public int Supporters(int count)
    {
        BeginCounting();
        int supporters = 0;
        for (int i = 0; i < count; i++)
        {
            supporters += AddAdopter(Queue[i]);
        }
        return supporters;
    }

    /// <summary>Starts an incremental supporter count (all counters zero).</summary>
    public void BeginCounting()
    {
        if (++_countEpoch == int.MaxValue)
        {
            Array.Clear(_countStamp);
            _countEpoch = 1;
        }
    }

    /// <summary>Adds one adopter to the incremental count; returns how many people became supporters.</summary>
    public int AddAdopter(int x)
    {
        int gained = 0;
        int cx = _membership[x];
        for (int a = _offsets[x]; a < _offsets[x + 1]; a++)
        {
            int y = _targets[a];
            if (y == x || _isEmployee[y] || _membership[y] != cx)
            {
                continue;
            }
            if (_countStamp[y] != _countEpoch)
            {
                _countStamp[y] = _countEpoch;
                _count[y] = 0;
            }
            if (++_count[y] == _threshold)
            {
                gained++;
            }
        }
        return gained;
    }

    private int NextEpoch()
    {
        if (++_epoch == int.MaxValue)
        {
            Array.Clear(_visit);
            _epoch = 1;
        }
        return _epoch;
    }
}
