using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Algorithms.Centrality;
using NetworkVsCommunity.Algorithms.Metrics;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Algorithms.Roles;

/// <summary>
/// Role metrics ROL-1..6 of docs/metrics.md#roles: cartographic roles, brokers, evangelists, broadcasters, enthusiasts (熱狂社員)
/// and the ONA role map.
/// </summary>
/// <remarks>Thread safety: stateless. Sample-based scores take a seed, report it, and are identical on any thread count.</remarks>
public static class RoleAnalysis
{
    /// <summary>ROL-1 CartographyRole: within-module degree z, participation coefficient P and the roles R1–R7 of Guimerà &amp; Amaral.</summary>
    /// <remarks>
    /// <para>Guimerà &amp; Amaral 2005, <i>Nature</i> 433:895–900, doi:10.1038/nature03288. κ_i counts i's neighbours in its
    /// own module; z_i = (κ_i − mean_{j∈c(i)} κ_j) / sd_{j∈c(i)} κ_j with the <b>population</b> standard deviation, and
    /// z = 0 when sd = 0 (all equal, a convention). P_i = 1 − Σ_s (κ_is/k_i)² over all modules s including i's own
    /// (P = 0 when all links stay inside, 1 − 1/q with one link into each of q modules; P = 0 for isolated nodes).
    /// Hubs have z ≥ 2.5. Degrees are unweighted out-degrees without self-loops. O(n + m).</para>
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="partition">The modules (communities or org units).</param>
    /// <returns>z, P and roles per node.</returns>
    /// <exception cref="ArgumentException">The partition does not fit the graph.</exception>
    public static CartographyResult Cartography(CsrGraph graph, Partition partition)
    {
        ArgumentNullException.ThrowIfNull(graph);
        MetricSupport.CheckPartition(partition, graph.NodeCount);
        int n = graph.NodeCount;
        int q = partition.CommunityCount;
        var membership = partition.Membership;
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        var kappa = new int[n];
        var p = new double[n];
        var perModule = new int[q];
        var touched = new List<int>();
        for (int v = 0; v < n; v++)
        {
            int k = 0;
            touched.Clear();
            for (int a = offsets[v]; a < offsets[v + 1]; a++)
            {
                int u = targets[a];
                if (u == v)
                {
                    continue;
                }
                k++;
                int c = membership[u];
                if (perModule[c]++ == 0)
                {
                    touched.Add(c);
                }
            }
            kappa[v] = perModule[membership[v]];
            double sum = 0;
            foreach (int c in touched)
            {
                double f = (double)perModule[c] / k;
                sum += f * f;
                perModule[c] = 0;
            }
            p[v] = k == 0 ? 0 : Math.Max(0, 1 - sum);
        }
        var mean = new double[q];
        var sq = new double[q];
        var size = partition.Sizes();
        for (int v = 0; v < n; v++)
        {
            mean[membership[v]] += kappa[v];
        }
        for (int c = 0; c < q; c++)
        {
            mean[c] /= size[c];
        }
        for (int v = 0; v < n; v++)
        {
            double d = kappa[v] - mean[membership[v]];
            sq[membership[v]] += d * d;
        }
        var z = new double[n];
        var roles = new CartographyRole[n];
        for (int v = 0; v < n; v++)
        {
            int c = membership[v];
            double sd = Math.Sqrt(sq[c] / size[c]);
            z[v] = sd > 1e-12 ? (kappa[v] - mean[c]) / sd : 0;
            roles[v] = Classify(z[v], p[v]);
        }
        return new CartographyResult(ImmutableArray.Create(kappa), ImmutableArray.Create(z), ImmutableArray.Create(p), ImmutableArray.Create(roles));
    }

    private static CartographyRole Classify(double z, double p) =>
        z >= 2.5
            ? (p <= 0.30 ? CartographyRole.R5ProvincialHub : p <= 0.75 ? CartographyRole.R6ConnectorHub : CartographyRole.R7KinlessHub)
            : (p <= 0.05 ? CartographyRole.R1UltraPeripheral : p <= 0.62 ? CartographyRole.R2Peripheral : p <= 0.80 ? CartographyRole.R3Connector : CartographyRole.R4Kinless);

