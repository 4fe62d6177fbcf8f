using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Tests.Architecture;

/// <summary>
/// Layers point down only (STYLE.md, "One concept, one place"; issue #12): Graphs → IO → Algorithms → Model → Analysis →
/// Visualization, read in the compiled core assembly (<see cref="TypeUseScanner"/>: signatures, fields, base types,
/// attributes and method bodies), in the manner of NodaTime's MutabilityTest. A type may use types of its own layer and
/// of the layers below; the single allowance upward is the <c>[TypeFormatterSource]</c> attribute on core types, which
/// gives notebook users pictures with no extra reference.
/// </summary>
/// <remarks>
/// Layers by namespace: <c>NetworkVsCommunity.Internal</c> and <c>NetworkVsCommunity.Randomness</c> (shared helpers)
/// form a foundation under Graphs; <c>.Graphs</c>, <c>.IO</c>, <c>.Algorithms.*</c>, <c>.Visualization</c> are their
/// layers. The root namespace <c>NetworkVsCommunity</c> holds the model, the friendly analysis surface (one <c>using</c>
/// for a notebook) and two foundation types, so its types are assigned by name in <see cref="RootNamespace"/>: a new root
/// type fails <see cref="Every_type_of_the_core_has_a_layer"/> until it is given one. The CLI is another assembly, above
/// everything, and can only use the public API (no InternalsVisibleTo).
/// </remarks>
public class LayerTests
{
    internal enum Layer
    {
        Foundation,
        Graphs,
        IO,
        Algorithms,
        Model,
        Analysis,
        Visualization,
    }

    private const string AllowedAttribute = "NetworkVsCommunity.Visualization.TypeFormatterSourceAttribute";

