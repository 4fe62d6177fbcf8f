using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// A deterministic synchronous threshold cascade (Granovetter 1978; Centola &amp; Macy 2007): a node adopts at step t + 1
/// when at least θ distinct in-neighbours adopted by step t. Internal helper of the seeding routines (the Diffusion
/// namespace owns the general simulators).
/// </summary>
internal sealed class ThresholdSimulator
{
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly int[] _threshold;
    private readonly int[]? _community;
    private readonly int _supporterThreshold;
    private readonly int[] _count;
    private readonly int[] _communityCount;
    private readonly int[] _step;
    private readonly int[] _touched;
    private readonly int[] _queue;

    public ThresholdSimulator(CsrGraph graph, int threshold, Partition? communities, int supporterThreshold)
        : this(graph, Uniform(graph.NodeCount, threshold), communities, supporterThreshold)
    {
    }

    /// <summary>A simulator with one threshold per node (for fractional thresholds ⌈φ·in-degree⌉); the array is kept, not copied.</summary>
    public ThresholdSimulator(CsrGraph graph, int[] thresholds, Partition? communities, int supporterThreshold)
    {
        int n = graph.NodeCount;
        _offsets = graph.OffsetsArray;
        _targets = graph.TargetsArray;
        _threshold = thresholds;
        if (communities is not null)
        {
            _community = new int[n];
            for (int v = 0; v < n; v++)
            {
                _community[v] = communities.CommunityOf(v);
            }
        }
        _supporterThreshold = supporterThreshold;
        _count = new int[n];
        _communityCount = new int[n];
        _step = new int[n];
        Array.Fill(_step, -1);
        _touched = new int[n];
        _queue = new int[n];
    }

    /// <summary>Runs the cascade from <paramref name="seeds"/>; <paramref name="adopterSteps"/> (optional, length n) receives each node's adoption step or −1.</summary>
    public ThresholdOutcome Run(ReadOnlySpan<int> seeds, int[]? adopterSteps = null) => Run(seeds, adopterSteps, default, default);

    /// <summary>
    /// Runs the cascade and writes the adopters in adoption order into <paramref name="adopterOrder"/> and their steps into
    /// <paramref name="adopterStep"/> (both of length n, or empty to skip); O(adopters + their arcs), no O(n) clearing.
    /// </summary>
    public ThresholdOutcome Run(ReadOnlySpan<int> seeds, Span<int> adopterOrder, Span<int> adopterStep) => Run(seeds, null, adopterOrder, adopterStep);

    private static int[] Uniform(int n, int threshold)
    {
        var t = new int[n];
        Array.Fill(t, threshold);
        return t;
    }

    private ThresholdOutcome Run(ReadOnlySpan<int> seeds, int[]? adopterSteps, Span<int> adopterOrder, Span<int> adopterStep)
    {
        int[] count = _count;
        int[] step = _step;
        int touchedCount = 0;
        int adopters = 0;
        foreach (int s in seeds)
        {
            if (step[s] < 0)
            {
                step[s] = 0;
                _queue[adopters++] = s;
            }
        }
        int reinforced = 0;
        int head = 0;
        int currentStep = 0;
        while (head < adopters)
        {
            int layerEnd = adopters;
            // Count adopting in-neighbours contributed by this layer.
            for (int i = head; i < layerEnd; i++)
            {
                int u = _queue[i];
                for (int a = _offsets[u]; a < _offsets[u + 1]; a++)
                {
                    int v = _targets[a];
                    if (v == u)
                    {
                        continue;
                    }
                    if (count[v]++ == 0)
                    {
                        _touched[touchedCount++] = v;
                    }
                    if (_community is not null && _community[u] == _community[v])
                    {
                        _communityCount[v]++;
                    }
                }
            }
            // Nodes whose count reached the threshold adopt at the next step.
            for (int i = head; i < layerEnd; i++)
            {
                int u = _queue[i];
                for (int a = _offsets[u]; a < _offsets[u + 1]; a++)
                {
                    int v = _targets[a];
                    if (step[v] < 0 && count[v] >= _threshold[v])
                    {
                        step[v] = currentStep + 1;
                        _queue[adopters++] = v;
                        if (count[v] >= 2)
                        {
                            reinforced++;
                        }
                    }
                }
            }
            head = layerEnd;
            if (adopters > layerEnd)
            {
                currentStep++;
            }
        }
        int supporters = 0;
        if (_community is not null)
        {
            for (int i = 0; i < touchedCount; i++)
            {
                int v = _touched[i];
                if (step[v] != 0 && _communityCount[v] >= _supporterThreshold)
                {
                    supporters++;
                }
            }
        }
        if (adopterSteps is not null)
        {
            Array.Fill(adopterSteps, -1);
            for (int i = 0; i < adopters; i++)
            {
                adopterSteps[_queue[i]] = step[_queue[i]];
            }
        }
        if (!adopterOrder.IsEmpty)
        {
            for (int i = 0; i < adopters; i++)
            {
                adopterOrder[i] = _queue[i];
                adopterStep[i] = step[_queue[i]];
            }
        }
        // Reset scratch.
        for (int i = 0; i < touchedCount; i++)
        {
            count[_touched[i]] = 0;
            _communityCount[_touched[i]] = 0;
        }
        for (int i = 0; i < adopters; i++)
        {
            step[_queue[i]] = -1;
        }
        return new ThresholdOutcome(adopters, reinforced, supporters, currentStep);
    }
}
