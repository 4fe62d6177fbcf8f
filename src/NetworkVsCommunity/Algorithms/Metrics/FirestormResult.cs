namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>RSK-2 FirestormProbability(v, q) for one poster.</summary>
/// <param name="Node">The poster v.</param>
/// <param name="Probability">P̂(|A({v})| ≥ q·|V|) over the samples.</param>
/// <param name="StandardError">Binomial standard error of the estimate.</param>
/// <param name="FirestormFraction">q.</param>
/// <param name="Runs">R.</param>
/// <param name="RandomSeed">The seed used.</param>
public sealed record FirestormResult(int Node, double Probability, double StandardError, double FirestormFraction, int Runs, long RandomSeed);
