namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// An oracle for the expected spread σ(S) of a set of sharers, used by the greedy routines of <see cref="GreedySeeding"/>.
/// </summary>
/// <remarks>
/// <para>Implementations must be deterministic functions of the <i>set</i> (not the order) of nodes, and should be
/// monotone and submodular in it, as the spread of a triggering model is (Kempe, Kleinberg &amp; Tardos 2003): lazy
/// evaluation (CELF, CELF++) relies on submodularity to skip evaluations. <see cref="ExactSpreadOracle"/> is exact;
/// <see cref="MonteCarloSpreadOracle"/> averages fixed live-edge samples, which is itself a monotone submodular
/// (coverage) function, so lazy and plain greedy agree on it exactly.</para>
/// <para>Implementations must be safe to call from one thread at a time; they may parallelise internally.</para>
/// </remarks>
public interface ISpreadOracle
{
    /// <summary>Number of nodes of the graph the oracle evaluates on.</summary>
    int NodeCount { get; }

    /// <summary>A short description (for results and diagnostics), for example <c>"exact live-edge enumeration, 4096 worlds"</c>.</summary>
    string Description { get; }

    /// <summary>The expected number of adopters (initial sharers included) when <paramref name="seedNodes"/> start.</summary>
    /// <param name="seedNodes">Distinct nodes in 0..NodeCount−1 (order does not matter).</param>
    /// <param name="cancellationToken">Cancels a long evaluation.</param>
    /// <returns>σ(S), between |S| and NodeCount.</returns>
    double Spread(ReadOnlySpan<int> seedNodes, CancellationToken cancellationToken = default);
}
