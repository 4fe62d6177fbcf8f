using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity.Tests.IO;

public class PeopleTiesCsvPropertyTests
{
    /// <summary>A person row: text attributes, numbers, kind.</summary>
    public sealed record PersonSpec(string Id, bool External, string Department, string Team, string Role, double Enthusiasm, double Purpose, long Audience, string[] Extra);

    /// <summary>A tie: indices into the people, kind, strength, direction.</summary>
    public sealed record TieSpec(int Source, int Target, string Kind, double Strength, bool Directed);

    /// <summary>A whole network.</summary>
    public sealed record NetworkSpec(PersonSpec[] People, string[] ExtraNames, TieSpec[] Ties, int Owner);

    // Pieces that stress the CSV quoting: separators, quotes, CR/LF, spaces, non-ASCII letters, surrogate pairs, a BOM character.
    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.Elements(",", "\"", "\n", "\r", "\r\n", " ", "a", "Z", "é", "日本", "😀", "\uFEFF", "\t", ";", "''", "0", "-1.5"),
        Gen.Choose(0x20, 0xD7FF).Select(c => ((char)c).ToString()));

    private static readonly Gen<string> Text = Gen.ArrayOf(Piece).Select(p => string.Concat(p));

    private static readonly Gen<double> Unit = Gen.OneOf(Gen.Elements(0.0, 1.0, 0.1, 1.0 / 3), Gen.Choose(0, 1_000_000).Select(x => x / 1_000_000.0));

    private static readonly Gen<double> Strength = Gen.OneOf(Gen.Elements(double.Epsilon, 1e-300, 1.0, 0.1, 1e300), Gen.Choose(1, 1_000_000).Select(x => x / 977.0));

    private static Gen<PersonSpec> PersonGen(int index, int extraCount) =>
        from id in Text
        from external in Gen.Elements(false, true)
        from department in Text
        from team in Text
        from role in Text
        from enthusiasm in Unit
        from purpose in Unit
        from audience in Gen.OneOf(Gen.Choose(0, 100_000).Select(x => (long)x), Gen.Elements(0L, long.MaxValue))
        from extra in Gen.ArrayOf(Text, extraCount)
        select new PersonSpec(id + "#" + index.ToString(System.Globalization.CultureInfo.InvariantCulture), external, department, team, role, enthusiasm, purpose, audience, extra);

    private static readonly Gen<NetworkSpec> NetworkGen =
        from n in Gen.Choose(1, 12)
        from extraCount in Gen.Choose(0, 3)
        from extraNames in Gen.CollectToArray(Enumerable.Range(0, extraCount), i => Text.Select(t => "x" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + t))
        from people in Gen.CollectToArray(Enumerable.Range(0, n), i => PersonGen(i, extraCount))
        from ties in Gen.ArrayOf(
            from s in Gen.Choose(0, n - 1)
            from t in Gen.Choose(0, n - 1)
            from kind in Gen.OneOf(Gen.Elements("colleague", "friend", "follows", "reports_to"), Text.Select(x => "k" + x))
            from strength in Strength
            from directed in Gen.Elements(false, true)
            select new TieSpec(s, t, kind, strength, directed))
        from owner in Gen.Choose(-1, n - 1)
        select new NetworkSpec(people, extraNames, ties, owner);

    internal static EmployeeNetwork Build(NetworkSpec spec)
    {
        var b = new EmployeeNetworkBuilder();
        foreach (var p in spec.People)
        {
            var extra = Person.EmptyExtra;
            for (int c = 0; c < spec.ExtraNames.Length; c++)
            {
                extra = extra.SetItem(spec.ExtraNames[c], p.Extra[c]);
            }
            b.AddPerson(new Person(p.Id)
            {
                Kind = p.External ? PersonKind.External : PersonKind.Employee,
                Department = p.Department,
                Team = p.Team,
                Role = p.Role,
                Enthusiasm = p.Enthusiasm,
                PurposeAlignment = p.Purpose,
                AudienceSize = p.Audience,
                Extra = extra,
            });
        }
        foreach (var t in spec.Ties)
        {
            if (t.Source != t.Target)
            {
                b.AddTie(spec.People[t.Source].Id, spec.People[t.Target].Id, t.Kind, t.Strength, t.Directed);
            }
        }
        if (spec.Owner >= 0 && !spec.People[spec.Owner].External)
        {
            b.SetProgrammeOwner(spec.People[spec.Owner].Id);
        }
        return b.Build();
    }

    [Property(MaxTest = 150)]
    public Property Write_then_read_gives_the_same_network() =>
        Prop.ForAll(NetworkGen.ToArbitrary(), spec =>
        {
            var net = Build(spec);
            var people = new StringWriter();
            var ties = new StringWriter();
            PeopleTiesCsv.Write(net, people, ties);
            var back = PeopleTiesCsv.Read(new StringReader(people.ToString()), new StringReader(ties.ToString()));
            NetworkAssert.Equal(net, back);
            // Writing again gives the same bytes: the writer is canonical.
            var people2 = new StringWriter();
            var ties2 = new StringWriter();
            PeopleTiesCsv.Write(back, people2, ties2);
            return people.ToString() == people2.ToString() && ties.ToString() == ties2.ToString();
        });

    [Property(MaxTest = 100)]
    public Property Shuffled_rows_give_the_same_network() =>
        Prop.ForAll(NetworkGen.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (spec, shuffleSeed) =>
        {
            var net = Build(spec);
            var rng = new Randomness.Xoshiro256StarStar((ulong)shuffleSeed);
            var people = (PersonSpec[])spec.People.Clone();
            var order = Enumerable.Range(0, people.Length).ToArray();
            rng.ShuffleInPlace(order.AsSpan());
            var remap = new int[order.Length];
            for (int i = 0; i < order.Length; i++)
            {
                people[i] = spec.People[order[i]];
                remap[order[i]] = i;
            }
            var ties = spec.Ties.Select(t => t with { Source = remap[t.Source], Target = remap[t.Target] }).ToArray();
            rng.ShuffleInPlace(ties.AsSpan());
            var shuffled = new NetworkSpec(people, spec.ExtraNames, ties, spec.Owner < 0 ? -1 : remap[spec.Owner]);
            var other = Build(shuffled);
            // Strength sums of merged duplicates are order-independent (summed in ascending order).
            return net.Ties.SequenceEqual(other.Ties) && net.Ids.SequenceEqual(other.Ids);
        });
}
