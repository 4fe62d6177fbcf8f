using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Tests.Model;

public class EmployeeNetworkTests
{
    private static EmployeeNetwork Small(bool reversed = false)
    {
        var people = new[]
        {
            new Person("carol") { Department = "Sales", Team = "S1", Role = "Manager", Enthusiasm = 0.9, PurposeAlignment = 0.4, AudienceSize = 12 },
            new Person("alice") { Department = "R&D", Team = "R1", Role = "Engineer", Enthusiasm = 0.1 },
            new Person("bob") { Department = "R&D", Team = "R1" },
            new Person("zed") { Kind = PersonKind.External, AudienceSize = 3 },
        };
        var b = new EmployeeNetworkBuilder();
        foreach (var p in reversed ? people.Reverse() : people)
        {
            b.AddPerson(p);
        }
        var ties = new List<Action>
        {
            () => b.AddTie("alice", "bob", TieKind.Colleague, 2.0),
            () => b.AddTie("zed", "carol", TieKind.Follows),        // zed follows carol: carol -> zed
            () => b.AddTie("alice", "carol", TieKind.ReportsTo, 1.5), // carol addresses alice
            () => b.AddTie("bob", "alice", TieKind.Colleague, 0.5),  // duplicate of alice-bob (mutual)
            () => b.AddTie("alice", "bob", TieKind.Friend, 1.0),
        };
        if (reversed)
        {
            ties.Reverse();
        }
        foreach (var t in ties)
        {
            t();
        }
        b.SetProgrammeOwner("carol");
        return b.Build();
    }

    [Fact]
    public void Nodes_follow_ordinal_id_order_and_map_both_ways()
    {
        var net = Small();
        Assert.Equal(new[] { "alice", "bob", "carol", "zed" }, net.Ids.ToArray());
        Assert.Equal(2, net.NodeOf("carol"));
        Assert.Equal("zed", net.IdOf(3).Value);
        Assert.True(net.TryGetNode("bob", out int bob));
        Assert.Equal(1, bob);
        Assert.False(net.TryGetNode("nobody", out int none));
        Assert.Equal(-1, none);
        var ex = Assert.Throws<KeyNotFoundException>(() => net.NodeOf("nobody"));
        Assert.Contains("'nobody'", ex.Message);
        Assert.Equal(new[] { 0, 1, 2 }, net.Employees.ToArray());
        Assert.Equal(new[] { 3 }, net.Externals.ToArray());
        Assert.True(net.IsEmployee(2));
        Assert.False(net.IsEmployee(3));
        Assert.Equal("carol", net.ProgrammeOwner!.Value.Value);
        Assert.Equal(2, net.ProgrammeOwnerNode);
    }

    [Fact]
    public void Influence_arcs_follow_the_convention_and_parallel_ties_merge()
    {
        var net = Small();
        var g = net.InfluenceGraph;
        Assert.True(g.IsDirected);
        // zed follows carol: carol's posts reach zed (2 -> 3) and not the other way.
        Assert.True(g.TryGetEdgeWeight(2, 3, out double w23));
        Assert.Equal(1.0, w23);
        Assert.False(g.ContainsEdge(3, 2));
        // alice reports to carol: carol -> alice.
        Assert.True(g.TryGetEdgeWeight(2, 0, out double w20));
        Assert.Equal(1.5, w20);
        Assert.False(g.ContainsEdge(0, 2));
        // alice-bob: colleague 2 + 0.5 (duplicate merged) + friend 1 = 3.5 both ways.
        Assert.True(g.TryGetEdgeWeight(0, 1, out double w01));
        Assert.Equal(3.5, w01);
        Assert.True(g.TryGetEdgeWeight(1, 0, out double w10));
        Assert.Equal(3.5, w10);
        Assert.Equal(4, g.EdgeCount);

        var s = net.BuildStatistics;
        Assert.Equal(5, s.InputTies);
        Assert.Equal(1, s.MergedDuplicateTies);
        Assert.Equal(4, s.Ties);
        Assert.Equal(2, s.MergedInfluenceArcs); // colleague and friend arcs alice->bob and bob->alice
        Assert.Equal(4, s.People);
        Assert.Equal(3, s.Employees);
        Assert.Equal(1, s.Externals);
        Assert.Equal(4, net.TieCount);
        var colleague = net.Ties.Single(t => t.Kind == TieKind.Colleague);
        Assert.Equal(new Tie("alice", "bob", TieKind.Colleague, 2.5, false), colleague);
    }

    [Fact]
    public void Social_graph_is_undirected_with_each_tie_counted_once()
    {
        var net = Small();
        var g = net.SocialGraph;
        Assert.False(g.IsDirected);
        Assert.Equal(3, g.EdgeCount);
        Assert.True(g.TryGetEdgeWeight(0, 1, out double w));
        Assert.Equal(3.5, w);
        Assert.True(g.TryGetEdgeWeight(3, 2, out double f));
        Assert.Equal(1.0, f);
        Assert.Equal(3.5 + 1.0 + 1.5, g.TotalWeight);
    }

    [Fact]
    public void Layers_split_by_kind_and_by_internal_and_external()
    {
        var net = Small();
        Assert.Equal(new[] { TieKind.Colleague, TieKind.Follows, TieKind.Friend, TieKind.ReportsTo }, net.TieKinds.ToArray());
        CsrGraph follows = net.Layer(TieKind.Follows);
        Assert.Equal(1, follows.EdgeCount);
        Assert.True(follows.ContainsEdge(2, 3));
        CsrGraph colleague = net.Layer("colleague");
        Assert.Equal(2, colleague.EdgeCount);
        Assert.Equal(0, net.Layer("energy").EdgeCount);
        Assert.Equal(4, net.Layer("energy").NodeCount);
        Assert.Equal(3, net.InternalLayer.EdgeCount); // alice<->bob (2 arcs) + carol->alice
        Assert.Equal(1, net.ExternalLayer.EdgeCount);
        Assert.True(net.ExternalLayer.ContainsEdge(2, 3));
    }

