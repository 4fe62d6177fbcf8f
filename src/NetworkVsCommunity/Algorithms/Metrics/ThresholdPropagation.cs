using System.Collections.Immutable;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>
/// Deterministic absolute-threshold propagation (Granovetter 1978; Centola &amp; Macy 2007): in synchronous rounds a node
/// adopts when at least θ distinct in-neighbours adopted in earlier rounds. Internal helper of RES-5; the stochastic
/// models live in <c>Algorithms.Diffusion</c>.
/// </summary>
internal static class ThresholdPropagation
{
    /// <summary>Runs the threshold process and returns the cascade (parent = the earliest, then lowest, active in-neighbour).</summary>
    public static Cascade Run(CsrGraph graph, ReadOnlySpan<int> initialSharers, int threshold)
    {
        int n = graph.NodeCount;
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        var stepOf = new int[n];
        Array.Fill(stepOf, -1);
        var count = new int[n];
        var parent = new int[n];
        Array.Fill(parent, -1);
        var adopters = new List<int>();
        var steps = new List<int>();
        foreach (int s in initialSharers)
        {
            if (stepOf[s] < 0)
            {
                stepOf[s] = 0;
                adopters.Add(s);
                steps.Add(0);
            }
        }
        int frontierStart = 0;
        int step = 0;
        var candidates = new List<int>();
        while (frontierStart < adopters.Count)
        {
            int frontierEnd = adopters.Count;
            candidates.Clear();
            for (int i = frontierStart; i < frontierEnd; i++)
            {
                int u = adopters[i];
                for (int a = offsets[u]; a < offsets[u + 1]; a++)
                {
                    int v = targets[a];
                    if (v == u || stepOf[v] >= 0)
                    {
                        continue;
                    }
                    if (count[v] == 0)
                    {
                        parent[v] = u;
                    }
                    count[v]++;
                    if (count[v] == threshold)
                    {
                        candidates.Add(v);
                    }
                }
            }
            step++;
            candidates.Sort();
            foreach (int v in candidates)
            {
                stepOf[v] = step;
                adopters.Add(v);
                steps.Add(step);
            }
            frontierStart = frontierEnd;
        }
        var parents = new int[adopters.Count];
        var active = new int[adopters.Count];
        for (int i = 0; i < adopters.Count; i++)
        {
            int v = adopters[i];
            parents[i] = steps[i] == 0 ? -1 : parent[v];
            active[i] = steps[i] == 0 ? 0 : count[v];
        }
        return new Cascade(n, [.. adopters], [.. steps], ImmutableArray.Create(parents), ImmutableArray.Create(active), default, trusted: true);
    }
}
