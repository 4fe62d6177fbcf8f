using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Roles;

/// <summary>ROL-5 EnthusiasmIndex (熱狂社員): campaign participation times in-community engagement received.</summary>
/// <param name="Index">Per node: <see cref="ParticipationShare"/> × <see cref="InCommunityEngagementShare"/>, in [0, 1].</param>
/// <param name="ParticipationShare">Share of campaigns the node joined.</param>
/// <param name="InCommunityEngagementShare">Share of the engagement the node received that came from its own community (0 when it received none).</param>
/// <param name="Threshold">Index at or above which a node counts as an enthusiast.</param>
/// <param name="Enthusiasts">The enthusiasts among the considered nodes, ascending.</param>
/// <param name="EnthusiastCount">Their number: enthusiasts are rare, which is the essay's point.</param>
public sealed record EnthusiasmResult(
    ImmutableArray<double> Index,
    ImmutableArray<double> ParticipationShare,
    ImmutableArray<double> InCommunityEngagementShare,
    double Threshold,
    ImmutableArray<int> Enthusiasts,
    int EnthusiastCount);
