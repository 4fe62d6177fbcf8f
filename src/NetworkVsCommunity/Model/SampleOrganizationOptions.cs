namespace NetworkVsCommunity;

/// <summary>Options of <see cref="SampleOrganization.Generate(SampleOrganizationOptions?)"/>: size, shape and random seed of the synthetic company.</summary>
/// <remarks>The defaults give the company of <see cref="SampleOrganization.Default"/>; every number is explained in the remarks of <see cref="SampleOrganization"/>.</remarks>
public sealed record SampleOrganizationOptions
{
    /// <summary>The defaults (400 employees, seed 1973).</summary>
    public static SampleOrganizationOptions Default { get; } = new();

    /// <summary>Number of employees, from 20 to 2 000 000. Default 400. External people come on top (about 60 per employee with the default audience settings).</summary>
    public int Employees { get; init; } = 400;

    /// <summary>Number of departments including the small executive office, from 2 to 100, with at least 8 employees per department. Default 8.</summary>
    public int Departments { get; init; } = 8;

    /// <summary>Mean size of an employee's circle of friends and acquaintances outside the company, 0 to 200. Default 12.</summary>
    public double MeanFriends { get; init; } = 12;

    /// <summary>Probability that a friend slot is filled by a friend of a colleague (overlapping circles), in [0, 1). Default 0.2.</summary>
    public double FriendSharing { get; init; } = 0.2;

    /// <summary>Exponent α of the follower-count power law P(x) ∝ x^−α, from 2 to 3. Default 2.1.</summary>
    public double FollowerExponent { get; init; } = 2.1;

    /// <summary>Smallest follower count (the power law's x_min), 0 or more. Default 10.</summary>
    public int MinFollowers { get; init; } = 10;

    /// <summary>Largest follower count (the cap), at least <see cref="MinFollowers"/>. Default 10 000.</summary>
    public int MaxFollowers { get; init; } = 10_000;

    /// <summary>Probability that a follower slot is filled by someone who already follows another employee, in [0, 1). Default 0.2.</summary>
    public double FollowerSharing { get; init; } = 0.2;

    /// <summary>Fraction of employees who are true enthusiasts (enthusiasm 0.8–1), in [0, 1]. Default 0.04.</summary>
    public double EnthusiastFraction { get; init; } = 0.04;

    /// <summary>The random seed. Default 1973 (the year of Granovetter's "The strength of weak ties").</summary>
    public long RandomSeed { get; init; } = SampleOrganization.DefaultRandomSeed;
}
