using System.Globalization;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity;

/// <summary>Options of <see cref="OrganizationDiagnostics.Diagnose"/>.</summary>
public sealed record DiagnosisOptions
{
    /// <summary>The defaults: <see cref="DiffusionModel.Default"/> (p = 0.05 on every tie class), 100 live-edge samples, enthusiasts at enthusiasm ≥ 0.8, top 5 evangelists and broadcasters.</summary>
    public static DiagnosisOptions Default { get; } = new();

    /// <summary>
    /// How a share persuades: a cascade model with independent arcs (ic, icp, relationship). Default
    /// <see cref="DiffusionModel.Default"/>: p = 0.05 on every tie, below the epidemic threshold 1/λ_max ≈ 0.065 of the
    /// embedded sample organisation, where the difference between spread and resonance is visible.
    /// </summary>
    public DiffusionModel Model { get; init; } = DiffusionModel.Default;

    /// <summary>Live-edge samples (runs) for per-employee spread, firestorm and evangelist/broadcaster scores; 1 or more; default 100.</summary>
    public int Runs { get; init; } = 100;

    /// <summary>The random seed; null draws one from entropy (reported).</summary>
    public long? RandomSeed { get; init; }

    /// <summary>Threads; 0 = all processors (default). Results are identical for any value.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>Enthusiasm at or above which an employee counts as an enthusiast (熱狂社員), in [0, 1]; default 0.8.</summary>
    public double EnthusiastThreshold { get; init; } = 0.8;

    /// <summary>Fraction of all people that one post must reach to count as a firestorm (RSK-2), in (0, 1]; default 0.25.</summary>
    public double FirestormFraction { get; init; } = 0.25;

    /// <summary>How many top evangelists and broadcasters to name; 1 or more; default 5.</summary>
    public int TopCount { get; init; } = 5;

    /// <summary>Neighbourhood overlap below which an internal tie counts as weak (Onnela et al. 2007: weak ties have low overlap), in [0, 1]; default 0.1.</summary>
    public double WeakTieOverlap { get; init; } = 0.1;

    /// <summary>θ of the wide-bridge count (RES-6); 2 or more; default 2.</summary>
    public int ReinforcementThreshold { get; init; } = 2;

    /// <summary>
    /// Sources (pivots) for the between-community betweenness behind the broker role (ROL-2): 0 = every person (exact,
    /// O(n·m)); k &gt; 0 = an unbiased estimate from k random sources drawn from <see cref="RandomSeed"/> (Brandes &amp; Pich
    /// 2007), exact when k ≥ the number of people. Default 512, which keeps the diagnosis of a large organisation in seconds.
    /// </summary>
    public int BetweennessSources { get; init; } = 512;

    /// <summary>Communities to diagnose against; null runs Leiden (modularity, γ = 1) on the mutual-tie graph (<see cref="EmployeeNetwork.MutualGraph"/>).</summary>
    public Partition? Communities { get; init; }

    internal void Validate(int nodeCount)
    {
        ModelCheck.CascadeModel(Model, "options.Model", "OrganizationDiagnostics.Diagnose");
        if (Runs < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.Runs", Runs, "1 or more");
        }
        if (BetweennessSources < 0)
        {
            ThrowHelper.ArgumentOutOfRange("options.BetweennessSources", BetweennessSources, "0 (every person, exact) or more");
        }
        if (RandomSeed is < 0)
        {
            ThrowHelper.ArgumentOutOfRange("options.RandomSeed", RandomSeed, "0 or more, or null");
        }
        if (MaxDegreeOfParallelism < 0)
        {
            ThrowHelper.ArgumentOutOfRange("options.MaxDegreeOfParallelism", MaxDegreeOfParallelism, "0 (all processors) or more");
        }
        if (!(EnthusiastThreshold >= 0 && EnthusiastThreshold <= 1))
        {
            ThrowHelper.ArgumentOutOfRange("options.EnthusiastThreshold", EnthusiastThreshold, "[0, 1]");
        }
        if (!(FirestormFraction > 0 && FirestormFraction <= 1))
        {
            ThrowHelper.ArgumentOutOfRange("options.FirestormFraction", FirestormFraction, "(0, 1]");
        }
        if (TopCount < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.TopCount", TopCount, "1 or more");
        }
        if (!(WeakTieOverlap >= 0 && WeakTieOverlap <= 1))
        {
            ThrowHelper.ArgumentOutOfRange("options.WeakTieOverlap", WeakTieOverlap, "[0, 1]");
        }
        if (ReinforcementThreshold < 2)
        {
            ThrowHelper.ArgumentOutOfRange("options.ReinforcementThreshold", ReinforcementThreshold, "2 or more");
        }
        if (Communities is not null && Communities.NodeCount != nodeCount)
        {
            ThrowHelper.Argument("options", string.Create(CultureInfo.InvariantCulture,
                $"options.Communities covers {Communities.NodeCount} nodes but the network has {nodeCount} people."));
        }
    }
}
