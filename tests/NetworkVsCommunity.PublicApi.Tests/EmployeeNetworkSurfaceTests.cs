using NetworkVsCommunity.Algorithms.Generators;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity.PublicApi.Tests;

public class EmployeeNetworkSurfaceTests
{
    [Fact]
    public void A_user_loads_people_and_ties_and_reads_results_back_in_people()
    {
        string dir = Path.Combine(Path.GetTempPath(), "nvc-api-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string people = Path.Combine(dir, "people.csv");
            string ties = Path.Combine(dir, "ties.csv");
            File.WriteAllText(people, "id,kind,department,enthusiasm,programme_owner\nann,employee,Sales,0.9,true\nben,employee,Sales,0.1,\nfan,external,,,\n");
            File.WriteAllText(ties, "source,target,kind,strength\nann,ben,colleague,3\nfan,ann,follows,\n");
            EmployeeNetwork net = PeopleTiesCsv.Load(people, ties);
            CsrGraph influence = net.InfluenceGraph;
            Assert.True(influence.ContainsEdge(net.NodeOf("ann"), net.NodeOf("fan"))); // fan follows ann: ann reaches fan
            Assert.Equal("ann", net.ProgrammeOwner?.Value);
            Assert.Equal(2, net.Employees.Length);

            var bad = Path.Combine(dir, "bad.csv");
            File.WriteAllText(bad, "source,target,strength\nann,ben,-1\n");
            var ex = Assert.Throws<GraphFormatException>(() => PeopleTiesCsv.Load(people, bad));
            Assert.Equal(2, ex.LineNumber);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_user_generates_the_sample_company_and_a_benchmark_graph()
    {
        EmployeeNetwork org = SampleOrganization.Generate(new SampleOrganizationOptions { Employees = 60, Departments = 4 });
        Assert.Equal(60, org.Employees.Length);
        Assert.Equal(org.PersonCount, org.SocialGraph.NodeCount);

        GeneratedGraph lfr = RandomGraphs.Lfr(new LfrOptions { NodeCount = 500, AverageDegree = 10, MaxDegree = 30, RandomSeed = 1 });
        Assert.Equal(500, lfr.Graph.NodeCount);
        Assert.NotNull(lfr.GroundTruth);
        Assert.Equal(1, lfr.RandomSeed);
    }
}
