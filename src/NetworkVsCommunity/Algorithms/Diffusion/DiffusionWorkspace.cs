namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>
/// Reusable per-thread scratch memory for single diffusion runs: after construction a run allocates nothing.
/// </summary>
/// <remarks>
/// <para>Activation marks use an epoch stamp (<see cref="Stamp"/>[v] == current epoch means v is active in this run),
/// so nothing is cleared between runs. After a run the adopters are <c>Queue[0..count)</c> in adoption order, with
/// <see cref="AdopterParents"/> and <see cref="AdopterSteps"/> in lockstep (indexed by adoption position).</para>
/// <para>Not thread-safe: one workspace per thread.</para>
/// </remarks>
internal sealed class DiffusionWorkspace
{
    private int _epoch;
    private int[]? _nodeStep;
    private int[]? _counts;
    private int[]? _countStamp;
    private double[]? _sums;
    private double[]? _thresholds;
    private int[]? _current;
    private int[]? _next;
    private int[]? _infected;
    private long[]? _frontier;

    public DiffusionWorkspace(int nodeCount)
    {
        NodeCount = nodeCount;
        Stamp = new int[nodeCount];
        Queue = new int[nodeCount];
        AdopterParents = new int[nodeCount];
        AdopterSteps = new int[nodeCount];
        SharerBuffer = [];
    }

    public int NodeCount { get; }

    /// <summary>Per node: the epoch of the run in which it adopted.</summary>
    public int[] Stamp { get; }

    /// <summary>Adopters in adoption order (the FIFO frontier).</summary>
    public int[] Queue { get; }

    /// <summary>Parent of the adopter at each adoption position (−1 for initial sharers).</summary>
    public int[] AdopterParents { get; }

    /// <summary>Step of the adopter at each adoption position.</summary>
    public int[] AdopterSteps { get; }

    /// <summary>Scratch for random initial sharers drawn per run.</summary>
    public int[] SharerBuffer { get; private set; }

    /// <summary>Adjacency entries scanned by active nodes in the last run (the C reference's "examined").</summary>
    public long ArcsExamined { get; set; }

    /// <summary>The number of adopters of the last run.</summary>
    public int AdopterCount { get; set; }

    /// <summary>Whether the last run recorded active-neighbour counts (threshold models).</summary>
    public bool RecordedCounts { get; set; }

    /// <summary>Whether the last run stopped at a step cap with nodes still infected (SIR/SIS).</summary>
    public bool StoppedAtMaxSteps { get; set; }

    public int Epoch => _epoch;

    public int[] NodeStep => _nodeStep ??= new int[NodeCount];

    public int[] Counts => _counts ??= new int[NodeCount];

    public int[] CountStamp => _countStamp ??= new int[NodeCount];

    public double[] Sums => _sums ??= new double[NodeCount];

    public double[] Thresholds => _thresholds ??= new double[NodeCount];

    public int[] Current => _current ??= new int[NodeCount];

    public int[] Next => _next ??= new int[NodeCount];

    public int[] InfectedMark => _infected ??= new int[NodeCount];

    /// <summary>The Independent Cascade's packed frontier: (parent position &lt;&lt; 32) | node per adopter, −1 as parent position for sharers.</summary>
    public long[] Frontier => _frontier ??= new long[NodeCount];

    /// <summary>Starts a new run: returns a fresh epoch, clearing the stamp arrays only when the epoch wraps.</summary>
    public int NextEpoch()
    {
        if (_epoch == int.MaxValue)
        {
            Array.Clear(Stamp);
            if (_countStamp is not null)
            {
                Array.Clear(_countStamp);
            }
            if (_infected is not null)
            {
                Array.Clear(_infected);
            }
            _epoch = 0;
        }
        return ++_epoch;
    }

    public Span<int> EnsureSharerBuffer(int length)
    {
        if (SharerBuffer.Length < length)
        {
            SharerBuffer = new int[length];
        }
        return SharerBuffer.AsSpan(0, length);
    }
}
