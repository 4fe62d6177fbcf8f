using System.Runtime.CompilerServices;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>
/// One live-edge world of a <see cref="LiveEdgeModel"/>, the library's one live-edge sampler (internal): world w under
/// random seed s draws from <c>Xoshiro256StarStar.ForStream(s, w)</c>; under IC an arc is live when its draw falls below its
/// probability, under LT a node keeps the in-arc where its draw falls in the cumulative in-weights (or none).
/// </summary>
/// <remarks>
/// <para>Two ways to draw the same kind of world: <see cref="IsLive"/> decides an arc lazily, on first examination in the
/// current world, and then reuses the decision, so arcs never reached are never drawn (the seeding comparison evaluates
/// several sharer sets in one world this way); <see cref="DrawAll(LiveEdgeModel, ulong, ulong, bool[])"/> decides every arc up front
/// in a fixed order (IC: arcs in CSR order; LT: nodes ascending), for the metrics' samples and the stored worlds of the
/// Monte Carlo spread oracle. Both use the same decision (<see cref="Coin"/>, <see cref="ChooseInArc"/>) and the same
/// stream; they differ only in the order in which the stream's draws are consumed.</para>
/// <para>Not thread-safe: one world per thread. Lazy decisions are epoch-stamped, so <see cref="Begin"/> costs O(1).</para>
/// </remarks>
internal sealed class LiveEdgeWorld
{
    private readonly LiveEdgeModel _model;
    private readonly double[] _p;
    private readonly int[] _targets;
    private readonly int[] _inOffsets;
    private int[]? _decided;   // IC: per arc; LT: per node — the world stamp when decided
    private int[]? _outcome;   // IC: 1 live / 0 dead; LT: the chosen out-arc or −1
    private int _stamp;
    private Xoshiro256StarStar _rng;

    public LiveEdgeWorld(LiveEdgeModel model)
    {
        _model = model;
        _p = model.Probabilities;
        _targets = model.Graph.TargetsArray;
        _inOffsets = model.Graph.InOffsetsArray;
    }

    /// <summary>The model drawn.</summary>
    public LiveEdgeModel Model => _model;

    /// <summary>Starts world <paramref name="world"/> under <paramref name="randomSeed"/> for lazy decisions (<see cref="IsLive"/>).</summary>
    public void Begin(ulong randomSeed, ulong world)
    {
        _rng = Xoshiro256StarStar.ForStream(randomSeed, world);
        if (_decided is null)
        {
            int decisions = _model.IsLinearThreshold ? _model.Graph.NodeCount : _p.Length;
            _decided = new int[decisions];
            _outcome = new int[decisions];
        }
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_decided);
            _stamp = 1;
        }
    }

    /// <summary>Whether out-arc <paramref name="arc"/> is live in the current world, drawn on its first examination.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsLive(int arc)
    {
        int[] decided = _decided!;
        int[] outcome = _outcome!;
        if (!_model.IsLinearThreshold)
        {
            if (decided[arc] != _stamp)
            {
                decided[arc] = _stamp;
                outcome[arc] = Coin(ref _rng, _p[arc]) ? 1 : 0;
            }
            return outcome[arc] != 0;
        }
        int v = _targets[arc];
        if (decided[v] != _stamp)
        {
            decided[v] = _stamp;
            outcome[v] = ChooseInArc(ref _rng, v, _inOffsets, _model.InArcToOutArc, _p);
        }
        return outcome[v] == arc;
    }

    /// <summary>Draws every decision of world <paramref name="world"/> into <paramref name="live"/> (one flag per out-arc).</summary>
    public static void DrawAll(LiveEdgeModel model, ulong randomSeed, ulong world, bool[] live)
    {
        if (model.IsLinearThreshold)
        {
            Array.Clear(live);
        }
        DrawAll(model, randomSeed, world, new FlagSink(live));
    }

    /// <summary>Draws every decision of world <paramref name="world"/> into <paramref name="bits"/> from word <paramref name="offset"/> on (bit a for out-arc a; zero on entry).</summary>
    public static void DrawAll(LiveEdgeModel model, ulong randomSeed, ulong world, ulong[] bits, int offset) =>
        DrawAll(model, randomSeed, world, new BitSink(bits, offset));

    /// <summary>The eager draw: IC arcs in CSR order, LT nodes ascending; the sink hears every IC arc and every LT arc kept.</summary>
    private static void DrawAll<TSink>(LiveEdgeModel model, ulong randomSeed, ulong world, TSink sink)
        where TSink : struct, ILiveArcSink
    {
        var rng = Xoshiro256StarStar.ForStream(randomSeed, world);
        double[] p = model.Probabilities;
        if (!model.IsLinearThreshold)
        {
            for (int a = 0; a < p.Length; a++)
            {
                sink.Set(a, Coin(ref rng, p[a]));
            }
            return;
        }
        int[] inOffsets = model.Graph.InOffsetsArray;
        for (int v = 0; v < inOffsets.Length - 1; v++)
        {
            if (inOffsets[v] != inOffsets[v + 1])
            {
                int a = ChooseInArc(ref rng, v, inOffsets, model.InArcToOutArc, p);
                if (a >= 0)
                {
                    sink.Set(a, true);
                }
            }
        }
    }

    /// <summary>The IC decision: an arc of probability <paramref name="p"/> is live when one draw in [0, 1) falls below it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Coin(ref Xoshiro256StarStar rng, double p) => rng.NextDouble() < p;

    /// <summary>The LT decision: node v keeps in-arc u→v with probability b<sub>uv</sub> (one draw against the cumulative in-weights, in in-arc order); −1 for none.</summary>
    private static int ChooseInArc(ref Xoshiro256StarStar rng, int v, int[] inOffsets, int[] inArcToOutArc, double[] weights)
    {
        double x = rng.NextDouble();
        double acc = 0;
        for (int i = inOffsets[v]; i < inOffsets[v + 1]; i++)
        {
            int a = inArcToOutArc[i];
            acc += weights[a];
            if (x < acc)
            {
                return a;
            }
        }
        return -1;
    }
}

/// <summary>Where an eager live-edge draw writes (specialised per implementation by the JIT).</summary>
internal interface ILiveArcSink
{
    void Set(int arc, bool live);
}

/// <summary>One flag per out-arc.</summary>
internal readonly struct FlagSink(bool[] live) : ILiveArcSink
{
    private readonly bool[] _live = live;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Set(int arc, bool live) => _live[arc] = live;
}

/// <summary>One bit per out-arc, in 64-bit words from an offset.</summary>
internal readonly struct BitSink(ulong[] bits, int offset) : ILiveArcSink
{
    private readonly ulong[] _bits = bits;
    private readonly int _offset = offset;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Set(int arc, bool live)
    {
        if (live)
        {
            _bits[_offset + (arc >> 6)] |= 1UL << (arc & 63);
        }
    }
}
