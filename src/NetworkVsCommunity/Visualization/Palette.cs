using System.Collections.Immutable;

namespace NetworkVsCommunity.Visualization;

/// <summary>
/// The colour-blind-safe categorical palette used by every picture (Okabe and Ito), and the grey used for "other".
/// </summary>
/// <remarks>
/// Reference: M. Okabe and K. Ito, "Color Universal Design (CUD): how to make figures and presentations that are
/// friendly to colorblind people", 2002 (J*Fly; reproduced in B. Wong, "Points of view: Color blindness",
/// Nature Methods 8:441, 2011, doi:10.1038/nmeth.1618). The eight colours stay distinguishable under protanopia,
/// deuteranopia and tritanopia; black is replaced by a dark grey so that outlines stay visible. Categories beyond the
/// eighth are drawn in <see cref="Other"/> and named in the legend as "other".
/// </remarks>
public static class Palette
{
    /// <summary>The categorical colours, in order: orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple, dark grey.</summary>
    public static ImmutableArray<string> Categorical { get; } =
        ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#4D4D4D"];

    /// <summary>The colour of categories beyond the palette (light grey).</summary>
    public const string Other = "#BBBBBB";

    /// <summary>The colour of category <paramref name="index"/>: a palette colour for 0..7, <see cref="Other"/> beyond.</summary>
    /// <param name="index">A category index, 0 or more.</param>
    /// <returns>A CSS hex colour.</returns>
    public static string Color(int index) => (uint)index < (uint)Categorical.Length ? Categorical[index] : Other;
}
