using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>A Bernoulli trial on an arc, specialised per implementation by the JIT (no virtual call per arc).</summary>
internal interface IArcTrial
{
    bool Success(int arc, ref Xoshiro256StarStar rng);
}

/// <summary>The same probability on every arc: success when the top 32 bits of a draw are below a threshold in [0, 2³²] (exact at p = 0 and p = 1).</summary>
internal readonly struct UniformArcTrial(ulong threshold) : IArcTrial
{
    private readonly ulong _threshold = threshold;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Success(int arc, ref Xoshiro256StarStar rng) => (rng.NextUInt64() >> 32) < _threshold;
}

/// <summary>Per-arc 32-bit thresholds in lockstep with the CSR arcs.</summary>
internal readonly struct PerArcTrial(uint[] thresholds) : IArcTrial
{
    private readonly uint[] _thresholds = thresholds;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Success(int arc, ref Xoshiro256StarStar rng) =>
        (uint)(rng.NextUInt64() >> 32) < Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_thresholds), arc);
}

/// <summary>
/// Allocation-free single-run kernels over CSR arrays. Inputs are trusted (validated at the public boundary): arcs point
/// to nodes in range, initial sharers are nodes. Each returns the number of adopters; the adopters, their parents and
/// steps are in the workspace (see <see cref="DiffusionWorkspace"/>), and <see cref="DiffusionWorkspace.ArcsExamined"/>
/// counts the adjacency entries scanned by active nodes (the C reference's definition: deg(u) for every node u that
/// becomes active, initial sharers included; duplicate sharers count once).
/// </summary>
internal static class DiffusionKernels
{
    private const int CancellationMask = 0x3FF;

    /// <summary>
    /// Independent Cascade: FIFO frontier; for each neighbour v of a newly active u, one draw if v is still inactive
    /// (drawing for an active v would not change the outcome, so it is skipped, as in the C reference).
    /// </summary>
    [MethodImpl(Hot.Kernel)]
    public static int IndependentCascade<TTrial>(int[] offsets, int[] targets, TTrial trial, ReadOnlySpan<int> sharers,
        ref Xoshiro256StarStar random, DiffusionWorkspace ws, CancellationToken cancellationToken)
        where TTrial : struct, IArcTrial
    {
        // The hot loop keeps one frontier array of (parent position << 32 | node) entries, so that few registers are
        // live besides the generator's four words; parents and steps are unpacked once after the run.
        int epoch = ws.NextEpoch();
        ref int stamp = ref MemoryMarshal.GetArrayDataReference(ws.Stamp);
        ref long frontier = ref MemoryMarshal.GetArrayDataReference(ws.Frontier);
        ref int off = ref MemoryMarshal.GetArrayDataReference(offsets);
        ref int tgt = ref MemoryMarshal.GetArrayDataReference(targets);
        int tail = 0;
        foreach (int s in sharers)
        {
            Debug.Assert((uint)s < (uint)ws.NodeCount);
            if (Unsafe.Add(ref stamp, s) != epoch)
            {
                Unsafe.Add(ref stamp, s) = epoch;
                Unsafe.Add(ref frontier, tail) = unchecked((long)(-1L << 32) | (uint)s);
                tail++;
            }
        }
        Xoshiro256StarStar rng = random;
        long examined = 0;
        int head = 0;
        while (head < tail)
        {
            if ((head & CancellationMask) == CancellationMask && cancellationToken.IsCancellationRequested)
            {
                random = rng;
                cancellationToken.ThrowIfCancellationRequested();
            }
            int u = (int)Unsafe.Add(ref frontier, head);
            long parentTag = (long)head << 32;
            head++;
            int a = Unsafe.Add(ref off, u);
            int end = Unsafe.Add(ref off, u + 1);
            examined += end - a;
            tail = ScanRow(ref tgt, ref stamp, ref frontier, a, end, epoch, parentTag, tail, trial, ref rng);
        }
        random = rng;
        UnpackFrontier(ws, tail);
        ws.ArcsExamined = examined;
        ws.AdopterCount = tail;
        ws.RecordedCounts = false;
        ws.StoppedAtMaxSteps = false;
        return tail;
    }

