using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Metrics;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Analysis;

public class CampaignTests
{
    // A team of four colleagues (a clique, one community) and an indifferent employee "b" with six followers, each
    // follower in a community of its own. Node numbering follows sorted ids: b=0, e0..e3=1..4, f0..f5=5..10.
    private static EmployeeNetwork TeamAndBroadcaster() => Fixtures.TestOrganizations.TeamAndBroadcaster(teamSize: 4, followers: 6);

    private static Partition TeamCommunities(EmployeeNetwork network)
    {
        var labels = new int[network.PersonCount];
        for (int v = 0; v < labels.Length; v++)
        {
            string id = network.IdOf(v).ToString();
            labels[v] = id.StartsWith('e') ? 100 : v;
        }
        return Partition.FromMembership(labels);
    }

    private static CampaignOptions Certain(EmployeeNetwork network) => new()
    {
        Model = Models.IC(1.0),
        Runs = 20,
        RandomSeed = 5,
        FirestormFraction = 0.5,
        Communities = TeamCommunities(network),
    };

    [Fact]
    public void Two_team_members_resonate_inside_their_team()
    {
        var network = TeamAndBroadcaster();
        var report = Campaigns.Analyze(network, [new EmployeeId("e0"), new EmployeeId("e1")], Certain(network));

        // SPR-1: the 1-hop ball of {e0, e1} without the sharers is {e2, e3}; the vendor sum counts 3 + 3.
        Assert.Equal(2, report.Spread.UniqueReach);
        Assert.Equal(6, report.Spread.VendorPotentialReach);
        Assert.Equal(3.0, report.Spread.AudienceRedundancy, 12);
        // p = 1: everyone in the team adopts, nobody outside.
        Assert.Equal(4.0, report.Spread.ExpectedAdopters);
        Assert.Equal(0.0, report.Spread.ExternalPenetration);
        // RES-1: e2 and e3 each saw two adopting colleagues (e0, e1) before adopting.
        Assert.Equal(1.0, report.Resonance.ReinforcedAdoptionShare);
        Assert.Equal(1.0, report.Resonance.IntraCommunityShare);
        Assert.Equal(1.0, report.Resonance.ComplexSurvival);
        Assert.Equal(0.0, report.Risk.FirestormProbability);
        Assert.Equal(SpreadShareQuadrant.Evangelism, report.Position.Quadrant);
        // Symmetric sharers get equal credit and split the pool equally (ATT-2, ATT-5).
        Assert.Equal(report.Credit[0].SpreadCredit, report.Credit[1].SpreadCredit, 9);
        Assert.Equal(50.0, report.Credit[0].Payout, 9);
        Assert.Equal(100.0, report.Credit.Sum(c => c.Payout), 9);
    }

    [Fact]
    public void A_broadcaster_spreads_far_without_resonance()
    {
        var network = TeamAndBroadcaster();
        var report = Campaigns.Analyze(network, [new EmployeeId("b")], Certain(network));

        Assert.Equal(6, report.Spread.UniqueReach);
        Assert.Equal(7.0, report.Spread.ExpectedAdopters);
        Assert.Equal(1.0, report.Spread.ExternalPenetration);
        Assert.Equal(0.0, report.Resonance.ReinforcedAdoptionShare);
        Assert.Equal(0.0, report.Resonance.ExpectedSupporters);
        Assert.Equal(SpreadShareQuadrant.Broadcast, report.Position.Quadrant);
        // RSK-5: the only sharer is the flag-bearer; without him nothing spreads.
        Assert.Equal(new EmployeeId("b"), report.Risk.FlagBearer);
        Assert.Equal(1.0, report.Risk.SpreadDependence, 12);
        // 7 of 11 people: at least half of the network in every run (a firestorm at fraction 0.5); the team's 4 is not.
        Assert.Equal(1.0, report.Risk.FirestormProbability);
        Assert.Equal(100.0, report.Credit.Single().Payout, 9);
    }

    [Fact]
    public void Same_seed_same_report_on_one_and_two_threads()
    {
        var network = TeamAndBroadcaster();
        var options = Certain(network) with { Model = Models.IC(0.4), Runs = 200 };
        EmployeeId[] sharers = [new("e0"), new("b")];
        var one = Campaigns.Analyze(network, sharers, options with { MaxDegreeOfParallelism = 1 });
        var two = Campaigns.Analyze(network, sharers, options with { MaxDegreeOfParallelism = 2 });
        Assert.Equal(one.Spread, two.Spread);
        Assert.Equal(one.Resonance, two.Resonance);
        Assert.Equal(one.Risk, two.Risk);
        Assert.Equal(one.Position, two.Position);
        Assert.Equal(one.Credit.ToArray(), two.Credit.ToArray());
        Assert.Equal(5, one.RandomSeed);
    }

