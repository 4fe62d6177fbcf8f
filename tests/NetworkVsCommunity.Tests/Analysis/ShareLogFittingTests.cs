using NetworkVsCommunity.Algorithms.Diffusion;

namespace NetworkVsCommunity.Tests.Analysis;

public class ShareLogFittingTests
{
    /// <summary>Employee a, colleague b (mutual tie), external x who follows a (one-way a → x).</summary>
    private static EmployeeNetwork Trio()
    {
        var builder = new EmployeeNetworkBuilder();
        builder.AddPerson(new EmployeeId("a"));
        builder.AddPerson(new EmployeeId("b"));
        builder.AddPerson(new Person(new EmployeeId("x")) { Kind = PersonKind.External });
        builder.AddTie(new EmployeeId("a"), new EmployeeId("b"), TieKind.Colleague);
        builder.AddTie(new EmployeeId("x"), new EmployeeId("a"), TieKind.Follows);
        return builder.Build();
    }

    private static ShareLog Read(EmployeeNetwork network, string text, UnknownPersonPolicy policy = UnknownPersonPolicy.Error) =>
        ShareLog.Read(new StringReader(text), "shares.csv", network, policy);

    [Fact]
    public void Single_exposures_give_the_binomial_estimate_and_its_logit_wald_interval()
    {
        // Five posts by a. b shares in the next step in posts 1 and 5 (mutual: 2 of 5), x in post 3 (one-way: 1 of 5).
        // Rows are deliberately out of order.
        EmployeeNetwork network = Trio();
        ShareLog log = Read(network, "post,person,time\np1,b,1\np1,a,0\np2,a,0\np3,a,0\np3,x,1\np4,a,0\np5,a,0\np5,b,1\n");
        ShareLogFit fit = ShareLogFitting.Fit(network, log);
        TieClassEstimate mutual = fit.Classes[0];
        TieClassEstimate oneWay = fit.Classes[1];
        Assert.Equal(TieClass.Mutual, mutual.Class);
        Assert.Equal(0.4, mutual.Probability, 9);
        Assert.Equal(0.2, oneWay.Probability, 9);
        Assert.Equal(5, mutual.Exposures);
        Assert.Equal(5, oneWay.Exposures);
        Assert.Equal(2, mutual.Adoptions);
        Assert.Equal(1, oneWay.Adoptions);
        Assert.Equal(5, fit.InitialShares);
        // ℓ = 2 log 0.4 + 3 log 0.6 + log 0.2 + 4 log 0.8.
        Assert.Equal((2 * Math.Log(0.4)) + (3 * Math.Log(0.6)) + Math.Log(0.2) + (4 * Math.Log(0.8)), fit.LogLikelihood, 9);
        // Binomial on the logit scale: SE = 1/√(N p (1 − p)) = 1/√1.2 for mutual.
        double se = 1 / Math.Sqrt(1.2);
        double logit = Math.Log(0.4 / 0.6);
        Assert.Equal(1 / (1 + Math.Exp(-(logit - (1.96 * se)))), mutual.Ci95Low, 4);
        Assert.Equal(1 / (1 + Math.Exp(-(logit + (1.96 * se)))), mutual.Ci95High, 4);
        Assert.Equal(0.4, fit.Model.MutualProbability, 9);
        Assert.Equal(0.2, fit.Model.OneWayProbability, 9);
    }