    /// <summary>
    /// One row of the Independent Cascade: one trial per inactive target. Kept out of line on purpose: with only this
    /// loop's variables live, the JIT keeps the generator's four state words in registers (inlined into the frontier
    /// loop they were spilled to the stack on every draw).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | Hot.Kernel)]
    private static int ScanRow<TTrial>(ref int tgt, ref int stamp, ref long frontier, int a, int end, int epoch, long parentTag, int tail,
        TTrial trial, ref Xoshiro256StarStar random)
        where TTrial : struct, IArcTrial
    {
        Xoshiro256StarStar rng = random;
        for (; a < end; a++)
        {
            int v = Unsafe.Add(ref tgt, a);
            if (Unsafe.Add(ref stamp, v) != epoch && trial.Success(a, ref rng))
            {
                Unsafe.Add(ref stamp, v) = epoch;
                Unsafe.Add(ref frontier, tail) = parentTag | (uint)v;
                tail++;
            }
        }
        random = rng;
        return tail;
    }

    /// <summary>Fills Queue, AdopterParents and AdopterSteps from the packed frontier (parents precede children).</summary>
    private static void UnpackFrontier(DiffusionWorkspace ws, int count)
    {
        long[] frontier = ws.Frontier;
        int[] queue = ws.Queue;
        int[] parents = ws.AdopterParents;
        int[] steps = ws.AdopterSteps;
        for (int i = 0; i < count; i++)
        {
            long entry = frontier[i];
            int node = (int)entry;
            int parentPosition = (int)(entry >> 32);
            queue[i] = node;
            if (parentPosition < 0)
            {
                parents[i] = -1;
                steps[i] = 0;
            }
            else
            {
                parents[i] = queue[parentPosition];
                steps[i] = steps[parentPosition] + 1;
            }
        }
    }

    /// <summary>
    /// Deterministic threshold model: v adopts when the count of distinct adopting in-neighbours reaches
    /// <paramref name="required"/>[v]. Counts keep growing for neighbours adopted at earlier steps so that, after the run,
    /// <see cref="DiffusionWorkspace.Counts"/>[v] is the number of in-neighbours adopted strictly before v.
    /// </summary>
    [MethodImpl(Hot.Kernel)]
    public static int Threshold(int[] offsets, int[] targets, int[] required, ReadOnlySpan<int> sharers,
        DiffusionWorkspace ws, CancellationToken cancellationToken)
    {
        int epoch = ws.NextEpoch();
        int[] stamp = ws.Stamp;
        int[] queue = ws.Queue;
        int[] parents = ws.AdopterParents;
        int[] steps = ws.AdopterSteps;
        int[] nodeStep = ws.NodeStep;
        int[] counts = ws.Counts;
        int[] countStamp = ws.CountStamp;
        int tail = 0;
        foreach (int s in sharers)
        {
            if (stamp[s] != epoch)
            {
                stamp[s] = epoch;
                countStamp[s] = epoch;
                counts[s] = 0;
                nodeStep[s] = 0;
                queue[tail] = s;
                parents[tail] = -1;
                steps[tail] = 0;
                tail++;
            }
        }
        long examined = 0;
        int head = 0;
        while (head < tail)
        {
            if ((head & CancellationMask) == CancellationMask)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            int u = queue[head];
            int su = steps[head];
            head++;
            int start = offsets[u];
            int end = offsets[u + 1];
            examined += end - start;
            for (int a = start; a < end; a++)
            {
                int v = targets[a];
                if (stamp[v] == epoch)
                {
                    if (nodeStep[v] > su)
                    {
                        counts[v]++;
                    }
                    continue;
                }
                if (countStamp[v] != epoch)
                {
                    countStamp[v] = epoch;
                    counts[v] = 0;
                }
                if (++counts[v] >= required[v])
                {
                    stamp[v] = epoch;
                    nodeStep[v] = su + 1;
                    queue[tail] = v;
                    parents[tail] = u;
                    steps[tail] = su + 1;
                    tail++;
                }
            }
        }
        ws.ArcsExamined = examined;
        ws.AdopterCount = tail;
        ws.RecordedCounts = true;
        ws.StoppedAtMaxSteps = false;
        return tail;
    }

