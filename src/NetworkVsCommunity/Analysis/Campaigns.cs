using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Algorithms.Attribution;
using NetworkVsCommunity.Algorithms.Communities;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Metrics;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity;

/// <summary>
/// Campaign reports: what happens when a set of employees shares a message, measured as spread (拡散) and as shared
/// resonance (共有・共鳴) side by side, with risk (炎上) and fair credit for every sharer.
/// </summary>
public static class Campaigns
{
    /// <summary>Analyses one campaign on an employee network: every family of docs/metrics.md#campaign-reports (SPR, RES, RSK, ATT) and the spread-vs-share position.</summary>
    /// <remarks>
    /// <para><b>Model.</b> The message travels along <see cref="EmployeeNetwork.InfluenceGraph"/> under
    /// <see cref="CampaignOptions.Model"/>, a cascade model with independent arcs (by default <see cref="DiffusionModel.Default"/>:
    /// Independent Cascade, Kempe, Kleinberg &amp; Tardos 2003, with p = 0.05 on mutual and one-way ties). Run i of the
    /// Monte Carlo estimate is one live-edge world: arc a is live iff a uniform hashed from (RandomSeed, i, a) is below its
    /// probability, and the adopters are the people reachable from the sharers over live arcs (the Independent Cascade's
    /// distribution). Per-run figures go to slot i and are reduced in index order, so the report is identical for any
    /// thread count.</para>
    /// <para><b>Communities.</b> Unless given, Leiden (modularity, γ = 1) on <see cref="EmployeeNetwork.MutualGraph"/>: one-way audiences (followers) do not form communities around the person they follow.</para>
    /// <para><b>Figures.</b> Spread: SPR-1/2 (deterministic), SPR-3 (mean and 95 % interval), SPR-4 pooled over runs
    /// (Σ external adopters / Σ non-sharer adopters), SPR-5/6 means. Resonance: RES-1 and RES-3 pooled over runs, RES-2/4/7
    /// means over the runs where they are defined, RES-5 and RES-6 deterministic, RES-9 the mean number of external
    /// supporters per run (external adopters with ≥ θ adopting neighbours in their own community). Risk: RSK-2 for the
    /// campaign, RSK-5 on live-edge samples, RSK-6 mean EI over the runs. Credit, from the <em>same</em> worlds as the
    /// figures: ATT-2 spread credit is the exact Shapley value of each world's coverage game (φ<sub>i</sub> = Σ over the
    /// people sharer i reaches of 1/(number of sharers reaching them)), so the spread credits add up to
    /// <see cref="SpreadFigures.ExpectedAdopters"/>; ATT-3 resonance credit is each sharer's marginal supporters along one
    /// random order of the sharers per world (an unbiased permutation estimate of the Shapley value of the supporter game,
    /// Castro, Gómez &amp; Tejada 2009, doi:10.1016/j.cor.2008.04.004), so the resonance credits add up to
    /// <see cref="ResonanceFigures.ExpectedSupporters"/>; ATT-5 payouts add up to the pool. Resonance figures use the undirected
    /// <see cref="EmployeeNetwork.SocialGraph"/> for neighbourhoods and the given (or Leiden) communities.</para>
    /// <para><b>Cost.</b> R cascades plus O(Σ adopters' degrees) metric work per run, and 2R live-edge samples for credit.</para>
    /// </remarks>
    /// <param name="network">The employee network.</param>
    /// <param name="sharers">The employees who share (at least one; external contacts are not allowed; no repeats).</param>
    /// <param name="options">Options; <see cref="CampaignOptions.Default"/> when null.</param>
    /// <param name="progress">Monotone progress, ending at 1.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No sharer, an unknown or external or repeated sharer, or invalid options.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static CampaignReport Analyze(
        EmployeeNetwork network,
        IReadOnlyList<EmployeeId> sharers,
        CampaignOptions? options = null,
        IProgress<AnalysisProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(sharers);
        options ??= CampaignOptions.Default;
        options.Validate(network.PersonCount);
        int[] nodes = ResolveSharers(network, sharers);
        long randomSeed = options.RandomSeed ?? Xoshiro256StarStar.NewRandomSeed();
        var diagnostics = new List<string>();

        CsrGraph influence = network.InfluenceGraph;
        CsrGraph social = network.SocialGraph;
        int n = network.PersonCount;
        bool[] isEmployee = EmployeeMask(network);

