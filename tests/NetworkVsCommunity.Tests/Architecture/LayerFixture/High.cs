namespace NetworkVsCommunity.Tests.Architecture.LayerFixture.High;

// The upper layer of the synthetic two-layer assembly that LayerTests uses to prove the checker can fail.

/// <summary>A type of the upper layer.</summary>
public sealed class Upper
{
    /// <summary>A static member to read from below.</summary>
    public static int Value => 1;
}

/// <summary>A base class of the upper layer.</summary>
public class UpperBase;

/// <summary>A formatter of the upper layer, named only through the allowed attribute.</summary>
public sealed class UpperFormatter;

/// <summary>An attribute of the upper layer that is not allowed on lower types.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UpperMarkerAttribute : Attribute;

/// <summary>The one attribute of the upper layer that lower types may carry (stands for TypeFormatterSource).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AllowedAttribute(Type formatter) : Attribute
{
    /// <summary>The formatter type.</summary>
    public Type Formatter { get; } = formatter;
}
