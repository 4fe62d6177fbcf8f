using NetworkVsCommunity.Algorithms.Attribution;
using NetworkVsCommunity.Algorithms.Centrality;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Metrics;
using NetworkVsCommunity.Algorithms.Roles;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.PublicApi.Tests;

/// <summary>The metric suite used as a notebook would: a tiny company with a close-knit team and a broadcaster.</summary>
public class MetricSurfaceTests
{
    // Employees 0..5 form a close-knit team (K6); employee 6 is a broadcaster with 20 followers (7..26) who do not know
    // each other.
    private static (CsrGraph Graph, Partition Communities, bool[] IsEmployee) Company()
    {
        var builder = new GraphBuilder();
        builder.EnsureNodeCount(27);
        for (int i = 0; i < 6; i++)
        {
            for (int j = i + 1; j < 6; j++)
            {
                builder.AddEdge(i, j);
            }
        }
        for (int f = 7; f < 27; f++)
        {
            builder.AddEdge(6, f);
        }
        int[] membership = [.. Enumerable.Range(0, 27).Select(v => v < 6 ? 0 : v == 6 ? 1 : v)];
        bool[] isEmployee = [.. Enumerable.Range(0, 27).Select(v => v <= 6)];
        return (builder.Build(), Partition.FromMembership(membership), isEmployee);
    }

    [Fact]
    public void A_marketer_sees_reach_and_resonance_side_by_side()
    {
        var (graph, communities, isEmployee) = Company();
        var model = new IndependentCascadeModel { Probability = 0.3 };
        var sampling = new SamplingOptions { Runs = 500, RandomSeed = 2026 };

        var teamReach = SpreadMetrics.ExpectedSpread(graph, [1, 2], model, sampling);
        var broadcasterReach = SpreadMetrics.ExpectedSpread(graph, [6], model, sampling);
        Assert.True(broadcasterReach.Mean > teamReach.Mean);
        Assert.Equal(2026, broadcasterReach.RandomSeed);

        var roles = RoleAnalysis.EvangelistsAndBroadcasters(graph, communities, [0, 1, 2, 3, 4, 5, 6], model, sampling);
        int broadcaster = roles.Nodes.IndexOf(6);
        int teamMember = roles.Nodes.IndexOf(1);
        Assert.True(roles.BroadcasterScore[broadcaster] > roles.BroadcasterScore[teamMember]);
        Assert.True(roles.EvangelistScore[teamMember] > roles.EvangelistScore[broadcaster]);

        var credit = FairCredit.ResonanceShapley(graph, communities, [1, 2, 6], model, sampling);
        Assert.Equal(0.0, credit.Credits[2]);
        Assert.Equal(credit.Value, credit.Credits.Sum(), 9);

        var reach = SpreadMetrics.UniqueReach(graph, [1, 2]); // teammates share their audience
        Assert.True(reach.VendorSum > reach.UniqueReach);
    }

    [Fact]
    public void An_observed_cascade_is_profiled_as_evangelism()
    {
        var (graph, communities, isEmployee) = Company();
        var cascade = new Cascade(27, [1, 2, 3, 4, 5], [0, 0, 1, 1, 1], [-1, -1, 1, 2, 1]);
        var profile = SpreadMetrics.Profile(graph, cascade, communities, isEmployee);
        Assert.Equal(SpreadShareQuadrant.Evangelism, profile.Quadrant);
        Assert.Equal(1.0, profile.CommunityNess);
        var bc = CentralityMeasures.Betweenness(graph);
        Assert.Equal(bc.Values.Max(), bc.Values[6]);
    }
}
