using System.Runtime.CompilerServices;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// Draws random reverse-reachable (RR) sets (Borgs, Brautbar, Chayes &amp; Lucier 2014): pick a uniform root v, keep
/// each arc with its probability (IC) or let every node pick at most one in-arc (LT), and collect the nodes that reach
/// v over kept arcs. RR set <c>i</c> under random seed <c>s</c> draws from <c>ForStream(s, i)</c> only, so a set never
/// depends on the thread that draws it.
/// </summary>
/// <remarks>
/// When the IC probabilities are equal across the in-arcs of a node (uniform IC, the weighted cascade), the kept in-arcs are drawn
/// by geometric skipping (subset sampling, as in SUBSIM: Guo, Wang, Wei, Chen, SIGMOD 2020, doi:10.1145/3318464.3389740):
/// O(1 + kept arcs) per node instead of one coin per arc, with the same distribution. Other per-arc probabilities (tie
/// classes of the relationship model, arc weights) are flipped one by one, in lockstep with the in-arc CSR.
/// </remarks>
internal sealed class ReverseReachableSampler
{
    private readonly int _nodeCount;
    private readonly int[] _inOffsets;
    private readonly int[] _inSources;
    private readonly double[]? _inWeights;
    private readonly bool _linearThreshold;
    private readonly bool _perArc;
    // IC with a per-node probability: 1/ln(1 − p_v) for geometric skipping; +∞ marks p_v = 0, 0 marks p_v = 1.
    private readonly double[]? _inverseLogKeep;
    private readonly ulong[]? _nodeThreshold;
    private readonly double _uniformInverseLogKeep;
    private readonly ulong _uniformThreshold;
    private readonly bool _uniform;

    /// <summary>Creates a sampler for a prepared model.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="model">The prepared triggering model.</param>
    /// <param name="perArcTrials">Flip one coin per in-arc even when the probabilities allow skipping (the C reference's method; for benchmarks).</param>
    public ReverseReachableSampler(CsrGraph graph, SeedingModel model, bool perArcTrials = false)
    {
        _nodeCount = graph.NodeCount;
        _inOffsets = graph.InOffsetsArray;
        _inSources = graph.InSourcesArray;
        _linearThreshold = model.IsLinearThreshold;
        if (_linearThreshold)
        {
            if (!model.HasPerNodeUniformProbabilities)
            {
                _inWeights = model.InArcProbabilities;
                _perArc = true;
            }
            return; // otherwise 1/in-degree: pick a uniform in-arc
        }
        if (model.UniformProbability is double p)
        {
            _perArc = perArcTrials;
            _uniform = true;
            _uniformInverseLogKeep = InverseLogKeep(p);
            _uniformThreshold = Xoshiro256StarStar.ProbabilityToThreshold(p);
            return;
        }
        if (!model.HasPerNodeUniformProbabilities)
        {
            _inWeights = model.InArcProbabilities;
            _perArc = true;
            return;
        }
        _perArc = perArcTrials;
        _inverseLogKeep = new double[_nodeCount];
        _nodeThreshold = new ulong[_nodeCount];
        double[] inArc = model.InArcProbabilities;
        for (int v = 0; v < _nodeCount; v++)
        {
            double q = _inOffsets[v + 1] == _inOffsets[v] ? 0 : inArc[_inOffsets[v]];
            _inverseLogKeep[v] = InverseLogKeep(q);
            _nodeThreshold[v] = Xoshiro256StarStar.ProbabilityToThreshold(q);
        }
    }

    /// <summary>Number of nodes.</summary>
    public int NodeCount => _nodeCount;

    private static double InverseLogKeep(double p) =>
        p <= 0 ? double.PositiveInfinity : p >= 1 ? 0 : 1.0 / Math.Log(1 - p);

