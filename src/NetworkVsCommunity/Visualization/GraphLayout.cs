using System.Collections.Immutable;

namespace NetworkVsCommunity.Visualization;

/// <summary>Node positions in the unit square [0, 1]², as computed by <see cref="ForceLayout.FruchtermanReingold"/>.</summary>
/// <param name="X">The x coordinate of every node (index = node), in [0, 1].</param>
/// <param name="Y">The y coordinate of every node, in [0, 1].</param>
/// <param name="Iterations">The iterations run.</param>
/// <param name="RandomSeed">The random seed actually used (drawn from entropy when the options gave none).</param>
/// <param name="Options">The options, echoed.</param>
/// <param name="Diagnostics">Notes, for example about isolated nodes.</param>
public sealed record GraphLayout(
    ImmutableArray<double> X,
    ImmutableArray<double> Y,
    int Iterations,
    long RandomSeed,
    ForceLayoutOptions Options,
    ImmutableArray<string> Diagnostics);
