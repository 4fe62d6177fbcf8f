namespace NetworkVsCommunity.Tests.Analysis;

/// <summary>RES-10 complex centrality in <c>Diagnose</c>'s employee profiles.</summary>
public class ComplexCentralityProfileTests
{
    [Fact]
    public void Profiles_carry_complex_centrality_on_the_influence_graph()
    {
        // A team of four (a clique) and a broadcaster b followed by six externals; 11 people. With θ = 2 nothing spreads
        // past a seed neighbourhood: b's neighbourhood is its six followers (C = 6/10), a team member's the other three
        // members (C = 3/10).
        EmployeeNetwork network = Fixtures.TestOrganizations.TeamAndBroadcaster(teamSize: 4, followers: 6);
        OrganizationDiagnosis diagnosis = OrganizationDiagnostics.Diagnose(network, new DiagnosisOptions { Runs = 10, RandomSeed = 3 });
        Assert.Equal(0.6, diagnosis.Profiles.Single(p => p.Id == new EmployeeId("b")).ComplexCentrality, 12);
        Assert.Equal(0.3, diagnosis.Profiles.Single(p => p.Id == new EmployeeId("e0")).ComplexCentrality, 12);
    }
}
