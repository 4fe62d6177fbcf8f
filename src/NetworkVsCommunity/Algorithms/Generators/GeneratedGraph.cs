using System.Collections.Immutable;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Algorithms.Generators;

/// <summary>A graph drawn by one of the <see cref="RandomGraphs"/> generators, with its planted communities when the model has them.</summary>
/// <param name="Graph">The undirected, unweighted graph (no self-loops, no parallel edges).</param>
/// <param name="GroundTruth">The planted partition (SBM, planted partition, LFR), or null for models without communities.</param>
/// <param name="RandomSeed">The random seed used: the one given in the options, or the one drawn from entropy when none was given.</param>
/// <param name="Diagnostics">Notes on approximations (for example LFR stubs that could not be wired); empty when there are none.</param>
/// <param name="Options">The options record used (for example a <see cref="LfrOptions"/>), echoed with <c>RandomSeed</c> set to the seed actually used, so that <c>Options</c> alone replays the graph.</param>
public sealed record GeneratedGraph(CsrGraph Graph, Partition? GroundTruth, long RandomSeed, ImmutableArray<string> Diagnostics, object Options);
