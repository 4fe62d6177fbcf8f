using System.Collections.Concurrent;
using System.Globalization;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// A growing collection of RR sets stored flat: one <c>int</c> array of members and one array of offsets, for every set
/// with two or more members; a set that holds only its root is counted per node instead (most sets when influence is
/// weak), which changes no coverage.
/// </summary>
/// <remarks>
/// <para>Set <c>i</c> draws from <c>ForStream(RandomSeed, StreamOffset + i)</c>. Sets are drawn in fixed blocks in
/// parallel and appended in index order, so the stored sets and the per-node singleton counts are identical for any
/// thread count.</para>
/// <para>Memory: 4 bytes per stored member plus 4 per stored set plus 4 per node; at most
/// <see cref="Array.MaxLength"/> stored members.</para>
/// </remarks>
internal sealed class ReverseReachableSetCollection
{
    private const int BlockSize = 8192;
    private const int BlocksPerWave = 64;

    private readonly ReverseReachableSampler _sampler;
    private readonly ulong _randomSeed;
    private readonly ulong _streamOffset;
    private readonly int _maxDegreeOfParallelism;
    private readonly ConcurrentStack<SamplerScratch> _scratchPool = new();
    private readonly List<SamplerScratch> _allScratch = [];
    private int[] _members = new int[1024];
    private int[] _offsets = new int[256];
    private int _memberCount;
    private int _storedCount;

    public ReverseReachableSetCollection(ReverseReachableSampler sampler, ulong randomSeed, ulong streamOffset, int maxDegreeOfParallelism)
    {
        _sampler = sampler;
        _randomSeed = randomSeed;
        _streamOffset = streamOffset;
        _maxDegreeOfParallelism = maxDegreeOfParallelism <= 0 ? Environment.ProcessorCount : maxDegreeOfParallelism;
        SingletonCounts = new long[sampler.NodeCount];
    }

    /// <summary>Number of RR sets drawn (stored plus singletons).</summary>
    public long Count { get; private set; }

    /// <summary>Number of stored (two or more members) sets.</summary>
    public int StoredCount => _storedCount;

    /// <summary>Total members of the stored sets.</summary>
    public int MemberCount => _memberCount;

    /// <summary>Total in-arcs visited while drawing.</summary>
    public long ArcsVisited { get; private set; }

    /// <summary>Sum of all set sizes (singletons included).</summary>
    public long TotalSize => _memberCount + (Count - _storedCount);

    /// <summary>Per node, the number of sets whose only member is that node.</summary>
    public long[] SingletonCounts { get; }

    /// <summary>Members array (valid up to <see cref="MemberCount"/>).</summary>
    public int[] Members => _members;

    /// <summary>Offsets array: stored set s is <c>Members[Offsets[s]..Offsets[s+1]]</c>.</summary>
    public int[] Offsets => _offsets;

    /// <summary>The members of stored set <paramref name="set"/>.</summary>
    public ReadOnlySpan<int> StoredSet(int set) => new(_members, _offsets[set], _offsets[set + 1] - _offsets[set]);

