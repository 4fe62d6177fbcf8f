using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// The fixed point of a threshold cascade from a growing set of sharers, kept up to date incrementally: adding a sharer
/// propagates only from that sharer, over the nodes whose count of adopting in-neighbours it raises.
/// </summary>
/// <remarks>
/// <para>This is <i>not</i> a second threshold simulator: the propagation is the engine's
/// (<see cref="DiffusionKernels.ThresholdClosure"/>); this state keeps the closure, scores it and undoes trial additions. It relies on the monotonicity of threshold contagion: the final adopter set of S ∪ {u} is the closure of
/// A(S) ∪ {u}, so it can grow from the current closure. Objectives that depend only on the final set and the sharers
/// (adopters; supporter base; reinforced adopters when θ ≥ 2, where every non-sharer adopter had ≥ θ ≥ 2 adopting
/// in-neighbours) are therefore exact. Timing-dependent quantities are left to <see cref="ResonanceEvaluator"/> (the engine's full threshold run).</para>
/// <para><see cref="Gain"/> propagates, measures and undoes in O(volume of the new adopters); <see cref="Commit"/>
/// propagates and keeps. Not thread-safe.</para>
/// </remarks>
internal sealed class IncrementalThresholdState
{
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly int[] _required;
    private readonly int[]? _community;
    private readonly int _supporterThreshold;
    private readonly ResonanceObjective _objective;
    private readonly int[] _count;
    private readonly int[] _communityCount;
    private readonly bool[] _adopted;
    private readonly bool[] _sharer;
    private readonly int[] _queue;

    public IncrementalThresholdState(CsrGraph graph, int threshold, Partition? communities, int supporterThreshold, ResonanceObjective objective)
    {
        int n = graph.NodeCount;
        _offsets = graph.OffsetsArray;
        _targets = graph.TargetsArray;
        _required = new int[n];
        Array.Fill(_required, threshold);
        _supporterThreshold = supporterThreshold;
        _objective = objective;
        if (communities is not null)
        {
            _community = communities.Membership.ToArray();
        }
        _count = new int[n];
        _communityCount = new int[n];
        _adopted = new bool[n];
        _sharer = new bool[n];
        _queue = new int[n];
    }

    /// <summary>Adopters of the current closure, sharers included.</summary>
    public int Adopters { get; private set; }

    /// <summary>The number of sharers committed.</summary>
    public int Sharers { get; private set; }

    /// <summary>Non-sharer nodes with at least the supporter threshold of same-community adopting in-neighbours.</summary>
    public int Supporters { get; private set; }

    /// <summary>The current objective value (reinforced adopters = adopters − sharers, valid for θ ≥ 2).</summary>
    public double Value => _objective switch
    {
        ResonanceObjective.SupporterBase => Supporters,
        ResonanceObjective.Adopters => Adopters,
        _ => Adopters - Sharers,
    };

    /// <summary>Whether v is in the current closure.</summary>
    public bool IsAdopted(int v) => _adopted[v];

    /// <summary>Whether v is a committed sharer.</summary>
    public bool IsSharer(int v) => _sharer[v];

    /// <summary>v's adopting in-neighbours in the current closure.</summary>
    public int Count(int v) => _count[v];

    /// <summary>v's same-community adopting in-neighbours in the current closure.</summary>
    public int CommunityCount(int v) => _communityCount[v];

    /// <summary>Whether v is a non-sharer supporter now.</summary>
    public bool IsSupporter(int v) => _community is not null && !_sharer[v] && _communityCount[v] >= _supporterThreshold;

    /// <summary>The exact objective gain of adding sharer <paramref name="u"/>; the state is unchanged afterwards.</summary>
    public double Gain(int u)
    {
        double gain = Propagate(u, out int newAdopters, out int newSupporters);
        Undo(newAdopters);
        _ = newSupporters;
        return gain;
    }

    /// <summary>Adds sharer <paramref name="u"/> and keeps the grown closure; returns the gain.</summary>
    public double Commit(int u)
    {
        bool wasSupporter = IsSupporter(u);
        double gain = Propagate(u, out int newAdopters, out int newSupporters);
        _sharer[u] = true;
        Sharers++;
        Adopters += newAdopters;
        Supporters += newSupporters - (wasSupporter ? 1 : 0);
        return gain;
    }

    private double Propagate(int u, out int newAdopters, out int newSupporters)
    {
        bool wasAdopted = _adopted[u];
        bool wasSupporter = IsSupporter(u);
        // The engine's threshold rule grows the closure; this state only keeps it and scores it.
        int tail = DiffusionKernels.ThresholdClosure(_offsets, _targets, _required, u, _count, _adopted, _queue);
        newSupporters = 0;
        if (_community is not null)
        {
            for (int i = 0; i < tail; i++)
            {
                int x = _queue[i];
                for (int a = _offsets[x]; a < _offsets[x + 1]; a++)
                {
                    int v = _targets[a];
                    if (v != x && _community[v] == _community[x] &&
                        ++_communityCount[v] == _supporterThreshold && v != u && !_sharer[v])
                    {
                        newSupporters++;
                    }
                }
            }
        }
        newAdopters = tail;
        return _objective switch
        {
            ResonanceObjective.Adopters => tail,
            ResonanceObjective.SupporterBase => newSupporters - (wasSupporter ? 1 : 0),
            _ => wasAdopted ? -1 : tail - 1,
        };
    }

    private void Undo(int newAdopters)
    {
        for (int i = 0; i < newAdopters; i++)
        {
            int x = _queue[i];
            _adopted[x] = false;
            for (int a = _offsets[x]; a < _offsets[x + 1]; a++)
            {
                int v = _targets[a];
                if (v == x)
                {
                    continue;
                }
                _count[v]--;
                if (_community is not null && _community[v] == _community[x])
                {
                    _communityCount[v]--;
                }
            }
        }
    }
}
