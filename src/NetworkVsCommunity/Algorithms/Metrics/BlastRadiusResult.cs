using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>RSK-1 BlastRadius and RSK-2 FirestormProbability for every employee, from the same live-edge samples.</summary>
/// <param name="Employees">The employees, ascending.</param>
/// <param name="ExpectedReach">RSK-1: σ({v}) per employee (the poster included), in the order of <see cref="Employees"/>.</param>
/// <param name="FirestormProbability">RSK-2: P(|A({v})| ≥ q·|V|) per employee.</param>
/// <param name="Max">The largest blast radius.</param>
/// <param name="P95">The 95th percentile of blast radii (linear interpolation).</param>
/// <param name="Gini">The Gini coefficient of blast radii over employees: how concentrated the risk is.</param>
/// <param name="FirestormFraction">q, the fraction of |V| that makes a firestorm.</param>
/// <param name="Runs">R.</param>
/// <param name="RandomSeed">The seed used.</param>
/// <param name="Model">The diffusion model simulated.</param>
/// <param name="Sampling">The sampling options used, with the random seed fixed.</param>
public sealed record BlastRadiusResult(
    ImmutableArray<int> Employees,
    ImmutableArray<double> ExpectedReach,
    ImmutableArray<double> FirestormProbability,
    double Max,
    double P95,
    double Gini,
    double FirestormFraction,
    int Runs,
    long RandomSeed,
    Diffusion.DiffusionModel Model,
    Diffusion.SamplingOptions Sampling);
