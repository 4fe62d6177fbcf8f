using System.Diagnostics;
using System.Globalization;
using System.Text;
using NetworkVsCommunity.Algorithms.Centrality;
using NetworkVsCommunity.Algorithms.Structure;
using NetworkVsCommunity.Graphs;

/// <summary>
/// Timing mode for the peer comparison (benchmarks/peers/compare_centrality.py): loads a plain "u v [w]" edge file, times
/// each centrality (after a warm-up of at least 0.5 s and 50 calls, best of repeated runs over at least ~0.2 s) and prints JSON with the times and the values.
/// Usage: <c>dotnet run -c Release -- centrality-timing FILE [--threads N]</c>; <c>centrality-timing --metrics FILE [LABELS]</c> runs <see cref="MetricTiming"/>.
/// </summary>
internal static class CentralityTiming
{
    public static int Run(string[] args)
    {
        if (args[1] == "--metrics")
        {
            return MetricTiming.Run(args[1..]);
        }
        string path = args[1];
        int threads = 0;
        for (int i = 2; i + 1 < args.Length; i++)
        {
            if (args[i] == "--threads")
            {
                threads = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
        }
        var load = Stopwatch.StartNew();
        var graph = LoadEdgeFile(path);
        double loadSeconds = load.Elapsed.TotalSeconds;
        var bopt = new BetweennessOptions { UseWeights = false, MaxDegreeOfParallelism = threads };
        var measures = new (string Name, Func<double[]> Run)[]
        {
            ("betweenness", () => [.. CentralityMeasures.Betweenness(graph, bopt).Values]),
            ("pagerank", () => [.. CentralityMeasures.PageRank(graph, new PageRankOptions { UseWeights = false }).Values]),
            ("eigenvector", () => [.. CentralityMeasures.EigenvectorCentrality(graph, new EigenvectorOptions { UseWeights = false }).Values]),
            ("coreness", () => [.. CoreDecomposition.CoreNumbers(graph).Select(x => (double)x)]),
        };
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{{\"file\":\"{path}\",\"nodes\":{graph.NodeCount},\"edges\":{graph.EdgeCount},\"load_s\":{loadSeconds:R},\"measures\":{{");
        bool first = true;
        foreach (var (name, run) in measures)
        {
            // Warm-up long enough for tiered JIT to promote the kernels to optimised code (igraph's C core is compiled ahead of time).
            double[] values = run();
            var warm = Stopwatch.StartNew();
            int warmCalls = 1;
            while (warm.Elapsed.TotalSeconds < 0.5 || warmCalls < 50)
            {
                values = run();
                warmCalls++;
                if (warm.Elapsed.TotalSeconds > 5)
                {
                    break;
                }
            }
            double best = double.MaxValue;
            var total = Stopwatch.StartNew();
            int reps = 0;
            while (reps < 3 || (total.Elapsed.TotalSeconds < 0.2 && reps < 1000))
            {
                var sw = Stopwatch.StartNew();
                values = run();
                best = Math.Min(best, sw.Elapsed.TotalSeconds);
                reps++;
            }
            if (!first)
            {
                sb.Append(',');
            }
            first = false;
            sb.Append(CultureInfo.InvariantCulture, $"\"{name}\":{{\"seconds\":{best:R},\"repeats\":{reps},\"values\":[");
            sb.AppendJoin(',', values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
            sb.Append("]}");
        }
        sb.Append("}}");
        Console.WriteLine(sb.ToString());
        return 0;
    }

    /// <summary>Minimal parser of "u v [w]" lines with 0-based integer ids ('#' comments and blank lines skipped), unweighted.</summary>
    internal static CsrGraph LoadEdgeFile(string path)
    {
        var builder = new GraphBuilder(directed: false);
        foreach (string line in File.ReadLines(path))
        {
            var span = line.AsSpan().Trim();
            if (span.IsEmpty || span[0] == '#')
            {
                continue;
            }
            int space = span.IndexOfAny(' ', '\t');
            var rest = span[(space + 1)..].TrimStart();
            int space2 = rest.IndexOfAny(' ', '\t');
            int u = int.Parse(span[..space], CultureInfo.InvariantCulture);
            int v = int.Parse(space2 < 0 ? rest : rest[..space2], CultureInfo.InvariantCulture);
            builder.EnsureNodeCount(Math.Max(u, v) + 1);
            builder.AddEdge(u, v);
        }
        return builder.Build();
    }
}
