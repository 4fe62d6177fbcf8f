using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Algorithms.Centrality;
using NetworkVsCommunity.Algorithms.Communities;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Metrics;
using NetworkVsCommunity.Algorithms.Roles;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity;

/// <summary>The organisation diagnosis and employee profiles: "is this a network or a community?", and who can carry resonance.</summary>
public static class OrganizationDiagnostics
{
    /// <summary>The modularity at or above which communities count as strong (Newman &amp; Girvan 2004 report Q above about 0.3 for graphs with clear community structure).</summary>
    public const double StrongModularity = 0.3;

    /// <summary>The internal clustering at or above which ties count as clustered (organisational networks typically show 0.2–0.5).</summary>
    public const double ClusteredTransitivity = 0.2;

    /// <summary>Diagnoses an organisation: community structure, clustering, weak ties, bridges, enthusiasts, firestorm risk and per-employee profiles.</summary>
    /// <remarks>
    /// <para><b>Character.</b> Community-ness: modularity of the communities ≥ <see cref="StrongModularity"/> and transitivity of
    /// the employee-only graph ≥ <see cref="ClusteredTransitivity"/>. Network-ness: the transmission probability is above the
    /// epidemic threshold τ_c = 1/λ_max of the influence graph (RSK-3; Wang et al. 2003): p · λ_max /// epidemic threshold τ_c = 1/λ_max of the influence graph (RSK-3; Wang et al. 2003), so one message can travel to angt; 1, so re-shares of one post can sustain themselves and it can travel to an
    /// unspecified many. Both, one or neither give <see cref="OrganizationCharacter"/>.</para>
    /// <para><b>Rankings.</b> The top evangelists and broadcasters come from <see cref="AdvocacyRanking.Rank"/>: exact two-hop
    /// scores that do not depend on the random seed (only the Leiden communities do, when not given), with the top-k
    /// probability over <see cref="DiagnosisOptions.Runs"/> bootstrap replicates.</para>
    /// <para><b>Profiles.</b> Spread potential and firestorm probability (RSK-1, RSK-2), evangelist and broadcaster scores
    /// (ROL-3, ROL-4) on common live-edge samples; Guimerà–Amaral roles (ROL-1) and the ONA role map (ROL-6) on the social
    /// graph with the detected communities as units and the energy tie layer, if any. The broker term's between-community
    /// betweenness counts hops (tie strengths measure closeness, not length, so they are not used as path lengths) and is
    /// estimated from <see cref="DiagnosisOptions.BetweennessSources"/> random sources (Brandes &amp; Pich 2007) unless set
    /// to 0 (exact).</para>
    /// <para>Deterministic for a given random seed on any thread count.</para>
    /// </remarks>
    /// <param name="network">The employee network.</param>
    /// <param name="options">Options; <see cref="DiagnosisOptions.Default"/> when null.</param>
    /// <param name="progress">Monotone progress ending at 1.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The diagnosis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    /// <exception cref="ArgumentException">The network has no employee, or the options are invalid.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static OrganizationDiagnosis Diagnose(EmployeeNetwork network, DiagnosisOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= DiagnosisOptions.Default;
        options.Validate(network.PersonCount);
        if (network.Employees.Length == 0)
        {
            throw new ArgumentException("The network has no employee to diagnose.", nameof(network));
        }
        long randomSeed = options.RandomSeed ?? Xoshiro256StarStar.NewRandomSeed();
        var diagnostics = new List<string>();
        CsrGraph influence = network.InfluenceGraph;
        CsrGraph social = network.SocialGraph;
        bool[] isEmployee = Campaigns.EmployeeMask(network);
        int[] employees = [.. network.Employees];

        ScaledProgress.Mark(progress, "communities", 0);
        Partition communities = options.Communities ?? Campaigns.DetectCommunities(network, randomSeed, options.MaxDegreeOfParallelism, cancellationToken);
        CsrGraph mutual = network.MutualGraph;
        double modularity = mutual.TotalWeight > 0 ? PartitionQuality.Modularity(mutual, communities) : double.NaN;
        int[] membership = communities.Membership.ToArray();

