namespace NetworkVsCommunity;

/// <summary>How sure the report's recommendation is (see <see cref="ReportSummary.Build"/> for the rules).</summary>
public enum SummaryConfidence
{
    /// <summary>The options' supporter intervals overlap, or there is nothing to compare.</summary>
    Low = 0,

    /// <summary>The supporter intervals are apart, but the answer rests on an assumed persuasion ratio that was not checked against the break-even ratio.</summary>
    Moderate = 1,

    /// <summary>The supporter intervals are apart and the break-even ratio says the answer holds (no crossing, or the fitted ratio lies on the winner's side of it).</summary>
    High = 2,
}
