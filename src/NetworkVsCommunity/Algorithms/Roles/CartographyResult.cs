using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Roles;

/// <summary>ROL-1 CartographyRole: within-module degree z, participation coefficient P and role R1–R7 per node.</summary>
/// <param name="WithinModuleDegree">κ_i: neighbours inside the node's own module.</param>
/// <param name="WithinModuleZ">z_i = (κ_i − mean κ of the module) / sd κ of the module (population sd); 0 when sd = 0.</param>
/// <param name="Participation">P_i = 1 − Σ_s (κ_is / k_i)², summed over all modules including the own; 0 for isolated nodes.</param>
/// <param name="Roles">The Guimerà–Amaral role of each node.</param>
public sealed record CartographyResult(
    ImmutableArray<int> WithinModuleDegree,
    ImmutableArray<double> WithinModuleZ,
    ImmutableArray<double> Participation,
    ImmutableArray<CartographyRole> Roles);
