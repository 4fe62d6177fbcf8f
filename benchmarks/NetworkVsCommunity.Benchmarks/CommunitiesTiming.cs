using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NetworkVsCommunity.Algorithms.Communities;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Benchmarks;

/// <summary>
/// The timing mode used by benchmarks/peers/compare_communities.py:
/// <c>communities --edges FILE [--algorithm leiden|louvain|lpa] [--objective modularity|cpm] [--resolution G]
/// [--iterations N] [--random-seed N] [--threads N] [--membership OUT] [--repeat R]</c>.
/// Loads a plain "u v [w]" edge list with a minimal parser, runs the algorithm and prints one JSON object per run.
/// </summary>
internal static class CommunitiesTiming
{
    public static int Run(string[] args)
    {
        string? edges = null;
        string algorithm = "leiden";
        string objective = "modularity";
        double resolution = 1.0;
        int iterations = 2;
        long seed = 1;
        int threads = 1;
        int repeat = 1;
        string? membershipPath = null;
        for (int i = 0; i < args.Length; i++)
        {
            string value = i + 1 < args.Length ? args[i + 1] : "";
            switch (args[i])
            {
                case "--edges": edges = value; i++; break;
                case "--algorithm": algorithm = value; i++; break;
                case "--objective": objective = value; i++; break;
                case "--resolution": resolution = double.Parse(value, CultureInfo.InvariantCulture); i++; break;
                case "--iterations": iterations = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
                case "--random-seed": seed = long.Parse(value, CultureInfo.InvariantCulture); i++; break;
                case "--threads": threads = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
                case "--repeat": repeat = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
                case "--membership": membershipPath = value; i++; break;
                default:
                    Console.Error.WriteLine($"unknown argument {args[i]}");
                    return 2;
            }
        }
        if (edges is null)
        {
            Console.Error.WriteLine("--edges FILE is required");
            return 2;
        }
        var clock = Stopwatch.StartNew();
        CsrGraph graph = LoadEdgeList(edges);
        double load = clock.Elapsed.TotalSeconds;
        // Return the parser's buffers before timing (a Python/C peer frees them at once).
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var obj = objective == "cpm" ? CommunityObjective.Cpm : CommunityObjective.Modularity;
        for (int r = 0; r < repeat; r++)
        {
            long runSeed = seed + r;
            TimeSpan cpuStart = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            TimeSpan jitStart = System.Runtime.JitInfo.GetCompilationTime();
            clock.Restart();
            Partition partition;
            int iterationsDone;
            string algorithmName;
            switch (algorithm)
            {
                case "louvain":
                {
                    var result = CommunityDetection.Louvain(graph, new LouvainOptions { Objective = obj, Resolution = resolution, RandomSeed = runSeed, MaxDegreeOfParallelism = threads });
                    partition = result.Partition;
                    iterationsDone = result.Levels.Length;
                    algorithmName = "louvain";
                    break;
                }
                case "lpa":
                {
                    var result = CommunityDetection.LabelPropagation(graph, new LabelPropagationOptions { RandomSeed = runSeed });
                    partition = result.Partition;
                    iterationsDone = result.Iterations;
                    algorithmName = "lpa";
                    break;
                }
                default:
                {
                    var result = CommunityDetection.Leiden(graph, new LeidenOptions { Objective = obj, Resolution = resolution, Iterations = iterations, RandomSeed = runSeed, MaxDegreeOfParallelism = threads });
                    partition = result.Partition;
                    iterationsDone = result.Iterations;
                    algorithmName = "leiden";
                    break;
                }
            }
            double seconds = clock.Elapsed.TotalSeconds;
            double jitSeconds = (System.Runtime.JitInfo.GetCompilationTime() - jitStart).TotalSeconds;
            double cpuSeconds = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalSeconds;
            double modularity = graph.TotalWeight > 0 ? PartitionQuality.Modularity(graph, partition) : double.NaN;
            string? path = null;
            if (membershipPath is not null)
            {
                path = repeat == 1 ? membershipPath : membershipPath + "." + runSeed.ToString(CultureInfo.InvariantCulture);
                var sb = new StringBuilder(graph.NodeCount * 6);
                foreach (int c in partition.Membership)
                {
                    sb.Append(c.ToString(CultureInfo.InvariantCulture)).Append('\n');
                }
                File.WriteAllText(path, sb.ToString());
            }
            var json = new Dictionary<string, object?>
            {
                ["nodes"] = graph.NodeCount,
                ["edges"] = graph.EdgeCount,
                ["algorithm"] = algorithmName,
                ["random_seed"] = runSeed,
                ["threads"] = threads,
                ["iterations"] = iterationsDone,
                ["communities"] = partition.CommunityCount,
                ["modularity"] = modularity,
                ["seconds_load"] = load,
                ["seconds_algorithm"] = seconds,
                ["cpu_seconds_algorithm"] = cpuSeconds,
                ["jit_seconds_algorithm"] = jitSeconds,
                ["membership"] = path,
                ["peak_working_set_mb"] = Environment.WorkingSet / 1048576.0,
            };
            Console.WriteLine(JsonSerializer.Serialize(json));
        }
        return 0;
    }

