using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>
/// Repeated runs of the deterministic threshold cascade (Granovetter 1978, doi:10.1086/226707; Centola &amp; Macy 2007,
/// doi:10.1086/521848) with the engine's kernel <see cref="DiffusionKernels.Threshold"/>, the one threshold propagation
/// (internal): a node adopts at step t + 1 when at least θ<sub>v</sub> distinct in-neighbours adopted by step t. After
/// <see cref="Run"/>, the adopters, their steps and the reinforcement and supporter counts of that run can be read.
/// </summary>
/// <remarks>
/// For the seeding routines and complex centrality, which run many cascades from different sharer sets: each run costs
/// O(adopters + their arcs) with no O(n) clearing (epoch stamps). Not thread-safe: one instance per thread.
/// </remarks>
internal sealed class ThresholdCascade
{
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly int[] _required;
    private readonly DiffusionWorkspace _ws;
    private int[]? _communityCount;
    private int[]? _touched;
    private int _count;

    /// <summary>A cascade with one threshold θ<sub>v</sub> per node (the array is kept, not copied).</summary>
    public ThresholdCascade(CsrGraph graph, int[] required)
    {
        _offsets = graph.OffsetsArray;
        _targets = graph.TargetsArray;
        _required = required;
        _ws = new DiffusionWorkspace(graph.NodeCount);
    }

    /// <summary>A cascade with the same threshold θ on every node.</summary>
    public ThresholdCascade(CsrGraph graph, int threshold)
        : this(graph, Uniform(graph.NodeCount, threshold))
    {
    }

    /// <summary>Runs the cascade from <paramref name="sharers"/> (duplicates count once); returns the number of adopters, sharers included.</summary>
    public int Run(ReadOnlySpan<int> sharers, CancellationToken cancellationToken = default) =>
        _count = DiffusionKernels.Threshold(_offsets, _targets, _required, sharers, _ws, cancellationToken);

    /// <summary>The adopters of the last run, in adoption order.</summary>
    public ReadOnlySpan<int> Adopters => _ws.Queue.AsSpan(0, _count);

    /// <summary>The adoption steps of the last run, in lockstep with <see cref="Adopters"/> (0 for sharers).</summary>
    public ReadOnlySpan<int> Steps => _ws.AdopterSteps.AsSpan(0, _count);

    /// <summary>The last step at which a node adopted in the last run (0 when only the sharers adopted).</summary>
    public int LastStep => _count == 0 ? 0 : _ws.AdopterSteps[_count - 1];

    /// <summary>Non-sharer adopters of the last run with at least <paramref name="minimumSources"/> in-neighbours adopted strictly before them.</summary>
    public int CountReinforced(int minimumSources)
    {
        int[] queue = _ws.Queue;
        int[] steps = _ws.AdopterSteps;
        int[] counts = _ws.Counts;
        int reinforced = 0;
        for (int i = 0; i < _count; i++)
        {
            if (steps[i] > 0 && counts[queue[i]] >= minimumSources)
            {
                reinforced++;
            }
        }
        return reinforced;
    }

    /// <summary>
    /// Non-sharer nodes (adopters or not) with at least <paramref name="supporterThreshold"/> adopting in-neighbours of
    /// their own community after the last run (<paramref name="community"/>: one label per node).
    /// </summary>
    public int CountSupporters(int[] community, int supporterThreshold)
    {
        int n = _ws.NodeCount;
        int[] cc = _communityCount ??= new int[n];
        int[] touched = _touched ??= new int[n];
        int[] queue = _ws.Queue;
        int[] stamp = _ws.Stamp;
        int[] nodeStep = _ws.NodeStep;
        int epoch = _ws.Epoch;
        int touchedCount = 0;
        for (int i = 0; i < _count; i++)
        {
            int u = queue[i];
            int cu = community[u];
            for (int a = _offsets[u]; a < _offsets[u + 1]; a++)
            {
                int v = _targets[a];
                if (v != u && community[v] == cu && cc[v]++ == 0)
                {
                    touched[touchedCount++] = v;
                }
            }
        }
        int supporters = 0;
        for (int i = 0; i < touchedCount; i++)
        {
            int v = touched[i];
            bool sharer = stamp[v] == epoch && nodeStep[v] == 0;
            if (!sharer && cc[v] >= supporterThreshold)
            {
                supporters++;
            }
            cc[v] = 0;
        }
        return supporters;
    }

    private static int[] Uniform(int n, int threshold)
    {
        var t = new int[n];
        Array.Fill(t, threshold);
        return t;
    }
}
