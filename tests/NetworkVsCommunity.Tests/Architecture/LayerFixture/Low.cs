using NetworkVsCommunity.Tests.Architecture.LayerFixture.High;

namespace NetworkVsCommunity.Tests.Architecture.LayerFixture.Low;

// The lower layer of the synthetic assembly: each type but Clean and Formatted reaches up in one way only.

/// <summary>Reaches up only inside a method body (no signature, field or base type names the upper layer).</summary>
public static class BodyOnly
{
    /// <summary>Reads a static property of an upper type.</summary>
    public static int Read() => Upper.Value + 1;
}

/// <summary>Reaches up only inside a lambda, which the compiler moves to a nested closure class.</summary>
public static class LambdaOnly
{
    /// <summary>Returns a factory of upper objects typed as object.</summary>
    public static Func<object> Factory() => () => new Upper();
}

/// <summary>Reaches up through a field's generic argument.</summary>
public sealed class FieldOnly
{
#pragma warning disable CA1051, CA1002 // a public field of a list type is the point of this fixture
    /// <summary>The field.</summary>
    public readonly List<Upper> Items = [];
#pragma warning restore CA1051, CA1002
}

/// <summary>Reaches up through its base type.</summary>
public sealed class DerivedOnly : UpperBase;

/// <summary>Reaches up through an attribute that is not allowed.</summary>
[UpperMarker]
public sealed class MarkedOnly;

/// <summary>Carries the allowed attribute, whose argument names an upper type: not a violation.</summary>
[Allowed(typeof(UpperFormatter))]
public sealed class Formatted;

/// <summary>Uses nothing above.</summary>
public static class Clean
{
    /// <summary>Doubles.</summary>
    public static int Twice(int x) => 2 * x;
}