    [Fact]
    public void Without_a_seed_one_is_drawn_and_reported_and_replays()
    {
        var network = TeamAndBroadcaster();
        var options = Certain(network) with { Model = Models.IC(0.5), RandomSeed = null, Runs = 50 };
        var first = Campaigns.Analyze(network, [new EmployeeId("e0")], options);
        var replay = Campaigns.Analyze(network, [new EmployeeId("e0")], options with { RandomSeed = first.RandomSeed });
        Assert.Equal(first.Spread, replay.Spread);
        Assert.Equal(first.Resonance, replay.Resonance);
    }

    [Theory]
    [InlineData("f0", "external contact")]
    [InlineData("nobody", "not a person")]
    public void Bad_sharers_are_named(string id, string expected)
    {
        var network = TeamAndBroadcaster();
        var ex = Assert.Throws<ArgumentException>(() => Campaigns.Analyze(network, [new EmployeeId(id)], Certain(network)));
        Assert.Contains(id, ex.Message);
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void Repeated_or_missing_sharers_are_rejected()
    {
        var network = TeamAndBroadcaster();
        Assert.Throws<ArgumentException>(() => Campaigns.Analyze(network, [new EmployeeId("e0"), new EmployeeId("e0")], Certain(network)));
        Assert.Throws<ArgumentException>(() => Campaigns.Analyze(network, [], Certain(network)));
    }

    [Fact]
    public void Options_are_validated_by_name()
    {
        var network = TeamAndBroadcaster();
        var ex = Assert.ThrowsAny<ArgumentException>(() => Campaigns.Analyze(network, [new EmployeeId("e0")], new CampaignOptions { Model = Models.IC(1.5) }));
        Assert.Contains("Probability", ex.Message);
        var lt = Assert.Throws<ArgumentException>(() => Campaigns.Analyze(network, [new EmployeeId("e0")], new CampaignOptions { Model = LinearThresholdModel.Default }));
        Assert.Contains("options.Model = 'lt'", lt.Message);
    }

    [Fact]
    public void Progress_is_monotone_and_ends_at_one()
    {
        var network = TeamAndBroadcaster();
        var recorder = new Fixtures.ProgressRecorder();
        Campaigns.Analyze(network, [new EmployeeId("e0")], Certain(network), recorder);
        recorder.AssertMonotoneToCompletion();
    }

    [Fact]
    public void Cancellation_stops_the_analysis()
    {
        var network = TeamAndBroadcaster();
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Campaigns.Analyze(network, [new EmployeeId("e0")], Certain(network), null, cts.Token));
    }

    [Fact]
    public void Diagnosis_of_the_hand_built_organisation()
    {
        var network = TeamAndBroadcaster();
        var diagnosis = OrganizationDiagnostics.Diagnose(network, new DiagnosisOptions
        {
            Model = Models.IC(1.0),
            Runs = 10,
            RandomSeed = 3,
            Communities = TeamCommunities(network),
            TopCount = 2,
        });
        Assert.Equal(5, diagnosis.Employees);
        Assert.Equal(6, diagnosis.Externals);
        Assert.Equal(6, diagnosis.InternalTies);
        // The team is a clique: every internal triple is closed; b has no internal tie (local clustering 0).
        Assert.Equal(1.0, diagnosis.InternalTransitivity, 12);
        Assert.Equal(4.0 / 5.0, diagnosis.InternalAverageClustering, 12);
        // Clique edges have overlap 1: no weak internal tie.
        Assert.Equal(0.0, diagnosis.WeakTieShare);
        Assert.Equal(4, diagnosis.EnthusiastCount);
        // p = 1: b reaches himself and six followers; a team member reaches the team of four.
        Assert.Equal(7.0, diagnosis.Profiles.Single(p => p.Id == new EmployeeId("b")).SpreadPotential, 12);
        Assert.Equal(4.0, diagnosis.Profiles.Single(p => p.Id == new EmployeeId("e0")).SpreadPotential, 12);
        Assert.Equal(7.0, diagnosis.BlastRadiusMax, 12);
        Assert.Equal(new EmployeeId("b"), diagnosis.TopBroadcasters[0]);
        Assert.DoesNotContain(new EmployeeId("b"), diagnosis.TopEvangelists);
        Assert.Equal(1.0, diagnosis.ExternalBoundaryTopShare, 12);
    }
}