    /// <summary>ROL-2 BrokerScore: Burt's constraint and effective size, and betweenness restricted to paths between communities.</summary>
    /// <remarks>
    /// <para>Burt 1992, <i>Structural Holes</i>, Harvard UP. With mutual tie weights a_ij + a_ji (self-loops ignored),
    /// p_ij = (a_ij + a_ji) / Σ_k (a_ik + a_ki), constraint c_i = Σ_{j∈N(i)} (p_ij + Σ_{q≠i,j} p_iq p_qj)² and effective size
    /// ES_i = Σ_{j∈N(i)} (1 − Σ_{q≠i,j} p_iq m_jq) with m_jq = (a_jq + a_qj) / max_k (a_jk + a_kj), which is k − 2t/k for
    /// unweighted undirected graphs (as NetworkX). Star centre with n leaves: c = 1/n, ES = n; a leaf: c = 1. Isolated
    /// nodes get NaN. O(Σ_i Σ_{j∈N(i)} k_j) plus the betweenness, O(nm) (see
    /// <see cref="CentralityMeasures.BetweenCommunityBetweenness"/>).</para>
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="partition">Communities for the betweenness term.</param>
    /// <param name="betweennessOptions">Options of the betweenness term.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Constraint, effective size and between-community betweenness per node.</returns>
    /// <exception cref="ArgumentException">The partition does not fit the graph.</exception>
    public static BrokerScoreResult BrokerScores(CsrGraph graph, Partition partition, BetweennessOptions? betweennessOptions = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        MetricSupport.CheckPartition(partition, graph.NodeCount);
        var (offsets, nbrs, weights) = MutualView(graph);
        int n = graph.NodeCount;
        var volume = new double[n];
        var maxW = new double[n];
        for (int v = 0; v < n; v++)
        {
            for (int a = offsets[v]; a < offsets[v + 1]; a++)
            {
                volume[v] += weights[a];
                maxW[v] = Math.Max(maxW[v], weights[a]);
            }
        }
        var pI = new double[n];
        var constraint = new double[n];
        var effective = new double[n];
        for (int i = 0; i < n; i++)
        {
            if (offsets[i] == offsets[i + 1])
            {
                constraint[i] = double.NaN;
                effective[i] = double.NaN;
                continue;
            }
            for (int a = offsets[i]; a < offsets[i + 1]; a++)
            {
                pI[nbrs[a]] = weights[a] / volume[i];
            }
            double c = 0;
            double es = 0;
            for (int a = offsets[i]; a < offsets[i + 1]; a++)
            {
                int j = nbrs[a];
                double indirect = 0;
                double redundancy = 0;
                for (int b = offsets[j]; b < offsets[j + 1]; b++)
                {
                    int q = nbrs[b];
                    if (q == i || pI[q] == 0)
                    {
                        continue;
                    }
                    indirect += pI[q] * weights[b] / volume[q];
                    redundancy += pI[q] * weights[b] / maxW[j];
                }
                double total = pI[j] + indirect;
                c += total * total;
                es += 1 - redundancy;
            }
            constraint[i] = c;
            effective[i] = es;
            for (int a = offsets[i]; a < offsets[i + 1]; a++)
            {
                pI[nbrs[a]] = 0;
            }
        }
        var between = CentralityMeasures.BetweenCommunityBetweenness(graph, partition, betweennessOptions, null, cancellationToken);
        return new BrokerScoreResult(ImmutableArray.Create(constraint), ImmutableArray.Create(effective), between.Values)
        {
            BetweennessRandomSeed = between.RandomSeed,
            Diagnostics = between.Diagnostics,
        };
    }