    private static readonly Dictionary<string, Layer> RootNamespace = new(StringComparer.Ordinal)
    {
        ["NetworkVsCommunity.AnalysisProgress"] = Layer.Foundation,
        ["NetworkVsCommunity.GraphFormatException"] = Layer.Foundation,

        ["NetworkVsCommunity.EmployeeId"] = Layer.Model,
        ["NetworkVsCommunity.EmployeeNetwork"] = Layer.Model,
        ["NetworkVsCommunity.EmployeeNetworkBuilder"] = Layer.Model,
        ["NetworkVsCommunity.NetworkBuildStatistics"] = Layer.Model,
        ["NetworkVsCommunity.PeopleTiesCsv"] = Layer.Model,
        ["NetworkVsCommunity.Person"] = Layer.Model,
        ["NetworkVsCommunity.PersonKind"] = Layer.Model,
        ["NetworkVsCommunity.SampleOrganization"] = Layer.Model,
        ["NetworkVsCommunity.SampleOrganizationOptions"] = Layer.Model,
        ["NetworkVsCommunity.Tie"] = Layer.Model,
        ["NetworkVsCommunity.TieKind"] = Layer.Model,
        ["NetworkVsCommunity.Interaction"] = Layer.Model,
        ["NetworkVsCommunity.InteractionLogCsv"] = Layer.Model,
        ["NetworkVsCommunity.InteractionTie"] = Layer.Model,
        ["NetworkVsCommunity.InteractionTieDerivation"] = Layer.Model,
        ["NetworkVsCommunity.InteractionTieOptions"] = Layer.Model,
        ["NetworkVsCommunity.InteractionTieResult"] = Layer.Model,
        ["NetworkVsCommunity.ShareLog"] = Layer.Model,
        ["NetworkVsCommunity.SharePost"] = Layer.Model,
        ["NetworkVsCommunity.UnknownPersonPolicy"] = Layer.Model,

        ["NetworkVsCommunity.CampaignOptions"] = Layer.Analysis,
        ["NetworkVsCommunity.CampaignReport"] = Layer.Analysis,
        ["NetworkVsCommunity.Campaigns"] = Layer.Analysis,
        ["NetworkVsCommunity.CommunityEnthusiasm"] = Layer.Analysis,
        ["NetworkVsCommunity.DiagnosisOptions"] = Layer.Analysis,
        ["NetworkVsCommunity.EmployeeCommunities"] = Layer.Analysis,
        ["NetworkVsCommunity.EmployeeNetworkExtensions"] = Layer.Analysis,
        ["NetworkVsCommunity.EmployeeProfile"] = Layer.Analysis,
        ["NetworkVsCommunity.OrganizationCharacter"] = Layer.Analysis,
        ["NetworkVsCommunity.OrganizationDiagnosis"] = Layer.Analysis,
        ["NetworkVsCommunity.OrganizationDiagnostics"] = Layer.Analysis,
        ["NetworkVsCommunity.ResonanceFigures"] = Layer.Analysis,
        ["NetworkVsCommunity.RiskFigures"] = Layer.Analysis,
        ["NetworkVsCommunity.ScaledProgress"] = Layer.Analysis,
        ["NetworkVsCommunity.SharerCredit"] = Layer.Analysis,
        ["NetworkVsCommunity.SpreadFigures"] = Layer.Analysis,
        ["NetworkVsCommunity.AdvocacyRanking"] = Layer.Analysis,
        ["NetworkVsCommunity.AdvocacyRankingResult"] = Layer.Analysis,
        ["NetworkVsCommunity.BreakEven"] = Layer.Analysis,
        ["NetworkVsCommunity.BreakEvenFigure"] = Layer.Analysis,
        ["NetworkVsCommunity.BreakEvenOptions"] = Layer.Analysis,
        ["NetworkVsCommunity.BreakEvenPoint"] = Layer.Analysis,
        ["NetworkVsCommunity.BreakEvenResult"] = Layer.Analysis,
        ["NetworkVsCommunity.CampaignWorlds"] = Layer.Analysis,
        ["NetworkVsCommunity.CounterWorld"] = Layer.Analysis,
        ["NetworkVsCommunity.FigureFormat"] = Layer.Analysis,
        ["NetworkVsCommunity.NamedCampaign"] = Layer.Analysis,
        ["NetworkVsCommunity.OrganizationReport"] = Layer.Analysis,
        ["NetworkVsCommunity.OrganizationReports"] = Layer.Analysis,
        ["NetworkVsCommunity.RankedEmployee"] = Layer.Analysis,
        ["NetworkVsCommunity.ReportOptions"] = Layer.Analysis,
        ["NetworkVsCommunity.ReportSummary"] = Layer.Analysis,
        ["NetworkVsCommunity.ShareLogFit"] = Layer.Analysis,
        ["NetworkVsCommunity.ShareLogFitOptions"] = Layer.Analysis,
        ["NetworkVsCommunity.ShareLogFitting"] = Layer.Analysis,
        ["NetworkVsCommunity.SummaryConfidence"] = Layer.Analysis,
        ["NetworkVsCommunity.TieClassEstimate"] = Layer.Analysis,
    };

    // Known upward references in the diffusion/metrics/seeding/attribution vocabulary, which issue #12 parts 1-2 (another
    // branch) rewrites. Each entry is "From -> To". The test fails when an entry no longer occurs, so whoever merges that
    // work deletes the entry (and, when the list is empty, this comment). Nothing else may be added here.
    private static readonly HashSet<string> KnownExceptions = new(StringComparer.Ordinal)
    {
    };

    private static readonly string CorePath = typeof(CsrGraph).Assembly.Location;

    private static readonly Lazy<IReadOnlyList<TypeUse>> CoreUses = new(() => TypeUseScanner.Scan(CorePath));

    private static readonly Lazy<IReadOnlyList<TypeUse>> FixtureUses = new(() => TypeUseScanner.Scan(typeof(LayerTests).Assembly.Location));

