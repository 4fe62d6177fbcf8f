using NetworkVsCommunity.Algorithms.Diffusion;

namespace NetworkVsCommunity;

/// <summary>The fitted persuasion probability of one tie class, with its 95 % interval and the evidence behind it.</summary>
/// <param name="Class">The tie class.</param>
/// <param name="Probability">The maximum-likelihood probability; NaN when the log has no exposure of this class.</param>
/// <param name="Ci95Low">Lower end of the 95 % interval (Wald on the logit scale from the observed information; see <see cref="ShareLogFitting.Fit"/>).</param>
/// <param name="Ci95High">Upper end of the 95 % interval.</param>
/// <param name="Exposures">Chances to persuade along this class: an in-neighbour shared in the step before (successful or not).</param>
/// <param name="Adoptions">Adoptions with at least one exposure of this class in the step before.</param>
/// <param name="AttributedAdoptions">Adoptions the EM attributes to this class (expected successful transmissions at the maximum).</param>
public sealed record TieClassEstimate(TieClass Class, double Probability, double Ci95Low, double Ci95High, long Exposures, long Adoptions, double AttributedAdoptions);
