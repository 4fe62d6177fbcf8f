using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>
/// A model validated against a graph and turned into the flat arrays its kernel needs (per-arc thresholds, influence
/// weights, required counts). Immutable after creation and safe to share between threads; each thread brings its own
/// <see cref="DiffusionWorkspace"/>.
/// </summary>
internal sealed class PreparedDiffusion
{
    private enum Kind
    {
        CascadeUniform,
        CascadePerArc,
        LinearThreshold,
        Threshold,
        Epidemic,
    }

    private readonly Kind _kind;
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly ulong _uniformThreshold;
    private readonly uint[]? _arcThresholds;
    private readonly double[]? _influence;
    private readonly int[]? _required;
    private readonly ulong _recoveryThreshold;
    private readonly bool _susceptibleAgain;
    private readonly int _maxSteps;

    private PreparedDiffusion(CsrGraph graph, DiffusionModel model, Kind kind)
    {
        Graph = graph;
        Model = model;
        _kind = kind;
        _offsets = graph.OffsetsArray;
        _targets = graph.TargetsArray;
    }

    private PreparedDiffusion(CsrGraph graph, DiffusionModel model, Kind kind, ulong uniformThreshold, uint[]? arcThresholds,
        double[]? influence, int[]? required, ulong recoveryThreshold, bool susceptibleAgain, int maxSteps)
        : this(graph, model, kind)
    {
        _uniformThreshold = uniformThreshold;
        _arcThresholds = arcThresholds;
        _influence = influence;
        _required = required;
        _recoveryThreshold = recoveryThreshold;
        _susceptibleAgain = susceptibleAgain;
        _maxSteps = maxSteps;
    }

    public CsrGraph Graph { get; }

    public DiffusionModel Model { get; }

