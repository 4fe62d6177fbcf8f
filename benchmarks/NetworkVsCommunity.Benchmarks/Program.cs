using BenchmarkDotNet.Running;

if (args.Length >= 2 && args[0] == "centrality-timing")
{
    return CentralityTiming.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

/// <summary>Entry point type for the benchmark switcher.</summary>
public partial class Program;