    internal static Layer? LayerOf(string fullName)
    {
        if (!fullName.StartsWith("NetworkVsCommunity.", StringComparison.Ordinal))
        {
            return null; // <Module>, <PrivateImplementationDetails>, compiler-embedded attributes
        }
        if (RootNamespace.TryGetValue(fullName, out Layer root))
        {
            return root;
        }
        string ns = fullName[..fullName.LastIndexOf('.')];
        return ns switch
        {
            "NetworkVsCommunity.Internal" or "NetworkVsCommunity.Randomness" => Layer.Foundation,
            "NetworkVsCommunity.Graphs" => Layer.Graphs,
            "NetworkVsCommunity.IO" => Layer.IO,
            "NetworkVsCommunity.Visualization" => Layer.Visualization,
            "NetworkVsCommunity.Algorithms" => Layer.Algorithms,
            _ when ns.StartsWith("NetworkVsCommunity.Algorithms.", StringComparison.Ordinal) => Layer.Algorithms,
            _ => null,
        };
    }

    /// <summary>The uses in <paramref name="uses"/> that go from a lower layer to a higher one, one line per type pair.</summary>
    internal static SortedSet<string> Upward(IEnumerable<TypeUse> uses, Func<string, int?> layerOf, string allowedAttribute)
    {
        var found = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (TypeUse use in uses)
        {
            int? from = layerOf(use.From);
            int? to = layerOf(use.To);
            if (from is null || to is null || to <= from || use.ViaAttribute == allowedAttribute)
            {
                continue;
            }
            string key = use.From + " -> " + use.To;
            if (!found.TryGetValue(key, out List<string>? where))
            {
                found[key] = where = [];
            }
            if (!where.Contains(use.Where))
            {
                where.Add(use.Where);
            }
        }
        return new SortedSet<string>(found.Select(p => p.Key + " (" + string.Join("; ", p.Value.Take(3)) + (p.Value.Count > 3 ? "; …" : "") + ")"), StringComparer.Ordinal);
    }

    private static string PairOf(string violation) => violation[..violation.IndexOf(" (", StringComparison.Ordinal)];

    [Fact]
    public void Every_type_of_the_core_has_a_layer()
    {
        var unassigned = TypeUseScanner.TopLevelTypes(CorePath)
            .Where(t => t.StartsWith("NetworkVsCommunity", StringComparison.Ordinal) && LayerOf(t) is null)
            .ToList();
        Assert.True(unassigned.Count == 0,
            "Types with no layer (add their namespace to LayerOf, or the root-namespace type to RootNamespace): " + string.Join(", ", unassigned));
        var stale = RootNamespace.Keys.Except(TypeUseScanner.TopLevelTypes(CorePath)).ToList();
        Assert.True(stale.Count == 0, "RootNamespace names types that no longer exist: " + string.Join(", ", stale));
    }

    [Fact]
    public void No_type_of_the_core_uses_a_type_of_a_higher_layer()
    {
        SortedSet<string> upward = Upward(CoreUses.Value, t => (int?)LayerOf(t), AllowedAttribute);
        var unexpected = upward.Where(v => !KnownExceptions.Contains(PairOf(v))).ToList();
        var stale = KnownExceptions.Except(upward.Select(PairOf)).ToList();
        Assert.True(unexpected.Count == 0,
            "Upward references (Graphs -> IO -> Algorithms -> Model -> Analysis -> Visualization):" + Environment.NewLine + string.Join(Environment.NewLine, unexpected));
        Assert.True(stale.Count == 0, "Known exceptions that no longer occur; delete them from KnownExceptions: " + string.Join(", ", stale));
    }

    [Fact]
    public void The_scan_sees_downward_uses_in_bodies_and_signatures()
    {
        // Guards against a scan that finds nothing (and so passes the layer test vacuously).
        IReadOnlyList<TypeUse> uses = CoreUses.Value;
        Assert.Contains(uses, u => u.From == "NetworkVsCommunity.EmployeeNetwork" && u.To == "NetworkVsCommunity.Graphs.CsrGraph" && u.Where.StartsWith("property", StringComparison.Ordinal));
        Assert.Contains(uses, u => u.From == "NetworkVsCommunity.PeopleTiesCsv" && u.To == "NetworkVsCommunity.IO.CsvRecordReader" && u.Where.EndsWith("body", StringComparison.Ordinal));
        Assert.Contains(uses, u => u.From == "NetworkVsCommunity.Algorithms.Communities.CommunityDetection" && u.To == "NetworkVsCommunity.Randomness.Xoshiro256StarStar");
    }

