using System.Text;
using NetworkVsCommunity.IO;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Tests.IO;

/// <summary>
/// Hostile-input tests of the people/ties CSV reader: mutations of valid files either load or throw a
/// <see cref="GraphFormatException"/> naming the file and a line. Short seeded run by default; set NVC_FUZZ_LONG=1 for a long one.
/// </summary>
public class PeopleTiesCsvFuzzTests
{
    private static readonly bool Long = Environment.GetEnvironmentVariable("NVC_FUZZ_LONG") == "1";

    private static readonly string[] Hostile =
    [
        "NaN", "Infinity", "-Infinity", "∞", "1e400", "-1e400", "99999999999999999999999999", "-0", "0x10", "1,5", "", " ", "\"", "\"\"",
        "\uFEFF", "\r", "\n", "\r\n", ",,,", "\0", "1e-400", "-1", "2", "0.5", "true", "yes",
    ];

    private static byte[] Mutate(byte[] input, ref Xoshiro256StarStar rng)
    {
        var bytes = new List<byte>(input);
        int rounds = 1 + rng.NextInt(3);
        for (int r = 0; r < rounds; r++)
        {
            int at = bytes.Count == 0 ? 0 : rng.NextInt(bytes.Count + 1);
            switch (rng.NextInt(11))
            {
                case 0: // truncate
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 1: // random bytes inserted
                    for (int i = rng.NextInt(8); i >= 0; i--)
                    {
                        bytes.Insert(at, (byte)rng.NextInt(256));
                    }
                    break;
                case 2: // a byte overwritten
                    if (at < bytes.Count)
                    {
                        bytes[at] = (byte)rng.NextInt(256);
                    }
                    break;
                case 3: // a hostile token inserted (numbers, NaN, infinity, quotes, line breaks)
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Hostile[rng.NextInt(Hostile.Length)]));
                    break;
                case 4: // a comma added or removed: wrong column counts
                    int comma = bytes.IndexOf((byte)',', Math.Min(at, bytes.Count));
                    if (comma >= 0 && rng.NextInt(2) == 0)
                    {
                        bytes.RemoveAt(comma);
                    }
                    else
                    {
                        bytes.Insert(at, (byte)',');
                    }
                    break;
                case 5: // BOM at the start or in the middle
                    bytes.InsertRange(rng.NextInt(2) == 0 ? 0 : at, new byte[] { 0xEF, 0xBB, 0xBF });
                    break;
                case 6: // mixed line endings
                    for (int i = 0; i < bytes.Count; i++)
                    {
                        if (bytes[i] == (byte)'\n' && rng.NextInt(2) == 0)
                        {
                            if (rng.NextInt(2) == 0)
                            {
                                bytes.Insert(i, (byte)'\r');
                                i++;
                            }
                            else
                            {
                                bytes[i] = (byte)'\r';
                            }
                        }
                    }
                    break;
                case 7: // a very long line
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(new string((char)('a' + rng.NextInt(26)), 20_000 + rng.NextInt(100_000))));
                    break;
                case 8: // a line duplicated
                    if (bytes.Count == 0)
                    {
                        break;
                    }
                    int start = bytes.LastIndexOf((byte)'\n', Math.Max(0, Math.Min(at, bytes.Count - 1))) + 1;
                    int end = bytes.IndexOf((byte)'\n', start);
                    if (end > start)
                    {
                        bytes.InsertRange(start, bytes.GetRange(start, end - start + 1));
                    }
                    break;
                case 9: // a huge number replacing a digit run
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(new string('9', 400)));
                    break;
                default: // an invalid UTF-8 sequence
                    bytes.InsertRange(at, new byte[] { 0xC3, 0x28 });
                    break;
            }
        }
        return bytes.ToArray();
    }

    /// <summary>Loads (then the network must round-trip) or throws a format error naming the file and a line; returns whether it failed.</summary>
    private static bool LoadsOrThrowsFormatError(byte[] people, byte[] ties)
    {
        EmployeeNetwork net;
        try
        {
            net = PeopleTiesCsv.Read(new MemoryStream(people), new MemoryStream(ties));
        }
        catch (GraphFormatException ex)
        {
            Assert.True(ex.FilePath is "people.csv" or "ties.csv", ex.Message);
            Assert.True(ex.LineNumber >= 1, ex.Message);
            Assert.StartsWith($"{ex.FilePath}:{ex.LineNumber}: ", ex.Message);
            return true;
        }
        var p = new StringWriter();
        var t = new StringWriter();
        PeopleTiesCsv.Write(net, p, t);
        NetworkAssert.Equal(net, PeopleTiesCsv.Read(new StringReader(p.ToString()), new StringReader(t.ToString())));
        return false;
    }

    [Fact]
    public void Mutated_files_load_or_throw_format_errors_with_file_and_line()
    {
        byte[] people = Encoding.UTF8.GetBytes(PeopleTiesCsvTests.People);
        byte[] ties = Encoding.UTF8.GetBytes(PeopleTiesCsvTests.Ties);
        var sample = SampleOrganization.Generate(new SampleOrganizationOptions { Employees = 20, Departments = 2, MeanFriends = 3, MinFollowers = 2, MaxFollowers = 20, RandomSeed = 3 });
        var ps = new StringWriter();
        var ts = new StringWriter();
        PeopleTiesCsv.Write(sample, ps, ts);
        byte[] samplePeople = Encoding.UTF8.GetBytes(ps.ToString());
        byte[] sampleTies = Encoding.UTF8.GetBytes(ts.ToString());

        int iterations = Long ? 20_000 : 400;
        var rng = new Xoshiro256StarStar(20260101);
        int failures = 0;
        for (int i = 0; i < iterations; i++)
        {
            bool useSample = i % 4 == 3;
            byte[] p = useSample ? samplePeople : people;
            byte[] t = useSample ? sampleTies : ties;
            switch (rng.NextInt(3))
            {
                case 0:
                    p = Mutate(p, ref rng);
                    break;
                case 1:
                    t = Mutate(t, ref rng);
                    break;
                default:
                    p = Mutate(p, ref rng);
                    t = Mutate(t, ref rng);
                    break;
            }
            if (LoadsOrThrowsFormatError(p, t))
            {
                failures++;
            }
        }
        // The mutations are hostile enough that most inputs fail, and mild enough that some still load.
        Assert.InRange(failures, iterations / 4, iterations - 1);
    }

    [Fact]
    public void A_record_longer_than_the_limit_is_rejected_without_reading_it_all()
    {
        string huge = "id\n\"" + new string('x', CsvRecordReader.MaxRecordLength + 10) + "\"\n";
        var ex = Assert.Throws<GraphFormatException>(() => PeopleTiesCsvTests.Parse(huge, "source,target\n"));
        Assert.Equal(2, ex.LineNumber);
        Assert.Contains("longer than", ex.Message);
    }
}
