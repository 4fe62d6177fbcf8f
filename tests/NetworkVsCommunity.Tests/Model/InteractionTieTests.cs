using NetworkVsCommunity.IO;

namespace NetworkVsCommunity.Tests.Model;

public class InteractionTieTests
{
    private static EmployeeNetworkBuilder People(params string[] ids)
    {
        var builder = new EmployeeNetworkBuilder();
        foreach (string id in ids)
        {
            builder.AddPerson(new EmployeeId(id));
        }
        return builder;
    }

    private static List<Interaction> Log(string csv, TimeSpan? assumedOffset = null) =>
        [.. InteractionLogCsv.Read(new StringReader(csv), "log.csv", assumedOffset)];

    // Half-life one day, whole-day ages, reference = the latest message (2026-01-04T00:00Z, written as 01:00+01:00):
    //   a–b: a→b at age 3 (1/8) and age 1 (1/2), b→a at age 2 (1/4)  → mutual, 7/8
    //   a–c: a→c at age 1 (1/2, the second recipient of message 3)  → one-way, source c (written to), target a
    //   c–d: c→d at age 0 (1)                                        → one-way, source d, target c
    private const string HandLog =
        "sender,recipients,time,channel,subject\n" +
        "a,b,2026-01-01T00:00:00Z,email,hello\n" +
        "b,a,2026-01-02T00:00:00Z,chat,\n" +
        "a,b; c,2026-01-03T00:00:00Z,email,\"x, y\"\n" +
        "c,d,2026-01-04T01:00:00+01:00,email,\n";

    [Fact]
    public void Hand_log_gives_exact_decayed_strengths_and_reciprocity()
    {
        var builder = People("a", "b", "c", "d");
        var result = builder.AddInteractions(Log(HandLog), new InteractionTieOptions { HalfLife = TimeSpan.FromDays(1) });
        Assert.Equal(new DateTimeOffset(2026, 1, 4, 0, 0, 0, TimeSpan.Zero), result.ReferenceTime);
        Assert.Equal(
            new[]
            {
                new InteractionTie("a", "b", 0.875, false, 1, 2, new DateTimeOffset(2026, 1, 3, 0, 0, 0, TimeSpan.Zero)),
                new InteractionTie("c", "a", 0.5, true, 1, 0, new DateTimeOffset(2026, 1, 3, 0, 0, 0, TimeSpan.Zero)),
                new InteractionTie("d", "c", 1.0, true, 1, 0, new DateTimeOffset(2026, 1, 4, 0, 0, 0, TimeSpan.Zero)),
            },
            result.Ties.ToArray());
        Assert.Equal(4, result.MessagesRead);
        Assert.Equal(4, result.MessagesUsed);
        Assert.Equal(1, result.MutualTieCount);
        Assert.Equal(2, result.OneWayTieCount);

        EmployeeNetwork net = builder.Build();
        Assert.Equal(3, net.TieCount);
        // Influence flows writer → reader: a's messages reach c (a → c), c's reach d; a and b both ways.
        int a = 0, b = 1, c = 2, d = 3;
        Assert.True(net.InfluenceGraph.TryGetEdgeWeight(a, c, out double ac));
        Assert.Equal(0.5, ac);
        Assert.False(net.InfluenceGraph.TryGetEdgeWeight(c, a, out _));
        Assert.True(net.InfluenceGraph.TryGetEdgeWeight(c, d, out _));
        Assert.False(net.InfluenceGraph.TryGetEdgeWeight(d, c, out _));
        Assert.True(net.InfluenceGraph.TryGetEdgeWeight(a, b, out double ab));
        Assert.True(net.InfluenceGraph.TryGetEdgeWeight(b, a, out double ba));
        Assert.Equal(0.875, ab);
        Assert.Equal(0.875, ba);
    }

    [Fact]
    public void Without_decay_strength_is_the_message_count_and_reference_time_drops_later_messages()
    {
        var builder = People("a", "b", "c", "d");
        var result = builder.AddInteractions(Log(HandLog), new InteractionTieOptions
        {
            HalfLife = null,
            ReferenceTime = new DateTimeOffset(2026, 1, 3, 12, 0, 0, TimeSpan.Zero),
        });
        Assert.Equal(new[] { 3.0, 1.0 }, result.Ties.Select(t => t.Strength).ToArray());
        Assert.Equal(1, result.MessagesAfterReference);
        Assert.Equal(3, result.MessagesUsed);
    }

    [Fact]
    public void Explicit_reference_time_ages_every_message()
    {
        // Reference 2026-01-06T00:00Z: c→d is 2 days old (1/4); a–b: 1/32 + 1/8 + 1/16 = 7/32.
        var result = People("a", "b", "c", "d").AddInteractions(Log(HandLog), new InteractionTieOptions
        {
            HalfLife = TimeSpan.FromDays(1),
            ReferenceTime = new DateTimeOffset(2026, 1, 6, 0, 0, 0, TimeSpan.Zero),
        });
        Assert.Equal(new[] { 7.0 / 32, 1.0 / 8, 1.0 / 4 }, result.Ties.Select(t => t.Strength).ToArray());
    }

