using BenchmarkDotNet.Running;
using NetworkVsCommunity.Benchmarks.Diffusion;

// Timing modes used by the peer comparison scripts in benchmarks/peers (one line each), else BenchmarkDotNet.
if (args.Length > 0)
{
    switch (args[0])
    {
        case "parse":
            return NetworkVsCommunity.Benchmarks.ParseTiming.Run(args[1..]);
        case "ic-compare":
            return IcComparison.Run(args[1..]);
        case "communities":
            return NetworkVsCommunity.Benchmarks.CommunitiesTiming.Run(args[1..]);
        case "centrality-timing" when args.Length >= 2:
            return CentralityTiming.Run(args);
        case "scale":
            return NetworkVsCommunity.Benchmarks.ScaleTiming.Run(args[1..]);
        case "report-timing":
            return NetworkVsCommunity.Benchmarks.ReportTiming.Run(args[1..]);
        case "memory":
            return NetworkVsCommunity.Benchmarks.MemoryFootprint.Run(args[1..]);
        case "interactions":
            return NetworkVsCommunity.Benchmarks.InteractionTiming.Run(args[1..]);
        case "seeding-timing":
            return NetworkVsCommunity.Benchmarks.Seeding.SeedingTiming.Run(args);
        case "resonance-timing":
            return NetworkVsCommunity.Benchmarks.Seeding.ResonanceTiming.Run(args);
    }
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
