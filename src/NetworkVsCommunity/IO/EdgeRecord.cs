namespace NetworkVsCommunity.IO;

/// <summary>One edge as it appeared in a file (before parallel edges were merged): its endpoints and weight.</summary>
/// <param name="Source">The source node index (either endpoint when undirected).</param>
/// <param name="Target">The target node index.</param>
/// <param name="Weight">The weight (1 when the file is unweighted): finite and 0 or more.</param>
public readonly record struct EdgeRecord(int Source, int Target, double Weight);
