using System.Collections.Immutable;

namespace NetworkVsCommunity.Visualization;

/// <summary>
/// The glossary of the report: every figure that <c>nvc report</c>, its HTML and notebooks show, with its plain name, its
/// docs/metrics.md ID, a one-line definition and the anchor of its section of docs/metrics.md.
/// </summary>
/// <remarks>The anchors are checked against docs/metrics.md by a test, so a link never points nowhere.</remarks>
public static class FigureGlossary
{
    /// <summary>The address of docs/metrics.md on the project's repository, up to the anchor.</summary>
    public const string RepositoryDocs = "https://github.com/networkvscommunity/networkvscommunity/blob/main/docs/metrics.md#";

    private const string Diagnosis = "campaign-reports-and-the-organisation-diagnosis";

    /// <summary>Every definition, in the order the report first shows them.</summary>
    public static ImmutableArray<FigureDefinition> All { get; } =
    [
        new("character", "", "network or community?", "Community: modularity ≥ 0.3 and internal transitivity ≥ 0.2; network: the transmission probability is above the epidemic threshold; both, one or neither.", Diagnosis),
        new("communities", "", "communities", "Groups found by Leiden (modularity, γ = 1) on the ties both people acknowledge; followers stay alone, as an audience.", Diagnosis),
        new("modularity", "", "modularity", "How much more the ties stay inside communities than chance would give, from −0.5 to 1; above about 0.3 the communities are strong.", Diagnosis),
        new("clustering", "", "clustering (transitivity / average)", "The share of two colleagues of one employee who are colleagues themselves (global, then the mean per employee); 0.2 or more is clustered.", Diagnosis),
        new("weak-ties", "", "weak-tie share", "The share of ties between employees whose two ends have almost no friends in common (overlap below 0.1): they carry news, not conviction.", Diagnosis),
        new("res-6", "RES-6", "wide bridges between communities", "Community pairs joined so widely that someone on one side knows two or more people on the other: where conviction can cross.", "res-6"),
        new("enthusiasts", "", "enthusiasts (熱狂社員)", "Employees whose enthusiasm is at or above 0.8, and the share of communities that have at least one.", "rol-5"),
        new("rsk-1", "RSK-1", "blast radius", "The expected number of people one careless post by one employee reaches: the largest, the 95th percentile, and how concentrated it is (Gini, top-10 % share).", "rsk-1"),
        new("rsk-3", "RSK-3", "epidemic threshold", "1/λ_max of who-hears-whom: above this transmission probability a post can keep spreading through the network.", "rsk-3"),
        new("rsk-4", "RSK-4", "outside contact held by the top employees", "The share of employees' ties to outside people held by the top employees: high means a fragile, concentrated boundary.", "rsk-4"),
        new("rol-3", "ROL-3", "top evangelists", "Employees whose posts are taken up deep inside their own community and affirmed by several members: they win supporters.", "rol-3"),
        new("rol-4", "ROL-4", "top broadcasters", "Employees whose posts reach many people outside their own community: they win reach.", "rol-4"),
        new("spr-1", "SPR-1", "unique audience", "Distinct people one hop from the sharers, each counted once (vendors' \"potential reach\" counts shared followers twice).", "spr-1"),
        new("spr-2", "SPR-2", "audience overlap", "Vendors' summed reach divided by the unique audience: 1 for separate audiences, higher when the sharers talk to the same people.", "spr-2"),
        new("spr-3", "SPR-3", "expected adopters (reach)", "The mean number of people who take the message up, sharers included, over the simulated runs, with its 95 % interval.", "spr-3"),
        new("spr-4", "SPR-4", "share of adopters outside the company", "Of the people newly reached, the share who are outside the company: high means the message leaves the building.", "spr-4"),
        new("spr-5", "SPR-5", "depth / structural virality", "How many steps the message travels and the mean distance between two adopters in the cascade tree (below 2: one broadcast).", "spr-5"),
        new("spr-6", "SPR-6", "communities touched / spread over them", "How many communities the adopters belong to, and how evenly they are spread over them (0 = one community, 1 = evenly).", "spr-6"),
        new("res-1", "RES-1", "adoption reinforced by two or more", "The share of adopters who had two or more adopting neighbours when they took the message up: affirmation, not mere exposure.", "res-1"),
        new("res-2", "RES-2", "embeddedness of the passing ties", "The mean share of friends in common across the ties the message passed along: 1 inside a tight group, 0 across a bridge.", "res-2"),
        new("res-3", "RES-3", "passes inside one community", "The share of passes between two people of the same community: high means shared within circles.", "res-3"),
        new("res-4", "RES-4", "community coverage / density", "For each community touched: the share of its members who adopted, and how tied together those adopters are.", "res-4"),
        new("res-5", "RES-5", "survival under complex contagion", "Of everyone the sharers could reach, the share still reached if people needed two affirming sources.", "res-5"),
        new("res-7", "RES-7", "social contexts per adopter", "The mean number of separate groups among an adopter's adopting neighbours when they adopted.", "res-7"),
        new("res-9", "RES-9", "supporters (応援団)", "Outside people who took the message up with two or more adopting neighbours in their own community: the headline outcome.", "res-9"),
        new("rsk-2", "RSK-2", "firestorm probability (炎上)", "The share of runs in which the campaign reached the firestorm fraction (by default a quarter) of everyone.", "rsk-2"),
        new("rsk-5", "RSK-5", "dependence on one flag-bearer", "How much of the reach (and of the reinforced adoption) is lost without the most credited sharer.", "rsk-5"),
        new("rsk-6", "RSK-6", "echo-chamber index", "E-I index of the adopters' ties over communities: −1 when every tie stays inside a community, +1 when every tie crosses.", "rsk-6"),
        new("position", "", "position: network-ness / community-ness", "x = share outside × spread over communities, y = reinforced share × passes inside communities, each in [0, 1]; high from 0.25.", "the-spread-vs-share-profile"),
        new("att-2", "ATT-2", "spread credit", "Each sharer's fair (Shapley) share of the expected adopters; the credits add up to the adopters expected on the credit's own samples, which can differ a little from SPR-3's runs.", "att-2"),
        new("att-3", "ATT-3", "resonance credit", "Each sharer's fair (Shapley) share of the reinforced in-community adopters.", "att-3"),
        new("att-5", "ATT-5", "payout", "The reward pool split half by spread credit and half by resonance credit; payouts add up to the pool.", "att-5"),
    ];

    /// <summary>The definition of a figure.</summary>
    /// <param name="key">Its key ("spr-3", "modularity").</param>
    /// <returns>The definition.</returns>
    /// <exception cref="KeyNotFoundException">No figure has that key.</exception>
    public static FigureDefinition Get(string key)
    {
        foreach (var definition in All)
        {
            if (definition.Key == key)
            {
                return definition;
            }
        }
        throw new KeyNotFoundException("No figure of the report glossary has the key '" + key + "'.");
    }
}
