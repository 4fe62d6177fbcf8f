using System.Globalization;
using System.Text;
using NetworkVsCommunity.Visualization;

namespace NetworkVsCommunity.Cli.Commands;

/// <summary>Text and JSON forms of <c>nvc report</c>, both rendered from one <see cref="OrganizationReport"/>.</summary>
internal static class ReportRendering
{
    public static void Text(TextWriter output, OrganizationReport report)
    {
        var d = report.Diagnosis;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"NetworkVsCommunity report: {report.Source} (random seed {report.RandomSeed})"));
        output.WriteLine("model: " + ModelOptions.Text(report.Model));
        output.WriteLine();
        output.WriteLine("The answer");
        for (int i = 0; i < report.Summary.Sentences.Length; i++)
        {
            WriteWrapped(output, string.Create(CultureInfo.InvariantCulture, $"{i + 1}. "), report.Summary.Sentences[i]);
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  Recommendation: {report.Summary.Recommendation} Confidence: {report.Summary.Confidence.ToString().ToLowerInvariant()}."));
        output.WriteLine();
        output.WriteLine("Is this organisation a network or a community?");
        WriteWrapped(output, "", d.CharacterExplanation);
        output.WriteLine();
        WriteTable(output, ReportFigures.Organization(d));
        if (report.Campaigns.Length > 0)
        {
            output.WriteLine();
            output.WriteLine("Campaigns: spread (拡散) and shared resonance (共有・共鳴) side by side, never one score");
            WriteTable(output, ReportFigures.Campaigns(report.Campaigns));
            foreach (var campaign in report.Campaigns)
            {
                output.WriteLine();
                output.WriteLine($"Fair credit: {campaign.Name}");
                WriteTable(output, ReportFigures.Credit(campaign.Report));
            }
        }
        output.WriteLine();
        output.WriteLine("Glossary (each figure's section of docs/metrics.md in brackets)");
        var glossary = ReportFigures.Glossary(report);
        int nameWidth = glossary.Max(g => DisplayWidth(Label(g)));
        foreach (var g in glossary)
        {
            WriteWrapped(output, Pad(Label(g), nameWidth) + "  ", g.Definition + " [" + g.DocsPath + "]", 2 + nameWidth + 2);
        }
    }

    public static Dictionary<string, object?> Json(OrganizationReport report)
    {
        var d = report.Diagnosis;
        return new()
        {
            ["source"] = report.Source,
            ["random_seed"] = report.RandomSeed,
            ["summary"] = new Dictionary<string, object?>
            {
                ["sentences"] = report.Summary.Sentences.ToList(),
                ["recommendation"] = report.Summary.Recommendation,
                ["recommended_campaign"] = report.Summary.RecommendedCampaign,
                ["confidence"] = report.Summary.Confidence.ToString().ToLowerInvariant(),
                ["confidence_reason"] = report.Summary.ConfidenceReason,
                ["break_even"] = report.Summary.BreakEven is { } b
                    ? new Dictionary<string, object?>
                    {
                        ["ratio"] = b.Ratio,
                        ["ci95"] = b.Ratio is null ? null : new[] { b.Ci95Low, b.Ci95High },
                        ["ratio_max"] = b.RatioMax,
                        ["model_ratio"] = b.ModelRatio,
                        ["fitted_from_log"] = b.FittedFromLog,
                        ["note"] = b.Note,
                    }
                    : null,
            },
            ["model"] = ModelOptions.Json(report.Model),
            ["organization"] = new Dictionary<string, object?>
            {
                ["employees"] = d.Employees,
                ["externals"] = d.Externals,
                ["internal_ties"] = d.InternalTies,
                ["character"] = d.Character.ToString().ToLowerInvariant(),
                ["character_explanation"] = d.CharacterExplanation,
                ["communities"] = d.Communities.CommunityCount,
                ["communities_of_two_or_more"] = d.Communities.Sizes().Count(size => size >= 2),
                ["modularity"] = Num(d.Modularity),
                ["internal_transitivity"] = Num(d.InternalTransitivity),
                ["internal_average_clustering"] = Num(d.InternalAverageClustering),
                ["weak_tie_share"] = Num(d.WeakTieShare),
                ["connected_community_pairs"] = d.ConnectedCommunityPairs,
                ["wide_bridge_count"] = d.WideBridgeCount,
                ["enthusiast_count"] = d.EnthusiastCount,
                ["communities_with_enthusiasts"] = Num(d.CommunitiesWithEnthusiasts),
                ["enthusiast_coverage"] = d.EnthusiastCoverage.Select(c => new Dictionary<string, object?> { ["community"] = c.Community, ["employees"] = c.Employees, ["enthusiasts"] = c.Enthusiasts }).ToList(),
                ["blast_radius_max"] = Num(d.BlastRadiusMax),
                ["blast_radius_p95"] = Num(d.BlastRadiusP95),
                ["blast_radius_gini"] = Num(d.BlastRadiusGini),
                ["top_decile_risk_share"] = Num(d.TopDecileRiskShare),
                ["epidemic_threshold"] = Num(d.EpidemicThreshold),
                ["external_boundary_top_share"] = Num(d.ExternalBoundaryTopShare),
                ["network_ness"] = Num(d.MeanTransmissionProbability / d.EpidemicThreshold),
                ["network_ness_threshold"] = 1.0,
                ["strong_modularity_threshold"] = OrganizationDiagnostics.StrongModularity,
                ["clustered_transitivity_threshold"] = OrganizationDiagnostics.ClusteredTransitivity,
                ["top_evangelists"] = Ranked(d.Ranking?.Evangelists, d.TopEvangelists),
                ["top_broadcasters"] = Ranked(d.Ranking?.Broadcasters, d.TopBroadcasters),
                ["profiles"] = d.Profiles.Select(p => new Dictionary<string, object?>
                {
                    ["id"] = p.Id.ToString(),
                    ["department"] = p.Department,
                    ["team"] = p.Team,
                    ["community"] = p.Community,
                    ["enthusiasm"] = Num(p.Enthusiasm),
                    ["spread_potential"] = Num(p.SpreadPotential),
                    ["resonance_potential"] = Num(p.ResonancePotential),
                    ["broadcaster_score"] = Num(p.BroadcasterScore),
                    ["is_evangelist"] = p.IsEvangelist,
                    ["is_broadcaster"] = p.IsBroadcaster,
                    ["ona_roles"] = p.OnaRoles.ToString(),
                    ["cartography"] = p.Cartography.ToString(),
                    ["within_module_z"] = Num(p.WithinModuleZ),
                    ["participation"] = Num(p.Participation),
                    ["firestorm_probability"] = Num(p.FirestormProbability),
                }).ToList(),
            },
            ["campaigns"] = report.Campaigns.Select(c => Campaign(c.Name, c.Report)).ToList(),
        };
    }

    private static Dictionary<string, object?> Campaign(string name, CampaignReport r) => new()
    {
        ["name"] = name,
        ["sharers"] = r.Sharers.Select(s => s.ToString()).ToList(),
        ["runs"] = r.Runs,
        ["random_seed"] = r.RandomSeed,
        ["model"] = ModelOptions.Json(r.Options.Model),
        ["spread"] = new Dictionary<string, object?>
        {
            ["unique_reach"] = r.Spread.UniqueReach,
            ["vendor_potential_reach"] = r.Spread.VendorPotentialReach,
            ["audience_redundancy"] = Num(r.Spread.AudienceRedundancy),
            ["expected_adopters"] = Num(r.Spread.ExpectedAdopters),
            ["expected_adopters_ci95_low"] = Num(r.Spread.ExpectedAdoptersCi95Low),
            ["expected_adopters_ci95_high"] = Num(r.Spread.ExpectedAdoptersCi95High),
            ["external_penetration"] = Num(r.Spread.ExternalPenetration),
            ["mean_depth"] = Num(r.Spread.MeanDepth),
            ["mean_max_breadth"] = Num(r.Spread.MeanMaxBreadth),
            ["mean_structural_virality"] = Num(r.Spread.MeanStructuralVirality),
            ["mean_communities_touched"] = Num(r.Spread.MeanCommunitiesTouched),
            ["mean_normalized_community_entropy"] = Num(r.Spread.MeanNormalizedCommunityEntropy),
        },
        ["resonance"] = new Dictionary<string, object?>
        {
            ["reinforced_adoption_share"] = Num(r.Resonance.ReinforcedAdoptionShare),
            ["transmission_embeddedness"] = Num(r.Resonance.TransmissionEmbeddedness),
            ["intra_community_share"] = Num(r.Resonance.IntraCommunityShare),
            ["mean_community_coverage"] = Num(r.Resonance.MeanCommunityCoverage),
            ["mean_community_density"] = Num(r.Resonance.MeanCommunityDensity),
            ["complex_survival"] = Num(r.Resonance.ComplexSurvival),
            ["wide_bridge_count"] = r.Resonance.WideBridgeCount,
            ["mean_structural_diversity"] = Num(r.Resonance.MeanStructuralDiversity),
            ["expected_supporters"] = Num(r.Resonance.ExpectedSupporters),
            ["expected_supporters_ci95_low"] = Num(r.Resonance.ExpectedSupportersCi95Low),
            ["expected_supporters_ci95_high"] = Num(r.Resonance.ExpectedSupportersCi95High),
        },
        ["risk"] = new Dictionary<string, object?>
        {
            ["firestorm_probability"] = Num(r.Risk.FirestormProbability),
            ["flag_bearer"] = r.Risk.FlagBearer.ToString(),
            ["spread_dependence"] = Num(r.Risk.SpreadDependence),
            ["resonance_dependence"] = Num(r.Risk.ResonanceDependence),
            ["echo_chamber_ei_index"] = Num(r.Risk.EchoChamberEIIndex),
        },
        ["credit"] = r.Credit.Select(c => new Dictionary<string, object?>
        {
            ["sharer"] = c.Sharer.ToString(),
            ["spread_credit"] = Num(c.SpreadCredit),
            ["resonance_credit"] = Num(c.ResonanceCredit),
            ["payout"] = Num(c.Payout),
        }).ToList(),
        ["position"] = new Dictionary<string, object?>
        {
            ["network_ness"] = Num(r.Position.NetworkNess),
            ["community_ness"] = Num(r.Position.CommunityNess),
            ["quadrant"] = r.Position.Quadrant.ToString().ToLowerInvariant(),
        },
        ["diagnostics"] = r.Diagnostics.ToList(),
    };

    private static List<Dictionary<string, object?>> Ranked(System.Collections.Immutable.ImmutableArray<RankedEmployee>? ranked, System.Collections.Immutable.ImmutableArray<EmployeeId> ids) =>
        ranked is { } list
            ? [.. list.Select(e => new Dictionary<string, object?> { ["id"] = e.Id.ToString(), ["score"] = Num(e.Score), ["top_k_probability"] = Num(e.TopKProbability) })]
            : [.. ids.Select(e => new Dictionary<string, object?> { ["id"] = e.ToString(), ["score"] = null, ["top_k_probability"] = null })];

    /// <summary>JSON has no NaN: undefined figures become null.</summary>
    private static double? Num(double value) => double.IsFinite(value) ? value : null;

    private static string Label(FigureDefinition g) => g.Id.Length > 0 ? g.PlainName + " (" + g.Id + ")" : g.PlainName;

    /// <summary>Columns in a terminal: East Asian wide and fullwidth characters take two (Unicode Standard Annex #11).</summary>
    internal static int DisplayWidth(string text)
    {
        int width = 0;
        foreach (Rune rune in text.EnumerateRunes())
        {
            int c = rune.Value;
            bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
                (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
                (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
                (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
                (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
            width += wide ? 2 : 1;
        }
        return width;
    }

    internal static string Pad(string text, int width) => text + new string(' ', Math.Max(0, width - DisplayWidth(text)));

    /// <summary>Writes a paragraph wrapped at 110 columns, the first line after <paramref name="marker"/>, the rest indented under it.</summary>
    private static void WriteWrapped(TextWriter output, string marker, string text, int? hanging = null)
    {
        const int width = 110;
        string indent = new(' ', hanging ?? 2 + DisplayWidth(marker));
        var line = new StringBuilder("  " + marker);
        int column = 2 + DisplayWidth(marker);
        bool first = true;
        foreach (string word in Words(text))
        {
            int w = DisplayWidth(word);
            if (!first && column + 1 + w > width)
            {
                output.WriteLine(line.ToString());
                line.Clear().Append(indent);
                column = indent.Length;
                first = true;
            }
            if (!first)
            {
                line.Append(' ');
                column++;
            }
            line.Append(word);
            column += w;
            first = false;
        }
        output.WriteLine(line.ToString());
    }

    /// <summary>The words of a paragraph, an interval such as "[11.6, 14.0]" kept as one word so it never breaks across lines.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (words.Count > 0 && words[^1].Contains('[', StringComparison.Ordinal) && !words[^1].Contains(']', StringComparison.Ordinal))
            {
                words[^1] += " " + word;
            }
            else
            {
                words.Add(word);
            }
        }
        return words;
    }

    private static void WriteTable(TextWriter output, TableData table)
    {
        int columns = table.Columns.Length;
        var widths = new int[columns];
        for (int c = 0; c < columns; c++)
        {
            widths[c] = DisplayWidth(table.Columns[c]);
            foreach (var row in table.Rows)
            {
                widths[c] = Math.Max(widths[c], DisplayWidth(row[c]));
            }
        }
        output.WriteLine("  " + string.Join("  ", table.Columns.Select((h, c) => Pad(h, widths[c]))).TrimEnd());
        output.WriteLine("  " + string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in table.Rows)
        {
            output.WriteLine("  " + string.Join("  ", row.Select((cell, c) => Pad(cell, widths[c]))).TrimEnd());
        }
    }
}
