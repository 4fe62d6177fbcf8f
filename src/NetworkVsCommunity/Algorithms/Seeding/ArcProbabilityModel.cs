namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>How the influence probability (IC) or influence weight (LT) of each arc u→v is obtained.</summary>
public enum ArcProbabilityModel
{
    /// <summary>Every arc has the same probability <see cref="InfluenceModel.UniformProbability"/> (IC only; LT uses 1/in-degree).</summary>
    Uniform = 0,

    /// <summary>
    /// Weighted cascade: the arc u→v has probability (IC) or weight (LT) 1/in-degree(v) (Kempe, Kleinberg &amp; Tardos
    /// 2003; the setting of Tang, Shi &amp; Xiao 2015's experiments).
    /// </summary>
    WeightedCascade = 1,

    /// <summary>
    /// The graph's arc weights are the probabilities (IC: each in [0, 1]) or influence weights (LT: non-negative, the
    /// in-weights of every node summing to at most 1). Requires a weighted graph.
    /// </summary>
    ArcWeights = 2,
}