    /// <summary>Undirected mutual view: sorted neighbour lists (out ∪ in, no self-loops) with weights a_ij + a_ji.</summary>
    private static (int[] Offsets, int[] Neighbors, double[] Weights) MutualView(CsrGraph graph)
    {
        int n = graph.NodeCount;
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        double[]? w = graph.WeightsArray;
        if (!graph.IsDirected)
        {
            var count = new int[n + 1];
            for (int v = 0; v < n; v++)
            {
                int c = 0;
                for (int a = offsets[v]; a < offsets[v + 1]; a++)
                {
                    if (targets[a] != v)
                    {
                        c++;
                    }
                }
                count[v + 1] = count[v] + c;
            }
            var nb = new int[count[n]];
            var wt = new double[count[n]];
            for (int v = 0; v < n; v++)
            {
                int k = count[v];
                for (int a = offsets[v]; a < offsets[v + 1]; a++)
                {
                    if (targets[a] != v)
                    {
                        nb[k] = targets[a];
                        wt[k++] = 2 * (w is null ? 1.0 : w[a]);
                    }
                }
            }
            return (count, nb, wt);
        }
        int[] inOffsets = graph.InOffsetsArray;
        int[] inSources = graph.InSourcesArray;
        double[]? inW = graph.InWeightsArray;
        var off = new int[n + 1];
        var merged = new List<int>();
        var mergedW = new List<double>();
        for (int v = 0; v < n; v++)
        {
            int a = offsets[v];
            int b = inOffsets[v];
            int aEnd = offsets[v + 1];
            int bEnd = inOffsets[v + 1];
            while (a < aEnd || b < bEnd)
            {
                int ta = a < aEnd ? targets[a] : int.MaxValue;
                int tb = b < bEnd ? inSources[b] : int.MaxValue;
                int t = Math.Min(ta, tb);
                double weight = 0;
                if (ta == t)
                {
                    weight += w is null ? 1.0 : w[a];
                    a++;
                }
                if (tb == t)
                {
                    weight += inW is null ? 1.0 : inW[b];
                    b++;
                }
                if (t != v)
                {
                    merged.Add(t);
                    mergedW.Add(weight);
                }
            }
            off[v + 1] = merged.Count;
        }
        return (off, [.. merged], [.. mergedW]);
    }

