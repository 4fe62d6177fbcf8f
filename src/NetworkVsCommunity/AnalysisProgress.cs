namespace NetworkVsCommunity;

/// <summary>
/// A progress report from a long-running analysis: the stage being worked on and how far it has got.
/// </summary>
/// <remarks>
/// Every long routine of the library takes an optional <see cref="IProgress{T}"/> of this type.
/// Reports are monotone within a call (<see cref="Fraction"/> never decreases) and the last report of a
/// call that completes has <see cref="Fraction"/> = 1.
/// </remarks>
/// <param name="Stage">A short, human-readable name of the current stage (for example <c>"Leiden: local moving"</c>).</param>
/// <param name="Fraction">Overall completion in [0, 1].</param>
/// <param name="Completed">Work items completed so far (runs, nodes, iterations: see <paramref name="Stage"/>).</param>
/// <param name="Total">Total work items, or 0 when unknown.</param>
public readonly record struct AnalysisProgress(string Stage, double Fraction, long Completed, long Total);
