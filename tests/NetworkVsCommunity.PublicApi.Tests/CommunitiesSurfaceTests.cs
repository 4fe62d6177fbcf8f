using NetworkVsCommunity.Algorithms.Communities;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.PublicApi.Tests;

public class CommunitiesSurfaceTests
{
    private static CsrGraph TwoTeams()
    {
        // Two teams of four, everyone tied inside the team, one tie between the teams (3-4).
        var builder = new GraphBuilder();
        for (int team = 0; team < 2; team++)
        {
            for (int i = 0; i < 4; i++)
            {
                for (int j = i + 1; j < 4; j++)
                {
                    builder.AddEdge((team * 4) + i, (team * 4) + j);
                }
            }
        }
        builder.AddEdge(3, 4);
        return builder.Build();
    }

    [Fact]
    public void A_user_finds_the_teams_and_replays_the_run()
    {
        CsrGraph graph = TwoTeams();
        LeidenResult result = CommunityDetection.Leiden(graph, new LeidenOptions { RandomSeed = 2026 });
        Assert.Equal(2, result.Partition.CommunityCount);
        Assert.Equal([0, 1, 2, 3], result.Partition.Members(0).ToArray());
        Assert.Equal(11.0 / 26.0, result.Modularity, 12);
        Assert.Equal(2026, result.RandomSeed);

        LouvainResult louvain = CommunityDetection.Louvain(graph, new LouvainOptions { RandomSeed = 2026 });
        Assert.Equal(result.Partition, louvain.Partition);

        var truth = Partition.FromMembership([7, 7, 7, 7, 9, 9, 9, 9]);
        Assert.Equal(1.0, PartitionComparison.NormalizedMutualInformation(truth, result.Partition), 12);
        Assert.Equal([12.0 / 13.0, 12.0 / 13.0], PartitionQuality.Embeddedness(graph, result.Partition).ToArray());
    }

    [Fact]
    public void A_user_starts_from_departments_and_keeps_the_leads_fixed()
    {
        CsrGraph graph = TwoTeams();
        var departments = Partition.FromMembership([0, 0, 0, 0, 0, 1, 1, 1]);
        var result = CommunityDetection.Leiden(graph, new LeidenOptions { RandomSeed = 1, InitialPartition = departments, FixedNodes = [0, 7] });
        Assert.NotEqual(result.Partition.CommunityOf(0), result.Partition.CommunityOf(7));
        Assert.Equal(result.Partition.CommunityOf(4), result.Partition.CommunityOf(7));
    }
}