    /// <summary>Validates <paramref name="model"/> against <paramref name="graph"/> and prepares its arrays.</summary>
    public static PreparedDiffusion Create(CsrGraph graph, DiffusionModel model)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(model);
        switch (model)
        {
            case IndependentCascadeModel { ProbabilitySource: EdgeProbabilitySource.Uniform } uniform:
                DiffusionArcProbabilities.CheckProbability(uniform.Probability, "model.Probability");
                return new PreparedDiffusion(graph, model, Kind.CascadeUniform, Xoshiro256StarStar.ProbabilityToThreshold(uniform.Probability), null, null, null, 0, false, 0);
            case IndependentCascadeModel or CommunityCascadeModel or RelationshipCascadeModel:
                {
                    double[] p = DiffusionArcProbabilities.ForModel(graph, model);
                    if (DiffusionArcProbabilities.IsUniform(p, out double q))
                    {
                        return new PreparedDiffusion(graph, model, Kind.CascadeUniform, Xoshiro256StarStar.ProbabilityToThreshold(q), null, null, null, 0, false, 0);
                    }
                    return new PreparedDiffusion(graph, model, Kind.CascadePerArc, 0, DiffusionArcProbabilities.ToThresholds(p), null, null, 0, false, 0);
                }
            case LinearThresholdModel lt:
                return new PreparedDiffusion(graph, model, Kind.LinearThreshold, 0, null, DiffusionArcProbabilities.LinearThresholdWeights(graph, lt), null, 0, false, 0);
            case ThresholdModel th:
                return new PreparedDiffusion(graph, model, Kind.Threshold, 0, null, null, RequiredCounts(graph, th), 0, false, 0);
            case SirModel sir:
                ValidateEpidemic(sir.InfectionProbability, sir.RecoveryProbability, sir.MaxSteps);
                return new PreparedDiffusion(graph, model, Kind.Epidemic, Xoshiro256StarStar.ProbabilityToThreshold(sir.InfectionProbability), null, null, null,
                    Xoshiro256StarStar.ProbabilityToThreshold(sir.RecoveryProbability), false, sir.MaxSteps);
            case SisModel sis:
                ValidateEpidemic(sis.InfectionProbability, sis.RecoveryProbability, sis.MaxSteps);
                return new PreparedDiffusion(graph, model, Kind.Epidemic, Xoshiro256StarStar.ProbabilityToThreshold(sis.InfectionProbability), null, null, null,
                    Xoshiro256StarStar.ProbabilityToThreshold(sis.RecoveryProbability), true, sis.MaxSteps);
            default:
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Unknown diffusion model {model.GetType().Name}."), nameof(model));
        }
    }

    /// <summary>One run from <paramref name="sharers"/> (trusted nodes), drawing from <paramref name="random"/>; allocation-free.</summary>
    public int Run(ReadOnlySpan<int> sharers, ref Xoshiro256StarStar random, DiffusionWorkspace ws, CancellationToken cancellationToken) => _kind switch
    {
        Kind.CascadeUniform => DiffusionKernels.IndependentCascade(_offsets, _targets, new UniformArcTrial(_uniformThreshold), sharers, ref random, ws, cancellationToken),
        Kind.CascadePerArc => DiffusionKernels.IndependentCascade(_offsets, _targets, new PerArcTrial(_arcThresholds!), sharers, ref random, ws, cancellationToken),
        Kind.LinearThreshold => DiffusionKernels.LinearThreshold(_offsets, _targets, _influence!, sharers, ref random, ws, cancellationToken),
        Kind.Threshold => DiffusionKernels.Threshold(_offsets, _targets, _required!, sharers, ws, cancellationToken),
        _ => DiffusionKernels.Epidemic(_offsets, _targets, new UniformArcTrial(_uniformThreshold), _recoveryThreshold, _susceptibleAgain, _maxSteps, sharers, ref random, ws, cancellationToken),
    };

    /// <summary>Copies the workspace's last run into a <see cref="Cascade"/>.</summary>
    public static Cascade ToCascade(DiffusionWorkspace ws)
    {
        int k = ws.AdopterCount;
        ImmutableArray<int> adopters = ImmutableArray.Create(ws.Queue, 0, k);
        ImmutableArray<int> steps = ImmutableArray.Create(ws.AdopterSteps, 0, k);
        ImmutableArray<int> parents = ImmutableArray.Create(ws.AdopterParents, 0, k);
        ImmutableArray<int> counts = [];
        if (ws.RecordedCounts)
        {
            var c = new int[k];
            int[] nodeCounts = ws.Counts;
            for (int i = 0; i < k; i++)
            {
                c[i] = steps[i] == 0 ? 0 : nodeCounts[adopters[i]];
            }
            counts = ImmutableArray.Create(c);
        }
        return new Cascade(ws.NodeCount, adopters, steps, parents, counts, [], trusted: true);
    }

    private static void ValidateEpidemic(double beta, double gamma, int maxSteps)
    {
        DiffusionArcProbabilities.CheckProbability(beta, "model.InfectionProbability");
        if (!(gamma > 0 && gamma <= 1))
        {
            ThrowHelper.ArgumentOutOfRange("model.RecoveryProbability", gamma, "(0, 1]");
        }
        if (maxSteps < 1)
        {
            ThrowHelper.ArgumentOutOfRange("model.MaxSteps", maxSteps, "1 or more");
        }
    }

    /// <summary>The number of adopting in-neighbours each node needs (≥ 1).</summary>
    private static int[] RequiredCounts(CsrGraph graph, ThresholdModel model)
    {
        int n = graph.NodeCount;
        var required = new int[n];
        if (model.Kind == ThresholdKind.Absolute)
        {
            if (!model.NodeThresholds.IsDefaultOrEmpty)
            {
                if (model.NodeThresholds.Length != n)
                {
                    ThrowHelper.Argument(nameof(model), string.Create(CultureInfo.InvariantCulture,
                        $"model.NodeThresholds has {model.NodeThresholds.Length} entries; allowed: one per node ({n}) or none."));
                }
                for (int v = 0; v < n; v++)
                {
                    if (model.NodeThresholds[v] < 1)
                    {
                        ThrowHelper.ArgumentOutOfRange(string.Create(CultureInfo.InvariantCulture, $"model.NodeThresholds[{v}]"), model.NodeThresholds[v], "1 or more");
                    }
                    required[v] = model.NodeThresholds[v];
                }
            }
            else
            {
                if (model.Threshold < 1)
                {
                    ThrowHelper.ArgumentOutOfRange("model.Threshold", model.Threshold, "1 or more");
                }
                Array.Fill(required, model.Threshold);
            }
            return required;
        }
        if (model.Kind != ThresholdKind.Fractional)
        {
            ThrowHelper.ArgumentOutOfRange("model.Kind", model.Kind, "Absolute or Fractional");
        }
        bool perNode = !model.NodeFractions.IsDefaultOrEmpty;
        if (perNode && model.NodeFractions.Length != n)
        {
            ThrowHelper.Argument(nameof(model), string.Create(CultureInfo.InvariantCulture,
                $"model.NodeFractions has {model.NodeFractions.Length} entries; allowed: one per node ({n}) or none."));
        }
        if (!perNode && !(model.Fraction > 0 && model.Fraction <= 1))
        {
            ThrowHelper.ArgumentOutOfRange("model.Fraction", model.Fraction, "(0, 1]");
        }
        var inDegree = new int[n];
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        for (int u = 0; u < n; u++)
        {
            for (int a = offsets[u]; a < offsets[u + 1]; a++)
            {
                if (targets[a] != u)
                {
                    inDegree[targets[a]]++;
                }
            }
        }
        for (int v = 0; v < n; v++)
        {
            double phi = perNode ? model.NodeFractions[v] : model.Fraction;
            if (perNode && !(phi > 0 && phi <= 1))
            {
                ThrowHelper.ArgumentOutOfRange(string.Create(CultureInfo.InvariantCulture, $"model.NodeFractions[{v}]"), phi, "(0, 1]");
            }
            required[v] = Math.Max(1, (int)Math.Ceiling((phi * inDegree[v]) - 1e-9));
        }
        return required;
    }
}
