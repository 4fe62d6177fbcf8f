using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Generators;

/// <summary>Options of <see cref="RandomGraphs.StochasticBlockModel(StochasticBlockModelOptions?, IProgress{AnalysisProgress}?, CancellationToken)"/>.</summary>
public sealed record StochasticBlockModelOptions
{
    /// <summary>The defaults: two blocks of 50 nodes, p = 0.2 inside, 0.01 between.</summary>
    public static StochasticBlockModelOptions Default { get; } = new();

    /// <summary>Size of each block (1 or more each; the sum is the node count). Nodes 0..s₀−1 form block 0, and so on. Default [50, 50].</summary>
    public ImmutableArray<int> BlockSizes { get; init; } = [50, 50];

    /// <summary>
    /// The symmetric k×k matrix of edge probabilities (row r, column s: the probability of each edge between a node of block
    /// r and a node of block s), each in [0, 1]. Default [[0.2, 0.01], [0.01, 0.2]].
    /// </summary>
    public ImmutableArray<ImmutableArray<double>> EdgeProbabilities { get; init; } = [[0.2, 0.01], [0.01, 0.2]];

    /// <summary>The random seed; null (the default) draws one from entropy and reports it in the result.</summary>
    public long? RandomSeed { get; init; }
}
