using System.Collections.Immutable;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>
/// Live-edge samples of a cascade model (Kempe, Kleinberg &amp; Tardos 2003) with reach, cascades and reinforcement counts
/// over them: sample i is world i of <see cref="LiveEdgeWorld"/> under the seed, every arc drawn; reach in
/// the live graph equals IC activation. The sampler of the metrics and the credit routines (internal).
/// </summary>
internal sealed class LiveEdgeSampler
{
    private readonly CsrGraph _graph;
    private readonly LiveEdgeModel _model;

    /// <summary>A sampler over explicit per-arc probabilities (in CSR order), each multiplied by <paramref name="probabilityScale"/> and capped at 1.</summary>
    public LiveEdgeSampler(CsrGraph graph, double[] arcProbabilities, long randomSeed, double probabilityScale = 1.0)
    {
        _graph = graph;
        RandomSeed = randomSeed;
        double[] probabilities = arcProbabilities;
        if (probabilityScale != 1.0)
        {
            probabilities = new double[arcProbabilities.Length];
            for (int a = 0; a < arcProbabilities.Length; a++)
            {
                probabilities[a] = Math.Min(1.0, arcProbabilities[a] * probabilityScale);
            }
        }
        _model = LiveEdgeModel.Cascade(graph, probabilities);
    }

    /// <summary>
    /// A sampler of the live-edge graphs of <paramref name="model"/>, which must be a cascade model with per-arc
    /// probabilities (ic, icp, relationship); <paramref name="routine"/> names the caller in the error otherwise.
    /// </summary>
    public static LiveEdgeSampler ForModel(CsrGraph graph, DiffusionModel model, long randomSeed, string routine, double probabilityScale = 1.0) =>
        new(graph, DiffusionArcProbabilities.ForLiveEdgeModel(graph, model, routine), randomSeed, probabilityScale);

    /// <summary>The per-arc probabilities sampled (after scaling).</summary>
    public double[] Probabilities => _model.Probabilities;

    public long RandomSeed { get; }

    public CsrGraph Graph => _graph;

    /// <summary>Scratch for one worker.</summary>
    public sealed class Scratch
    {
        public Scratch(int nodeCount, int arcCount)
        {
            Mark = new int[nodeCount];
            Queue = new int[nodeCount];
            Depth = new int[nodeCount];
            Parent = new int[nodeCount];
            Live = new bool[arcCount];
        }

        public int[] Mark { get; }

        public int Stamp { get; set; }

        public int[] Queue { get; }

        public int[] Depth { get; }

        public int[] Parent { get; }

        public bool[] Live { get; }

        public int NextStamp()
        {
            if (Stamp == int.MaxValue)
            {
                Array.Clear(Mark);
                Stamp = 0;
            }
            return ++Stamp;
        }
    }

    public Scratch CreateScratch() => new(_graph.NodeCount, _graph.ArcCount);

    /// <summary>Draws the live arcs of sample <paramref name="sample"/> into <c>scratch.Live</c> (the engine's one live-edge draw, <see cref="LiveEdgeWorld"/>).</summary>
    public void Draw(int sample, Scratch scratch) => LiveEdgeWorld.DrawAll(_model, RandomSeed, sample, scratch.Live);

    /// <summary>
    /// BFS over live arcs from <paramref name="sources"/>; reached nodes are <c>Queue[0..count)</c> in adoption order,
    /// marked with the returned stamp, with <c>Depth</c> (step) and <c>Parent</c>.
    /// </summary>
    public int Reach(ReadOnlySpan<int> sources, Scratch scratch, out int stamp)
    {
        int[] offsets = _graph.OffsetsArray;
        int[] targets = _graph.TargetsArray;
        bool[] live = scratch.Live;
        int[] mark = scratch.Mark;
        int[] queue = scratch.Queue;
        int[] depth = scratch.Depth;
        int[] parent = scratch.Parent;
        stamp = scratch.NextStamp();
        int head = 0;
        int tail = 0;
        foreach (int s in sources)
        {
            if (mark[s] != stamp)
            {
                mark[s] = stamp;
                depth[s] = 0;
                parent[s] = -1;
                queue[tail++] = s;
            }
        }
        while (head < tail)
        {
            int u = queue[head++];
            int d = depth[u] + 1;
            for (int a = offsets[u]; a < offsets[u + 1]; a++)
            {
                if (!live[a])
                {
                    continue;
                }
                int v = targets[a];
                if (mark[v] != stamp)
                {
                    mark[v] = stamp;
                    depth[v] = d;
                    parent[v] = u;
                    queue[tail++] = v;
                }
            }
        }
        return tail;
    }

