using System.CommandLine;
using System.Globalization;
using NetworkVsCommunity.Algorithms.Communities;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Cli.Commands;

/// <summary><c>nvc compare &lt;a.tsv&gt; &lt;b.tsv&gt;</c>: NMI, ARI and VI between two membership files.</summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var first = new Argument<string>("a") { Description = "A membership file: lines 'node community' (tab or space separated)." };
        var second = new Argument<string>("b") { Description = "Another membership file over the same nodes." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with nmi, ari and vi." };
        var command = new Command("compare", "Compare two partitions: normalised mutual information, adjusted Rand index, variation of information.")
        {
            first, second, json,
        };
        command.SetAction(parse =>
        {
            string pathA = parse.GetValue(first)!;
            string pathB = parse.GetValue(second)!;
            var a = ReadMembership(pathA);
            var b = ReadMembership(pathB);
            var ids = a.Keys.Order(StringComparer.Ordinal).ToArray();
            var labelsA = new int[ids.Length];
            var labelsB = new int[ids.Length];
            for (int i = 0; i < ids.Length; i++)
            {
                labelsA[i] = a[ids[i]].Label;
                if (!b.TryGetValue(ids[i], out var entry))
                {
                    throw new GraphFormatException(pathB, 0, $"node '{ids[i]}' of {pathA} (line {a[ids[i]].Line}) is missing; both files must list the same nodes");
                }
                labelsB[i] = entry.Label;
            }
            if (b.Count != a.Count)
            {
                var extra = b.Where(kv => !a.ContainsKey(kv.Key)).OrderBy(kv => kv.Value.Line).First();
                throw new GraphFormatException(pathB, extra.Value.Line, $"node '{extra.Key}' is not in {pathA}; both files must list the same nodes");
            }
            var pa = Partition.FromMembership(labelsA);
            var pb = Partition.FromMembership(labelsB);
            double nmi = PartitionComparison.NormalizedMutualInformation(pa, pb);
            double ari = PartitionComparison.AdjustedRandIndex(pa, pb);
            double vi = PartitionComparison.VariationOfInformation(pa, pb);
            if (parse.GetValue(json))
            {
                context.WriteJson(new Dictionary<string, object>
                {
                    ["nodes"] = ids.Length,
                    ["communities_a"] = pa.CommunityCount,
                    ["communities_b"] = pb.CommunityCount,
                    ["nmi"] = nmi,
                    ["ari"] = ari,
                    ["vi"] = vi,
                });
            }
            else
            {
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"nmi\t{nmi:R}\nari\t{ari:R}\nvi\t{vi:R}"));
            }
            return CliApp.Success;
        });
        return command;
    }

    /// <summary>Reads 'node community' lines; '#' starts a comment; community labels are any strings.</summary>
    private static Dictionary<string, (int Label, long Line)> ReadMembership(string path)
    {
        var result = new Dictionary<string, (int, long)>(StringComparer.Ordinal);
        var communities = new Dictionary<string, int>(StringComparer.Ordinal);
        long line = 0;
        foreach (string raw in File.ReadLines(path))
        {
            line++;
            string text = raw.Trim();
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }
            string[] parts = text.Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2)
            {
                throw new GraphFormatException(path, line, $"expected 'node community', found {parts.Length} fields");
            }
            if (!communities.TryGetValue(parts[1], out int label))
            {
                label = communities.Count;
                communities[parts[1]] = label;
            }
            if (!result.TryAdd(parts[0], (label, line)))
            {
                throw new GraphFormatException(path, line, $"node '{parts[0]}' is listed twice (first on line {result[parts[0]].Item2})");
            }
        }
        return result;
    }
}
