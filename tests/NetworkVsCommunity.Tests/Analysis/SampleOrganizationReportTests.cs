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
}
