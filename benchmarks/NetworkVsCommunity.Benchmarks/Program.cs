using BenchmarkDotNet.Running;

if (args.Length > 0 && args[0] == "parse")
{
    return NetworkVsCommunity.Benchmarks.ParseTiming.Run(args[1..]);
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

/// <summary>Entry point type for the benchmark switcher.</summary>
public partial class Program;
