using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Tests.Reliability;

/// <summary>
/// Limits beyond the supported size fail early, before any CSR array is allocated, with the count and the limit named.
/// (The 50-million-edge scale run itself is the benchmark script benchmarks/scale/run-50m.sh; see docs/performance.md.)
/// </summary>
public class ScaleLimitTests
{
    [Fact]
    public void More_stored_arcs_than_the_CSR_limit_fails_before_allocation_with_the_numbers()
    {
        GraphBuilder.CheckArcCount(CsrGraph.MaxArcCount, CsrGraph.MaxArcCount / 2, directed: false);
        var error = Assert.Throws<InvalidOperationException>(() =>
            GraphBuilder.CheckArcCount(CsrGraph.MaxArcCount + 1L, (CsrGraph.MaxArcCount + 1L) / 2, directed: false));
        Assert.Contains("2147483592 stored arcs", error.Message, StringComparison.Ordinal);
        Assert.Contains("undirected: each edge is stored in both directions", error.Message, StringComparison.Ordinal);
        Assert.Contains("2147483591", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_node_id_beyond_int_range_is_kept_as_a_text_id_not_truncated()
    {
        string path = Path.Combine(Path.GetTempPath(), $"nvc-huge-{Guid.NewGuid():N}.edges");
        File.WriteAllText(path, "0 1\n1 99999999999\n");
        try
        {
            // Ids that do not fit the dense integer fast path are labels (docs/formats.md): nothing wraps around or is lost.
            var loaded = NetworkVsCommunity.IO.GraphFile.Load(path);
            Assert.Equal(3, loaded.Graph.NodeCount);
            Assert.True(loaded.Nodes.TryGetNode("99999999999", out int huge));
            Assert.Equal(1, loaded.Graph.Degree(huge));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
