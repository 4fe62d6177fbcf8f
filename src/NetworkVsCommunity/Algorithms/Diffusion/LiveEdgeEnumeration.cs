using System.Globalization;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>Exact activation probabilities by enumerating live-edge graphs (Kempe, Kleinberg &amp; Tardos 2003).</summary>
internal static class LiveEdgeEnumeration
{
    /// <summary>The largest number of uncertain coins (edges, arcs or LT choices: 2^20 configurations).</summary>
    public const int MaxUncertain = 20;

    /// <summary>Independent Cascade: every arc live with its probability; one coin per edge when undirected and symmetric.</summary>
    public static double[] Cascade(CsrGraph graph, int[] sharers, double[] p, out long configurations, CancellationToken cancellationToken)
    {
        int n = graph.NodeCount;
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        int arcCount = targets.Length;
        var reverse = new int[arcCount];
        bool symmetric = !graph.IsDirected;
        for (int u = 0; u < n && symmetric; u++)
        {
            for (int a = offsets[u]; a < offsets[u + 1]; a++)
            {
                int v = targets[a];
                int r = Array.BinarySearch(targets, offsets[v], offsets[v + 1] - offsets[v], u);
                reverse[a] = r;
                if (r < 0 || p[r] != p[a])
                {
                    symmetric = false;
                    break;
                }
            }
        }
        // Units: groups of arcs sharing one coin.
        var unitArcs = new List<(int A, int B, double P)>();
        var live = new bool[arcCount];
        for (int u = 0; u < n; u++)
        {
            for (int a = offsets[u]; a < offsets[u + 1]; a++)
            {
                int v = targets[a];
                if (v == u || (symmetric && v < u))
                {
                    continue;
                }
                int b = symmetric ? reverse[a] : -1;
                if (p[a] >= 1.0)
                {
                    live[a] = true;
                    if (b >= 0)
                    {
                        live[b] = true;
                    }
                }
                else if (p[a] > 0.0)
                {
                    unitArcs.Add((a, b, p[a]));
                }
            }
        }
        int k = unitArcs.Count;
        if (k > MaxUncertain)
        {
            ThrowHelper.Argument(nameof(graph), string.Create(CultureInfo.InvariantCulture,
                $"Exact enumeration needs 2^{k} live-edge configurations ({k} {(symmetric ? "edges" : "arcs")} with 0 < p < 1); allowed: at most {MaxUncertain}."));
        }
        var result = new double[n];
        var stamp = new int[n];
        var queue = new int[n];
        int epoch = 0;
        long total = 1L << k;
        for (long mask = 0; mask < total; mask++)
        {
            if ((mask & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            double weight = 1.0;
            for (int i = 0; i < k; i++)
            {
                var (a, b, q) = unitArcs[i];
                bool on = ((mask >> i) & 1) != 0;
                live[a] = on;
                if (b >= 0)
                {
                    live[b] = on;
                }
                weight *= on ? q : 1.0 - q;
            }
            epoch++;
            int head = 0;
            int tail = 0;
            foreach (int s in sharers)
            {
                stamp[s] = epoch;
                queue[tail++] = s;
            }
            while (head < tail)
            {
                int u = queue[head++];
                for (int a = offsets[u]; a < offsets[u + 1]; a++)
                {
                    int v = targets[a];
                    if (live[a] && stamp[v] != epoch)
                    {
                        stamp[v] = epoch;
                        queue[tail++] = v;
                    }
                }
            }
            for (int i = 0; i < tail; i++)
            {
                result[queue[i]] += weight;
            }
        }
        configurations = total;
        return result;
    }

    /// <summary>Linear threshold: every non-sharer keeps one in-arc u→v with probability b_uv, or none.</summary>
    public static double[] LinearThreshold(CsrGraph graph, int[] sharers, double[] influence, out long configurations, CancellationToken cancellationToken)
    {
        int n = graph.NodeCount;
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        var isSharer = new bool[n];
        foreach (int s in sharers)
        {
            isSharer[s] = true;
        }
        // Choices per node: (in-neighbour or -1, probability).
        var choices = new List<(int Source, double P)>[n];
        for (int v = 0; v < n; v++)
        {
            choices[v] = [];
        }
        for (int u = 0; u < n; u++)
        {
            for (int a = offsets[u]; a < offsets[u + 1]; a++)
            {
                int v = targets[a];
                if (v != u && !isSharer[v] && influence[a] > 0)
                {
                    choices[v].Add((u, influence[a]));
                }
            }
        }
        long total = 1;
        var varying = new List<int>();
        for (int v = 0; v < n; v++)
        {
            double sum = 0;
            foreach (var c in choices[v])
            {
                sum += c.P;
            }
            double none = Math.Max(0.0, 1.0 - sum);
            if (none > 1e-12 || choices[v].Count == 0)
            {
                choices[v].Add((-1, choices[v].Count == 0 ? 1.0 : none));
            }
            if (choices[v].Count > 1)
            {
                varying.Add(v);
                total *= choices[v].Count;
                if (total > 1L << MaxUncertain)
                {
                    ThrowHelper.Argument(nameof(graph), string.Create(CultureInfo.InvariantCulture,
                        $"Exact enumeration of the linear threshold model needs more than 2^{MaxUncertain} live-edge configurations on this graph; allowed: at most 2^{MaxUncertain}."));
                }
            }
        }
        var chosen = new int[n];
        for (int v = 0; v < n; v++)
        {
            chosen[v] = choices[v].Count == 1 ? choices[v][0].Source : -1;
        }
        var digit = new int[varying.Count];
        var result = new double[n];
        var state = new int[n]; // 0 unknown, 1 active, 2 inactive, 3 visiting
        for (long c = 0; c < total; c++)
        {
            if ((c & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            double weight = 1.0;
            for (int i = 0; i < varying.Count; i++)
            {
                int v = varying[i];
                var (source, q) = choices[v][digit[i]];
                chosen[v] = source;
                weight *= q;
            }
            Array.Clear(state);
            for (int v = 0; v < n; v++)
            {
                if (Active(v, chosen, isSharer, state))
                {
                    result[v] += weight;
                }
            }
            for (int i = 0; i < varying.Count; i++)
            {
                if (++digit[i] < choices[varying[i]].Count)
                {
                    break;
                }
                digit[i] = 0;
            }
        }
        configurations = total;
        return result;
    }

    /// <summary>Whether following chosen in-arcs backwards from v reaches a sharer (cycles without a sharer are inactive).</summary>
    private static bool Active(int v, int[] chosen, bool[] isSharer, int[] state)
    {
        var path = new List<int>();
        int x = v;
        bool active;
        while (true)
        {
            if (state[x] == 1 || isSharer[x])
            {
                active = true;
                break;
            }
            if (state[x] == 2 || state[x] == 3 || chosen[x] < 0)
            {
                active = false;
                break;
            }
            state[x] = 3;
            path.Add(x);
            x = chosen[x];
        }
        foreach (int y in path)
        {
            state[y] = active ? 1 : 2;
        }
        return active;
    }
}
