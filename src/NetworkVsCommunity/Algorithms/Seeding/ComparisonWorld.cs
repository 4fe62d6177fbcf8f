using NetworkVsCommunity.Algorithms.Diffusion;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// The per-thread evaluation of <see cref="SeedingComparison"/>'s strategies in one live-edge world (internal): reach,
/// Shapley credit, reinforced adopters and supporters of each sharer set. The world is the diffusion engine's lazy
/// <see cref="LiveEdgeWorld"/>, read lazily: an arc is decided when a search first reaches it, so arcs never reached are
/// never drawn, and every strategy faces the same world (common random numbers).
/// </summary>
internal sealed class ComparisonWorld
{
    private readonly LiveEdgeWorld _world;
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly int[] _inOffsets;
    private readonly int[] _inSources;
    private readonly int[]? _community;
    private readonly int _supporterThreshold;
    private readonly int[] _cover;      // m_x: sharers reaching x in this evaluation
    private readonly int[] _minStep;
    private readonly int[] _visit;
    private readonly int[] _queue;
    private readonly int[] _dist;
    private readonly int[] _touched;
    private readonly int[] _communityCount;
    private readonly int[] _touched2;
    private readonly List<int> _reach = [];
    private int _visitEpoch;

    public ComparisonWorld(LiveEdgeModel model, int[]? community, int supporterThreshold)
    {
        _world = new LiveEdgeWorld(model);
        var graph = model.Graph;
        int nodeCount = graph.NodeCount;
        _offsets = graph.OffsetsArray;
        _targets = graph.TargetsArray;
        _inOffsets = graph.InOffsetsArray;
        _inSources = graph.InSourcesArray;
        _community = community;
        _supporterThreshold = supporterThreshold;
        _cover = new int[nodeCount];
        _minStep = new int[nodeCount];
        _visit = new int[nodeCount];
        _queue = new int[nodeCount];
        _dist = new int[nodeCount];
        _touched = new int[nodeCount];
        _communityCount = new int[nodeCount];
        _touched2 = new int[nodeCount];
    }

    /// <summary>Starts run <paramref name="run"/>: live-edge world <paramref name="run"/> under <paramref name="randomSeed"/>.</summary>
    public void Begin(long randomSeed, int run) => _world.Begin(randomSeed, run);

    public void Evaluate(int[] seeds, Span<double> credit, long[] uniqueLoss, out int reach, out int reinforced, out int supporters)
    {
        int[] offsets = _offsets;
        int[] targets = _targets;
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
                    if (_visit[v] == e || !_world.IsLive(a))
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
        int[] inOffsets = _inOffsets;
        int[] inSources = _inSources;
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
        if (_community is not null)
        {
            int[] community = _community;
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
                supporterCount += _communityCount[v] >= _supporterThreshold ? 1 : 0;
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
