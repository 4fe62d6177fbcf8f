using System.Collections.Immutable;

namespace NetworkVsCommunity;

/// <summary>A person and their attributes: the row of <c>people.csv</c>, or the argument of <see cref="EmployeeNetworkBuilder.AddPerson(Person)"/>.</summary>
/// <param name="Id">The stable id.</param>
/// <remarks>
/// An <see cref="EmployeeNetwork"/> stores attributes as columns; <see cref="EmployeeNetwork.GetPerson(int)"/> materialises
/// a row as a <see cref="Person"/> on request. Validation happens in the builder (enthusiasm and purpose alignment in
/// [0, 1], audience size 0 or more).
/// </remarks>
public sealed record Person(EmployeeId Id)
{
    /// <summary>Employee or external contact. Default <see cref="PersonKind.Employee"/>.</summary>
    public PersonKind Kind { get; init; } = PersonKind.Employee;

    /// <summary>Department name; empty when unknown (the default).</summary>
    public string Department { get; init; } = string.Empty;

    /// <summary>Team name (unique within the organisation or within the department, as the data has it); empty by default.</summary>
    public string Team { get; init; } = string.Empty;

    /// <summary>Role or title; empty by default.</summary>
    public string Role { get; init; } = string.Empty;

    /// <summary>Enthusiasm for the programme in [0, 1] (1 = a true enthusiast). Default 0.</summary>
    public double Enthusiasm { get; init; }

    /// <summary>Alignment with the organisation's purpose in [0, 1]. Default 0.</summary>
    public double PurposeAlignment { get; init; }

    /// <summary>Declared audience size (followers and contacts outside the modelled network, or in total; 0 or more). Default 0.</summary>
    public long AudienceSize { get; init; }

    /// <summary>Further attributes by column name (the unknown columns of <c>people.csv</c>), kept as strings. Default empty.</summary>
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = EmptyExtra;

    /// <summary>An empty set of extra attributes with ordinal key order: start from it with <c>EmptyExtra.Add(name, value)</c>.</summary>
    public static ImmutableSortedDictionary<string, string> EmptyExtra { get; } = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);
}
