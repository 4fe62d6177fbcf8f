using System.Globalization;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>Validation of the model named by an options record (internal).</summary>
internal static class ModelCheck
{
    /// <summary>Throws unless <paramref name="model"/> is a cascade model with independent arcs (ic, icp, relationship), naming the option, the model and the routine.</summary>
    public static void CascadeModel(DiffusionModel? model, string optionName, string routine)
    {
        if (model is null)
        {
            ThrowHelper.Argument(optionName, string.Create(CultureInfo.InvariantCulture, $"{optionName} is null; allowed: a diffusion model such as DiffusionModel.Default."));
        }
        else if (!DiffusionArcProbabilities.IsLiveEdge(model))
        {
            ThrowHelper.Argument(optionName, string.Create(CultureInfo.InvariantCulture,
                $"{optionName} = '{model.Name}' ({model.GetType().Name}) is not supported by {routine}, which samples live-edge graphs with independent arcs; allowed: ic, icp, relationship."));
        }
    }
}
