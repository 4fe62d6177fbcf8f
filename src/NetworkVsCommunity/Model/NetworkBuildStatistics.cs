namespace NetworkVsCommunity;

/// <summary>What happened while an <see cref="EmployeeNetwork"/> was built, so that no input is lost silently.</summary>
/// <param name="People">Number of people (nodes).</param>
/// <param name="Employees">Number of people of kind <see cref="PersonKind.Employee"/>.</param>
/// <param name="Externals">Number of people of kind <see cref="PersonKind.External"/>.</param>
/// <param name="InputTies">Ties given to the builder or read from <c>ties.csv</c> (before merging).</param>
/// <param name="MergedDuplicateTies">Input ties merged into an earlier tie with the same two people, kind and direction (strengths summed).</param>
/// <param name="Ties">Ties stored after merging: <c>InputTies − MergedDuplicateTies</c>.</param>
/// <param name="MergedInfluenceArcs">
/// Arcs of the <see cref="EmployeeNetwork.InfluenceGraph"/> merged because ties of different kinds join the same ordered
/// pair (for example a colleague tie and a friend tie between the same two people): their strengths are summed.
/// </param>
public sealed record NetworkBuildStatistics(
    int People,
    int Employees,
    int Externals,
    long InputTies,
    long MergedDuplicateTies,
    long Ties,
    long MergedInfluenceArcs);
