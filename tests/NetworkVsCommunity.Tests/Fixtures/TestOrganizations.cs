namespace NetworkVsCommunity.Tests.Fixtures;

/// <summary>Hand-built employee networks with known answers.</summary>
public static class TestOrganizations
{
    /// <summary>
    /// A team of <paramref name="teamSize"/> colleagues e0..e(k−1) (a clique, department "engineering") and an employee "b"
    /// (department "marketing") followed by <paramref name="followers"/> external people f0..; when
    /// <paramref name="bridgeFrom"/> is given, that team member is also b's colleague. Team enthusiasm is
    /// <paramref name="enthusiasm"/>(i). Node numbering follows sorted ids: b = 0, then e…, then f….
    /// </summary>
    public static EmployeeNetwork TeamAndBroadcaster(int teamSize, int followers, int? bridgeFrom = null, Func<int, double>? enthusiasm = null)
    {
        var builder = new EmployeeNetworkBuilder();
        builder.AddPerson(new Person(new EmployeeId("b")) { Department = "marketing" });
        for (int i = 0; i < teamSize; i++)
        {
            builder.AddPerson(new Person(new EmployeeId($"e{i}")) { Department = "engineering", Enthusiasm = enthusiasm?.Invoke(i) ?? 0.9 });
        }
        for (int i = 0; i < followers; i++)
        {
            builder.AddPerson(new Person(new EmployeeId($"f{i}")) { Kind = PersonKind.External });
            builder.AddTie(new EmployeeId($"f{i}"), new EmployeeId("b"), TieKind.Follows);
        }
        for (int i = 0; i < teamSize; i++)
        {
            for (int j = i + 1; j < teamSize; j++)
            {
                builder.AddTie(new EmployeeId($"e{i}"), new EmployeeId($"e{j}"), TieKind.Colleague);
            }
        }
        if (bridgeFrom is int member)
        {
            builder.AddTie(new EmployeeId($"e{member}"), new EmployeeId("b"), TieKind.Colleague);
        }
        return builder.Build();
    }
}