        CsrGraph internalGraph = EmployeeSubgraph(social, isEmployee);
        (double transitivity, double averageClustering) = Clustering(internalGraph, employees);
        double weakShare = WeakTieShare(internalGraph, options.WeakTieOverlap, out long internalTies);
        WideBridgeResult bridges = ResonanceMetrics.WideBridges(social, communities, options.ReinforcementThreshold);
        ScaledProgress.Mark(progress, "structure", 0.15);

        var enthusiasm = network.Enthusiasm;
        var perCommunityEmployees = new int[communities.CommunityCount];
        var perCommunityEnthusiasts = new int[communities.CommunityCount];
        int enthusiasts = 0;
        foreach (int e in employees)
        {
            perCommunityEmployees[membership[e]]++;
            if (enthusiasm[e] >= options.EnthusiastThreshold)
            {
                perCommunityEnthusiasts[membership[e]]++;
                enthusiasts++;
            }
        }
        var coverage = ImmutableArray.CreateBuilder<CommunityEnthusiasm>();
        int withEmployees = 0;
        int withEnthusiasts = 0;
        for (int c = 0; c < communities.CommunityCount; c++)
        {
            if (perCommunityEmployees[c] == 0)
            {
                continue;
            }
            withEmployees++;
            if (perCommunityEnthusiasts[c] > 0)
            {
                withEnthusiasts++;
            }
            coverage.Add(new CommunityEnthusiasm(c, perCommunityEmployees[c], perCommunityEnthusiasts[c]));
        }

        var sampling = new SamplingOptions
        {
            Runs = options.Runs,
            RandomSeed = randomSeed,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
        };
        BlastRadiusResult blast = RiskMetrics.BlastRadius(influence, isEmployee, options.FirestormFraction, options.Model, sampling,
            new ScaledProgress(progress, "blast radius", 0.15, 0.5), cancellationToken);
        AdvocacyRoleScores advocacy = RoleAnalysis.EvangelistsAndBroadcasters(influence, communities, employees, options.Model, sampling, 0.9,
            new ScaledProgress(progress, "evangelists and broadcasters", 0.5, 0.85), cancellationToken);
        AdvocacyRankingResult ranking = AdvocacyRanking.Rank(network, communities,
            options.Model,
            options.TopCount, options.Runs, randomSeed, options.MaxDegreeOfParallelism, cancellationToken);
        CsrGraph energy = network.Layer(TieKind.Energy);
        var roleOptions = new OnaRoleOptions
        {
            Betweenness = new BetweennessOptions
            {
                UseWeights = false,
                SampleSources = options.BetweennessSources,
                RandomSeed = randomSeed,
                MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
            },
        };
        OnaRoleMapResult roles = RoleAnalysis.OnaRoleMap(social, communities, isEmployee, energy.EdgeCount > 0 ? energy : null, roleOptions, cancellationToken);
        diagnostics.AddRange(roles.Brokerage.Diagnostics);
        ScaledProgress.Mark(progress, "roles", 0.9);
        EpidemicMarginResult epidemic = RiskMetrics.EpidemicMargin(influence, null, cancellationToken);
        BoundaryConcentrationResult boundary = RiskMetrics.ExternalBoundaryConcentration(influence, isEmployee, options.TopCount);

        ComplexCentralityResult complexCentrality = ComplexCentrality.Compute(influence, new ComplexCentralityOptions
        {
            Threshold = options.ReinforcementThreshold,
            Sources = [.. employees],
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
        }, null, cancellationToken);
        int[] complexIndex = PositionOf(complexCentrality.Nodes, network.PersonCount);
        double[] reachByEmployee = [.. blast.ExpectedReach];
        double topDecileShare = TopShare(reachByEmployee, 0.1);