    [Fact]
    public void Attributes_are_columns_by_node_and_by_name()
    {
        var net = Small();
        Assert.Equal(new[] { "R&D", "R&D", "Sales", "" }, net.Departments.ToArray());
        Assert.Equal(net.Departments, net.GetTextColumn("department"));
        Assert.Equal(0.9, net.GetNumericColumn("enthusiasm")[2]);
        Assert.Equal(12.0, net.GetNumericColumn("audience_size")[2]);
        Assert.Equal(new long[] { 0, 0, 12, 3 }, net.AudienceSize.ToArray());
        var ex = Assert.Throws<KeyNotFoundException>(() => net.GetTextColumn("salary"));
        Assert.Contains("'salary'", ex.Message);
        Person carol = net.GetPerson("carol");
        Assert.Equal("Manager", carol.Role);
        Assert.Equal(0.4, carol.PurposeAlignment);
        Assert.Equal(PersonKind.External, net.GetPerson(3).Kind);
    }

    [Fact]
    public void Input_order_never_changes_the_network()
    {
        var a = Small();
        var b = Small(reversed: true);
        Assert.Equal(a.Ids.ToArray(), b.Ids.ToArray());
        Assert.Equal(a.Ties.ToArray(), b.Ties.ToArray());
        Assert.Equal(a.InfluenceGraph.Targets.ToArray(), b.InfluenceGraph.Targets.ToArray());
        Assert.Equal(a.InfluenceGraph.Weights.ToArray(), b.InfluenceGraph.Weights.ToArray());
        Assert.Equal(a.SocialGraph.Weights.ToArray(), b.SocialGraph.Weights.ToArray());
    }

    [Fact]
    public void Extra_attributes_are_kept_as_text_columns()
    {
        var b = new EmployeeNetworkBuilder();
        b.AddPerson(new Person("a") { Extra = Person.EmptyExtra.Add("office", "Tokyo") });
        b.AddPerson("b");
        var net = b.Build();
        Assert.Equal(new[] { "office" }, net.ExtraAttributeNames.ToArray());
        Assert.Equal(new[] { "Tokyo", "" }, net.GetTextColumn("office").ToArray());
        Assert.Equal("Tokyo", net.GetPerson(0).Extra["office"]);
        Assert.Contains("office", net.AttributeNames);
    }

    [Fact]
    public void Builder_rejects_bad_input_with_messages_naming_id_and_value()
    {
        var b = new EmployeeNetworkBuilder();
        b.AddPerson("a").AddPerson("b");
        Assert.Contains("'a'", Assert.Throws<ArgumentException>(() => b.AddPerson("a")).Message);
        var e1 = Assert.Throws<ArgumentException>(() => b.AddPerson(new Person("c") { Enthusiasm = 1.5 }));
        Assert.Contains("'c'", e1.Message);
        Assert.Contains("enthusiasm = 1.5", e1.Message);
        Assert.Contains("NaN", Assert.Throws<ArgumentException>(() => b.AddPerson(new Person("d") { PurposeAlignment = double.NaN })).Message);
        Assert.Contains("-1", Assert.Throws<ArgumentException>(() => b.AddPerson(new Person("e") { AudienceSize = -1 })).Message);
        Assert.Contains("'ghost'", Assert.Throws<ArgumentException>(() => b.AddTie("a", "ghost", TieKind.Friend)).Message);
        Assert.Contains("self-tie", Assert.Throws<ArgumentException>(() => b.AddTie("a", "a", TieKind.Friend)).Message);
        Assert.Contains("strength = 0", Assert.Throws<ArgumentException>(() => b.AddTie("a", "b", TieKind.Friend, 0)).Message);
        Assert.Contains("strength = Infinity", Assert.Throws<ArgumentException>(() => b.AddTie("a", "b", TieKind.Friend, double.PositiveInfinity)).Message);
        Assert.Contains("'Department '", Assert.Throws<ArgumentException>(() => b.AddPerson(new Person("f") { Extra = Person.EmptyExtra.Add("Department ", "x") })).Message);
        Assert.Throws<ArgumentException>(() => new EmployeeId(""));
        Assert.Throws<ArgumentException>(() => new TieKind(""));
        b.AddPerson(new Person("x") { Kind = PersonKind.External });
        Assert.Contains("external", Assert.Throws<ArgumentException>(() => b.SetProgrammeOwner("x")).Message);
        Assert.Equal(3, b.PersonCount);
        Assert.Equal(0, b.TieCount);
    }

    [Fact]
    public void Ids_compare_ordinally()
    {
        EmployeeId upper = "B";
        EmployeeId lower = "a";
        Assert.True(upper < lower); // 'B' (66) < 'a' (97)
        Assert.NotEqual(new EmployeeId("a"), new EmployeeId("A"));
        Assert.Equal(new EmployeeId("a"), EmployeeId.FromString("a"));
        Assert.True(TieKind.Follows.IsDirectedByDefault);
        Assert.False(TieKind.Friend.IsDirectedByDefault);
        Assert.Equal(TieKind.ReportsTo, new TieKind("reports_to"));
    }
}