    [Fact]
    public void Only_test_and_benchmark_assemblies_see_internals()
    {
        // The CLI (nvc) uses the public API only, as any other application would.
        string[] friends = typeof(CsrGraph).Assembly.GetCustomAttributes(typeof(System.Runtime.CompilerServices.InternalsVisibleToAttribute), false)
            .Cast<System.Runtime.CompilerServices.InternalsVisibleToAttribute>()
            .Select(a => a.AssemblyName)
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(["NetworkVsCommunity.Benchmarks", "NetworkVsCommunity.Tests"], friends);
    }

    [Fact]
    public void The_formatter_attribute_is_the_allowance_and_is_used()
    {
        // The allowance is real (core types below Visualization carry the attribute) and covers only that attribute.
        IReadOnlyList<TypeUse> uses = CoreUses.Value;
        var viaAttribute = uses.Where(u => u.ViaAttribute == AllowedAttribute && LayerOf(u.From) < Layer.Visualization).ToList();
        Assert.Contains(viaAttribute, u => u.From == "NetworkVsCommunity.EmployeeNetwork" && u.To == "NetworkVsCommunity.Visualization.NotebookFormatterSource");
        Assert.Contains(viaAttribute, u => u.From == "NetworkVsCommunity.Graphs.Partition" && u.To == AllowedAttribute);
        Assert.NotEmpty(Upward(viaAttribute, t => (int?)LayerOf(t), allowedAttribute: "none"));
    }

    private const string Fixture = "NetworkVsCommunity.Tests.Architecture.LayerFixture.";

    private static int? FixtureLayer(string type) =>
        type.StartsWith(Fixture + "Low.", StringComparison.Ordinal) ? 0 : type.StartsWith(Fixture + "High.", StringComparison.Ordinal) ? 1 : null;

    private static List<string> FixtureViolations(string allowedAttribute) =>
        Upward(FixtureUses.Value, FixtureLayer, allowedAttribute)
            .Select(v => v.Replace(Fixture + "Low.", "", StringComparison.Ordinal).Replace(Fixture + "High.", "", StringComparison.Ordinal))
            .ToList();

    [Fact]
    public void The_checker_finds_each_kind_of_upward_reference_in_a_synthetic_assembly()
    {
        // LayerFixture/Low.cs and High.cs in this test assembly: two layers, one lower type per way of reaching up, one
        // lower type (Formatted) carrying the allowed attribute with a typeof argument naming an upper type, and one clean.
        string[] expected =
        [
            "BodyOnly -> Upper (method BodyOnly.Read body)",
            "DerivedOnly -> UpperBase (base type; method DerivedOnly..ctor body)",
            "FieldOnly -> Upper (field Items; method FieldOnly..ctor body)",
            "LambdaOnly -> Upper (method <>c.<Factory>b__0_0 body)",
            "MarkedOnly -> UpperMarkerAttribute (attribute on the type)",
        ];
        Assert.Equal(expected, FixtureViolations(Fixture + "High.AllowedAttribute"));
    }

    [Fact]
    public void The_checker_reports_the_allowed_attribute_when_it_is_not_allowed()
    {
        string[] expected =
        [
            "BodyOnly -> Upper (method BodyOnly.Read body)",
            "DerivedOnly -> UpperBase (base type; method DerivedOnly..ctor body)",
            "FieldOnly -> Upper (field Items; method FieldOnly..ctor body)",
            "Formatted -> AllowedAttribute (attribute on the type)",
            "Formatted -> UpperFormatter (attribute on the type (typeof argument))",
            "LambdaOnly -> Upper (method <>c.<Factory>b__0_0 body)",
            "MarkedOnly -> UpperMarkerAttribute (attribute on the type)",
        ];
        Assert.Equal(expected, FixtureViolations(allowedAttribute: "none"));
    }
}
