namespace NetworkVsCommunity;

/// <summary>
/// What would change the answer: the break-even persuasion ratio ρ* = p(mutual) / p(one-way) at which the two compared
/// campaigns win equally many supporters, as computed elsewhere (issue #13), for <see cref="ReportSummary.Build"/>.
/// </summary>
/// <param name="Ratio">ρ*, 1 or more; null when there is no crossing in [1, <paramref name="RatioMax"/>].</param>
/// <param name="Ci95Low">Lower end of the 95 % interval of ρ*; null with <paramref name="Ratio"/>.</param>
/// <param name="Ci95High">Upper end of the 95 % interval of ρ*; null with <paramref name="Ratio"/>.</param>
/// <param name="RatioMax">The largest ratio searched (ρmax).</param>
/// <param name="ModelRatio">The persuasion ratio the report's figures were computed with; 1 when every tie is equally persuasive.</param>
/// <param name="FittedFromLog">Whether <paramref name="ModelRatio"/> was fitted from the organisation's share log (true) or assumed (false).</param>
/// <param name="Note">An optional note from the computation, shown verbatim (for example "no crossing in [1, 20]").</param>
public sealed record BreakEvenFigure(
    double? Ratio,
    double? Ci95Low,
    double? Ci95High,
    double RatioMax,
    double ModelRatio,
    bool FittedFromLog,
    string? Note = null);
