namespace NetworkVsCommunity.Algorithms.Roles;

/// <summary>Organisational network analysis roles (Cross &amp; Prusak 2002; Cross, Baker &amp; Parker 2003), as flags: a person can hold several (ROL-6).</summary>
[Flags]
public enum OnaRole
{
    /// <summary>No role.</summary>
    None = 0,

    /// <summary>Central connector: links people within the informal network of the home unit (z ≥ z*).</summary>
    CentralConnector = 1,

    /// <summary>Boundary spanner: connects the unit to other units or the outside (ego EI &gt; 0).</summary>
    BoundarySpanner = 2,

    /// <summary>Information broker: holds subgroups together (high between-community betweenness, low constraint).</summary>
    Broker = 4,

    /// <summary>Peripheral specialist: at the edge (degree in the bottom quantile, P ≤ 0.05).</summary>
    Peripheral = 8,

    /// <summary>Energizer: others rate interactions with them as energising (high in-strength on the energy layer).</summary>
    Energizer = 16,
}
