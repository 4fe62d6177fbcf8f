using System.Text;
using BenchmarkDotNet.Attributes;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity.Benchmarks;

/// <summary>CSR build and edge-list parsing on the seeded catalogue (in memory, so the disk does not dominate).</summary>
[MemoryDiagnoser]
public class IoBenchmarks
{
    private int[] _sources = [];
    private int[] _targets = [];
    private int _nodeCount;
    private byte[] _integerText = [];
    private byte[] _stringText = [];

    /// <summary>The catalogue graph.</summary>
    [ParamsSource(nameof(Graphs))]
    public string Graph { get; set; } = "pp-10k";

    public static IEnumerable<string> Graphs => BenchmarkGraphs.Names;

    [GlobalSetup]
    public void Setup()
    {
        (_sources, _targets, _nodeCount) = BenchmarkGraphs.Edges(Graph);
        var integers = new StringBuilder();
        var strings = new StringBuilder();
        for (int i = 0; i < _sources.Length; i++)
        {
            integers.Append(_sources[i]).Append(' ').Append(_targets[i]).Append('\n');
            strings.Append('p').Append(_sources[i]).Append(" p").Append(_targets[i]).Append('\n');
        }
        _integerText = Encoding.ASCII.GetBytes(integers.ToString());
        _stringText = Encoding.ASCII.GetBytes(strings.ToString());
    }

    [Benchmark(Baseline = true)]
    public CsrGraph CsrBuild() =>
        GraphBuilder.Build(_nodeCount, _sources, _targets, default, directed: false, weighted: false, GraphBuildOptions.Default);

    [Benchmark]
    public LabeledGraph ParseIntegerEdgeList() => EdgeListFormat.Read(new MemoryStream(_integerText, writable: false), "bench.edges");

    [Benchmark]
    public LabeledGraph ParseStringEdgeList() => EdgeListFormat.Read(new MemoryStream(_stringText, writable: false), "bench.edges");
}
