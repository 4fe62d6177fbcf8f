using System.Globalization;

namespace NetworkVsCommunity.Algorithms.Structure;

/// <summary>Options for <see cref="Components.ConnectedComponents"/>.</summary>
public sealed record ComponentOptions
{
    /// <summary>The defaults: weakly connected components.</summary>
    public static ComponentOptions Default { get; } = new();

    /// <summary>Weak or strong connectivity (directed graphs). Default <see cref="ComponentKind.Weak"/>.</summary>
    public ComponentKind Kind { get; init; } = ComponentKind.Weak;

    internal void Validate()
    {
        if (!Enum.IsDefined(Kind))
        {
            throw new ArgumentOutOfRangeException(nameof(Kind), Kind,
                string.Create(CultureInfo.InvariantCulture, $"options.Kind = {(int)Kind} is out of range; allowed: Weak, Strong."));
        }
    }
}