    /// <summary>A minimal streaming parser of "u v [w]" lines (0-based integer ids; '#' and '%' lines are comments).</summary>
    internal static CsrGraph LoadEdgeList(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        long length = stream.Length;
        var buffer = new byte[1 << 20];
        int filled = 0;
        int[] sources = [];
        int[] targets = [];
        double[]? weights = null;
        int count = 0;
        int maxNode = -1;
        bool eof = false;
        while (!eof || filled > 0)
        {
            if (!eof)
            {
                int read = stream.Read(buffer, filled, buffer.Length - filled);
                eof = read == 0;
                filled += read;
            }
            if (filled == 0)
            {
                break;
            }
            int lastNewline = Array.LastIndexOf(buffer, (byte)'\n', filled - 1, filled);
            int usable = eof ? filled : lastNewline + 1;
            if (usable <= 0)
            {
                if (filled == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }
                continue;
            }
            if (sources.Length == 0)
            {
                int lines = 0;
                for (int i = 0; i < usable; i++)
                {
                    lines += buffer[i] == (byte)'\n' ? 1 : 0;
                }
                long estimate = Math.Max(16, (long)(length / Math.Max(1.0, (double)usable / Math.Max(1, lines)) * 1.02) + 16);
                sources = new int[estimate];
                targets = new int[estimate];
            }
            int pos = 0;
            while (pos < usable)
            {
                byte b = buffer[pos];
                if (b == (byte)'#' || b == (byte)'%')
                {
                    while (pos < usable && buffer[pos] != (byte)'\n')
                    {
                        pos++;
                    }
                    pos++;
                    continue;
                }
                if (b is (byte)'\n' or (byte)'\r' or (byte)' ' or (byte)'\t')
                {
                    pos++;
                    continue;
                }
                int u = ReadInt(buffer, ref pos);
                SkipBlanks(buffer, ref pos);
                int v = ReadInt(buffer, ref pos);
                SkipBlanks(buffer, ref pos);
                double w = 1.0;
                if (pos < usable && buffer[pos] != (byte)'\n' && buffer[pos] != (byte)'\r')
                {
                    int startW = pos;
                    while (pos < usable && buffer[pos] != (byte)'\n' && buffer[pos] != (byte)'\r' && buffer[pos] != (byte)' ')
                    {
                        pos++;
                    }
                    w = double.Parse(buffer.AsSpan(startW, pos - startW), CultureInfo.InvariantCulture);
                    if (weights is null)
                    {
                        weights = new double[sources.Length];
                        Array.Fill(weights, 1.0, 0, count);
                    }
                }
                if (count == sources.Length)
                {
                    int grown = count + (count / 2) + 16;
                    Array.Resize(ref sources, grown);
                    Array.Resize(ref targets, grown);
                    if (weights is not null)
                    {
                        Array.Resize(ref weights, grown);
                    }
                }
                sources[count] = u;
                targets[count] = v;
                if (weights is not null)
                {
                    weights[count] = w;
                }
                count++;
                maxNode = Math.Max(maxNode, Math.Max(u, v));
                while (pos < usable && buffer[pos] != (byte)'\n')
                {
                    pos++;
                }
            }
            Array.Copy(buffer, usable, buffer, 0, filled - usable);
            filled -= usable;
        }
        return GraphBuilder.Build(maxNode + 1, sources.AsSpan(0, count), targets.AsSpan(0, count),
            weights is null ? default : weights.AsSpan(0, count), directed: false, weighted: weights is not null, GraphBuildOptions.Default);
    }

    private static void SkipBlanks(byte[] data, ref int pos)
    {
        while (pos < data.Length && (data[pos] == (byte)' ' || data[pos] == (byte)'\t'))
        {
            pos++;
        }
    }

    private static int ReadInt(byte[] data, ref int pos)
    {
        int value = 0;
        int start = pos;
        while (pos < data.Length && data[pos] >= (byte)'0' && data[pos] <= (byte)'9')
        {
            value = (value * 10) + (data[pos] - '0');
            pos++;
        }
        if (pos == start)
        {
            throw new FormatException($"expected a node id at byte {start}");
        }
        return value;
    }
}
