namespace NetworkVsCommunity.Tests.IO;

internal static class NetworkAssert
{
    /// <summary>Asserts that two networks hold the same people, attributes, ties and programme owner.</summary>
    public static void Equal(EmployeeNetwork expected, EmployeeNetwork actual)
    {
        Assert.Equal(expected.Ids.ToArray(), actual.Ids.ToArray());
        Assert.Equal(expected.Kinds.ToArray(), actual.Kinds.ToArray());
        Assert.Equal(expected.Departments.ToArray(), actual.Departments.ToArray());
        Assert.Equal(expected.Teams.ToArray(), actual.Teams.ToArray());
        Assert.Equal(expected.Roles.ToArray(), actual.Roles.ToArray());
        Assert.Equal(expected.Enthusiasm.ToArray(), actual.Enthusiasm.ToArray());
        Assert.Equal(expected.PurposeAlignment.ToArray(), actual.PurposeAlignment.ToArray());
        Assert.Equal(expected.AudienceSize.ToArray(), actual.AudienceSize.ToArray());
        Assert.Equal(expected.ExtraAttributeNames.ToArray(), actual.ExtraAttributeNames.ToArray());
        foreach (string name in expected.ExtraAttributeNames)
        {
            Assert.Equal(expected.GetTextColumn(name).ToArray(), actual.GetTextColumn(name).ToArray());
        }
        Assert.Equal(expected.Ties.ToArray(), actual.Ties.ToArray());
        Assert.Equal(expected.ProgrammeOwner, actual.ProgrammeOwner);
        Assert.Equal(expected.InfluenceGraph.Targets.ToArray(), actual.InfluenceGraph.Targets.ToArray());
        Assert.Equal(expected.InfluenceGraph.Weights.ToArray(), actual.InfluenceGraph.Weights.ToArray());
    }
}
