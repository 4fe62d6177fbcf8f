using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// One live-edge world drawn lazily (per-thread scratch of <see cref="SeedingComparison"/>): each arc's coin (IC) or each
/// node's chosen in-arc (LT) is drawn on first examination in the current run and then reused.
/// </summary>
internal sealed class LazyWorld
{
    private readonly SharedWorldData _d;
    private readonly int[] _decided;    // IC: per in-arc; LT: per node — the run stamp when decided
    private readonly int[] _outcome;    // IC: 1 live / 0 dead; LT: the chosen in-arc or −1
    private readonly int[] _cover;      // m_x: sharers reaching x in this evaluation
    private readonly int[] _minStep;
    private readonly int[] _visit;
    private readonly int[] _queue;
    private readonly int[] _dist;
    private readonly int[] _touched;
    private readonly int[] _communityCount;
    private readonly int[] _touched2;
    private readonly List<int> _reach = [];
    private int _run;
    private int _visitEpoch;
    private Xoshiro256StarStar _rng;

    public LazyWorld(SharedWorldData data, int nodeCount)
    {
        _d = data;
        int decisions = data.LinearThreshold ? nodeCount : data.Probability.Length;
        _decided = new int[decisions];
        _outcome = new int[decisions];
        _cover = new int[nodeCount];
        _minStep = new int[nodeCount];
        _visit = new int[nodeCount];
        _queue = new int[nodeCount];
        _dist = new int[nodeCount];
        _touched = new int[nodeCount];
        _communityCount = new int[nodeCount];
        _touched2 = new int[nodeCount];
    }

    public void Begin(ulong randomSeed, ulong run)
    {
        _rng = Xoshiro256StarStar.ForStream(randomSeed, run);
        if (++_run == int.MaxValue)
        {
            Array.Clear(_decided);
            _run = 1;
        }
    }

    private bool Live(int outArc, int target)
    {
        int inArc = _d.OutToIn[outArc];
        if (!_d.LinearThreshold)
        {
            if (_decided[inArc] != _run)
            {
                _decided[inArc] = _run;
                _outcome[inArc] = _rng.NextDouble() < _d.Probability[inArc] ? 1 : 0;
            }
            return _outcome[inArc] != 0;
        }
        if (_decided[target] != _run)
        {
            _decided[target] = _run;
            double x = _rng.NextDouble();
            double acc = 0;
            int choice = -1;
            for (int a = _d.InOffsets[target]; a < _d.InOffsets[target + 1]; a++)
            {
                acc += _d.Probability[a];
                if (x < acc)
                {
                    choice = a;
                    break;
                }
            }
            _outcome[target] = choice;
        }
        return _outcome[target] == inArc;
    }

    public void Evaluate(int[] seeds, Span<double> credit, long[] uniqueLoss, out int reach, out int reinforced, out int supporters)
    {
        int[] offsets = _d.Offsets;
        int[] targets = _d.Targets;
        int touchedCount = 0;
        _reach.Clear();
        var starts = new int[seeds.Length + 1];
        for (int i = 0; i < seeds.Length; i++)
        {
            starts[i] = _reach.Count;
            if (++_visitEpoch == int.MaxValue)
            {
                Array.Clear(_visit);
                _visitEpoch = 1;
            }
            int e = _visitEpoch;
            int count = 0;
            _queue[count++] = seeds[i];
            _visit[seeds[i]] = e;
            _dist[seeds[i]] = 0;
            for (int head = 0; head < count; head++)
            {
                int u = _queue[head];
                _reach.Add(u);
                if (_cover[u]++ == 0)
                {
                    _touched[touchedCount++] = u;
                    _minStep[u] = _dist[u];
                }
                else if (_dist[u] < _minStep[u])
                {
                    _minStep[u] = _dist[u];
                }
                for (int a = offsets[u]; a < offsets[u + 1]; a++)
                {
                    int v = targets[a];
                    if (_visit[v] == e || !Live(a, v))
                    {
                        continue;
                    }
                    _visit[v] = e;
                    _dist[v] = _dist[u] + 1;
                    _queue[count++] = v;
                }
            }
        }
        starts[seeds.Length] = _reach.Count;
        for (int i = 0; i < seeds.Length; i++)
        {
            double phi = 0;
            long unique = 0;
            for (int j = starts[i]; j < starts[i + 1]; j++)
            {
                int m = _cover[_reach[j]];
                phi += 1.0 / m;
                unique += m == 1 ? 1 : 0;
            }
            credit[i] = phi;
            uniqueLoss[i] += unique;
        }
        reach = touchedCount;
        int reinforcedCount = 0;
        int[] inOffsets = _d.InOffsets;
        int[] inSources = _d.InSources;
        for (int t = 0; t < touchedCount; t++)
        {
            int x = _touched[t];
            int step = _minStep[x];
            if (step == 0)
            {
                continue;
            }
            int earlier = 0;
            for (int a = inOffsets[x]; a < inOffsets[x + 1] && earlier < 2; a++)
            {
                int y = inSources[a];
                if (y != x && _cover[y] > 0 && _minStep[y] < step)
                {
                    earlier++;
                }
            }
            reinforcedCount += earlier >= 2 ? 1 : 0;
        }
        reinforced = reinforcedCount;
        int supporterCount = 0;
        if (_d.Community is not null)
        {
            int[] community = _d.Community;
            int touched2 = 0;
            for (int t = 0; t < touchedCount; t++)
            {
                int x = _touched[t];
                for (int a = offsets[x]; a < offsets[x + 1]; a++)
                {
                    int v = targets[a];
                    if (v == x || community[v] != community[x] || (_cover[v] > 0 && _minStep[v] == 0))
                    {
                        continue;
                    }
                    if (_communityCount[v]++ == 0)
                    {
                        _touched2[touched2++] = v;
                    }
                }
            }
            for (int t = 0; t < touched2; t++)
            {
                int v = _touched2[t];
                supporterCount += _communityCount[v] >= _d.SupporterThreshold ? 1 : 0;
                _communityCount[v] = 0;
            }
        }
        supporters = supporterCount;
        for (int t = 0; t < touchedCount; t++)
        {
            _cover[_touched[t]] = 0;
        }
    }
}