    /// <summary>ROL-3 EvangelistScore and ROL-4 BroadcasterScore of candidate sharers, from common live-edge samples.</summary>
    /// <remarks>
    /// <para>EvangelistScore(v) = E[|A({v}) ∩ c(v)|] / |c(v)| × RES-1 of v's cascades: deep, reinforced reach in the home
    /// community (共有・共鳴). An evangelist has a score &gt; 0 in the top quantile and within-module z ≥ 0 (ROL-1).
    /// BroadcasterScore(v) = σ({v}) × (1 − RES-3 of v's cascades): high reach that leaves the community (拡散), the contrast
    /// class. RES-1 and RES-3 are pooled over the samples (ratio of sums). References: Centola &amp; Macy 2007
    /// (doi:10.1086/521848); Weng, Menczer &amp; Ahn 2013 (doi:10.1038/srep02522); Kempe, Kleinberg &amp; Tardos 2003.</para>
    /// <para>Under a cascade model with independent arcs (ic, icp, relationship) all candidates share the same live-edge
    /// samples, in O(R · (m + Σ_v (reach_v + arcs into it))). Under any other model (lt, threshold, sir, sis) each
    /// candidate's cascades come from <see cref="Diffusion.DiffusionSimulator.MonteCarlo"/>, every candidate with the same
    /// random seed. Sums are integers: identical for any thread count.</para>
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="partition">Communities.</param>
    /// <param name="candidates">The candidate sharers (e.g. the employees).</param>
    /// <param name="model">The diffusion model; <see cref="Diffusion.DiffusionModel.Default"/> when null.</param>
    /// <param name="sampling">Runs, random seed and threads; <see cref="Diffusion.SamplingOptions.Default"/> when null.</param>
    /// <param name="topQuantile">Quantile above which a score is "top", in [0, 1). Default 0.9.</param>
    /// <param name="progress">Progress over samples.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Scores and classifications.</returns>
    /// <exception cref="ArgumentException">Inputs of the wrong size.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A candidate, the quantile or an option is out of range.</exception>
    public static AdvocacyRoleScores EvangelistsAndBroadcasters(CsrGraph graph, Partition partition, ReadOnlySpan<int> candidates,
        Diffusion.DiffusionModel? model = null, Diffusion.SamplingOptions? sampling = null, double topQuantile = 0.9,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        MetricSupport.CheckPartition(partition, graph.NodeCount);
        if (!(topQuantile >= 0 && topQuantile < 1))
        {
            ThrowHelper.ArgumentOutOfRange(nameof(topQuantile), topQuantile, "[0, 1)");
        }
        model ??= Diffusion.DiffusionModel.Default;
        if (!Diffusion.DiffusionArcProbabilities.IsLiveEdge(model))
        {
            return EvangelistsAndBroadcastersBySimulation(graph, partition, candidates, model, sampling, topQuantile, progress, cancellationToken);
        }
        var options = (sampling ?? Diffusion.SamplingOptions.Default).Resolve();
        int[] nodes = MetricSupport.CheckNodes(candidates, graph.NodeCount, nameof(candidates));
        long seed = options.RandomSeed!.Value;
        var sampler = Diffusion.LiveEdgeSampler.ForModel(graph, model, seed, "EvangelistsAndBroadcasters");
        int[] membership = partition.Membership.ToArray();
        int k = nodes.Length;
        var reach = new long[k];
        var home = new long[k];
        var reinforced = new long[k];
        var nonSeed = new long[k];
        var intra = new long[k];
        int r = options.Runs;
        var gate = new object();
        int done = 0;
        sampler.ForEachSample(r, options.MaxDegreeOfParallelism, (i, scratch) =>
        {
            sampler.Draw(i, scratch);
            var local = new long[5 * k];
            for (int e = 0; e < k; e++)
            {
                int v = nodes[e];
                int cv = membership[v];
                int c = sampler.Reach(nodes.AsSpan(e, 1), scratch, out int stamp);
                int inHome = 0;
                int intraCount = 0;
                for (int j = 0; j < c; j++)
                {
                    int x = scratch.Queue[j];
                    if (membership[x] == cv)
                    {
                        inHome++;
                    }
                    if (j > 0 && membership[scratch.Parent[x]] == membership[x])
                    {
                        intraCount++;
                    }
                }
                local[(5 * e) + 0] = c;
                local[(5 * e) + 1] = inHome;
                local[(5 * e) + 2] = sampler.CountReinforced(scratch, c, stamp, 2, null, null);
                local[(5 * e) + 3] = c - 1;
                local[(5 * e) + 4] = intraCount;
            }
            lock (gate)
            {
                for (int e = 0; e < k; e++)
                {
                    reach[e] += local[5 * e];
                    home[e] += local[(5 * e) + 1];
                    reinforced[e] += local[(5 * e) + 2];
                    nonSeed[e] += local[(5 * e) + 3];
                    intra[e] += local[(5 * e) + 4];
                }
                done++;
                progress?.Report(new AnalysisProgress("EvangelistsAndBroadcasters", (double)done / r, done, r));
            }
        }, cancellationToken);
        var z = Cartography(graph, partition).WithinModuleZ;
        var sizes = partition.Sizes();
        var evangelist = new double[k];
        var broadcaster = new double[k];
        var sigma = new double[k];
        var coverage = new double[k];
        var res1 = new double[k];
        var res3 = new double[k];
        for (int e = 0; e < k; e++)
        {
            sigma[e] = (double)reach[e] / r;
            coverage[e] = (double)home[e] / r / sizes[membership[nodes[e]]];
            res1[e] = nonSeed[e] == 0 ? 0 : (double)reinforced[e] / nonSeed[e];
            res3[e] = nonSeed[e] == 0 ? 0 : (double)intra[e] / nonSeed[e];
            evangelist[e] = coverage[e] * res1[e];
            broadcaster[e] = sigma[e] * (1 - res3[e]);
        }
        double evCut = QuantileOf(evangelist, topQuantile);
        double brCut = QuantileOf(broadcaster, topQuantile);
        var isEv = new bool[k];
        var isBr = new bool[k];
        for (int e = 0; e < k; e++)
        {
            isEv[e] = evangelist[e] > 0 && evangelist[e] >= evCut && z[nodes[e]] >= 0;
            isBr[e] = broadcaster[e] > 0 && broadcaster[e] >= brCut;
        }
        return new AdvocacyRoleScores(ImmutableArray.Create(nodes), ImmutableArray.Create(evangelist), ImmutableArray.Create(broadcaster),
            ImmutableArray.Create(sigma), ImmutableArray.Create(coverage), ImmutableArray.Create(res1), ImmutableArray.Create(res3),
            ImmutableArray.Create(isEv), ImmutableArray.Create(isBr), topQuantile, r, seed, model, options);
    }