    /// <summary>Turns the last reach into a <see cref="Cascade"/> (active neighbours counted from the graph).</summary>
    public Cascade ToCascade(Scratch scratch, int count, int stamp)
    {
        int[] inOffsets = _graph.InOffsetsArray;
        int[] inSources = _graph.InSourcesArray;
        var adopters = new int[count];
        var steps = new int[count];
        var parents = new int[count];
        var active = new int[count];
        for (int i = 0; i < count; i++)
        {
            int v = scratch.Queue[i];
            int t = scratch.Depth[v];
            adopters[i] = v;
            steps[i] = t;
            parents[i] = scratch.Parent[v];
            int c = 0;
            if (t > 0)
            {
                for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
                {
                    int u = inSources[a];
                    if (u != v && scratch.Mark[u] == stamp && scratch.Depth[u] < t)
                    {
                        c++;
                    }
                }
            }
            active[i] = c;
        }
        return new Cascade(_graph.NodeCount, ImmutableArray.Create(adopters), ImmutableArray.Create(steps),
            ImmutableArray.Create(parents), ImmutableArray.Create(active), default, trusted: true);
    }

    /// <summary>Runs <paramref name="body"/> for samples 0..count−1 on up to <paramref name="maxDegreeOfParallelism"/> workers.</summary>
    public void ForEachSample(int count, int maxDegreeOfParallelism, Action<int, Scratch> body, CancellationToken cancellationToken)
    {
        int dop = maxDegreeOfParallelism == 0 ? Environment.ProcessorCount : maxDegreeOfParallelism;
        if (dop <= 1 || count <= 1)
        {
            var scratch = CreateScratch();
            for (int i = 0; i < count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                body(i, scratch);
            }
            return;
        }
        var po = new ParallelOptions { MaxDegreeOfParallelism = dop, CancellationToken = cancellationToken };
        Parallel.For(0, count, po, CreateScratch, (i, state, scratch) =>
        {
            if (cancellationToken.IsCancellationRequested)
            {
                state.Stop();
                return scratch;
            }
            body(i, scratch);
            return scratch;
        }, _ => { });
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>
    /// Counts the non-sharer nodes of the last reach that had at least <paramref name="minimumSources"/> distinct reached
    /// in-neighbours at an earlier step (RES-1), optionally only those whose parent is in their own community (RES-1 ∩ RES-3).
    /// When <paramref name="flags"/> is given, sets flags[v] for each counted node v (and clears nothing).
    /// </summary>
    public int CountReinforced(Scratch scratch, int count, int stamp, int minimumSources, int[]? membership, bool[]? flags)
    {
        int[] inOffsets = _graph.InOffsetsArray;
        int[] inSources = _graph.InSourcesArray;
        int[] mark = scratch.Mark;
        int[] depth = scratch.Depth;
        int reinforced = 0;
        for (int i = 0; i < count; i++)
        {
            int v = scratch.Queue[i];
            int t = depth[v];
            if (t == 0)
            {
                continue;
            }
            if (membership is not null && membership[scratch.Parent[v]] != membership[v])
            {
                continue;
            }
            int c = 0;
            for (int a = inOffsets[v]; a < inOffsets[v + 1] && c < minimumSources; a++)
            {
                int u = inSources[a];
                if (u != v && mark[u] == stamp && depth[u] < t)
                {
                    c++;
                }
            }
            if (c >= minimumSources)
            {
                reinforced++;
                if (flags is not null)
                {
                    flags[v] = true;
                }
            }
        }
        return reinforced;
    }
}
