using System.Collections.Immutable;
using NetworkVsCommunity.Algorithms.Diffusion;

namespace NetworkVsCommunity;

/// <summary>The relationship model fitted to a share log by maximum likelihood (<see cref="ShareLogFitting.Fit"/>).</summary>
/// <param name="Classes">One estimate per tie class: mutual, then one-way.</param>
/// <param name="Model">The fitted model (a class without exposures keeps <see cref="RelationshipCascadeModel.Default"/>'s value, with a diagnostic).</param>
/// <param name="LogLikelihood">The log-likelihood at the maximum.</param>
/// <param name="Iterations">EM iterations used.</param>
/// <param name="Converged">Whether EM met the tolerance within the iteration limit.</param>
/// <param name="Posts">Posts in the log.</param>
/// <param name="InitialShares">Shares with no exposure in the step before (starts of cascades; they carry no information on persuasion).</param>
/// <param name="Options">The options used.</param>
/// <param name="Diagnostics">Notes (classes without exposures, duplicates and unknown people in the log).</param>
public sealed record ShareLogFit(
    ImmutableArray<TieClassEstimate> Classes,
    RelationshipCascadeModel Model,
    double LogLikelihood,
    int Iterations,
    bool Converged,
    int Posts,
    long InitialShares,
    ShareLogFitOptions Options,
    ImmutableArray<string> Diagnostics);
