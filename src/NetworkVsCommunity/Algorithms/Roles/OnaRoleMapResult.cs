using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Roles;

/// <summary>ROL-6 ONA role map: the roles of every node (external nodes get <see cref="OnaRole.None"/>), with the figures behind them.</summary>
/// <param name="Roles">Role flags per node.</param>
/// <param name="Cartography">ROL-1 z and P.</param>
/// <param name="Brokerage">ROL-2 constraint, effective size, between-community betweenness.</param>
/// <param name="EgoEIIndex">Per node: (ties outside the unit or company − ties inside) / ties; 0 for isolated nodes.</param>
/// <param name="EnergyInStrength">In-strength on the energy layer (all 0 without one).</param>
/// <param name="Options">The thresholds used.</param>
public sealed record OnaRoleMapResult(
    ImmutableArray<OnaRole> Roles,
    CartographyResult Cartography,
    BrokerScoreResult Brokerage,
    ImmutableArray<double> EgoEIIndex,
    ImmutableArray<double> EnergyInStrength,
    OnaRoleOptions Options);
