using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Analysis;

public class ReportSummaryTests
{
    [Theory]
    [InlineData(0.029, "0.0290")]
    [InlineData(12.79, "12.8")]
    [InlineData(741.15, "741")]
    [InlineData(28115.0, "28,100")]
    [InlineData(9.996, "10.0")]
    [InlineData(0.0, "0")]
    [InlineData(-0.0004, "-0.000400")]
    [InlineData(double.NaN, "–")]
    public void Numbers_have_three_significant_figures(double value, string expected)
    {
        Assert.Equal(expected, FigureFormat.Number(value));
    }

    [Fact]
    public void Intervals_are_written_low_then_high_in_brackets() =>
        Assert.Equal("12.8 [11.6, 14.0]", FigureFormat.WithInterval(12.79, 11.6273, 13.9527));

    [Fact]
    public void Wilson_interval_of_no_success_in_200_is_0_to_z2_over_n_plus_z2()
    {
        // p̂ = 0: centre = half = z²/(2(n + z²)), so the interval is [0, z²/(n + z²)] = [0, 3.8415/203.8415]
        var (low, high) = FigureFormat.WilsonInterval(0, 200);
        Assert.Equal(0, low, 12);
        Assert.Equal(3.841458820694124 / 203.841458820694124, high, 12);
        // 5 of 10: symmetric about 0.5 (Wilson 1927): [0.2366, 0.7634]
        var (l2, h2) = FigureFormat.WilsonInterval(5, 10);
        Assert.Equal(1, l2 + h2, 12);
        Assert.Equal(0.2366, l2, 4);
    }

    private static (OrganizationDiagnosis Diagnosis, CampaignReport Team, CampaignReport Broadcaster) Small()
    {
        var network = TestOrganizations.TeamAndBroadcaster(teamSize: 5, followers: 8, bridgeFrom: 4);
        var diagnosis = network.Diagnose(new DiagnosisOptions { RandomSeed = 3, Runs = 20 });
        var options = new CampaignOptions { RandomSeed = 3, Runs = 20, Communities = diagnosis.Communities };
        return (diagnosis,
            network.AnalyzeCampaign([new EmployeeId("e0"), new EmployeeId("e1")], options),
            network.AnalyzeCampaign([new EmployeeId("b")], options));
    }

    private static CampaignReport WithSupporters(CampaignReport report, double mean, double low, double high, double firestorm = 0) =>
        report with
        {
            Resonance = report.Resonance with { ExpectedSupporters = mean, ExpectedSupportersCi95Low = low, ExpectedSupportersCi95High = high },
            Risk = report.Risk with { FirestormProbability = firestorm },
        };