        var profiles = ImmutableArray.CreateBuilder<EmployeeProfile>(employees.Length);
        var departments = network.Departments;
        var teams = network.Teams;
        int[] blastIndex = PositionOf(blast.Employees, network.PersonCount);
        int[] advocacyIndex = PositionOf(advocacy.Nodes, network.PersonCount);
        for (int i = 0; i < employees.Length; i++)
        {
            int v = employees[i];
            int b = blastIndex[v];
            int a = advocacyIndex[v];
            profiles.Add(new EmployeeProfile(
                network.IdOf(v),
                departments[v],
                teams[v],
                membership[v],
                enthusiasm[v],
                blast.ExpectedReach[b],
                advocacy.EvangelistScore[a],
                advocacy.BroadcasterScore[a],
                advocacy.IsEvangelist[a],
                advocacy.IsBroadcaster[a],
                roles.Roles[v],
                roles.Cartography.Roles[v],
                roles.Cartography.WithinModuleZ[v],
                roles.Cartography.Participation[v],
                blast.FirestormProbability[b])
            {
                ComplexCentrality = complexCentrality.Centrality[complexIndex[v]],
            });
        }

        bool communityLike = modularity >= StrongModularity && transitivity >= ClusteredTransitivity;
        double meanProbability = DiffusionArcProbabilities.MeanProbability(influence, options.Model);
        bool networkLike = meanProbability > epidemic.EpidemicThreshold;
        OrganizationCharacter character = (communityLike, networkLike) switch
        {
            (true, true) => OrganizationCharacter.Both,
            (true, false) => OrganizationCharacter.Community,
            (false, true) => OrganizationCharacter.Network,
            _ => OrganizationCharacter.Neither,
        };
        string explanation = Explain(character, modularity, transitivity, meanProbability, epidemic.EpidemicThreshold);
        diagnostics.Add(string.Create(CultureInfo.InvariantCulture, $"λ_max by {epidemic.Method} ({epidemic.Iterations} iterations, converged: {epidemic.Converged})"));
        progress?.Report(new AnalysisProgress("diagnosis", 1, 1, 1));