    /// <summary>
    /// The threshold rule of <see cref="Threshold"/> applied incrementally, for a growing set of sharers whose final adopter
    /// set is kept (threshold contagion is monotone: the closure of S ∪ {u} grows from the closure of S). Adds
    /// <paramref name="sharer"/> to the closure described by <paramref name="adopted"/> and <paramref name="counts"/>
    /// (adopting in-neighbours per node, self-loops excluded) and propagates from it: every node whose count reaches
    /// <paramref name="required"/>[v] adopts. Returns the number of new adopters, which are <c>queue[0..count)</c> in
    /// adoption order (0 when the sharer had already adopted). No steps are kept. O(volume of the new adopters).
    /// </summary>
    [MethodImpl(Hot.Kernel)]
    public static int ThresholdClosure(int[] offsets, int[] targets, int[] required, int sharer, int[] counts, bool[] adopted, int[] queue)
    {
        if (adopted[sharer])
        {
            return 0;
        }
        adopted[sharer] = true;
        queue[0] = sharer;
        int tail = 1;
        for (int head = 0; head < tail; head++)
        {
            int x = queue[head];
            for (int a = offsets[x]; a < offsets[x + 1]; a++)
            {
                int v = targets[a];
                if (v == x)
                {
                    continue;
                }
                if (++counts[v] >= required[v] && !adopted[v])
                {
                    adopted[v] = true;
                    queue[tail++] = v;
                }
            }
        }
        return tail;
    }

    /// <summary>
    /// Kempe-weighted linear threshold: thresholds θ_v ~ U[0, 1) are drawn when an adopter first reaches v (in adoption
    /// order, from the run's stream); v adopts when the summed influence weights of adopting in-neighbours reach θ_v.
    /// </summary>
    [MethodImpl(Hot.Kernel)]
    public static int LinearThreshold(int[] offsets, int[] targets, double[] influence, ReadOnlySpan<int> sharers,
        ref Xoshiro256StarStar random, DiffusionWorkspace ws, CancellationToken cancellationToken)
    {
        int epoch = ws.NextEpoch();
        int[] stamp = ws.Stamp;
        int[] queue = ws.Queue;
        int[] parents = ws.AdopterParents;
        int[] steps = ws.AdopterSteps;
        int[] nodeStep = ws.NodeStep;
        int[] counts = ws.Counts;
        int[] countStamp = ws.CountStamp;
        double[] sums = ws.Sums;
        double[] thresholds = ws.Thresholds;
        int tail = 0;
        foreach (int s in sharers)
        {
            if (stamp[s] != epoch)
            {
                stamp[s] = epoch;
                countStamp[s] = epoch;
                counts[s] = 0;
                nodeStep[s] = 0;
                queue[tail] = s;
                parents[tail] = -1;
                steps[tail] = 0;
                tail++;
            }
        }
        Xoshiro256StarStar rng = random;
        long examined = 0;
        int head = 0;
        while (head < tail)
        {
            if ((head & CancellationMask) == CancellationMask && cancellationToken.IsCancellationRequested)
            {
                random = rng;
                cancellationToken.ThrowIfCancellationRequested();
            }
            int u = queue[head];
            int su = steps[head];
            head++;
            int start = offsets[u];
            int end = offsets[u + 1];
            examined += end - start;
            for (int a = start; a < end; a++)
            {
                int v = targets[a];
                if (stamp[v] == epoch)
                {
                    if (nodeStep[v] > su)
                    {
                        counts[v]++;
                    }
                    continue;
                }
                if (countStamp[v] != epoch)
                {
                    countStamp[v] = epoch;
                    counts[v] = 0;
                    sums[v] = 0;
                    thresholds[v] = rng.NextDouble();
                }
                counts[v]++;
                double sum = sums[v] + influence[a];
                sums[v] = sum;
                if (sum >= thresholds[v] && influence[a] > 0)
                {
                    stamp[v] = epoch;
                    nodeStep[v] = su + 1;
                    queue[tail] = v;
                    parents[tail] = u;
                    steps[tail] = su + 1;
                    tail++;
                }
            }
        }
        random = rng;
        ws.ArcsExamined = examined;
        ws.AdopterCount = tail;
        ws.RecordedCounts = true;
        ws.StoppedAtMaxSteps = false;
        return tail;
    }