    [Fact]
    public void Policies_drop_and_count_self_unknown_duplicate_mass_and_other_channel_messages()
    {
        const string log =
            "sender,recipients,time,channel\n" +
            "a,a,2026-01-01T00:00:00Z,email\n" +              // note to self: SelfMessages
            "a,b;a;b;zed;zed,2026-01-01T00:00:00Z,email\n" +  // used: a→b; self entry, duplicate b, unknown zed, duplicate zed
            "a,b;c;d,2026-01-01T00:00:00Z,email\n" +          // 3 distinct recipients > 2: mass mailing
            "x,a,2026-01-01T00:00:00Z,email\n" +              // unknown sender
            "a,zed,2026-01-01T00:00:00Z,email\n" +            // no known recipient
            "b,a,2026-01-01T00:00:00Z,sms\n";                 // other channel
        var builder = People("a", "b", "c", "d");
        var result = builder.AddInteractions(Log(log), new InteractionTieOptions
        {
            HalfLife = null,
            MaxRecipients = 2,
            Channels = ["email", "chat"],
        });
        Assert.Equal(6, result.MessagesRead);
        Assert.Equal(1, result.MessagesUsed);
        Assert.Equal(1, result.SelfMessages);
        Assert.Equal(1, result.SelfAddressedEntries);
        Assert.Equal(2, result.DuplicateRecipientEntries);
        Assert.Equal(2, result.UnknownRecipientEntries);
        Assert.Equal(1, result.MassMailings);
        Assert.Equal(1, result.UnknownSenderMessages);
        Assert.Equal(1, result.MessagesWithoutKnownRecipient);
        Assert.Equal(1, result.OtherChannelMessages);
        Assert.Equal(result.MessagesRead, result.MessagesUsed + result.SelfMessages + result.MassMailings + result.UnknownSenderMessages
            + result.MessagesWithoutKnownRecipient + result.OtherChannelMessages + result.MessagesAfterReference);
        InteractionTie tie = Assert.Single(result.Ties);
        Assert.Equal(new InteractionTie("b", "a", 1.0, true, 1, 0, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)), tie);
    }

    [Fact]
    public void Minimum_messages_drops_thin_pairs()
    {
        var result = People("a", "b", "c", "d").AddInteractions(Log(HandLog), new InteractionTieOptions { MinimumMessages = 2 });
        Assert.Equal("a", Assert.Single(result.Ties).Source.Value);
        Assert.Equal(2, result.PairsBelowMinimum);
    }

    [Fact]
    public void Error_policy_names_the_unknown_person_and_message()
    {
        var e = Assert.Throws<ArgumentException>(() => People("a", "b").AddInteractions(
            Log("sender,recipients,time\na,b,2026-01-01T00:00Z\na,b;zed,2026-01-01T00:00Z\n"),
            new InteractionTieOptions { UnknownPeople = UnknownPersonPolicy.Error }));
        Assert.Contains("Message 2", e.Message);
        Assert.Contains("'zed'", e.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Options_are_validated_by_name(int value)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => People("a").AddInteractions([], new InteractionTieOptions { MaxRecipients = value }));
        Assert.Equal("options.MaxRecipients", e.ParamName);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => People("a").AddInteractions([], new InteractionTieOptions { HalfLife = TimeSpan.FromDays(value) }));
        Assert.Equal("options.HalfLife", e.ParamName);
    }

    [Fact]
    public void Order_of_the_log_does_not_change_ties_beyond_rounding()
    {
        var ordered = People("a", "b", "c", "d").AddInteractions(Log(HandLog), new InteractionTieOptions { HalfLife = TimeSpan.FromDays(1) });
        var reversed = People("a", "b", "c", "d").AddInteractions(Enumerable.Reverse(Log(HandLog)), new InteractionTieOptions { HalfLife = TimeSpan.FromDays(1) });
        Assert.Equal(ordered.Ties.ToArray(), reversed.Ties.ToArray());
    }

    [Theory]
    [InlineData("2026-03-01T09:30:00+01:00", "2026-03-01T08:30:00Z")]
    [InlineData("2026-03-01T09:30:00+0100", "2026-03-01T08:30:00Z")]
    [InlineData("2026-03-01 08:30:00Z", "2026-03-01T08:30:00Z")]
    [InlineData("2026-03-01T08:30Z", "2026-03-01T08:30:00Z")]
    [InlineData("2026-03-01T03:30:00.5-05:00", "2026-03-01T08:30:00.5Z")]
    public void Times_need_an_offset_and_are_compared_as_instants(string text, string utc)
    {
        Assert.True(InteractionLogCsv.TryParseTime(text, null, out DateTimeOffset time));
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture).UtcTicks, time.UtcTicks);
    }

    [Fact]
    public void A_time_without_offset_is_an_error_unless_the_offset_is_assumed()
    {
        const string log = "sender,recipients,time\na,b,2026-03-01T09:30:00\n";
        var e = Assert.Throws<GraphFormatException>(() => Log(log));
        Assert.Equal(2, e.LineNumber);
        Assert.Contains("2026-03-01T09:30:00", e.Message);
        Assert.Contains("offset", e.Message);
        Interaction i = Assert.Single(Log(log, TimeSpan.FromHours(9)));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 30, 0, TimeSpan.Zero), i.Time.ToUniversalTime());
        Assert.Equal(["b"], i.Recipients.Select(r => r.Value).ToArray());
    }

    [Theory]
    [InlineData("sender,time\na,2026-01-01T00:00Z\n", 1, "recipients")]
    [InlineData("sender,recipients,time\na,b\n", 2, "fields")]
    [InlineData("sender,recipients,time\n,b,2026-01-01T00:00Z\n", 2, "empty sender")]
    [InlineData("sender,recipients,time\na, ; ,2026-01-01T00:00Z\n", 2, "no recipient")]
    [InlineData("sender,recipients,time\na,b,yesterday\n", 2, "yesterday")]
    public void Malformed_logs_name_line_and_value(string csv, long line, string text)
    {
        var e = Assert.Throws<GraphFormatException>(() => Log(csv));
        Assert.Equal(line, e.LineNumber);
        Assert.Contains(text, e.Message);
    }
}