        return new OrganizationDiagnosis(
            employees.Length,
            network.Externals.Length,
            internalTies,
            communities,
            modularity,
            transitivity,
            averageClustering,
            weakShare,
            bridges.Bridges.Length,
            bridges.WideBridgeCount,
            enthusiasts,
            coverage.ToImmutable(),
            withEmployees == 0 ? 0 : (double)withEnthusiasts / withEmployees,
            blast.Max,
            blast.P95,
            blast.Gini,
            topDecileShare,
            epidemic.EpidemicThreshold,
            boundary.Share,
            character,
            explanation,
            [.. ranking.Evangelists.Select(e => e.Id)],
            [.. ranking.Broadcasters.Select(e => e.Id)],
            profiles.MoveToImmutable(),
            randomSeed,
            options,
            [.. diagnostics],
            ranking)
        {
            MeanTransmissionProbability = meanProbability,
        };
    }

    /// <summary>
    /// The diagnosis in one sentence with both axes as numbers and their thresholds: community-ness (modularity and
    /// internal transitivity against <see cref="StrongModularity"/> and <see cref="ClusteredTransitivity"/>) and
    /// network-ness R = p · λ_max (the expected re-shares one share triggers on the worst-connected core; 1 is the
    /// epidemic threshold, Wang et al. 2003).
    /// </summary>
    /// <param name="character">The character.</param>
    /// <param name="modularity">Modularity of the communities.</param>
    /// <param name="transitivity">Internal transitivity.</param>
    /// <param name="probability">The transmission probability.</param>
    /// <param name="epidemicThreshold">1/λ_max.</param>
    /// <returns>The sentence.</returns>
    public static string Explain(OrganizationCharacter character, double modularity, double transitivity, double probability, double epidemicThreshold)
    {
        double networkNess = epidemicThreshold > 0 ? probability / epidemicThreshold : double.PositiveInfinity;
        bool strong = modularity >= StrongModularity;
        bool clustered = transitivity >= ClusteredTransitivity;
        bool above = networkNess > 1;
        return string.Create(CultureInfo.InvariantCulture,
            $"{character}: community-ness: modularity {modularity:F3} ({(strong ? "≥" : "<")} {StrongModularity} for strong communities) and internal transitivity {transitivity:F3} ({(clustered ? "≥" : "<")} {ClusteredTransitivity} for clustered ties), so communities are {(strong && clustered ? "strong and clustered" : "not both strong and clustered")}; network-ness: p · λ_max = {networkNess:F2} of the 1 at which re-shares sustain themselves (mean transmission p = {probability:G4}, epidemic threshold 1/λ_max = {epidemicThreshold:F4}), so {(above ? "a post can keep travelling through chains of re-shares" : "chains of re-shares die out, and a post's reach is set by its sharers' own audiences")}.");
    }

    /// <summary>For every node, its position in <paramref name="nodes"/> (−1 when absent): O(n) instead of a search per node.</summary>
    private static int[] PositionOf(ImmutableArray<int> nodes, int nodeCount)
    {
        var position = new int[nodeCount];
        Array.Fill(position, -1);
        for (int i = 0; i < nodes.Length; i++)
        {
            position[nodes[i]] = i;
        }
        return position;
    }

    private static double TopShare(double[] values, double fraction)
    {
        if (values.Length == 0)
        {
            return 0;
        }
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        Array.Reverse(sorted);
        int top = Math.Max(1, (int)Math.Ceiling(fraction * sorted.Length));
        double total = 0;
        double head = 0;
        for (int i = 0; i < sorted.Length; i++)
        {
            total += sorted[i];
            if (i < top)
            {
                head += sorted[i];
            }
        }
        return total == 0 ? 0 : head / total;
    }

    /// <summary>The undirected graph of ties between employees (same node numbering; externals isolated).</summary>
    private static CsrGraph EmployeeSubgraph(CsrGraph social, bool[] isEmployee)
    {
        var builder = new GraphBuilder(directed: false, weighted: social.IsWeighted);
        builder.EnsureNodeCount(social.NodeCount);
        var offsets = social.Offsets;
        var targets = social.Targets;
        var weights = social.Weights;
        for (int u = 0; u < social.NodeCount; u++)
        {
            if (!isEmployee[u])
            {
                continue;
            }
            for (int a = offsets[u]; a < offsets[u + 1]; a++)
            {
                int v = targets[a];
                if (v > u && isEmployee[v])
                {
                    if (social.IsWeighted)
                    {
                        builder.AddEdge(u, v, weights[a]);
                    }
                    else
                    {
                        builder.AddEdge(u, v);
                    }
                }
            }
        }
        return builder.Build();
    }

    /// <summary>Global transitivity (3 × triangles / connected triples) and mean local clustering over the given nodes (nodes of degree &lt; 2 count 0, as in NetworkX).</summary>
    private static (double Transitivity, double AverageClustering) Clustering(CsrGraph graph, int[] nodes)
    {
        var mark = new int[graph.NodeCount];
        int stamp = 0;
        long closed = 0;
        long triples = 0;
        double localSum = 0;
        foreach (int v in nodes)
        {
            var nv = graph.Neighbors(v);
            int k = 0;
            stamp++;
            foreach (int u in nv)
            {
                if (u != v)
                {
                    mark[u] = stamp;
                    k++;
                }
            }
            long links = 0;
            foreach (int u in nv)
            {
                if (u == v)
                {
                    continue;
                }
                foreach (int w in graph.Neighbors(u))
                {
                    if (w != u && w != v && mark[w] == stamp)
                    {
                        links++;
                    }
                }
            }
            long pairs = (long)k * (k - 1);
            closed += links;
            triples += pairs;
            localSum += pairs == 0 ? 0 : (double)links / pairs;
        }
        return (triples == 0 ? 0 : (double)closed / triples, nodes.Length == 0 ? 0 : localSum / nodes.Length);
    }

    private static double WeakTieShare(CsrGraph graph, double threshold, out long ties)
    {
        ties = 0;
        long weak = 0;
        for (int u = 0; u < graph.NodeCount; u++)
        {
            foreach (int v in graph.Neighbors(u))
            {
                if (v <= u)
                {
                    continue;
                }
                ties++;
                if (ResonanceMetrics.NeighborhoodOverlap(graph, u, v) < threshold)
                {
                    weak++;
                }
            }
        }
        return ties == 0 ? 0 : (double)weak / ties;
    }
}