    private static AdvocacyRoleScores EvangelistsAndBroadcastersBySimulation(CsrGraph graph, Partition partition, ReadOnlySpan<int> candidates,
        Diffusion.DiffusionModel model, Diffusion.SamplingOptions? sampling, double topQuantile, IProgress<AnalysisProgress>? progress,
        CancellationToken cancellationToken)
    {
        int[] nodes = MetricSupport.CheckNodes(candidates, graph.NodeCount, nameof(candidates));
        var options = SimulatorSampling.Resolve(model, sampling, out long seed);
        var membership = partition.Membership;
        var sizes = partition.Sizes();
        int k = nodes.Length;
        var evangelist = new double[k];
        var broadcaster = new double[k];
        var sigma = new double[k];
        var coverage = new double[k];
        var res1 = new double[k];
        var res3 = new double[k];
        for (int e = 0; e < k; e++)
        {
            int v = nodes[e];
            var mc = SimulatorSampling.Run(graph, [v], options, true, cancellationToken);
            var pool = SimulatorSampling.Pool(graph, mc.Cascades, membership, membership[v]);
            int r = mc.Runs;
            sigma[e] = (double)pool.Size / r;
            coverage[e] = (double)pool.InCommunity / r / sizes[membership[v]];
            res1[e] = pool.NonSharers == 0 ? 0 : (double)pool.Reinforced / pool.NonSharers;
            res3[e] = pool.NonSharers == 0 ? 0 : (double)pool.Intra / pool.NonSharers;
            evangelist[e] = coverage[e] * res1[e];
            broadcaster[e] = sigma[e] * (1 - res3[e]);
            progress?.Report(new AnalysisProgress("EvangelistsAndBroadcasters", (double)(e + 1) / k, e + 1, k));
        }
        var z = Cartography(graph, partition).WithinModuleZ;
        double evCut = QuantileOf(evangelist, topQuantile);
        double brCut = QuantileOf(broadcaster, topQuantile);
        var isEv = new bool[k];
        var isBr = new bool[k];
        for (int e = 0; e < k; e++)
        {
            isEv[e] = evangelist[e] > 0 && evangelist[e] >= evCut && z[nodes[e]] >= 0;
            isBr[e] = broadcaster[e] > 0 && broadcaster[e] >= brCut;
        }
        return new AdvocacyRoleScores(ImmutableArray.Create(nodes), ImmutableArray.Create(evangelist), ImmutableArray.Create(broadcaster),
            ImmutableArray.Create(sigma), ImmutableArray.Create(coverage), ImmutableArray.Create(res1), ImmutableArray.Create(res3),
            ImmutableArray.Create(isEv), ImmutableArray.Create(isBr), topQuantile, options.Sampling.Runs, seed, model, SimulatorSampling.Echo(options));
    }

