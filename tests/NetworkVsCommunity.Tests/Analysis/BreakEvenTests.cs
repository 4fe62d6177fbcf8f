using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Tests.Analysis;

public class BreakEvenTests
{
    /// <summary>
    /// Two disconnected campaigns in one community. Evangelist e has a colleague a (mutual tie); the external s follows
    /// both, so s is a supporter (two adopting in-neighbours) exactly when e persuades a: E[S_e] = ρ·p. Broadcaster b is
    /// followed by f1, f2, f3 and t, and t also follows the f's, so t is a supporter when any f adopts (one-way ties only):
    /// E[S_b] = 1 − (1 − p)³, whatever ρ. At p = 0.1 the crossing is ρ* = 0.271 / 0.1 = 2.71.
    /// </summary>
    internal static EmployeeNetwork HandBuilt()
    {
        var builder = new EmployeeNetworkBuilder();
        foreach (string id in new[] { "a", "b", "e" })
        {
            builder.AddPerson(new EmployeeId(id));
        }
        foreach (string id in new[] { "f1", "f2", "f3", "s", "t" })
        {
            builder.AddPerson(new Person(new EmployeeId(id)) { Kind = PersonKind.External });
        }
        builder.AddTie(new EmployeeId("e"), new EmployeeId("a"), TieKind.Colleague);
        builder.AddTie(new EmployeeId("s"), new EmployeeId("e"), TieKind.Follows);
        builder.AddTie(new EmployeeId("s"), new EmployeeId("a"), TieKind.Follows);
        foreach (string f in new[] { "f1", "f2", "f3" })
        {
            builder.AddTie(new EmployeeId(f), new EmployeeId("b"), TieKind.Follows);
            builder.AddTie(new EmployeeId("t"), new EmployeeId(f), TieKind.Follows);
        }
        builder.AddTie(new EmployeeId("t"), new EmployeeId("b"), TieKind.Follows);
        return builder.Build();
    }

    private static readonly EmployeeId[] Evangelist = [new("e")];
    private static readonly EmployeeId[] Broadcaster = [new("b")];

    private static BreakEvenOptions Options(EmployeeNetwork network) => new()
    {
        Model = new RelationshipCascadeModel { MutualProbability = 0.1, OneWayProbability = 0.1 },
        Communities = Partition.AllInOne(network.PersonCount),
        RandomSeed = 7,
    };

    [Fact]
    public void Exact_crossing_equals_the_hand_computed_ratio()
    {
        EmployeeNetwork network = HandBuilt();
        BreakEvenResult r = BreakEven.PersuasionRatio(network, Evangelist, Broadcaster, Options(network) with { Exact = true, Tolerance = 1e-7 });
        Assert.NotNull(r.Ratio);
        Assert.Equal(2.71, r.Ratio!.Value, 5);
        Assert.Equal(r.Ratio, r.Ci95Low);
        Assert.Equal(r.Ratio, r.Ci95High);
        // Every evaluated point follows the closed forms.
        Assert.All(r.Curve, point =>
        {
            Assert.Equal(0.1 * point.Ratio, point.FirstSupporters, 12);
            Assert.Equal(0.271, point.SecondSupporters, 12);
        });
        Assert.Equal("exact enumeration", r.Method);
        Assert.Contains("2.71 times", r.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Monte_carlo_interval_covers_the_exact_ratio_and_is_reproducible()
    {
        EmployeeNetwork network = HandBuilt();
        BreakEvenOptions options = Options(network) with { Runs = 4000 };
        BreakEvenResult r = BreakEven.PersuasionRatio(network, Evangelist, Broadcaster, options);
        Assert.NotNull(r.Ratio);
        Assert.True(r.Ci95Low <= 2.71 && 2.71 <= r.Ci95High, $"[{r.Ci95Low}, {r.Ci95High}] should cover 2.71");
        Assert.InRange(r.Ratio!.Value, 2.4, 3.0);
        Assert.True(r.Ci95Low <= r.Ratio && r.Ratio <= r.Ci95High);
        BreakEvenResult again = BreakEven.PersuasionRatio(network, Evangelist, Broadcaster, options with { MaxDegreeOfParallelism = 1 });
        Assert.Equal(r.Ratio, again.Ratio);
        Assert.Equal(r.Ci95Low, again.Ci95Low);
        Assert.Equal(7, r.RandomSeed);
        // The same crossing seen from the other side (the leader at ρ = 1 overtaken) gets an interval too.
        BreakEvenResult swapped = BreakEven.PersuasionRatio(network, Broadcaster, Evangelist, options);
        Assert.NotNull(swapped.Ratio);
        Assert.True(swapped.Ci95Low <= 2.71 && 2.71 <= swapped.Ci95High, $"[{swapped.Ci95Low}, {swapped.Ci95High}] should cover 2.71");
        Assert.True(swapped.Ci95Low <= swapped.Ratio && swapped.Ratio <= swapped.Ci95High);
    }

    [Fact]
    public void No_crossing_is_reported_with_a_null_ratio_and_the_reason()
    {
        EmployeeNetwork network = HandBuilt();
        BreakEvenResult tooSmall = BreakEven.PersuasionRatio(network, Evangelist, Broadcaster, Options(network) with { Exact = true, MaxRatio = 2 });
        Assert.Null(tooSmall.Ratio);
        Assert.Null(tooSmall.Ci95Low);
        Assert.StartsWith("No crossing in [1, 2.00]", tooSmall.Note, StringComparison.Ordinal);
        // Swapped, the broadcaster leads at ρ = 1 and is overtaken at the same ρ* = 2.71: that is reported, not "no crossing".
        BreakEvenResult overtaken = BreakEven.PersuasionRatio(network, Broadcaster, Evangelist, Options(network) with { Exact = true, Tolerance = 1e-7 });
        Assert.Equal(2.71, overtaken.Ratio!.Value, 5);
        Assert.Contains("but the second campaign wins more once", overtaken.Note, StringComparison.Ordinal);
        BreakEvenResult ahead = BreakEven.PersuasionRatio(network, Broadcaster, Evangelist, Options(network) with { Exact = true, MaxRatio = 2 });
        Assert.Null(ahead.Ratio);
        Assert.Contains("wins at least as many supporters at every ρ evaluated", ahead.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_are_validated_by_name()
    {
        EmployeeNetwork network = HandBuilt();
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => BreakEven.PersuasionRatio(network, Evangelist, Broadcaster, new BreakEvenOptions { MaxRatio = 1 }));
        Assert.Contains("options.MaxRatio", e.Message, StringComparison.Ordinal);
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => BreakEven.PersuasionRatio(network, Evangelist, Broadcaster,
            new BreakEvenOptions { Model = new RelationshipCascadeModel { OneWayProbability = 0 } }));
        Assert.Contains("options.Model.OneWayProbability", zero.Message, StringComparison.Ordinal);
    }
}
