using System.CommandLine;
using System.Globalization;
using NetworkVsCommunity.Algorithms.Diffusion;

namespace NetworkVsCommunity.Cli.Commands;

/// <summary>
/// The command-line vocabulary of diffusion models, shared by <c>simulate</c>, <c>seed</c> and <c>report</c>: the options
/// <c>--model</c>, <c>--probability</c>, <c>--mutual</c> and <c>--one-way</c>, the one default
/// (<see cref="DiffusionModel.Default"/>) and the one JSON writer for a model (<see cref="Json"/>).
/// </summary>
internal sealed class ModelOptions
{
    private readonly Option<string?> _model;
    private readonly Option<double?> _probability;
    private readonly Option<double?> _mutual;
    private readonly Option<double?> _oneWay;

    private ModelOptions(Option<string?> model, Option<double?> probability, Option<double?> mutual, Option<double?> oneWay)
    {
        _model = model;
        _probability = probability;
        _mutual = mutual;
        _oneWay = oneWay;
    }

    /// <summary>The default probability of both tie classes, from <see cref="DiffusionModel.Default"/>.</summary>
    public static double DefaultProbability => ((RelationshipCascadeModel)DiffusionModel.Default).MutualProbability;

    /// <summary>Creates the options; <paramref name="names"/> are the accepted <c>--model</c> values, <paramref name="probabilityHelp"/> describes <c>--probability</c>.</summary>
    public static ModelOptions Create(string[] names, string modelHelp, string probabilityHelp)
    {
        var model = new Option<string?>("--model") { Description = modelHelp + " Default relationship, or ic when only --probability is given." };
        model.AcceptOnlyFromAmong(names);
        string p = DefaultProbability.ToString(CultureInfo.InvariantCulture);
        var probability = new Option<double?>("--probability") { Description = probabilityHelp };
        var mutual = new Option<double?>("--mutual") { Description = $"relationship: the probability that a share persuades along a mutual tie (both know each other). Default {p}." };
        var oneWay = new Option<double?>("--one-way") { Description = $"relationship: the probability that a share persuades along a one-way tie (an audience, a follower). Default {p}." };
        return new ModelOptions(model, probability, mutual, oneWay);
    }

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_model);
        command.Options.Add(_probability);
        command.Options.Add(_mutual);
        command.Options.Add(_oneWay);
    }

    /// <summary>The chosen model name: <c>--model</c>, else ic when <c>--probability</c> is given, else relationship (the library default).</summary>
    public string Name(ParseResult parse) => parse.GetValue(_model) ?? (parse.GetValue(_probability) is null ? "relationship" : "ic");

    /// <summary>The <c>--probability</c> value, if given.</summary>
    public double? Probability(ParseResult parse) => parse.GetValue(_probability);

    /// <summary>
    /// The relationship or Independent Cascade model chosen (other names return null for the command to build);
    /// <c>--mutual</c>/<c>--one-way</c> apply to relationship only, and the ic default probability is the library default's.
    /// </summary>
    public DiffusionModel? BuildCascade(ParseResult parse)
    {
        string name = Name(parse);
        double? mutual = parse.GetValue(_mutual);
        double? oneWay = parse.GetValue(_oneWay);
        if (name != "relationship" && (mutual is not null || oneWay is not null))
        {
            throw new CliUsageException($"--mutual and --one-way apply to --model relationship, not {name}.");
        }
        switch (name)
        {
            case "relationship":
                if (Probability(parse) is not null)
                {
                    throw new CliUsageException("--probability applies to --model ic; for relationship give --mutual and --one-way.");
                }
                var r = (RelationshipCascadeModel)DiffusionModel.Default;
                return r.WithProbabilities(mutual ?? r.MutualProbability, oneWay ?? r.OneWayProbability);
            case "ic":
                return new IndependentCascadeModel { Probability = Probability(parse) ?? DefaultProbability };
            case "wc":
                if (Probability(parse) is not null)
                {
                    throw new CliUsageException("--probability applies to --model ic, not wc (its probabilities are w / in-strength).");
                }
                return new IndependentCascadeModel { ProbabilitySource = EdgeProbabilitySource.WeightedCascade };
            default:
                return null;
        }
    }

    /// <summary>The JSON object of a model: <c>name</c>, its parameters and, for the relationship model, <c>classes.mutual.probability</c> and <c>classes.one_way.probability</c>.</summary>
    public static Dictionary<string, object?> Json(DiffusionModel model)
    {
        var json = new Dictionary<string, object?> { ["name"] = model.Name };
        switch (model)
        {
            case RelationshipCascadeModel r:
                json["classes"] = new Dictionary<string, object?>
                {
                    ["mutual"] = new Dictionary<string, object?> { ["probability"] = r.MutualProbability },
                    ["one_way"] = new Dictionary<string, object?> { ["probability"] = r.OneWayProbability },
                };
                json["scale_by_tie_strength"] = r.ScaleByTieStrength;
                json["sharer_factors"] = !r.SharerFactors.IsDefaultOrEmpty;
                break;
            case IndependentCascadeModel ic:
                json["probability_source"] = ic.ProbabilitySource switch
                {
                    EdgeProbabilitySource.Uniform => "uniform",
                    EdgeProbabilitySource.WeightedCascade => "weighted_cascade",
                    EdgeProbabilitySource.Weight => "weight",
                    EdgeProbabilitySource.TieStrength => "tie_strength",
                    _ => "per_arc",
                };
                if (ic.ProbabilitySource == EdgeProbabilitySource.Uniform)
                {
                    json["probability"] = ic.Probability;
                }
                else if (ic.ProbabilitySource == EdgeProbabilitySource.TieStrength)
                {
                    json["tie_strength_scale"] = ic.TieStrengthScale;
                }
                break;
            case LinearThresholdModel lt:
                json["weighting"] = lt.Weighting == LinearThresholdWeighting.Raw ? "raw" : "normalized";
                break;
            case ThresholdModel t:
                if (t.Kind == ThresholdKind.Absolute)
                {
                    json["threshold"] = t.Threshold;
                }
                else
                {
                    json["fraction"] = t.Fraction;
                }
                break;
            case SirModel sir:
                json["infection_probability"] = sir.InfectionProbability;
                json["recovery_probability"] = sir.RecoveryProbability;
                break;
            case SisModel sis:
                json["infection_probability"] = sis.InfectionProbability;
                json["recovery_probability"] = sis.RecoveryProbability;
                break;
            case CommunityCascadeModel icp:
                json["probability"] = icp.Probability;
                json["permeability"] = icp.Permeability;
                break;
        }
        return json;
    }

    /// <summary>A one-line description, such as <c>relationship (mutual p = 0.05, one-way p = 0.05)</c>.</summary>
    public static string Text(DiffusionModel model) => model switch
    {
        RelationshipCascadeModel r => string.Create(CultureInfo.InvariantCulture, $"relationship (mutual p = {r.MutualProbability:G4}, one-way p = {r.OneWayProbability:G4})"),
        IndependentCascadeModel { ProbabilitySource: EdgeProbabilitySource.Uniform } ic => string.Create(CultureInfo.InvariantCulture, $"ic (p = {ic.Probability:G4})"),
        IndependentCascadeModel { ProbabilitySource: EdgeProbabilitySource.WeightedCascade } => "ic (weighted cascade, w / in-strength)",
        IndependentCascadeModel ic => "ic (" + ic.ProbabilitySource.ToString() + ")",
        LinearThresholdModel => "lt (Kempe weights)",
        _ => model.Name,
    };
}
