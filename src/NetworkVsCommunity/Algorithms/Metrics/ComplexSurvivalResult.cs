using NetworkVsCommunity.Algorithms.Diffusion;

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>RES-5 ComplexSurvival θ: the share of the simple-contagion reach that survives a θ-source requirement.</summary>
/// <param name="Threshold">θ, the number of distinct affirming (adopting) neighbours needed.</param>
/// <param name="ComplexAdopters">|A_θ(S)|, adopters of the deterministic threshold run (sharers included).</param>
/// <param name="SimpleReach">|A_simple(S)|, nodes reachable from S (p = 1, sharers included).</param>
/// <param name="Survival">|A_θ| / |A_simple|, in (0, 1] (1 when S is empty).</param>
/// <param name="ThresholdCascade">The threshold run itself, for further metrics.</param>
public sealed record ComplexSurvivalResult(int Threshold, int ComplexAdopters, int SimpleReach, double Survival, Cascade ThresholdCascade);
