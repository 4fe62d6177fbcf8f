using NetworkVsCommunity.IO;

namespace NetworkVsCommunity.PublicApi.Tests;

public class InteractionSurfaceTests
{
    [Fact]
    public void A_user_turns_a_mail_log_into_ties_with_the_public_API()
    {
        const string people = "id,department\nana,R\nbo,R\ncy,S\n";
        const string log =
            "sender,recipients,time,channel\n" +
            "ana,bo,2026-02-01T09:00:00+01:00,email\n" +
            "bo,ana;cy,2026-02-02T08:00:00Z,chat\n";
        EmployeeNetwork empty = PeopleTiesCsv.Read(new StringReader(people), new StringReader("source,target\n"));
        var builder = new EmployeeNetworkBuilder();
        foreach (string id in empty.Ids)
        {
            builder.AddPerson(new EmployeeId(id));
        }
        InteractionTieResult result = builder.AddInteractions(InteractionLogCsv.Read(new StringReader(log)),
            new InteractionTieOptions { HalfLife = null });
        EmployeeNetwork net = builder.Build();
        Assert.Equal(2, net.TieCount);
        Assert.Equal(1, result.MutualTieCount); // ana–bo both ways
        Assert.Equal(1, result.OneWayTieCount); // bo wrote to cy: cy attends to bo
        Assert.Contains(net.Ties, t => t.Source.Value == "cy" && t.Target.Value == "bo" && t.Directed && t.Strength == 1);
        Assert.Contains(net.Ties, t => t.Source.Value == "ana" && t.Target.Value == "bo" && !t.Directed && t.Strength == 2);
    }
}
