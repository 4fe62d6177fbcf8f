using System.Globalization;

namespace NetworkVsCommunity.IO;

/// <summary>
/// A named, typed column of attribute values, one slot per node (or per edge record); a slot may be missing, which is
/// distinct from an empty string.
/// </summary>
/// <remarks>
/// Values are stored boxed as <see cref="string"/>, <see cref="double"/>, <see cref="long"/> or <see cref="bool"/> according
/// to <see cref="Type"/>; a missing value is null. Immutable and thread-safe.
/// </remarks>
public sealed class AttributeColumn
{
    private readonly object?[] _values;

    private AttributeColumn(string name, AttributeType type, object?[] values)
    {
        Name = name;
        Type = type;
        _values = values;
    }

    /// <summary>The attribute name as written in the file (GraphML <c>attr.name</c>, GEXF <c>title</c>).</summary>
    public string Name { get; }

    /// <summary>The value type.</summary>
    public AttributeType Type { get; }

    /// <summary>The number of slots (nodes or edge records).</summary>
    public int Count => _values.Length;

    /// <summary>The value in slot <paramref name="index"/>, or null when it is missing.</summary>
    /// <param name="index">A slot in 0..Count−1.</param>
    /// <returns>A <see cref="string"/>, <see cref="double"/>, <see cref="long"/> or <see cref="bool"/> (per <see cref="Type"/>), or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public object? this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_values.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index,
                    string.Create(CultureInfo.InvariantCulture, $"index = {index} is out of range; allowed: 0..{_values.Length - 1}."));
            }
            return _values[index];
        }
    }

    /// <summary>Whether slot <paramref name="index"/> has no value.</summary>
    /// <param name="index">A slot in 0..Count−1.</param>
    /// <returns>True when the value is missing.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public bool IsMissing(int index) => this[index] is null;

    /// <summary>Creates a column, checking that every value has the CLR type of <paramref name="type"/> (or is null).</summary>
    /// <param name="name">The attribute name (non-null; may be empty).</param>
    /// <param name="type">The value type.</param>
    /// <param name="values">One value per slot; null for missing. Ints are accepted for <see cref="AttributeType.Long"/>.</param>
    /// <returns>The column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">A value has the wrong type (the message names its index and type).</exception>
    public static AttributeColumn Create(string name, AttributeType type, IEnumerable<object?> values)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(values);
        object?[] array = [.. values];
        for (int i = 0; i < array.Length; i++)
        {
            object? v = array[i];
            if (v is int k && type == AttributeType.Long)
            {
                array[i] = (long)k;
                continue;
            }
            bool ok = v switch
            {
                null => true,
                string => type == AttributeType.String,
                double => type == AttributeType.Double,
                long => type == AttributeType.Long,
                bool => type == AttributeType.Bool,
                _ => false,
            };
            if (!ok)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"Attribute \"{name}\" has type {type}, but value {i} is a {v!.GetType().Name}; allowed: {ClrName(type)} or null (missing)."), nameof(values));
            }
        }
        return new AttributeColumn(name, type, array);
    }

    /// <summary>Wraps an array that the caller (a reader) has already filled with values of the right type.</summary>
    internal static AttributeColumn FromTrusted(string name, AttributeType type, object?[] values) => new(name, type, values);

    /// <summary>A short description.</summary>
    /// <returns>For example <c>"department: String[34]"</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name}: {Type}[{Count}]");

    private static string ClrName(AttributeType type) => type switch
    {
        AttributeType.String => "string",
        AttributeType.Double => "double",
        AttributeType.Long => "long",
        _ => "bool",
    };
}
