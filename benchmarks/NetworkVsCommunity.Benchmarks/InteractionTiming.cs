using System.Diagnostics;
using System.Globalization;
using System.Text;
using NetworkVsCommunity.IO;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/NetworkVsCommunity.Benchmarks -- interactions [messages] [people] [runs]</c>:
/// times an interaction log becoming ties (defaults: 1,000,000 messages among 10,000 people, 3 runs after a warm-up).
/// </summary>
/// <remarks>
/// The log is generated with a fixed random seed (xoshiro256** seed 17) and written to a temporary CSV: people in teams of
/// 10; 1–5 recipients per message (mean 3), each in the sender's team with probability 0.8, else anyone; times uniform
/// over 2025 in UTC and +09:00; channels email or chat. Two stages are timed per run: <c>csv</c> = read the CSV
/// (<see cref="InteractionLogCsv.Load"/>) + <see cref="EmployeeNetworkBuilder.AddInteractions"/> + <c>Build()</c>, the
/// whole of <c>nvc ties</c> but the writing; <c>memory</c> = the same from messages already in memory. Prints one line per
/// run (wall and process CPU time, the latter less sensitive to a loaded machine) and the median wall times.
/// </remarks>
internal static class InteractionTiming
{
    public static int Run(string[] args)
    {
        int messages = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        int people = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        int runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
        string path = Path.Combine(Path.GetTempPath(), $"nvc-interactions-{messages}-{people}.csv");
        string[] ids = new string[people];
        for (int i = 0; i < people; i++)
        {
            ids[i] = "e" + i.ToString("D6", CultureInfo.InvariantCulture);
        }
        long entries = Generate(path, ids, messages);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"log: {messages:N0} messages, {entries:N0} recipient entries, {people:N0} people, {new FileInfo(path).Length / 1e6:F1} MB"));
        List<Interaction> inMemory = [.. InteractionLogCsv.Load(path)];
        var csvTimes = new double[runs];
        var memoryTimes = new double[runs];
        for (int r = -1; r < runs; r++)
        {
            GC.Collect();
            TimeSpan cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            EmployeeNetworkBuilder builder = Builder(ids);
            InteractionTieResult result = builder.AddInteractions(InteractionLogCsv.Load(path));
            EmployeeNetwork net = builder.Build();
            double csv = watch.Elapsed.TotalSeconds;
            double csvCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
            GC.Collect();
            cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            watch.Restart();
            EmployeeNetworkBuilder b2 = Builder(ids);
            b2.AddInteractions(inMemory);
            b2.Build();
            double memory = watch.Elapsed.TotalSeconds;
            double memoryCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
            if (r < 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"ties: {net.TieCount:N0} ({result.MutualTieCount:N0} mutual, {result.OneWayTieCount:N0} one-way); messages used {result.MessagesUsed:N0}, mass mailings {result.MassMailings}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up: csv {csv:F3} s (CPU {csvCpu:F3} s), memory {memory:F3} s (CPU {memoryCpu:F3} s)"));
                continue;
            }
            csvTimes[r] = csv;
            memoryTimes[r] = memory;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {r + 1}: csv {csv:F3} s (CPU {csvCpu:F3} s), memory {memory:F3} s (CPU {memoryCpu:F3} s)"));
        }
        Array.Sort(csvTimes);
        Array.Sort(memoryTimes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median_seconds csv={csvTimes[runs / 2]:F3} memory={memoryTimes[runs / 2]:F3}"));
        File.Delete(path);
        return 0;
    }

    private static EmployeeNetworkBuilder Builder(string[] ids)
    {
        var builder = new EmployeeNetworkBuilder();
        foreach (string id in ids)
        {
            builder.AddPerson(new EmployeeId(id));
        }
        return builder;
    }

    private static long Generate(string path, string[] ids, int messages)
    {
        var rng = new Xoshiro256StarStar(17);
        int n = ids.Length;
        long entries = 0;
        var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write("sender,recipients,time,channel\n");
        var line = new StringBuilder(128);
        for (int m = 0; m < messages; m++)
        {
            int s = rng.NextInt(n);
            int k = 1 + rng.NextInt(5);
            line.Clear().Append(ids[s]).Append(',');
            for (int j = 0; j < k; j++)
            {
                int r = rng.NextDouble() < 0.8 ? (s / 10 * 10) + rng.NextInt(10) : rng.NextInt(n);
                r = Math.Min(r, n - 1);
                if (j > 0)
                {
                    line.Append(';');
                }
                line.Append(ids[r]);
            }
            entries += k;
            DateTime t = start.AddSeconds(rng.NextInt(365 * 86_400));
            bool tokyo = rng.NextInt(2) == 0;
            line.Append(',').Append(t.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)).Append(tokyo ? "+09:00" : "Z")
                .Append(',').Append(rng.NextInt(2) == 0 ? "email" : "chat").Append('\n');
            writer.Write(line);
        }
        return entries;
    }
}
