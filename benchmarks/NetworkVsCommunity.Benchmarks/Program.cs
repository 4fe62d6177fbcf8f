using BenchmarkDotNet.Running;

if (args.Length > 0 && args[0] == "seeding-timing")
{
    return NetworkVsCommunity.Benchmarks.Seeding.SeedingTiming.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

/// <summary>Entry point type for the benchmark switcher.</summary>
public partial class Program;