        ScaledProgress.Mark(progress, "communities", 0);
        Partition communities = options.Communities ?? DetectCommunities(network, randomSeed, options.MaxDegreeOfParallelism, cancellationToken);
        if (options.Communities is null)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture,
                $"communities: Leiden (modularity, γ = 1) on the mutual-tie graph with random seed {randomSeed}: {communities.CommunityCount} communities"));
        }
        int[] membership = communities.Membership.ToArray();

        UniqueReachResult reach = SpreadMetrics.UniqueReach(influence, nodes, options.ReachHops);
        ComplexSurvivalResult survival = ResonanceMetrics.ComplexSurvival(influence, nodes, options.ReinforcementThreshold);
        WideBridgeResult bridges = ResonanceMetrics.WideBridges(social, communities, options.ReinforcementThreshold);

        double[] arcProbability = DiffusionArcProbabilities.ForModel(influence, options.Model);
        ScaledProgress.Mark(progress, "cascades", 0.1);
        CampaignWorlds.Outcome worlds = CampaignWorlds.Run(influence, nodes, arcProbability, isEmployee, membership, options.ReinforcementThreshold,
            options.Runs, randomSeed, options.MaxDegreeOfParallelism, cancellationToken);
        (double meanAdopters, double adoptersLow, double adoptersHigh) = MeanWithInterval(worlds.Sizes);

        RunFigures[] perRun = MeasureRuns(influence, social, worlds.Cascades, communities, membership, isEmployee, options, cancellationToken);
        ScaledProgress.Mark(progress, "metrics", 0.6);

        var sampling = new SamplingOptions
        {
            Runs = options.Runs,
            RandomSeed = randomSeed,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
        };
        RewardSplitResult payouts = FairCredit.RewardSplit(worlds.SpreadCredit, worlds.ResonanceCredit,
            options.RewardPool, options.RewardSpreadWeight);
        diagnostics.AddRange(payouts.Diagnostics);

        int? owner = network.ProgrammeOwnerNode;
        int? flagBearer = owner is int o && Array.IndexOf(nodes, o) >= 0 ? o : null;
        FlagBearerResult dependence = RiskMetrics.FlagBearerDependence(influence, nodes, flagBearer, options.Model, sampling, cancellationToken);
        ScaledProgress.Mark(progress, "report", 0.95);

        int firestormSize = (int)Math.Ceiling(options.FirestormFraction * n);
        int firestorms = 0;
        foreach (int size in worlds.Sizes)
        {
            if (size >= firestormSize)
            {
                firestorms++;
            }
        }

        var spread = new SpreadFigures(
            reach.UniqueReach,
            reach.VendorSum,
            reach.AudienceRedundancy,
            meanAdopters,
            adoptersLow,
            adoptersHigh,
            Ratio(perRun, r => r.ExternalAdopters, r => r.NonSharerAdopters),
            Mean(perRun, r => r.Depth),
            Mean(perRun, r => r.MaxBreadth),
            Mean(perRun, r => r.StructuralVirality),
            Mean(perRun, r => r.CommunitiesTouched),
            Mean(perRun, r => r.NormalizedEntropy));
        (double supportersMean, double supportersLow, double supportersHigh) = MeanWithInterval(perRun, r => r.Supporters);
        var resonance = new ResonanceFigures(
            Ratio(perRun, r => r.Reinforced, r => r.NonSharerAdopters),
            Mean(perRun, r => r.Embeddedness),
            Ratio(perRun, r => r.IntraTransmissions, r => r.Transmissions),
            Mean(perRun, r => r.CommunityCoverage),
            Mean(perRun, r => r.CommunityDensity),
            survival.Survival,
            bridges.WideBridgeCount,
            Mean(perRun, r => r.StructuralDiversity),
            supportersMean,
            supportersLow,
            supportersHigh);
        var risk = new RiskFigures(
            (double)firestorms / perRun.Length,
            network.IdOf(dependence.FlagBearer),
            dependence.SpreadDependence,
            dependence.ResonanceDependence,
            Mean(perRun, r => r.EchoChamberEI));

        var credit = ImmutableArray.CreateBuilder<SharerCredit>(nodes.Length);
        for (int i = 0; i < nodes.Length; i++)
        {
            credit.Add(new SharerCredit(network.IdOf(nodes[i]), worlds.SpreadCredit[i], worlds.ResonanceCredit[i], payouts.Payouts[i]));
        }

        double x = Mean(perRun, r => r.NetworkNess);
        double y = Mean(perRun, r => r.CommunityNess);
        var position = new SpreadShareProfile(x, y, Quadrant(x, y, options.QuadrantThreshold), spread.ExternalPenetration,
            spread.MeanNormalizedCommunityEntropy, resonance.ReinforcedAdoptionShare, resonance.IntraCommunityShare, options.QuadrantThreshold);
        progress?.Report(new AnalysisProgress("campaign report", 1, 1, 1));

        return new CampaignReport(
            [.. sharers],
            ImmutableArray.Create(nodes),
            spread,
            resonance,
            risk,
            credit.MoveToImmutable(),
            position,
            communities,
            perRun.Length,
            randomSeed,
            options,
            [.. diagnostics]);
    }

    /// <summary>The quadrant of a spread-vs-share position (docs/metrics.md#spread-vs-share-profile): broadcast (high x, low y), evangelism (high y, low x), both, neither.</summary>
    /// <param name="networkNess">x, in [0, 1].</param>
    /// <param name="communityNess">y, in [0, 1].</param>
    /// <param name="threshold">The value at or above which an axis is high.</param>
    /// <returns>The quadrant.</returns>
    public static SpreadShareQuadrant Quadrant(double networkNess, double communityNess, double threshold)
    {
        bool highX = networkNess >= threshold;
        bool highY = communityNess >= threshold;
        return highX && highY ? SpreadShareQuadrant.Both
            : highX ? SpreadShareQuadrant.Broadcast
            : highY ? SpreadShareQuadrant.Evangelism
            : SpreadShareQuadrant.Neither;
    }

    internal static Partition DetectCommunities(EmployeeNetwork network, long randomSeed, int maxDegreeOfParallelism, CancellationToken cancellationToken) =>
        CommunityDetection.Leiden(network.MutualGraph, new LeidenOptions
        {
            RandomSeed = randomSeed,
            MaxDegreeOfParallelism = maxDegreeOfParallelism,
        }, null, cancellationToken).Partition;

    internal static bool[] EmployeeMask(EmployeeNetwork network)
    {
        var mask = new bool[network.PersonCount];
        foreach (int e in network.Employees)
        {
            mask[e] = true;
        }
        return mask;
    }

    internal static int[] ResolveSharers(EmployeeNetwork network, IReadOnlyList<EmployeeId> sharers)
    {
        if (sharers.Count == 0)
        {
            ThrowHelper.Argument(nameof(sharers), "A campaign needs at least one sharer.");
        }
        var nodes = new int[sharers.Count];
        var seen = new HashSet<int>();
        for (int i = 0; i < sharers.Count; i++)
        {
            if (!network.TryGetNode(sharers[i], out int node))
            {
                ThrowHelper.Argument(nameof(sharers), string.Create(CultureInfo.InvariantCulture,
                    $"Sharer '{sharers[i]}' (position {i}) is not a person of this network."));
            }
            if (!network.IsEmployee(node))
            {
                ThrowHelper.Argument(nameof(sharers), string.Create(CultureInfo.InvariantCulture,
                    $"Sharer '{sharers[i]}' (position {i}) is an external contact; only employees share campaigns."));
            }
            if (!seen.Add(node))
            {
                ThrowHelper.Argument(nameof(sharers), string.Create(CultureInfo.InvariantCulture,
                    $"Sharer '{sharers[i]}' appears more than once (position {i})."));
            }
            nodes[i] = node;
        }
        return nodes;
    }

    private static RunFigures[] MeasureRuns(CsrGraph influence, CsrGraph social, ImmutableArray<Cascade> cascades, Partition communities,
        int[] membership, bool[] isEmployee, CampaignOptions options, CancellationToken cancellationToken)
    {
        var perRun = new RunFigures[cascades.Length];
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism == 0 ? -1 : options.MaxDegreeOfParallelism,
        };
        Parallel.For(0, cascades.Length, parallel, i =>
        {
            perRun[i] = Measure(influence, social, cascades[i], communities, membership, isEmployee, options);
        });
        return perRun;
    }

    private static RunFigures Measure(CsrGraph influence, CsrGraph social, Cascade cascade, Partition communities, int[] membership,
        bool[] isEmployee, CampaignOptions options)
    {
        var adopters = cascade.Adopters.AsSpan();
        var parents = cascade.Parents.AsSpan();
        int external = 0;
        int transmissions = 0;
        int intra = 0;
        for (int i = cascade.InitialSharerCount; i < adopters.Length; i++)
        {
            int v = adopters[i];
            if (!isEmployee[v])
            {
                external++;
            }
            int p = parents[i];
            if (p >= 0)
            {
                transmissions++;
                if (membership[p] == membership[v])
                {
                    intra++;
                }
            }
        }
        int nonSharers = adopters.Length - cascade.InitialSharerCount;
        double reinforcedShare = ResonanceMetrics.ReinforcedAdoptionShare(influence, cascade, options.ReinforcementThreshold);
        CascadeShapeResult shape = SpreadMetrics.CascadeShape(cascade);
        CommunitySpanResult span = SpreadMetrics.CommunitySpan(cascade, communities);
        CommunityDepthResult depth = ResonanceMetrics.CommunityDepth(social, cascade, communities);
        SpreadShareProfile profile = SpreadMetrics.Profile(influence, cascade, communities, isEmployee, options.QuadrantThreshold);
        return new RunFigures
        {
            NonSharerAdopters = nonSharers,
            ExternalAdopters = external,
            Transmissions = transmissions,
            IntraTransmissions = intra,
            Reinforced = nonSharers == 0 || double.IsNaN(reinforcedShare) ? 0 : (int)Math.Round(reinforcedShare * nonSharers),
            Depth = shape.Depth,
            MaxBreadth = shape.MaxBreadth,
            StructuralVirality = shape.StructuralVirality,
            CommunitiesTouched = span.CommunitiesTouched,
            NormalizedEntropy = span.NormalizedEntropy,
            Embeddedness = transmissions == 0 ? double.NaN : ResonanceMetrics.TransmissionEmbeddedness(social, cascade),
            CommunityCoverage = depth.MeanCoverage,
            CommunityDensity = depth.MeanDensity,
            StructuralDiversity = nonSharers == 0 ? double.NaN : ResonanceMetrics.StructuralDiversity(social, cascade).Mean,
            Supporters = ResonanceMetrics.SupportersByAffirmation(influence, cascade, communities, isEmployee, options.ReinforcementThreshold).Length,
            EchoChamberEI = RiskMetrics.EchoChamber(social, cascade, membership).EIIndex,
            NetworkNess = profile.NetworkNess,
            CommunityNess = profile.CommunityNess,
        };
    }

    private static double Mean(RunFigures[] runs, Func<RunFigures, double> figure)
    {
        double sum = 0;
        int count = 0;
        foreach (RunFigures r in runs)
        {
            double v = figure(r);
            if (double.IsFinite(v))
            {
                sum += v;
                count++;
            }
        }
        return count == 0 ? double.NaN : sum / count;
    }

    private static (double Mean, double Low, double High) MeanWithInterval(int[] values)
    {
        double sum = 0;
        foreach (int v in values)
        {
            sum += v;
        }
        double mean = sum / values.Length;
        if (values.Length < 2)
        {
            return (mean, mean, mean);
        }
        double ss = 0;
        foreach (int v in values)
        {
            ss += (v - mean) * (v - mean);
        }
        double se = Math.Sqrt(ss / (values.Length - 1) / values.Length);
        return (mean, mean - (1.96 * se), mean + (1.96 * se));
    }

    private static (double Mean, double Low, double High) MeanWithInterval(RunFigures[] runs, Func<RunFigures, double> figure)
    {
        double mean = Mean(runs, figure);
        if (runs.Length < 2)
        {
            return (mean, mean, mean);
        }
        double ss = 0;
        foreach (RunFigures r in runs)
        {
            double d = figure(r) - mean;
            ss += d * d;
        }
        double se = Math.Sqrt(ss / (runs.Length - 1) / runs.Length);
        return (mean, mean - (1.96 * se), mean + (1.96 * se));
    }

    private static double Ratio(RunFigures[] runs, Func<RunFigures, long> numerator, Func<RunFigures, long> denominator)
    {
        long num = 0;
        long den = 0;
        foreach (RunFigures r in runs)
        {
            num += numerator(r);
            den += denominator(r);
        }
        return den == 0 ? 0 : (double)num / den;
    }

    private readonly record struct RunFigures
    {
        public int NonSharerAdopters { get; init; }

        public int ExternalAdopters { get; init; }

        public int Transmissions { get; init; }

        public int IntraTransmissions { get; init; }

        public int Reinforced { get; init; }

        public int Depth { get; init; }

        public int MaxBreadth { get; init; }

        public double StructuralVirality { get; init; }

        public int CommunitiesTouched { get; init; }

        public double NormalizedEntropy { get; init; }

        public double Embeddedness { get; init; }

        public double CommunityCoverage { get; init; }

        public double CommunityDensity { get; init; }

        public double StructuralDiversity { get; init; }

        public int Supporters { get; init; }

        public double EchoChamberEI { get; init; }

        public double NetworkNess { get; init; }

        public double CommunityNess { get; init; }
    }
}
