namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>
/// The relationship an arc u→v stands for, as <see cref="RelationshipCascadeModel"/> sees it: whether the two people know
/// each other (<see cref="Mutual"/>) or one only listens to the other (<see cref="OneWay"/>).
/// </summary>
/// <remarks>
/// <para>An arc u→v is <see cref="Mutual"/> when the graph also holds v→u (every arc of an undirected graph, and a
/// reciprocated follow or message in a directed one), and <see cref="OneWay"/> otherwise (an audience member who follows
/// an account that does not follow back). The class is a property of the graph alone, so a plain graph file and an
/// employee network are classified by one rule; see <see cref="RelationshipCascadeModel.ClassifyArcs"/>.</para>
/// <para>JSON and the command line spell the classes <c>mutual</c> and <c>one_way</c>.</para>
/// </remarks>
public enum TieClass
{
    /// <summary>Both people know each other: the reverse arc exists (colleague, friend, family, a reciprocated follow).</summary>
    Mutual = 0,

    /// <summary>One person listens to the other without being listened to: no reverse arc (audience, follower).</summary>
    OneWay = 1,
}
