namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>SPR-3 ExpectedSpread σ(S) = E|A(S)| under a cascade model, with its Monte Carlo uncertainty.</summary>
/// <param name="Mean">σ̂: the mean number of adopters (initial sharers included) over the samples; exact when <see cref="IsExact"/>.</param>
/// <param name="StandardError">The standard error of the mean (0 when exact).</param>
/// <param name="ConfidenceLow">Lower end of the 95 % normal confidence interval.</param>
/// <param name="ConfidenceHigh">Upper end of the 95 % normal confidence interval.</param>
/// <param name="Runs">R, the number of live-edge samples (or of enumerated live-edge graphs when exact).</param>
/// <param name="RandomSeed">The seed used (0 when exact).</param>
/// <param name="IsExact">True when computed by enumerating all live-edge graphs.</param>
/// <param name="Model">The cascade model.</param>
/// <param name="Sampling">The sampling options used, with the random seed fixed (runs and threads ignored when exact).</param>
public sealed record ExpectedSpreadResult(
    double Mean,
    double StandardError,
    double ConfidenceLow,
    double ConfidenceHigh,
    int Runs,
    long RandomSeed,
    bool IsExact,
    Diffusion.DiffusionModel Model,
    Diffusion.SamplingOptions Sampling);
