using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>Read-only arrays shared by the per-thread <see cref="LazyWorld"/>s of one comparison.</summary>
internal sealed class SharedWorldData
{
    public SharedWorldData(CsrGraph graph, SeedingComparisonOptions options)
    {
        Offsets = graph.OffsetsArray;
        Targets = graph.TargetsArray;
        InOffsets = graph.InOffsetsArray;
        InSources = graph.InSourcesArray;
        OutToIn = LiveEdgeWorlds.OutToIn(graph);
        var model = SeedingModel.Create(graph, options.Model, "options.Model");
        Probability = model.InArcProbabilities;
        LinearThreshold = model.IsLinearThreshold;
        SupporterThreshold = options.SupporterThreshold;
        if (options.Communities is not null)
        {
            Community = options.Communities.Membership.ToArray();
        }
    }

    public int[] Offsets { get; }

    public int[] Targets { get; }

    public int[] InOffsets { get; }

    public int[] InSources { get; }

    public int[] OutToIn { get; }

    public double[] Probability { get; }

    public bool LinearThreshold { get; }

    public int SupporterThreshold { get; }

    public int[]? Community { get; }
}
