using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NetworkVsCommunity.IO;
using Xunit.Abstractions;

namespace NetworkVsCommunity.Tests.IO;

/// <summary>
/// Hostile input: FsCheck-generated mutations of valid files (truncation, random bytes, huge numbers, NaN/∞ and negative
/// weights, wrong column counts, unknown and duplicate ids, BOMs, mixed line endings, very long lines, DTDs). Every
/// input must load or throw <see cref="GraphFormatException"/> naming the file and a line within the input: never
/// another exception type, never a hang. A seeded short run here; set NVC_FUZZ_LONG=1 for a long one.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const string Source = "fuzz-input";

    private static readonly GraphReadOptions Options = new() { MaxLineLength = 4096, MaxIntegerNodeId = 100_000 };

    private static readonly string[] Insertions =
    [
        "99999999999999999999", "1e400", "-1e400", "NaN", "Infinity", "-Infinity", "-1", "-0", "0", "2147483648", "4294967296",
        " 1 2 3 4", ",", ",,", "\"", "\\", "\"\\u12", "\n", "\r", "\r\n", "\t", "\uFEFF", "\u0000", "#", "%", "# nvc edgelist: nodes=3",
        "# nvc node: \"", "<", ">", "&", "&lol;", "<!DOCTYPE x [<!ENTITY lol \"a\">]>", "]]>", "<![CDATA[x]]>", "\"", "'",
        "<node id=\"n0\"/>", "<edge source=\"x\" target=\"y\"/>", "<data key=\"weight\">NaN</data>", "weight=\"-3\"", "</graph>",
        "<graph>", "type=\"directed\"", "ü", "😀", "\uD800",
    ];

    private enum Mutation
    {
        Truncate,
        FlipBytes,
        Insert,
        DuplicateLine,
        DeleteLine,
        Bom,
        LineEndings,
        LongLine,
    }

    private static Gen<(int Format, int Size, Mutation[] Mutations, int[] Positions, int[] Picks)> Cases() =>
        from format in Gen.Choose(0, 2)
        from size in Gen.Choose(0, 1_000_000)
        from count in Gen.Choose(1, 4)
        from mutations in Gen.ArrayOf(Gen.Elements(Enum.GetValues<Mutation>()), count)
        from positions in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), count * 4)
        from picks in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), count * 4)
        select (format, size, mutations, positions, picks);

    private static byte[] Valid(int format, LabeledGraph graph)
    {
        using var stream = new MemoryStream();
        switch (format)
        {
            case 0: EdgeListFormat.Write(graph, stream); break;
            case 1: GraphMLFormat.Write(graph, stream); break;
            default: GexfFormat.Write(graph, stream); break;
        }
        return stream.ToArray();
    }

    private static byte[] Mutate(byte[] input, Mutation[] mutations, int[] positions, int[] picks)
    {
        var bytes = new List<byte>(input);
        for (int i = 0; i < mutations.Length; i++)
        {
            int at = bytes.Count == 0 ? 0 : positions[4 * i] % (bytes.Count + 1);
            switch (mutations[i])
            {
                case Mutation.Truncate:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case Mutation.FlipBytes:
                    for (int k = 0; k < 4 && bytes.Count > 0; k++)
                    {
                        bytes[positions[(4 * i) + k] % bytes.Count] = (byte)picks[(4 * i) + k];
                    }
                    break;
                case Mutation.Insert:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Insertions[picks[4 * i] % Insertions.Length]));
                    break;
                case Mutation.DuplicateLine:
                case Mutation.DeleteLine:
                    {
                        if (bytes.Count == 0)
                        {
                            break;
                        }
                        int start = bytes.LastIndexOf((byte)'\n', Math.Clamp(at - 1, 0, bytes.Count - 1)) + 1;
                        int end = bytes.IndexOf((byte)'\n', Math.Min(start, bytes.Count));
                        end = end < 0 ? bytes.Count : end + 1;
                        if (mutations[i] == Mutation.DuplicateLine)
                        {
                            bytes.InsertRange(end, bytes.GetRange(start, end - start));
                        }
                        else
                        {
                            bytes.RemoveRange(start, end - start);
                        }
                        break;
                    }
                case Mutation.Bom:
                    byte[][] boms = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]];
                    bytes.InsertRange(picks[4 * i] % 2 == 0 ? 0 : at, boms[picks[(4 * i) + 1] % 3]);
                    break;
                case Mutation.LineEndings:
                    string[] endings = ["\r\n", "\r", "\n\n"];
                    for (int k = 0; k < bytes.Count; k++)
                    {
                        if (bytes[k] == (byte)'\n' && (picks[(4 * i) + (k % 4)] >> (k % 16) & 1) == 1)
                        {
                            byte[] e = Encoding.ASCII.GetBytes(endings[(picks[4 * i] + k) % 3]);
                            bytes.RemoveAt(k);
                            bytes.InsertRange(k, e);
                            k += e.Length - 1;
                        }
                    }
                    break;
                case Mutation.LongLine:
                    bytes.InsertRange(at, Enumerable.Repeat((byte)"7x \"<"[picks[4 * i] % 5], 4096 + (picks[(4 * i) + 1] % 3000)));
                    break;
            }
        }
        return [.. bytes];
    }

    private static LabeledGraph Load(int format, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return format switch
        {
            0 => EdgeListFormat.Read(stream, Source, Options),
            1 => GraphMLFormat.Read(stream, Source, Options),
            _ => GexfFormat.Read(stream, Source, Options),
        };
    }

    [Fact]
    public void Mutated_files_load_or_throw_the_format_exception_with_file_and_line()
    {
        bool longRun = Environment.GetEnvironmentVariable("NVC_FUZZ_LONG") == "1";
        int count = longRun ? 30_000 : 1_500;
        var graphs = GraphGenerators.LabeledGraphs(attributes: true).Sample(64, new Rnd(20261128UL), 20);
        var cases = Cases().Sample(count, new Rnd(7UL), 50);
        int[] loaded = new int[3];
        int[] rejected = new int[3];
        int index = 0;
        foreach (var c in cases)
        {
            LabeledGraph graph = graphs[c.Size % graphs.Length];
            byte[] input = Mutate(Valid(c.Format, graph), c.Mutations, c.Positions, c.Picks);
            int lines = input.Count(b => b == (byte)'\n' || b == (byte)'\r') + 1;
            try
            {
                Load(c.Format, input);
                loaded[c.Format]++;
            }
            catch (GraphFormatException ex)
            {
                rejected[c.Format]++;
                Assert.Equal(Source, ex.FilePath);
                Assert.StartsWith(Source, ex.Message);
                Assert.InRange(ex.LineNumber, 0, lines);
            }
            catch (Exception ex)
            {
                Assert.Fail($"case {index} ({string.Join(",", c.Mutations)}, format {c.Format}) threw {ex.GetType().Name}: {ex.Message}\ninput (base64, first 3000 bytes): {Convert.ToBase64String(input.AsSpan(0, Math.Min(3000, input.Length)))}");
            }
            index++;
        }
        string[] names = ["edge list", "GraphML", "GEXF"];
        for (int f = 0; f < 3; f++)
        {
            output.WriteLine($"{names[f]}: {loaded[f] + rejected[f]} inputs survived ({loaded[f]} loaded, {rejected[f]} rejected with GraphFormatException)");
            Assert.True(loaded[f] > 0 && rejected[f] > 0, $"{names[f]}: the fuzzer should produce both loadable and malformed inputs");
        }
    }
}