    private static double QuantileOf(double[] values, double q)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        return MetricSupport.Quantile(sorted, q);
    }

    /// <summary>ROL-5 EnthusiasmIndex (熱狂社員): (share of campaigns v joined) × (share of the engagement v received that came from its own community).</summary>
    /// <remarks>
    /// Enthusiastic employees take part in campaign after campaign and are answered by the people who know them, not by
    /// strangers. The index is 1 when v joins every campaign and all its engagement is in-community, and lies in [0, 1].
    /// The result counts the enthusiasts (index ≥ threshold), since they are rare. Self-engagement is ignored; a node that
    /// received no engagement has in-community share 0. O(n + log size).
    /// </remarks>
    /// <param name="log">The activity log.</param>
    /// <param name="partition">Communities (or org units).</param>
    /// <param name="isEmployee">Nodes to consider as enthusiasts (empty = all nodes).</param>
    /// <param name="threshold">Index at or above which a node is an enthusiast, in (0, 1]. Default 0.5.</param>
    /// <returns>The index per node and the enthusiasts.</returns>
    /// <exception cref="ArgumentException">Inputs of different sizes.</exception>
    public static EnthusiasmResult EnthusiasmIndex(ActivityLog log, Partition partition, ReadOnlySpan<bool> isEmployee = default, double threshold = 0.5)
    {
        ArgumentNullException.ThrowIfNull(log);
        MetricSupport.CheckPartition(partition, log.NodeCount);
        if (!isEmployee.IsEmpty)
        {
            MetricSupport.CheckMask(isEmployee, log.NodeCount, nameof(isEmployee));
        }
        if (!(threshold > 0 && threshold <= 1))
        {
            ThrowHelper.ArgumentOutOfRange(nameof(threshold), threshold, "(0, 1]");
        }
        int n = log.NodeCount;
        var membership = partition.Membership;
        var joined = new HashSet<long>(MixedLongComparer.Instance);
        var campaigns = new int[n];
        foreach (var p in log.Participations)
        {
            if (joined.Add(((long)p.Node << 32) | (uint)p.Campaign))
            {
                campaigns[p.Node]++;
            }
        }
        var received = new int[n];
        var receivedIn = new int[n];
        foreach (var e in log.Engagements)
        {
            if (e.Source == e.Target)
            {
                continue;
            }
            received[e.Target]++;
            if (membership[e.Source] == membership[e.Target])
            {
                receivedIn[e.Target]++;
            }
        }
        var index = new double[n];
        var part = new double[n];
        var inShare = new double[n];
        var enthusiasts = ImmutableArray.CreateBuilder<int>();
        for (int v = 0; v < n; v++)
        {
            part[v] = log.CampaignCount == 0 ? 0 : (double)campaigns[v] / log.CampaignCount;
            inShare[v] = received[v] == 0 ? 0 : (double)receivedIn[v] / received[v];
            index[v] = part[v] * inShare[v];
            if (index[v] >= threshold && (isEmployee.IsEmpty || isEmployee[v]))
            {
                enthusiasts.Add(v);
            }
        }
        return new EnthusiasmResult(ImmutableArray.Create(index), ImmutableArray.Create(part), ImmutableArray.Create(inShare), threshold,
            enthusiasts.ToImmutable(), enthusiasts.Count);
    }

    /// <summary>ROL-6 ONA role map: central connectors, boundary spanners, brokers, peripheral specialists and energizers.</summary>
    /// <remarks>
    /// <para>Cross &amp; Prusak 2002, "The people who make organizations go — or stop", <i>Harvard Business Review</i>
    /// 80(6):104–112; Cross, Baker &amp; Parker 2003, "What creates energy in organizations?", <i>MIT Sloan Management Review</i>
    /// 44(4):51–56. Operationalised by this library's conventions (docs/metrics.md#rol-6), over employees only:</para>
    /// <list type="bullet">
    /// <item>central connector: within-module z ≥ <see cref="OnaRoleOptions.CentralConnectorMinZ"/> (ROL-1);</item>
    /// <item>boundary spanner: ego EI &gt; 0, i.e. more ties to other units or external people than inside the own unit;</item>
    /// <item>broker: between-community betweenness &gt; 0 and at or above the <see cref="OnaRoleOptions.BrokerQuantile"/> of
    /// employees, and Burt constraint at or below the employees' median (ROL-2);</item>
    /// <item>peripheral specialist: degree at or below the <see cref="OnaRoleOptions.PeripheralDegreeQuantile"/> of employees and P ≤ 0.05;</item>
    /// <item>energizer: in-strength on the energy layer &gt; 0 and at or above the <see cref="OnaRoleOptions.EnergizerQuantile"/> of employees.</item>
    /// </list>
    /// <para>Complexity dominated by the betweenness, O(nm).</para>
    /// </remarks>
    /// <param name="graph">The collaboration graph (employees and external contacts).</param>
    /// <param name="units">The org units (or communities); external people may form their own groups.</param>
    /// <param name="isEmployee">Employee flags.</param>
    /// <param name="energyLayer">Optional "energises" tie layer on the same nodes (arc u→v: u finds v energising), or null.</param>
    /// <param name="options">Thresholds; <see cref="OnaRoleOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Roles per node with the figures behind them.</returns>
    /// <exception cref="ArgumentException">Inputs of different sizes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A quantile is out of [0, 1].</exception>
    public static OnaRoleMapResult OnaRoleMap(CsrGraph graph, Partition units, ReadOnlySpan<bool> isEmployee, CsrGraph? energyLayer = null,
        OnaRoleOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        MetricSupport.CheckPartition(units, graph.NodeCount, nameof(units));
        MetricSupport.CheckMask(isEmployee, graph.NodeCount, nameof(isEmployee));
        options ??= OnaRoleOptions.Default;
        CheckQuantile(options.BrokerQuantile, "options.BrokerQuantile");
        CheckQuantile(options.PeripheralDegreeQuantile, "options.PeripheralDegreeQuantile");
        CheckQuantile(options.EnergizerQuantile, "options.EnergizerQuantile");
        if (energyLayer is not null && energyLayer.NodeCount != graph.NodeCount)
        {
            ThrowHelper.Argument(nameof(energyLayer), string.Create(CultureInfo.InvariantCulture,
                $"energyLayer has {energyLayer.NodeCount} nodes; the graph has {graph.NodeCount}."));
        }
        int n = graph.NodeCount;
        var cartography = Cartography(graph, units);
        var brokers = BrokerScores(graph, units, options.Betweenness, cancellationToken);
        var membership = units.Membership;
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        var ei = new double[n];
        var degree = new double[n];
        for (int v = 0; v < n; v++)
        {
            int inside = 0;
            int outside = 0;
            for (int a = offsets[v]; a < offsets[v + 1]; a++)
            {
                int u = targets[a];
                if (u == v)
                {
                    continue;
                }
                if (!isEmployee[u] || membership[u] != membership[v])
                {
                    outside++;
                }
                else
                {
                    inside++;
                }
            }
            degree[v] = inside + outside;
            ei[v] = inside + outside == 0 ? 0 : (double)(outside - inside) / (inside + outside);
        }
        var energy = new double[n];
        if (energyLayer is not null)
        {
            energyLayer.InStrengthArray.AsSpan().CopyTo(energy);
        }
        var employees = new List<int>();
        for (int v = 0; v < n; v++)
        {
            if (isEmployee[v])
            {
                employees.Add(v);
            }
        }
        double brokerCut = EmployeeQuantile(employees, brokers.BetweenCommunityBetweenness.AsSpan(), options.BrokerQuantile);
        double constraintMedian = EmployeeQuantile(employees, brokers.Constraint.AsSpan(), 0.5);
        double peripheralCut = EmployeeQuantile(employees, degree, options.PeripheralDegreeQuantile);
        double energyCut = EmployeeQuantile(employees, energy, options.EnergizerQuantile);
        var roles = new OnaRole[n];
        foreach (int v in employees)
        {
            var role = OnaRole.None;
            if (cartography.WithinModuleZ[v] >= options.CentralConnectorMinZ)
            {
                role |= OnaRole.CentralConnector;
            }
            if (ei[v] > 0)
            {
                role |= OnaRole.BoundarySpanner;
            }
            double b = brokers.BetweenCommunityBetweenness[v];
            if (b > 0 && b >= brokerCut && !(brokers.Constraint[v] > constraintMedian))
            {
                role |= OnaRole.Broker;
            }
            if (degree[v] <= peripheralCut && cartography.Participation[v] <= 0.05)
            {
                role |= OnaRole.Peripheral;
            }
            if (energy[v] > 0 && energy[v] >= energyCut)
            {
                role |= OnaRole.Energizer;
            }
            roles[v] = role;
        }
        return new OnaRoleMapResult(ImmutableArray.Create(roles), cartography, brokers, ImmutableArray.Create(ei), ImmutableArray.Create(energy), options);
    }

    private static void CheckQuantile(double q, string name)
    {
        if (!(q >= 0 && q <= 1))
        {
            ThrowHelper.ArgumentOutOfRange(name, q, "[0, 1]");
        }
    }

    private static double EmployeeQuantile(List<int> employees, ReadOnlySpan<double> values, double q)
    {
        var list = new List<double>(employees.Count);
        foreach (int v in employees)
        {
            if (!double.IsNaN(values[v]))
            {
                list.Add(values[v]);
            }
        }
        list.Sort();
        return list.Count == 0 ? double.NaN : MetricSupport.Quantile(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list), q);
    }
}
