using NetworkVsCommunity.Algorithms.Metrics;

namespace NetworkVsCommunity.Tests.Analysis;

/// <summary>
/// The essay's contrast on the embedded sample organisation (default p = 0.05, below its epidemic threshold): a campaign
/// seeded by the top evangelists is reinforced and stays inside communities, and converts a far larger share of its
/// adopters into supporters (応援団); one seeded by the top broadcasters of equal headcount reaches far more people (拡散).
/// </summary>
public class SampleOrganizationReportTests
{
    private static readonly Lazy<(OrganizationDiagnosis Diagnosis, CampaignReport Evangelists, CampaignReport Broadcasters)> Runs = new(() =>
    {
        EmployeeNetwork org = SampleOrganization.Default;
        OrganizationDiagnosis diagnosis = org.Diagnose(new DiagnosisOptions { RandomSeed = 11, Runs = 30 });
        int k = Math.Min(diagnosis.TopEvangelists.Length, diagnosis.TopBroadcasters.Length);
        var options = new CampaignOptions { RandomSeed = 12, Runs = 80, Communities = diagnosis.Communities };
        return (diagnosis,
            org.AnalyzeCampaign(diagnosis.TopEvangelists.Take(k).ToList(), options),
            org.AnalyzeCampaign(diagnosis.TopBroadcasters.Take(k).ToList(), options));
    });

    [Fact]
    public void The_report_names_distinct_evangelists_and_broadcasters()
    {
        var d = Runs.Value.Diagnosis;
        Assert.Equal(5, d.TopEvangelists.Length);
        Assert.Equal(5, d.TopBroadcasters.Length);
        Assert.Empty(d.TopEvangelists.Intersect(d.TopBroadcasters));
        Assert.Equal(d.Employees, d.Profiles.Length);
    }

    [Fact]
    public void Broadcasters_win_reach()
    {
        var (_, evangelists, broadcasters) = Runs.Value;
        Assert.Equal(evangelists.Sharers.Length, broadcasters.Sharers.Length);
        // SPR-3: the broadcasters' whole 95 % interval lies above the evangelists'.
        Assert.True(broadcasters.Spread.ExpectedAdoptersCi95Low > evangelists.Spread.ExpectedAdoptersCi95High,
            $"reach: broadcasters {broadcasters.Spread.ExpectedAdopters} vs evangelists {evangelists.Spread.ExpectedAdopters}");
    }

    [Fact]
    public void Evangelists_win_reinforcement_community_and_supporter_conversion()
    {
        var (_, evangelists, broadcasters) = Runs.Value;
        // RES-1 and RES-3, pooled over 80 runs each.
        Assert.True(evangelists.Resonance.ReinforcedAdoptionShare > broadcasters.Resonance.ReinforcedAdoptionShare + 0.02,
            $"RES-1: evangelists {evangelists.Resonance.ReinforcedAdoptionShare} vs broadcasters {broadcasters.Resonance.ReinforcedAdoptionShare}");
        Assert.True(evangelists.Resonance.IntraCommunityShare > broadcasters.Resonance.IntraCommunityShare + 0.1,
            $"RES-3: evangelists {evangelists.Resonance.IntraCommunityShare} vs broadcasters {broadcasters.Resonance.IntraCommunityShare}");
        // RES-9 per adopter: even the low end of the evangelists' supporter interval, over the high end of their reach,
        // beats the broadcasters' best case.
        double evangelistRate = evangelists.Resonance.ExpectedSupportersCi95Low / evangelists.Spread.ExpectedAdoptersCi95High;
        double broadcasterRate = broadcasters.Resonance.ExpectedSupportersCi95High / broadcasters.Spread.ExpectedAdoptersCi95Low;
        Assert.True(evangelistRate > broadcasterRate, $"supporters per adopter: evangelists ≥ {evangelistRate} vs broadcasters ≤ {broadcasterRate}");
    }

    [Fact]
    public void Credits_add_up_and_the_diagnosis_sentence_states_the_figures_beside_it()
    {
        var (diagnosis, evangelists, broadcasters) = Runs.Value;
        foreach (CampaignReport r in new[] { evangelists, broadcasters })
        {
            Assert.Equal(r.Spread.ExpectedAdopters, r.Credit.Sum(c => c.SpreadCredit), 9);
            Assert.Equal(r.Resonance.ExpectedSupporters, r.Credit.Sum(c => c.ResonanceCredit), 9);
            Assert.Equal(r.Options.RewardPool, r.Credit.Sum(c => c.Payout), 9);
        }
        string s = diagnosis.CharacterExplanation;
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        bool strong = diagnosis.Modularity >= OrganizationDiagnostics.StrongModularity;
        bool clustered = diagnosis.InternalTransitivity >= OrganizationDiagnostics.ClusteredTransitivity;
        double networkNess = diagnosis.MeanTransmissionProbability / diagnosis.EpidemicThreshold;
        Assert.StartsWith(diagnosis.Character + ":", s, StringComparison.Ordinal);
        Assert.Contains(string.Create(invariant, $"modularity {diagnosis.Modularity:F3} ({(strong ? "≥" : "<")} 0.3"), s, StringComparison.Ordinal);
        Assert.Contains(string.Create(invariant, $"internal transitivity {diagnosis.InternalTransitivity:F3} ({(clustered ? "≥" : "<")} 0.2"), s, StringComparison.Ordinal);
        Assert.Contains(string.Create(invariant, $"p · λ_max = {networkNess:F2} of the 1"), s, StringComparison.Ordinal);
        Assert.Contains(networkNess > 1 ? "can keep travelling" : "chains of re-shares die out", s, StringComparison.Ordinal);
        Assert.Equal(Campaigns.Quadrant(networkNess > 1 ? 1 : 0, strong && clustered ? 1 : 0, 0.5) switch
        {
            SpreadShareQuadrant.Both => OrganizationCharacter.Both,
            SpreadShareQuadrant.Broadcast => OrganizationCharacter.Network,
            SpreadShareQuadrant.Evangelism => OrganizationCharacter.Community,
            _ => OrganizationCharacter.Neither,
        }, diagnosis.Character);
    }
}
