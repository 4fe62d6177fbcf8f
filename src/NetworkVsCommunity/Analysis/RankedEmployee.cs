namespace NetworkVsCommunity;

/// <summary>One employee in a ranking, with the score and how settled the place in the top k is.</summary>
/// <param name="Id">The employee.</param>
/// <param name="Score">The exact score (see <see cref="AdvocacyRanking"/>).</param>
/// <param name="TopKProbability">The share of bootstrap replicates in which the employee is in the top k, in [0, 1].</param>
public sealed record RankedEmployee(EmployeeId Id, double Score, double TopKProbability);