    [Fact]
    public void Apart_intervals_recommend_the_most_supporters_and_every_number_comes_from_the_figures()
    {
        var (diagnosis, team, broadcaster) = Small();
        var campaigns = new List<NamedCampaign>
        {
            new("team", WithSupporters(team, 12.79, 11.6273, 13.9527)),
            new("broadcaster", WithSupporters(broadcaster, 35.735, 33.6605, 37.8095, firestorm: 0.05)),
        };
        var summary = ReportSummary.Build(diagnosis, campaigns);
        Assert.InRange(summary.Sentences.Length, 1, ReportSummary.MaxSentences);
        Assert.Equal(5, summary.Sentences.Length);
        Assert.Equal("broadcaster", summary.RecommendedCampaign);
        Assert.Equal("Ask the broadcaster to share.", summary.Recommendation);
        // no break-even figure: the intervals are apart but the persuasion ratio is assumed
        Assert.Equal(SummaryConfidence.Moderate, summary.Confidence);
        string text = summary.ToString();
        Assert.Contains("12.8 [11.6, 14.0] supporters", text);
        Assert.Contains("35.7 [33.7, 37.8] supporters", text);
        Assert.Contains(FigureFormat.WithInterval(team.Spread.ExpectedAdopters, team.Spread.ExpectedAdoptersCi95Low, team.Spread.ExpectedAdoptersCi95High), text);
        Assert.Contains(FigureFormat.Number(diagnosis.Modularity), summary.Sentences[0]);
        Assert.Contains(FigureFormat.Number(diagnosis.EpidemicThreshold), summary.Sentences[0]);
        // the winner's higher firestorm probability is stated with both values
        Assert.Contains("at a higher firestorm probability (5.00 % against 0 %)", summary.Sentences[2]);
        // 1 firestorm in 20 runs: Wilson interval beside it
        var (low, high) = FigureFormat.WilsonInterval(1, 20);
        Assert.Contains($"[{FigureFormat.Percent(low)}, {FigureFormat.Percent(high)}]", summary.Sentences[1]);
        Assert.Contains("was not computed", summary.Sentences[4]);
        Assert.Contains("mutual p = 0.05, one-way p = 0.05", summary.Sentences[4], StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_intervals_recommend_nothing_with_low_confidence()
    {
        var (diagnosis, team, broadcaster) = Small();
        var summary = ReportSummary.Build(diagnosis,
        [
            new("team", WithSupporters(team, 10, 8, 12)),
            new("broadcaster", WithSupporters(broadcaster, 11, 9.5, 12.5)),
        ]);
        Assert.Null(summary.RecommendedCampaign);
        Assert.Equal(SummaryConfidence.Low, summary.Confidence);
        Assert.StartsWith("No clear winner", summary.Recommendation);
        Assert.Contains("overlap", summary.Sentences[2]);
    }

    [Fact]
    public void The_break_even_ratio_when_given_says_what_would_change_the_answer()
    {
        var (diagnosis, team, broadcaster) = Small();
        NamedCampaign[] campaigns = [new("team", WithSupporters(team, 12, 11, 13)), new("broadcaster", WithSupporters(broadcaster, 36, 34, 38))];

        var assumed = ReportSummary.Build(diagnosis, campaigns, new BreakEvenFigure(3.2, 2.5, 4.1, 20, 1, FittedFromLog: false));
        Assert.Equal(SummaryConfidence.Moderate, assumed.Confidence);
        Assert.Contains("more than 3.20 [2.50, 4.10] times as persuasive", assumed.Sentences[4]);
        Assert.Contains("assumed, not measured", assumed.Sentences[4]);

        var fitted = ReportSummary.Build(diagnosis, campaigns, new BreakEvenFigure(3.2, 2.5, 4.1, 20, 1.4, FittedFromLog: true));
        Assert.Equal(SummaryConfidence.High, fitted.Confidence);
        Assert.Contains("fitted from the organisation's share log", fitted.Sentences[4]);

        var inside = ReportSummary.Build(diagnosis, campaigns, new BreakEvenFigure(3.2, 2.5, 4.1, 20, 3, FittedFromLog: true));
        Assert.Equal(SummaryConfidence.Moderate, inside.Confidence);

        var none = ReportSummary.Build(diagnosis, campaigns, new BreakEvenFigure(null, null, null, 20, 1, FittedFromLog: false, Note: "no crossing in [1, 20]"));
        Assert.Equal(SummaryConfidence.High, none.Confidence);
        Assert.Contains("no ratio between 1 and 20.0", none.Sentences[4]);
        Assert.Contains("no ratio between 1 and 20.0 makes the options win equally many supporters", none.Sentences[4], StringComparison.Ordinal);
    }

    [Fact]
    public void One_campaign_or_none_gives_no_recommendation()
    {
        var (diagnosis, team, _) = Small();
        var one = ReportSummary.Build(diagnosis, [new("given sharers", team)]);
        Assert.Null(one.RecommendedCampaign);
        Assert.Equal(SummaryConfidence.Low, one.Confidence);
        Assert.InRange(one.Sentences.Length, 1, ReportSummary.MaxSentences);
        var none = ReportSummary.Build(diagnosis, []);
        Assert.Null(none.RecommendedCampaign);
        Assert.Equal(3, none.Sentences.Length);
    }

    [Fact]
    public void The_pipeline_reports_monotone_progress_and_one_seed_for_everything()
    {
        var network = TestOrganizations.TeamAndBroadcaster(teamSize: 5, followers: 8, bridgeFrom: 4);
        var progress = new ProgressRecorder();
        var report = OrganizationReports.Build(network, new ReportOptions
        {
            RandomSeed = 5,
            Runs = 20,
            DiagnosisRuns = 20,
            Sharers = [new EmployeeId("e0"), new EmployeeId("b")],
        }, "test", progress);
        progress.AssertMonotoneToCompletion();
        Assert.Equal(5, report.RandomSeed);
        Assert.Equal(5, report.Diagnosis.RandomSeed);
        var campaign = Assert.Single(report.Campaigns);
        Assert.Equal(OrganizationReports.GivenSharers, campaign.Name);
        Assert.Equal(5, campaign.Report.RandomSeed);
        Assert.Same(report.Diagnosis.Communities, campaign.Report.Communities);
        Assert.Equal(string.Join("\n", ReportSummary.Build(report.Diagnosis, report.Campaigns).Sentences), string.Join("\n", report.Summary.Sentences));
    }
}
