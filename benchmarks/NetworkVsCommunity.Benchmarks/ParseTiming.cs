using System.Diagnostics;
using System.Globalization;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/NetworkVsCommunity.Benchmarks -- parse &lt;file&gt; [runs]</c>: a tiny timing
/// mode (not BenchmarkDotNet) for side-by-side ratios with igraph's <c>Read_Edgelist</c> (benchmarks/peers/compare_io.py).
/// Times <see cref="EdgeListFormat.Read(string, GraphReadOptions?)"/> (parse + CSR build, undirected, default options)
/// after one warm-up run and prints one line per run and a final <c>median_seconds=...</c> line. <c>--no-records</c> sets
/// <see cref="GraphReadOptions.KeepEdgeRecords"/> to false.
/// </summary>
internal static class ParseTiming
{
    public static int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: parse <file> [runs]");
            return 2;
        }
        string path = args[0];
        int runs = args.Length > 1 && !args[1].StartsWith('-') ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var options = args.Contains("--no-records") ? new GraphReadOptions { KeepEdgeRecords = false } : GraphReadOptions.Default;
        LabeledGraph warm = EdgeListFormat.Read(path, options);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"graph: {warm.Graph}"));
        warm = null!;
        var times = new double[runs];
        for (int r = 0; r < runs; r++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            LabeledGraph g = EdgeListFormat.Read(path, options);
            watch.Stop();
            GC.KeepAlive(g);
            times[r] = watch.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {r + 1}: {times[r]:F4} s"));
        }
        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median_seconds={times[runs / 2]:F4} min_seconds={times[0]:F4}"));
        return 0;
    }
}