    /// <summary>
    /// Discrete-time SIR (<paramref name="susceptibleAgain"/> false) or SIS (true). Per step: every infected node, in
    /// order, tries each susceptible neighbour; then each draws its recovery (no draw when γ = 1). The next infected
    /// list is the newly infected in infection order followed by the survivors in order. Records first infections.
    /// </summary>
    [MethodImpl(Hot.Kernel)]
    public static int Epidemic<TTrial>(int[] offsets, int[] targets, TTrial trial, ulong recoveryThreshold, bool susceptibleAgain,
        int maxSteps, ReadOnlySpan<int> sharers, ref Xoshiro256StarStar random, DiffusionWorkspace ws, CancellationToken cancellationToken)
        where TTrial : struct, IArcTrial
    {
        int epoch = ws.NextEpoch();
        int[] stamp = ws.Stamp;
        int[] queue = ws.Queue;
        int[] parents = ws.AdopterParents;
        int[] steps = ws.AdopterSteps;
        int[] current = ws.Current;
        int[] next = ws.Next;
        int[] infected = susceptibleAgain ? ws.InfectedMark : stamp;
        bool alwaysRecover = recoveryThreshold >= 1UL << 32;
        int tail = 0;
        int currentCount = 0;
        foreach (int s in sharers)
        {
            if (stamp[s] != epoch)
            {
                stamp[s] = epoch;
                infected[s] = epoch;
                queue[tail] = s;
                parents[tail] = -1;
                steps[tail] = 0;
                tail++;
                current[currentCount++] = s;
            }
        }
        Xoshiro256StarStar rng = random;
        long examined = 0;
        int step = 0;
        long work = 0;
        while (currentCount > 0 && step < maxSteps)
        {
            int newCount = 0;
            int survivors = 0;
            int nextStep = step + 1;
            // Phase 1: infection attempts; the newly infected go to the front of 'next' in infection order.
            for (int i = 0; i < currentCount; i++)
            {
                if ((++work & CancellationMask) == 0 && cancellationToken.IsCancellationRequested)
                {
                    random = rng;
                    cancellationToken.ThrowIfCancellationRequested();
                }
                int u = current[i];
                int start = offsets[u];
                int end = offsets[u + 1];
                examined += end - start;
                for (int a = start; a < end; a++)
                {
                    int v = targets[a];
                    if (infected[v] != epoch && trial.Success(a, ref rng))
                    {
                        if (stamp[v] != epoch)
                        {
                            stamp[v] = epoch;
                            queue[tail] = v;
                            parents[tail] = u;
                            steps[tail] = nextStep;
                            tail++;
                        }
                        infected[v] = epoch;
                        next[newCount++] = v;
                    }
                }
            }
            // Phase 2: recoveries, in order; survivors follow the newly infected.
            for (int i = 0; i < currentCount; i++)
            {
                int u = current[i];
                bool recovers = alwaysRecover || (rng.NextUInt64() >> 32) < recoveryThreshold;
                if (recovers)
                {
                    if (susceptibleAgain)
                    {
                        infected[u] = 0;
                    }
                }
                else
                {
                    next[newCount + survivors++] = u;
                }
            }
            currentCount = survivors + newCount;
            (current, next) = (next, current);
            step = nextStep;
        }
        random = rng;
        ws.ArcsExamined = examined;
        ws.AdopterCount = tail;
        ws.RecordedCounts = false;
        ws.StoppedAtMaxSteps = currentCount > 0;
        return tail;
    }
}
