using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.IO;
using NetworkVsCommunity.Tests.IO;

namespace NetworkVsCommunity.Tests.Model;

public class SampleOrganizationTests
{
    private static readonly EmployeeNetwork Org = SampleOrganization.Default;

    private static double[] Ranks(double[] values)
    {
        var order = Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Length];
        for (int i = 0; i < order.Length;)
        {
            int j = i;
            while (j + 1 < order.Length && values[order[j + 1]] == values[order[i]])
            {
                j++;
            }
            for (int k = i; k <= j; k++)
            {
                ranks[order[k]] = (i + j) / 2.0;
            }
            i = j + 1;
        }
        return ranks;
    }

    private static double Spearman(double[] x, double[] y)
    {
        double[] rx = Ranks(x);
        double[] ry = Ranks(y);
        double mx = rx.Average();
        double my = ry.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }
        return sxy / Math.Sqrt(sxx * syy);
    }

    [Fact]
    public void Default_has_400_employees_in_unequal_departments_and_teams_of_4_to_12()
    {
        Assert.Same(Org, SampleOrganization.Default);
        Assert.Equal(400, Org.Employees.Length);
        Assert.True(Org.Externals.Length > 5000);
        var deptSizes = Org.Employees.GroupBy(v => Org.Departments[v]).Select(g => g.Count()).ToArray();
        Assert.Equal(8, deptSizes.Length);
        Assert.True(deptSizes.Max() >= 3 * deptSizes.Where(s => s > 12).Min(), string.Join(",", deptSizes));
        foreach (var team in Org.Employees.GroupBy(v => Org.Teams[v]))
        {
            Assert.InRange(team.Count(), 4, 12);
            Assert.Single(team.Select(v => Org.Departments[v]).Distinct());
        }
        Assert.All(Org.Externals, v => Assert.Equal("", Org.Departments[v]));
        Assert.Equal("E0000", Org.IdOf(0).Value);
        Assert.Equal("Chief Executive Officer", Org.Roles[0]);
        Assert.Equal(new[] { "location" }, Org.ExtraAttributeNames.ToArray());
        Assert.Equal(new[] { TieKind.Colleague, TieKind.Follows, TieKind.Friend, TieKind.ReportsTo }, Org.TieKinds.ToArray());
    }

    [Fact]
    public void Reporting_lines_form_a_tree_rooted_at_the_ceo()
    {
        var manager = new int[Org.PersonCount];
        Array.Fill(manager, -1);
        int count = 0;
        foreach (var tie in Org.Ties.Where(t => t.Kind == TieKind.ReportsTo))
        {
            Assert.True(tie.Directed);
            int report = Org.NodeOf(tie.Source);
            Assert.True(Org.IsEmployee(report) && Org.IsEmployee(Org.NodeOf(tie.Target)));
            Assert.Equal(-1, manager[report]); // at most one manager
            manager[report] = Org.NodeOf(tie.Target);
            count++;
        }
        Assert.Equal(Org.Employees.Length - 1, count);
        Assert.Equal(-1, manager[0]);
        foreach (int v in Org.Employees)
        {
            int steps = 0;
            for (int u = v; u != 0; u = manager[u])
            {
                Assert.NotEqual(-1, manager[u]);
                Assert.True(++steps <= 10, $"chain from {Org.IdOf(v)} is too long or cyclic");
            }
        }
        // Influence runs manager -> report.
        var layer = Org.Layer(TieKind.ReportsTo);
        int someone = Org.Employees[^1];
        Assert.True(layer.ContainsEdge(manager[someone], someone));
    }

    [Fact]
    public void Internal_clustering_is_in_the_organisational_range()
    {
        // Average local clustering of the employees' social graph (employee neighbours only): 0.2–0.5 is typical of
        // organisational networks (SAMPLE-ORG.md; Kossinets & Watts 2006 report about 0.2–0.3 for a university e-mail network).
        var g = Org.SocialGraph;
        double total = 0;
        foreach (int v in Org.Employees)
        {
            int[] nb = g.Neighbors(v).ToArray().Where(Org.IsEmployee).ToArray();
            if (nb.Length < 2)
            {
                continue;
            }
            long links = 0;
            for (int i = 0; i < nb.Length; i++)
            {
                for (int j = i + 1; j < nb.Length; j++)
                {
                    if (g.ContainsEdge(nb[i], nb[j]))
                    {
                        links++;
                    }
                }
            }
            total += 2.0 * links / (nb.Length * (nb.Length - 1.0));
        }
        Assert.InRange(total / Org.Employees.Length, 0.2, 0.5);
    }

    [Fact]
    public void Cross_department_ties_are_few_weak_and_held_by_brokers()
    {
        var crossDegree = new Dictionary<int, int>();
        int cross = 0;
        int colleague = 0;
        foreach (var t in Org.Ties.Where(t => t.Kind == TieKind.Colleague))
        {
            colleague++;
            int a = Org.NodeOf(t.Source);
            int b = Org.NodeOf(t.Target);
            if (Org.Departments[a] != Org.Departments[b])
            {
                cross++;
                Assert.True(t.Strength <= 2.5, $"cross-department tie of strength {t.Strength}");
                crossDegree[a] = crossDegree.GetValueOrDefault(a) + 1;
                crossDegree[b] = crossDegree.GetValueOrDefault(b) + 1;
            }
        }
        Assert.InRange((double)cross / colleague, 0.03, 0.15);
        int topTenth = Org.Employees.Length / 10;
        int heldByTop = crossDegree.Values.OrderByDescending(x => x).Take(topTenth).Sum();
        Assert.True(heldByTop > cross, $"top 10% hold {heldByTop} of {2 * cross} tie ends"); // more than half of the 2·cross ends
    }

    [Fact]
    public void Audiences_are_heavy_tailed_and_shared()
    {
        var followers = new double[Org.Employees.Length];
        var follows = Org.Layer(TieKind.Follows);
        foreach (int v in Org.Employees)
        {
            followers[v] = follows.Neighbors(v).ToArray().Count(w => !Org.IsEmployee(w));
        }
        Array.Sort(followers);
        double median = followers[followers.Length / 2];
        Assert.InRange(median, 10, 40);
        Assert.True(followers[^1] >= 1000, $"largest follower count {followers[^1]}");
        // Hill (maximum likelihood) estimate of the exponent above x_min = 10 (Clauset, Shalizi & Newman 2009, eq. 3.1);
        // the generator uses α = 2.1; standard error (α−1)/√n ≈ 0.055 for n = 400, floor rounding biases it up slightly.
        double alpha = 1 + followers.Length / followers.Sum(x => Math.Log(x / 10.0));
        Assert.InRange(alpha, 1.9, 2.4);
        // Shared externals: deduplicated reach is below summed reach.
        long summed = Org.Employees.Sum(v => Org.AudienceSize[v]);
        Assert.True(Org.Externals.Length < summed);
        var friendLayer = Org.Layer(TieKind.Friend);
        int sharedFriends = Org.Externals.Count(x => friendLayer.Neighbors(x).ToArray().Count(Org.IsEmployee) >= 2);
        Assert.True(sharedFriends > 50, $"{sharedFriends} externals are friends of two employees or more");
        // Friends of friends: some external-external friendships.
        Assert.Contains(Org.Externals, x => friendLayer.Neighbors(x).ToArray().Any(w => !Org.IsEmployee(w)));
    }

    [Fact]
    public void Enthusiasts_are_rare_and_not_a_function_of_audience()
    {
        int[] employees = [.. Org.Employees];
        double[] enthusiasm = employees.Select(v => Org.Enthusiasm[v]).ToArray();
        double[] audience = employees.Select(v => (double)Org.AudienceSize[v]).ToArray();
        int[] enthusiasts = employees.Where(v => Org.Enthusiasm[v] >= 0.8).ToArray();
        Assert.InRange(enthusiasts.Length, (int)(0.02 * 400), (int)(0.07 * 400));
        // Independent draws: |ρ| below 3 standard errors (1/√(n−1) ≈ 0.05).
        Assert.InRange(Spearman(enthusiasm, audience), -0.15, 0.15);
        double medianAudience = audience.OrderBy(x => x).ElementAt(200);
        Assert.Contains(enthusiasts, v => Org.AudienceSize[v] < medianAudience); // quiet evangelists
        var broadcasters = employees.OrderByDescending(v => Org.AudienceSize[v]).Take(10).ToArray();
        Assert.Contains(broadcasters, v => Org.Enthusiasm[v] < 0.5); // indifferent broadcasters
        double stronglyAligned = employees.Count(v => Org.PurposeAlignment[v] >= 0.7) / 400.0;
        Assert.InRange(stronglyAligned, 0.2, 0.45); // well under half
        Assert.All(Org.Externals, x => Assert.Equal(0.0, Org.Enthusiasm[x]));
    }

    [Fact]
    public void Has_a_flag_bearer_in_marketing()
    {
        int owner = Org.ProgrammeOwnerNode!.Value;
        Assert.True(Org.IsEmployee(owner));
        Assert.Equal("Head of Marketing & Communications", Org.Roles[owner]);
    }

    [Fact]
    public void Generation_is_deterministic_and_seeded()
    {
        var options = new SampleOrganizationOptions { Employees = 120, Departments = 6, RandomSeed = 99 };
        var a = SampleOrganization.Generate(options);
        var b = SampleOrganization.Generate(options);
        NetworkAssert.Equal(a, b);
        var c = SampleOrganization.Generate(options with { RandomSeed = 100 });
        Assert.NotEqual(a.Ties.ToArray(), c.Ties.ToArray());
        var d = SampleOrganization.Generate();
        Assert.Equal(Org.Ties.Take(200).ToArray(), d.Ties.Take(200).ToArray());
    }

    [Fact]
    public void Scales_to_a_hundred_thousand_people()
    {
        var big = SampleOrganization.Generate(new SampleOrganizationOptions { Employees = 2000, Departments = 10 });
        Assert.Equal(2000, big.Employees.Length);
        Assert.True(big.PersonCount > 100_000, big.ToString());
        Assert.Equal(10, big.Employees.Select(v => big.Departments[v]).Distinct().Count());
        Assert.Equal(0, big.BuildStatistics.MergedDuplicateTies);
    }

    [Fact]
    public void Round_trips_through_people_and_ties_csv()
    {
        var small = SampleOrganization.Generate(new SampleOrganizationOptions { Employees = 40, Departments = 4, RandomSeed = 5 });
        var people = new StringWriter();
        var ties = new StringWriter();
        PeopleTiesCsv.Write(small, people, ties);
        NetworkAssert.Equal(small, PeopleTiesCsv.Read(new StringReader(people.ToString()), new StringReader(ties.ToString())));
    }

    [Fact]
    public void Options_are_validated()
    {
        Assert.Contains("options.Employees = 5", Assert.Throws<ArgumentOutOfRangeException>(() => SampleOrganization.Generate(new SampleOrganizationOptions { Employees = 5 })).Message);
        Assert.Contains("options.Departments = 60", Assert.Throws<ArgumentOutOfRangeException>(() => SampleOrganization.Generate(new SampleOrganizationOptions { Departments = 60 })).Message);
        Assert.Contains("options.FollowerExponent = 1.5", Assert.Throws<ArgumentOutOfRangeException>(() => SampleOrganization.Generate(new SampleOrganizationOptions { FollowerExponent = 1.5 })).Message);
    }
}
