using System.Globalization;

namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>A short human-readable description of a model for tables and notebooks (internal).</summary>
internal static class ModelDescription
{
    /// <summary>For example <c>"relationship: mutual p = 0.05, one-way p = 0.05"</c> or <c>"ic: p = 0.1"</c>.</summary>
    public static string Of(DiffusionModel model) => model switch
    {
        RelationshipCascadeModel r => string.Create(CultureInfo.InvariantCulture,
            $"relationship: mutual p = {r.MutualProbability}, one-way p = {r.OneWayProbability}{(r.ScaleByTieStrength ? ", scaled by tie strength" : "")}{(r.SharerFactors.IsDefaultOrEmpty ? "" : ", sharer factors")}"),
        IndependentCascadeModel ic => ic.ProbabilitySource switch
        {
            EdgeProbabilitySource.Uniform => string.Create(CultureInfo.InvariantCulture, $"ic: p = {ic.Probability}"),
            EdgeProbabilitySource.WeightedCascade => "ic: weighted cascade (w / in-strength)",
            EdgeProbabilitySource.Weight => "ic: p = arc weight",
            EdgeProbabilitySource.TieStrength => string.Create(CultureInfo.InvariantCulture, $"ic: p = 1 − exp(−{ic.TieStrengthScale}·w)"),
            _ => "ic: per-arc probabilities",
        },
        CommunityCascadeModel icp => string.Create(CultureInfo.InvariantCulture, $"icp: p = {icp.Probability}, permeability {icp.Permeability}"),
        LinearThresholdModel lt => string.Create(CultureInfo.InvariantCulture, $"lt: {lt.Weighting} weights"),
        ThresholdModel t => t.Kind == ThresholdKind.Absolute
            ? string.Create(CultureInfo.InvariantCulture, $"threshold: {t.Threshold} adopting neighbours")
            : string.Create(CultureInfo.InvariantCulture, $"threshold: fraction {t.Fraction}"),
        SirModel sir => string.Create(CultureInfo.InvariantCulture, $"sir: β = {sir.InfectionProbability}, γ = {sir.RecoveryProbability}"),
        SisModel sis => string.Create(CultureInfo.InvariantCulture, $"sis: β = {sis.InfectionProbability}, δ = {sis.RecoveryProbability}"),
        _ => model.Name,
    };
}
