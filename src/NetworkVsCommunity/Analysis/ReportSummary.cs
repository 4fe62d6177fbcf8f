using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace NetworkVsCommunity;

/// <summary>
/// The report's answer in at most five sentences, written from the figures by code: what the organisation is, whom to
/// ask to share and what each option yields, how sure the answer is, and what would change it.
/// </summary>
/// <param name="Sentences">One to five sentences, in reading order.</param>
/// <param name="Recommendation">The decision in one short sentence ("Ask the top broadcasters to share.").</param>
/// <param name="RecommendedCampaign">The name of the recommended campaign; null when no option wins clearly.</param>
/// <param name="Confidence">How sure the recommendation is.</param>
/// <param name="ConfidenceReason">Why, in one clause.</param>
/// <param name="BreakEven">The break-even figure the summary was written with; null when it was not computed.</param>
public sealed record ReportSummary(
    ImmutableArray<string> Sentences,
    string Recommendation,
    string? RecommendedCampaign,
    SummaryConfidence Confidence,
    string ConfidenceReason,
    BreakEvenFigure? BreakEven)
{
    /// <summary>The most sentences a summary has.</summary>
    public const int MaxSentences = 5;

    /// <summary>Writes the summary from a diagnosis and the compared campaigns.</summary>
    /// <param name="diagnosis">The organisation diagnosis.</param>
    /// <param name="campaigns">The campaigns (options) compared, usually the top evangelists and the top broadcasters; may be empty.</param>
    /// <param name="breakEven">The break-even persuasion ratio when it was computed (issue #13); null says plainly that it was not.</param>
    /// <returns>The summary.</returns>
    /// <remarks>
    /// <para><b>Sentences.</b> (1) The organisation on the community axis (modularity against
    /// <see cref="OrganizationDiagnostics.StrongModularity"/>, internal transitivity against
    /// <see cref="OrganizationDiagnostics.ClusteredTransitivity"/>) and the network axis (the transmission probability
    /// against the epidemic threshold 1/λ_max). (2) Each option's expected supporters (RES-9), expected adopters (SPR-3)
    /// and firestorm probability (RSK-2), each with its 95 % interval (the firestorm interval is Wilson's score interval
    /// over the runs). (3) The recommendation. (4) How sure. (5) What would change the answer.</para>
    /// <para><b>Recommendation.</b> Supporters (応援団) are the headline outcome (docs/metrics.md#res-9): the option with the
    /// most expected supporters is recommended when its 95 % interval lies above every other option's; otherwise no
    /// option is recommended. A higher firestorm probability of the winner is stated beside it.</para>
    /// <para><b>Confidence.</b> Low when the supporter intervals overlap or fewer than two options were compared;
    /// High when they are apart and <paramref name="breakEven"/> shows the answer holds (no crossing in [1, ρmax], or a
    /// ratio fitted from the share log that lies outside the break-even interval); Moderate otherwise. The intervals are
    /// Monte Carlo intervals under the model: they do not include doubt about the model itself, which is what the
    /// break-even ratio addresses.</para>
    /// <para>All numbers are written by <see cref="FigureFormat"/> (three significant figures). Deterministic.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReportSummary Build(OrganizationDiagnosis diagnosis, IReadOnlyList<NamedCampaign> campaigns, BreakEvenFigure? breakEven = null)
    {
        ArgumentNullException.ThrowIfNull(diagnosis);
        ArgumentNullException.ThrowIfNull(campaigns);
        var sentences = new List<string> { OrganizationSentence(diagnosis) };
        if (campaigns.Count == 0)
        {
            sentences.Add("No campaign was compared: the diagnosis named no evangelist or broadcaster to ask.");
            const string none = "No recommendation: there was no option to compare.";
            sentences.Add(none);
            return new ReportSummary([.. sentences], none, null, SummaryConfidence.Low, "nothing was compared", breakEven);
        }
        sentences.Add(OptionsSentence(campaigns));

        string recommendation;
        string? recommended = null;
        SummaryConfidence confidence;
        string reason;
        if (campaigns.Count == 1)
        {
            recommendation = Invariant($"No recommendation: only one option ({campaigns[0].Name}) was analysed; compare it with another set of sharers to choose.");
            sentences.Add(recommendation);
            confidence = SummaryConfidence.Low;
            reason = "only one option was analysed, so there is nothing to be sure about";
        }
        else
        {
            int best = 0;
            for (int i = 1; i < campaigns.Count; i++)
            {
                if (Supporters(campaigns[i]) > Supporters(campaigns[best]))
                {
                    best = i;
                }
            }
            bool apart = true;
            int runnerUp = best == 0 ? 1 : 0;
            for (int i = 0; i < campaigns.Count; i++)
            {
                if (i == best)
                {
                    continue;
                }
                if (Supporters(campaigns[i]) > Supporters(campaigns[runnerUp]) || runnerUp == best)
                {
                    runnerUp = i;
                }
                if (campaigns[i].Report.Resonance.ExpectedSupportersCi95High >= campaigns[best].Report.Resonance.ExpectedSupportersCi95Low)
                {
                    apart = false;
                }
            }
            var winner = campaigns[best];
            var other = campaigns[runnerUp];
            if (apart)
            {
                recommended = winner.Name;
                recommendation = Invariant($"Ask the {winner.Name} to share.");
                var sb = new StringBuilder(Invariant(
                    $"Recommendation: ask the {winner.Name}, whose campaign is expected to win the most supporters ({FigureFormat.Number(Supporters(winner))} against {FigureFormat.Number(Supporters(other))} for the {other.Name})"));
                if (winner.Report.Risk.FirestormProbability > other.Report.Risk.FirestormProbability)
                {
                    sb.Append(Invariant($", at a higher firestorm probability ({FigureFormat.Percent(winner.Report.Risk.FirestormProbability)} against {FigureFormat.Percent(other.Report.Risk.FirestormProbability)})"));
                }
                sb.Append('.');
                sentences.Add(sb.ToString());
            }
            else
            {
                recommendation = "No clear winner: the options' supporter intervals overlap; choose by reach and firestorm risk.";
                sentences.Add(Invariant(
                    $"Recommendation: no option wins clearly more supporters, because the 95 % intervals of the {winner.Name} and the {other.Name} overlap; choose by reach and firestorm risk."));
            }
            (confidence, reason) = Assess(apart, breakEven);
            sentences.Add(Invariant($"How sure: {confidence.ToString().ToLowerInvariant()}, because {reason}; the intervals cover the randomness of {winner.Report.Runs} simulated runs, not doubt about the model."));
        }
        sentences.Add(BreakEvenSentence(campaigns, breakEven));
        return new ReportSummary([.. sentences], recommendation, recommended, confidence, reason, breakEven);
    }

    /// <summary>The sentences as one paragraph.</summary>
    /// <returns>The sentences joined by spaces.</returns>
    public override string ToString() => string.Join(" ", Sentences);

    private static double Supporters(NamedCampaign campaign) => campaign.Report.Resonance.ExpectedSupporters;

    private static (SummaryConfidence, string) Assess(bool apart, BreakEvenFigure? breakEven)
    {
        if (!apart)
        {
            return (SummaryConfidence.Low, "the options' supporter intervals overlap");
        }
        if (breakEven is null)
        {
            return (SummaryConfidence.Moderate, "the supporter intervals are apart, but the answer assumes how persuasive each kind of tie is and the break-even ratio was not computed");
        }
        if (breakEven.Ratio is null)
        {
            return (SummaryConfidence.High, Invariant($"the supporter intervals are apart and no persuasion ratio in [1, {FigureFormat.Number(breakEven.RatioMax)}] changes the answer"));
        }
        bool outside = breakEven.Ci95Low is double low && breakEven.Ci95High is double high && (breakEven.ModelRatio < low || breakEven.ModelRatio > high);
        return breakEven.FittedFromLog && outside
            ? (SummaryConfidence.High, "the supporter intervals are apart and the persuasion ratio fitted from the share log lies outside the break-even interval")
            : (SummaryConfidence.Moderate, breakEven.FittedFromLog
                ? "the supporter intervals are apart, but the fitted persuasion ratio lies within the break-even interval"
                : "the supporter intervals are apart, but the persuasion ratio is assumed, not fitted from the organisation's share log");
    }

    private static string OrganizationSentence(OrganizationDiagnosis d)
    {
        string character = d.Character switch
        {
            OrganizationCharacter.Both => "both a network and a community",
            OrganizationCharacter.Community => "a community more than a network",
            OrganizationCharacter.Network => "a network more than a community",
            _ => "neither a strong network nor a strong community",
        };
        double p = d.MeanTransmissionProbability;
        string side = p > d.EpidemicThreshold
            ? "above the epidemic threshold 1/λ_max = " + FigureFormat.Number(d.EpidemicThreshold) + ", so one post can keep spreading through the network"
            : "at or below the epidemic threshold 1/λ_max = " + FigureFormat.Number(d.EpidemicThreshold) + ", so a post dies out instead of spreading through the whole network";
        return Invariant(
            $"This organisation of {FigureFormat.Count(d.Employees)} employees and {FigureFormat.Count(d.Externals)} outside contacts is {character}: on the community axis its modularity is {FigureFormat.Number(d.Modularity)} (strong from {FigureFormat.Number(OrganizationDiagnostics.StrongModularity)}) and its internal transitivity {FigureFormat.Number(d.InternalTransitivity)} (clustered from {FigureFormat.Number(OrganizationDiagnostics.ClusteredTransitivity)}); on the network axis the mean transmission probability {FigureFormat.Number(p)} is {side}.");
    }

    private static string OptionsSentence(IReadOnlyList<NamedCampaign> campaigns)
    {
        var parts = new List<string>();
        for (int i = 0; i < campaigns.Count; i++)
        {
            var (name, r) = (campaigns[i].Name, campaigns[i].Report);
            int firestorms = (int)Math.Round(r.Risk.FirestormProbability * r.Runs);
            var (low, high) = FigureFormat.WilsonInterval(firestorms, r.Runs);
            string who = Invariant($"the {name} ({string.Join(", ", r.Sharers)})");
            parts.Add(i == 0
                ? Invariant($"{who} are expected to win {FigureFormat.WithInterval(r.Resonance.ExpectedSupporters, r.Resonance.ExpectedSupportersCi95Low, r.Resonance.ExpectedSupportersCi95High)} supporters (応援団) and reach {FigureFormat.WithInterval(r.Spread.ExpectedAdopters, r.Spread.ExpectedAdoptersCi95Low, r.Spread.ExpectedAdoptersCi95High)} people, with a firestorm probability of {FigureFormat.Percent(r.Risk.FirestormProbability)} {Percents(low, high)}")
                : Invariant($"{who} {FigureFormat.WithInterval(r.Resonance.ExpectedSupporters, r.Resonance.ExpectedSupportersCi95Low, r.Resonance.ExpectedSupportersCi95High)} supporters, {FigureFormat.WithInterval(r.Spread.ExpectedAdopters, r.Spread.ExpectedAdoptersCi95Low, r.Spread.ExpectedAdoptersCi95High)} people and {FigureFormat.Percent(r.Risk.FirestormProbability)} {Percents(low, high)}"));
        }
        return "Whom to ask: " + string.Join("; ", parts) + ".";
    }

    private static string Percents(double low, double high) =>
        string.Concat("[", FigureFormat.Percent(low), ", ", FigureFormat.Percent(high), "]");

    private static string BreakEvenSentence(IReadOnlyList<NamedCampaign> campaigns, BreakEvenFigure? breakEven)
    {
        if (breakEven is null)
        {
            string model = Algorithms.Diffusion.ModelDescription.Of(campaigns[0].Report.Options.Model);
            return Invariant(
                $"What would change the answer: the break-even persuasion ratio (how many times as persuasive a share from someone one knows must be, compared with a post from an account one follows, for the options to swap places) was not computed, and every figure above assumes its model ({model}).");
        }
        string basis = breakEven.FittedFromLog ? "fitted from the organisation's share log" : "assumed, not measured";
        if (breakEven.Ratio is not double ratio)
        {
            return Invariant(
                $"What would change the answer: nothing in the persuasion ratio does, since no ratio between 1 and {FigureFormat.Number(breakEven.RatioMax)} makes the options win equally many supporters (the figures use a ratio of {FigureFormat.Number(breakEven.ModelRatio)}, {basis}).");
        }
        string interval = breakEven.Ci95Low is double low && breakEven.Ci95High is double high ? " " + FigureFormat.Interval(low, high) : "";
        string direction = breakEven.ModelRatio < ratio ? "more" : "less";
        return Invariant(
            $"What would change the answer: the options swap places if a share from someone one knows is {direction} than {FigureFormat.Number(ratio)}{interval} times as persuasive as a post from an account one follows; the figures use a ratio of {FigureFormat.Number(breakEven.ModelRatio)}, {basis}{Note(breakEven)}.");
    }

    private static string Note(BreakEvenFigure breakEven) => string.IsNullOrWhiteSpace(breakEven.Note) ? "" : " (" + breakEven.Note.Trim() + ")";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
