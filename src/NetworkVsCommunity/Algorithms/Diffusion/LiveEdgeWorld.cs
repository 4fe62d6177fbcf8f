using System.Runtime.CompilerServices;

namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>
/// The library's one live-edge draw (internal): world w under random seed s decides every arc from a counter-based uniform
/// U(s, w, a) in [0, 1), a fixed SplitMix64-style hash of the world key and the arc. Under IC arc a is live iff
/// U(s, w, a) &lt; p<sub>a</sub>; under LT node v keeps the in-arc where its own uniform U'(s, w, v) falls in the cumulative
/// in-weights (or none). The probabilities are the model's (<see cref="LiveEdgeModel"/>, from
/// <see cref="DiffusionArcProbabilities"/>).
/// </summary>
/// <remarks>
/// <para>Because a decision is a function of (seed, world, arc) only, it does not matter in which order, or whether, arcs
/// are examined: <see cref="IsLive(int)"/> decides an arc lazily when a search first reaches it (arcs never reached are
/// never drawn: the seeding comparison and the campaign worlds), and <see cref="DrawAll(LiveEdgeModel, long, int, bool[])"/>
/// decides every arc up front (the metrics' samples, the stored worlds of the Monte Carlo spread oracle); both give the
/// same world. The same uniform serves every probability, so worlds of different model parameters and different sharer
/// sets are coupled (common random numbers), and a world only grows when probabilities grow (the break-even search and
/// share-log fitting rely on this). The reach of a sharer set over live arcs has the distribution of the cascade (Kempe,
/// Kleinberg &amp; Tardos 2003, doi:10.1145/956750.956769, Claim 2.6 and Theorem 2.5); the uniforms are those of
/// SplitMix64 (Steele, Lea &amp; Flood 2014, doi:10.1145/2714064.2660195), applied to a counter.</para>
/// <para>An instance is one lazily read world (per-thread; it caches LT choices). The static members are thread-safe.</para>
/// </remarks>
internal sealed class LiveEdgeWorld
{
    private readonly LiveEdgeModel _model;
    private readonly double[] _p;
    private readonly int[] _targets;
    private readonly int[] _inOffsets;
    private int[]? _decided;   // LT: per node, the world stamp when its choice was cached
    private int[]? _choice;    // LT: the chosen out-arc or −1
    private int _stamp;
    private ulong _key;
    private ulong _nodeKey;

    public LiveEdgeWorld(LiveEdgeModel model)
    {
        _model = model;
        _p = model.Probabilities;
        _targets = model.Graph.TargetsArray;
        _inOffsets = model.Graph.InOffsetsArray;
    }

    /// <summary>The model drawn.</summary>
    public LiveEdgeModel Model => _model;

    /// <summary>The key of world <paramref name="world"/> under <paramref name="randomSeed"/>.</summary>
    public static ulong WorldKey(long randomSeed, int world) =>
        Mix(Mix(unchecked((ulong)randomSeed) ^ 0x243F6A8885A308D3UL) ^ ((ulong)(uint)world * 0xD1B54A32D192ED03UL));

    /// <summary>The uniform in [0, 1) of arc (or node) <paramref name="index"/> in the world of <paramref name="worldKey"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Uniform(ulong worldKey, int index)
    {
        ulong z = worldKey + ((ulong)(uint)index * 0x9E3779B97F4A7C15UL);
        return (Mix(z) >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>The IC decision: arc <paramref name="arc"/> of probability <paramref name="probability"/> is live in the world of <paramref name="worldKey"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLive(ulong worldKey, int arc, double probability) => Uniform(worldKey, arc) < probability;

    /// <summary>Starts world <paramref name="world"/> under <paramref name="randomSeed"/> for <see cref="IsLive(int)"/>.</summary>
    public void Begin(long randomSeed, int world)
    {
        _key = WorldKey(randomSeed, world);
        if (!_model.IsLinearThreshold)
        {
            return;
        }
        _nodeKey = NodeKey(_key);
        if (_decided is null)
        {
            _decided = new int[_model.Graph.NodeCount];
            _choice = new int[_model.Graph.NodeCount];
        }
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_decided);
            _stamp = 1;
        }
    }

    /// <summary>Whether out-arc <paramref name="arc"/> is live in the current world.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsLive(int arc)
    {
        if (!_model.IsLinearThreshold)
        {
            return IsLive(_key, arc, _p[arc]);
        }
        int v = _targets[arc];
        if (_decided![v] != _stamp)
        {
            _decided[v] = _stamp;
            _choice![v] = ChooseInArc(_nodeKey, v, _inOffsets, _model.InArcToOutArc, _p);
        }
        return _choice![v] == arc;
    }

    /// <summary>Draws every arc of world <paramref name="world"/> into <paramref name="live"/> (one flag per out-arc).</summary>
    public static void DrawAll(LiveEdgeModel model, long randomSeed, int world, bool[] live)
    {
        if (model.IsLinearThreshold)
        {
            Array.Clear(live);
        }
        DrawAll(model, randomSeed, world, new FlagSink(live));
    }

    /// <summary>Draws every arc of world <paramref name="world"/> into <paramref name="bits"/> from word <paramref name="offset"/> on (bit a for out-arc a; zero on entry).</summary>
    public static void DrawAll(LiveEdgeModel model, long randomSeed, int world, ulong[] bits, int offset) =>
        DrawAll(model, randomSeed, world, new BitSink(bits, offset));

    /// <summary>The eager draw; the sink hears every IC arc and every LT arc kept.</summary>
    private static void DrawAll<TSink>(LiveEdgeModel model, long randomSeed, int world, TSink sink)
        where TSink : struct, ILiveArcSink
    {
        ulong key = WorldKey(randomSeed, world);
        double[] p = model.Probabilities;
        if (!model.IsLinearThreshold)
        {
            for (int a = 0; a < p.Length; a++)
            {
                sink.Set(a, IsLive(key, a, p[a]));
            }
            return;
        }
        ulong nodeKey = NodeKey(key);
        int[] inOffsets = model.Graph.InOffsetsArray;
        for (int v = 0; v < inOffsets.Length - 1; v++)
        {
            if (inOffsets[v] != inOffsets[v + 1])
            {
                int a = ChooseInArc(nodeKey, v, inOffsets, model.InArcToOutArc, p);
                if (a >= 0)
                {
                    sink.Set(a, true);
                }
            }
        }
    }

    /// <summary>The LT decision: node v keeps in-arc u→v with probability b<sub>uv</sub> (its uniform against the cumulative in-weights, in in-arc order); −1 for none.</summary>
    private static int ChooseInArc(ulong nodeKey, int v, int[] inOffsets, int[] inArcToOutArc, double[] weights)
    {
        double x = Uniform(nodeKey, v);
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

    /// <summary>The key of the per-node uniforms (LT) of a world, independent of its per-arc uniforms.</summary>
    private static ulong NodeKey(ulong worldKey) => Mix(worldKey ^ 0x13198A2E03707344UL);

    /// <summary>The SplitMix64 output function.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
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
