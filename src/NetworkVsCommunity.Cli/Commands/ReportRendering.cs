using System.Globalization;
using NetworkVsCommunity.Visualization;

namespace NetworkVsCommunity.Cli.Commands;

/// <summary>Text and JSON forms of <c>nvc report</c>.</summary>
internal static class ReportRendering
{
    public static void Text(TextWriter output, string source, long randomSeed, OrganizationDiagnosis diagnosis,
        IReadOnlyList<(string Name, CampaignReport Report)> campaigns)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"NetworkVsCommunity report: {source} (random seed {randomSeed})"));
        output.WriteLine("model: " + ModelOptions.Text(diagnosis.Options.Model));
        output.WriteLine();
        output.WriteLine("Is this organisation a network or a community?");
        output.WriteLine("  " + diagnosis.CharacterExplanation);
        output.WriteLine();
        WriteTable(output, ReportFigures.Organization(diagnosis));
        if (campaigns.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Campaigns: spread (拡散) and shared resonance (共有・共鳴) side by side, never one score");
            WriteTable(output, ReportFigures.Campaigns(campaigns));
            foreach (var (name, report) in campaigns)
            {
                output.WriteLine();
                output.WriteLine($"Fair credit: {name}");
                WriteTable(output, ReportFigures.Credit(report));
            }
        }
    }

    public static Dictionary<string, object?> Json(string source, long randomSeed, OrganizationDiagnosis d,
        IReadOnlyList<(string Name, CampaignReport Report)> campaigns) => new()
    {
        ["source"] = source,
        ["random_seed"] = randomSeed,
        ["model"] = ModelOptions.Json(d.Options.Model),
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
            ["top_evangelists"] = d.TopEvangelists.Select(e => e.ToString()).ToList(),
            ["top_broadcasters"] = d.TopBroadcasters.Select(e => e.ToString()).ToList(),
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
        ["campaigns"] = campaigns.Select(c => Campaign(c.Name, c.Report)).ToList(),
    };

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

    /// <summary>JSON has no NaN: undefined figures become null.</summary>
    private static double? Num(double value) => double.IsFinite(value) ? value : null;

    private static void WriteTable(TextWriter output, TableData table)
    {
        int columns = table.Columns.Length;
        var widths = new int[columns];
        for (int c = 0; c < columns; c++)
        {
            widths[c] = table.Columns[c].Length;
            foreach (var row in table.Rows)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }
        output.WriteLine("  " + string.Join("  ", table.Columns.Select((h, c) => h.PadRight(widths[c]))).TrimEnd());
        output.WriteLine("  " + string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in table.Rows)
        {
            output.WriteLine("  " + string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
        }
    }
}