    /// <summary>
    /// Draws RR set number <paramref name="setIndex"/> into <c>scratch.Members</c> (root first) and returns its size.
    /// </summary>
    /// <param name="randomSeed">The run's random seed.</param>
    /// <param name="setIndex">The set's stream index.</param>
    /// <param name="scratch">Per-thread scratch.</param>
    /// <param name="arcsVisited">Incremented by the number of in-arcs covered (flipped or skipped over).</param>
    /// <returns>The number of members written to <c>scratch.Members</c>.</returns>
    public int Sample(ulong randomSeed, ulong setIndex, SamplerScratch scratch, ref long arcsVisited)
    {
        var rng = Xoshiro256StarStar.ForStream(randomSeed, setIndex);
        int root = rng.NextInt(_nodeCount);
        return SampleFrom(root, ref rng, scratch, ref arcsVisited);
    }

    /// <summary>Draws an RR set from a given root with a given generator (root first).</summary>
    public int SampleFrom(int root, ref Xoshiro256StarStar rng, SamplerScratch scratch, ref long arcsVisited)
    {
        int[] members = scratch.Members;
        int[] stamp = scratch.Stamp;
        int epoch = scratch.NextEpoch();
        members[0] = root;
        stamp[root] = epoch;
        int count = 1;
        int[] inOffsets = _inOffsets;
        int[] inSources = _inSources;
        if (_linearThreshold)
        {
            int u = root;
            while (true)
            {
                int start = inOffsets[u];
                int d = inOffsets[u + 1] - start;
                if (d == 0)
                {
                    break;
                }
                int w;
                if (_inWeights is null)
                {
                    w = inSources[start + rng.NextInt(d)];
                    arcsVisited += 1;
                }
                else
                {
                    double r = rng.NextDouble();
                    double acc = 0;
                    w = -1;
                    for (int a = start; a < start + d; a++)
                    {
                        acc += _inWeights[a];
                        if (r < acc)
                        {
                            w = inSources[a];
                            arcsVisited += a - start + 1;
                            break;
                        }
                    }
                    if (w < 0)
                    {
                        arcsVisited += d;
                        break;
                    }
                }
                if (stamp[w] == epoch)
                {
                    break;
                }
                stamp[w] = epoch;
                members[count++] = w;
                u = w;
            }
            return count;
        }

        long visited = 0;
        for (int head = 0; head < count; head++)
        {
            int u = members[head];
            int start = inOffsets[u];
            int end = inOffsets[u + 1];
            int d = end - start;
            if (d == 0)
            {
                continue;
            }
            visited += d;
            if (_perArc)
            {
                if (_inWeights is not null)
                {
                    for (int a = start; a < end; a++)
                    {
                        if (rng.NextDouble() < _inWeights[a])
                        {
                            int w = inSources[a];
                            if (stamp[w] != epoch)
                            {
                                stamp[w] = epoch;
                                members[count++] = w;
                            }
                        }
                    }
                }
                else
                {
                    ulong threshold = _uniform ? _uniformThreshold : _nodeThreshold![u];
                    for (int a = start; a < end; a++)
                    {
                        if ((rng.NextUInt64() >> 32) < threshold)
                        {
                            int w = inSources[a];
                            if (stamp[w] != epoch)
                            {
                                stamp[w] = epoch;
                                members[count++] = w;
                            }
                        }
                    }
                }
                continue;
            }
            double inverseLogKeep = _uniform ? _uniformInverseLogKeep : _inverseLogKeep![u];
            if (inverseLogKeep == 0)
            {
                for (int a = start; a < end; a++)
                {
                    int w = inSources[a];
                    if (stamp[w] != epoch)
                    {
                        stamp[w] = epoch;
                        members[count++] = w;
                    }
                }
                continue;
            }
            if (double.IsPositiveInfinity(inverseLogKeep))
            {
                continue;
            }
            // Geometric skipping: the gap before the next kept arc is Geometric(p) − 1.
            int j = -1;
            while (true)
            {
                double skip = Math.Log(1.0 - rng.NextDouble()) * inverseLogKeep;
                if (skip >= d - 1 - j)
                {
                    break;
                }
                j += 1 + (int)skip;
                int w = inSources[start + j];
                if (stamp[w] != epoch)
                {
                    stamp[w] = epoch;
                    members[count++] = w;
                }
            }
        }
        arcsVisited += visited;
        return count;
    }
}
