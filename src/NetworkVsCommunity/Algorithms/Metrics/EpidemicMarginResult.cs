namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>RSK-3 EpidemicMargin: the SIS epidemic threshold τ_c = 1/λ_max(A) and its margin over the transmissibility.</summary>
/// <param name="LambdaMax">λ_max, the spectral radius of the adjacency matrix.</param>
/// <param name="EpidemicThreshold">τ_c = 1/λ_max (infinity for a graph without edges).</param>
/// <param name="Transmissibility">β/δ as given, or NaN.</param>
/// <param name="Margin">τ_c − β/δ: negative means posts are above the epidemic threshold (firestorm-prone); NaN without β/δ.</param>
/// <param name="Method">"dense" (MathNet eigen-decomposition) or "power" (power iteration on the CSR).</param>
/// <param name="Iterations">Power iterations (0 for dense).</param>
/// <param name="Converged">Whether the power iteration reached its tolerance (true for dense).</param>
/// <param name="Options">The options used.</param>
public sealed record EpidemicMarginResult(
    double LambdaMax,
    double EpidemicThreshold,
    double Transmissibility,
    double Margin,
    string Method,
    int Iterations,
    bool Converged,
    EpidemicMarginOptions Options);
