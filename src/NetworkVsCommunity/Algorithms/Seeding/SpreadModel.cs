namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>The diffusion model under which a seeding routine measures spread.</summary>
public enum SpreadModel
{
    /// <summary>
    /// Independent Cascade (Kempe, Kleinberg &amp; Tardos 2003): a newly active node gets one chance to activate each
    /// inactive out-neighbour, succeeding independently with the arc's probability. Simple contagion.
    /// </summary>
    IndependentCascade = 0,

    /// <summary>
    /// Linear Threshold (Kempe, Kleinberg &amp; Tardos 2003): a node activates once the summed influence weights of its
    /// active in-neighbours reach its threshold, drawn uniformly from [0, 1]; in-weights sum to at most 1 per node.
    /// </summary>
    LinearThreshold = 1,
}
