using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Tests.Fixtures;

/// <summary>Graphs for the complex-contagion tests (RES-10, resonance seeding).</summary>
internal static class ResonanceGraphs
{
    /// <summary>
    /// A ring lattice of 30 nodes (k = 4) plus a hub, node 30, tied to every fifth lattice node (0, 5, …, 25): the hub's
    /// neighbours are five apart, so no lattice node sees two of them. The hub tops degree, betweenness and PageRank.
    /// </summary>
    public static CsrGraph RingLatticeWithLongRangeHub()
    {
        CsrGraph lattice = TestGraphs.RingLattice(30, 4);
        var edges = new List<(int, int)>();
        for (int u = 0; u < 30; u++)
        {
            foreach (int v in lattice.Neighbors(u))
            {
                if (u < v)
                {
                    edges.Add((u, v));
                }
            }
        }
        for (int v = 0; v < 30; v += 5)
        {
            edges.Add((30, v));
        }
        return TestGraphs.FromEdges(31, edges);
    }
}