    /// <summary>Draws sets until <see cref="Count"/> reaches <paramref name="target"/>.</summary>
    public void ExtendTo(long target, IProgress<AnalysisProgress>? progress, string stage, double fromFraction, double toFraction, CancellationToken cancellationToken)
    {
        long start = Count;
        if (target <= start)
        {
            return;
        }
        var buffers = new BlockBuffer[BlocksPerWave];
        for (int i = 0; i < buffers.Length; i++)
        {
            buffers[i] = new BlockBuffer();
        }
        var options = new ParallelOptions { MaxDegreeOfParallelism = _maxDegreeOfParallelism, CancellationToken = cancellationToken };
        long next = start;
        while (next < target)
        {
            cancellationToken.ThrowIfCancellationRequested();
            long waveEnd = Math.Min(target, next + (long)BlockSize * BlocksPerWave);
            int blocks = (int)((waveEnd - next + BlockSize - 1) / BlockSize);
            long waveStart = next;
            Parallel.For(0, blocks, options, b =>
            {
                long from = waveStart + (long)b * BlockSize;
                long to = Math.Min(waveEnd, from + BlockSize);
                SamplerScratch scratch = RentScratch();
                try
                {
                    buffers[b].Fill(_sampler, _randomSeed, _streamOffset, from, to, scratch, cancellationToken);
                }
                finally
                {
                    _scratchPool.Push(scratch);
                }
            });
            for (int b = 0; b < blocks; b++)
            {
                Append(buffers[b]);
            }
            Count = waveEnd;
            next = waveEnd;
            progress?.Report(new AnalysisProgress(stage, fromFraction + (toFraction - fromFraction) * (next - start) / (target - start), next, target));
        }
        // Fold the per-thread singleton counts (integer sums: the same for any thread assignment).
        foreach (SamplerScratch s in _allScratch)
        {
            long[] local = s.SingletonCounts!;
            for (int v = 0; v < local.Length; v++)
            {
                SingletonCounts[v] += local[v];
            }
            Array.Clear(local);
        }
    }

    private SamplerScratch RentScratch()
    {
        if (_scratchPool.TryPop(out SamplerScratch? s))
        {
            return s;
        }
        s = new SamplerScratch(_sampler.NodeCount) { SingletonCounts = new long[_sampler.NodeCount] };
        lock (_allScratch)
        {
            _allScratch.Add(s);
        }
        return s;
    }

    private void Append(BlockBuffer block)
    {
        long needMembers = (long)_memberCount + block.MemberCount;
        if (needMembers > Array.MaxLength)
        {
            ThrowHelper.InvalidOperation(string.Create(CultureInfo.InvariantCulture,
                $"The RR sets need more than {Array.MaxLength} stored members ({Count} sets drawn so far); use a larger Epsilon, a smaller graph or a stronger influence model."));
        }
        if (needMembers > _members.Length)
        {
            Array.Resize(ref _members, (int)Math.Min(Array.MaxLength, Math.Max(needMembers, (long)_members.Length * 3 / 2)));
        }
        if (_storedCount + block.SetCount + 1 > _offsets.Length)
        {
            Array.Resize(ref _offsets, (int)Math.Min(Array.MaxLength, Math.Max(_storedCount + block.SetCount + 1L, (long)_offsets.Length * 3 / 2)));
        }
        Array.Copy(block.Members, 0, _members, _memberCount, block.MemberCount);
        for (int s = 0; s < block.SetCount; s++)
        {
            _offsets[_storedCount + s + 1] = _memberCount + block.Ends[s];
        }
        _memberCount += block.MemberCount;
        _storedCount += block.SetCount;
        ArcsVisited += block.ArcsVisited;
    }

    /// <summary>The stored sets of one block, in index order.</summary>
    private sealed class BlockBuffer
    {
        public int[] Members = new int[BlockSize * 2];
        public int[] Ends = new int[BlockSize];
        public int MemberCount;
        public int SetCount;
        public long ArcsVisited;

        public void Fill(ReverseReachableSampler sampler, ulong randomSeed, ulong streamOffset, long from, long to, SamplerScratch scratch, CancellationToken cancellationToken)
        {
            MemberCount = 0;
            SetCount = 0;
            long arcs = 0;
            long[] singletons = scratch.SingletonCounts!;
            int[] members = scratch.Members;
            for (long i = from; i < to; i++)
            {
                if (((i - from) & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
                int size = sampler.Sample(randomSeed, streamOffset + (ulong)i, scratch, ref arcs);
                if (size == 1)
                {
                    singletons[members[0]]++;
                    continue;
                }
                if (MemberCount + size > Members.Length)
                {
                    Array.Resize(ref Members, Math.Max(MemberCount + size, Members.Length * 2));
                }
                Array.Copy(members, 0, Members, MemberCount, size);
                MemberCount += size;
                Ends[SetCount++] = MemberCount;
            }
            ArcsVisited = arcs;
        }
    }
}
