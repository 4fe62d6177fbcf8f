using System.Globalization;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity;

/// <summary>Options of <see cref="Campaigns.Analyze"/>: the contagion model, the Monte Carlo budget and the thresholds of the metrics.</summary>
/// <remarks>
/// Every exposure along an influence arc transmits under <see cref="Model"/> (a cascade model: by default
/// <see cref="DiffusionModel.Default"/>, p = 0.05 on mutual and one-way ties alike); the same model drives the Monte Carlo
/// cascades (SPR, RES, RSK figures) and the live-edge samples of fair credit (ATT-2, ATT-3) and flag-bearer dependence
/// (RSK-5), so all figures describe one model. The report echoes it.
/// </remarks>
public sealed record CampaignOptions
{
    /// <summary>The defaults: <see cref="DiffusionModel.Default"/> (p = 0.05 on every tie class), 200 runs, θ = 2, 1-hop reach, quadrant threshold 0.25, a pool of 100 split half by spread and half by resonance.</summary>
    public static CampaignOptions Default { get; } = new();

    /// <summary>
    /// How a share persuades: a cascade model with independent arcs (ic, icp, relationship). Default
    /// <see cref="DiffusionModel.Default"/>: p = 0.05 on every tie, below the epidemic threshold 1/λ_max ≈ 0.065 of the
    /// embedded sample organisation, where the difference between spread and resonance is visible (above it every campaign
    /// floods the giant component).
    /// </summary>
    public DiffusionModel Model { get; init; } = DiffusionModel.Default;

    /// <summary>Monte Carlo runs (and live-edge samples for credit). 1 or more; default 200.</summary>
    public int Runs { get; init; } = 200;

    /// <summary>The random seed; null draws one from entropy (reported in the result).</summary>
    public long? RandomSeed { get; init; }

    /// <summary>Threads; 0 = all processors (default). Results are identical for any value.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>θ: distinct affirming sources for reinforcement (RES-1, RES-5, RES-6, RES-9). 2 or more; default 2 (Centola &amp; Macy 2007).</summary>
    public int ReinforcementThreshold { get; init; } = 2;

    /// <summary>h of the deduplicated audience SPR-1/SPR-2. 1 or more; default 1.</summary>
    public int ReachHops { get; init; } = 1;

    /// <summary>Threshold of "high" on the spread-vs-share axes, in (0, 1]; default 0.25.</summary>
    public double QuadrantThreshold { get; init; } = 0.25;

    /// <summary>Fraction of all people that a single cascade must reach to count as a firestorm (炎上, RSK-2), in (0, 1]; default 0.25.</summary>
    public double FirestormFraction { get; init; } = 0.25;

    /// <summary>The reward pool split by ATT-5 (0 or more); default 100.</summary>
    public double RewardPool { get; init; } = 100;

    /// <summary>α of ATT-5: the weight of spread credit against resonance credit, in [0, 1]; default 0.5.</summary>
    public double RewardSpreadWeight { get; init; } = 0.5;

    /// <summary>Communities to measure resonance against; null runs Leiden (modularity, γ = 1) on the mutual-tie graph (<see cref="EmployeeNetwork.MutualGraph"/>) with the random seed.</summary>
    public Partition? Communities { get; init; }

    internal void Validate(int nodeCount)
    {
        ModelCheck.CascadeModel(Model, "options.Model", "Campaigns.Analyze");
        if (Runs < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.Runs", Runs, "1 or more");
        }
        if (RandomSeed is < 0)
        {
            ThrowHelper.ArgumentOutOfRange("options.RandomSeed", RandomSeed, "0 or more, or null");
        }
        if (MaxDegreeOfParallelism < 0)
        {
            ThrowHelper.ArgumentOutOfRange("options.MaxDegreeOfParallelism", MaxDegreeOfParallelism, "0 (all processors) or more");
        }
        if (ReinforcementThreshold < 2)
        {
            ThrowHelper.ArgumentOutOfRange("options.ReinforcementThreshold", ReinforcementThreshold, "2 or more");
        }
        if (ReachHops < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.ReachHops", ReachHops, "1 or more");
        }
        if (!(QuadrantThreshold > 0 && QuadrantThreshold <= 1))
        {
            ThrowHelper.ArgumentOutOfRange("options.QuadrantThreshold", QuadrantThreshold, "(0, 1]");
        }
        if (!(FirestormFraction > 0 && FirestormFraction <= 1))
        {
            ThrowHelper.ArgumentOutOfRange("options.FirestormFraction", FirestormFraction, "(0, 1]");
        }
        if (!(RewardPool >= 0) || double.IsInfinity(RewardPool))
        {
            ThrowHelper.ArgumentOutOfRange("options.RewardPool", RewardPool, "a finite amount of 0 or more");
        }
        if (!(RewardSpreadWeight >= 0 && RewardSpreadWeight <= 1))
        {
            ThrowHelper.ArgumentOutOfRange("options.RewardSpreadWeight", RewardSpreadWeight, "[0, 1]");
        }
        if (Communities is not null && Communities.NodeCount != nodeCount)
        {
            ThrowHelper.Argument("options", string.Create(CultureInfo.InvariantCulture,
                $"options.Communities covers {Communities.NodeCount} nodes but the network has {nodeCount} people."));
        }
    }
}
