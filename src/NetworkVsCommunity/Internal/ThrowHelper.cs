using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace NetworkVsCommunity.Internal;

/// <summary>Non-inlined throw helpers so that hot methods stay small and inlinable.</summary>
internal static class ThrowHelper
{
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ArgumentOutOfRange(string paramName, object? value, string allowed) =>
        throw new ArgumentOutOfRangeException(paramName, value,
            string.Create(CultureInfo.InvariantCulture, $"{paramName} = {Format(value)} is out of range; allowed: {allowed}."));

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Argument(string paramName, string message) => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void InvalidOperation(string message) => throw new InvalidOperationException(message);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void NodeOutOfRange(string paramName, int node, int nodeCount) =>
        throw new ArgumentOutOfRangeException(paramName, node,
            string.Create(CultureInfo.InvariantCulture, $"{paramName} = {node} is not a node of this graph; allowed: 0..{nodeCount - 1} ({nodeCount} nodes)."));

    /// <summary>Validates a node index against a node count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CheckNode(int node, int nodeCount, [CallerArgumentExpression(nameof(node))] string paramName = "")
    {
        if ((uint)node >= (uint)nodeCount)
        {
            NodeOutOfRange(paramName, node, nodeCount);
        }
    }

    /// <summary>Formats a value with the invariant culture for messages.</summary>
    public static string Format(object? value) => value switch
    {
        null => "null",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