    [Fact]
    public void Reader_policies_duplicates_unknown_people_and_line_numbered_errors()
    {
        EmployeeNetwork network = Trio();
        ShareLog log = Read(network, "time,person,post\n0,a,p1\n1,b,p1\n3,b,p1\n1,zz,p1\n", UnknownPersonPolicy.Skip);
        Assert.Equal(1, log.DuplicatesDropped);
        Assert.Equal(1, log.UnknownRowsSkipped);
        Assert.Equal([0.0, 1.0], log.Posts[0].Times.ToArray());
        var unknown = Assert.Throws<GraphFormatException>(() => Read(network, "post,person,time\np1,a,0\np1,zz,1\n"));
        Assert.Contains("shares.csv:3", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("zz", unknown.Message, StringComparison.Ordinal);
        var badTime = Assert.Throws<GraphFormatException>(() => Read(network, "post,person,time\np1,a,soon\n"));
        Assert.Contains("shares.csv:2", badTime.Message, StringComparison.Ordinal);
        Assert.Throws<GraphFormatException>(() => Read(network, "post,who,time\np1,a,0\n"));
        ShareLog stamps = Read(network, "post,person,time\np1,a,2026-01-01T00:00:00Z\np1,b,2026-01-01T01:00:00Z\n");
        Assert.Equal(3600, stamps.Posts[0].Times[1] - stamps.Posts[0].Times[0], 9);
    }

    [Fact]
    public void Cascades_link_a_share_to_the_in_neighbour_of_the_step_before()
    {
        EmployeeNetwork network = Trio();
        ShareLog log = Read(network, "post,person,time\np1,a,0\np1,b,1\np1,x,5\n");
        Cascade cascade = ShareLogFitting.Cascades(network, log).Single();
        int a = network.NodeOf(new EmployeeId("a"));
        Assert.Equal(-1, cascade.Parents[0]);
        Assert.Equal(a, cascade.Parents[1]);
        Assert.Equal(-1, cascade.Parents[2]); // x follows a, but a shared at step 0, not step 4: no exposure shown
        Assert.Equal([0, 1, 5], cascade.Steps.ToArray());
        Assert.Equal([0.0, 1.0, 5.0], cascade.Times.ToArray());
    }

    [Fact]
    public void Simulated_log_round_trips_through_the_file_format()
    {
        EmployeeNetwork network = Trio();
        var model = new RelationshipCascadeModel { MutualProbability = 0.5, OneWayProbability = 0.5 };
        ShareLog log = ShareLogFitting.Simulate(network, model, 20, randomSeed: 4);
        string path = Path.Combine(Directory.CreateTempSubdirectory("nvc-log-").FullName, "shares.csv");
        log.Save(path, network);
        ShareLog back = ShareLog.Load(path, network);
        Assert.Equal(log.Posts.Select(p => (p.Id, string.Join(' ', p.Nodes), string.Join(' ', p.Times))),
            back.Posts.Select(p => (p.Id, string.Join(' ', p.Nodes), string.Join(' ', p.Times))));
        Assert.Equal(log.Posts, ShareLogFitting.Simulate(network, model, 20, randomSeed: 4).Posts, new PostComparer());
    }

    /// <summary>
    /// Recovery on the sample organisation: logs simulated from known class probabilities (one employee per post), fitted
    /// back. The 95 % intervals must cover the truth in ≥ 90 % of 40 seeded replicates, and the error must shrink as
    /// posts are added.
    /// </summary>
    [Fact]
    public void Fit_recovers_known_probabilities_on_the_sample_organisation()
    {
        EmployeeNetwork network = SampleOrganization.Default;
        var truth = new RelationshipCascadeModel { MutualProbability = 0.05, OneWayProbability = 0.02 };
        int coverMutual = 0;
        int coverOneWay = 0;
        const int replicates = 40;
        for (int seed = 1; seed <= replicates; seed++)
        {
            ShareLogFit fit = ShareLogFitting.Fit(network, ShareLogFitting.Simulate(network, truth, 60, seed));
            coverMutual += fit.Classes[0].Ci95Low <= 0.05 && 0.05 <= fit.Classes[0].Ci95High ? 1 : 0;
            coverOneWay += fit.Classes[1].Ci95Low <= 0.02 && 0.02 <= fit.Classes[1].Ci95High ? 1 : 0;
        }
        Assert.True(coverMutual >= 36, $"mutual interval covered the truth in {coverMutual}/40");
        Assert.True(coverOneWay >= 36, $"one-way interval covered the truth in {coverOneWay}/40");
        double Error(int posts)
        {
            double sum = 0;
            for (int seed = 101; seed <= 110; seed++)
            {
                ShareLogFit fit = ShareLogFitting.Fit(network, ShareLogFitting.Simulate(network, truth, posts, seed));
                sum += Math.Abs(fit.Classes[0].Probability - 0.05) + Math.Abs(fit.Classes[1].Probability - 0.02);
            }
            return sum / 10;
        }
        double small = Error(30);
        double large = Error(480);
        Assert.True(large < small / 2, $"mean absolute error {large} with 480 posts should be under half of {small} with 30");
    }

    private sealed class PostComparer : IEqualityComparer<SharePost>
    {
        public bool Equals(SharePost? x, SharePost? y) => x!.Id == y!.Id && x.Nodes.SequenceEqual(y.Nodes) && x.Times.SequenceEqual(y.Times);

        public int GetHashCode(SharePost obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
