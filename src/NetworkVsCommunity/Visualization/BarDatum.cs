namespace NetworkVsCommunity.Visualization;

/// <summary>One bar of <see cref="Pictures.BarChart"/>: for example one employee's fair credit.</summary>
/// <param name="Label">The category (employee) label; bars with the same label form one group.</param>
/// <param name="Value">The value (finite; negative values draw to the left of zero).</param>
/// <param name="Series">An optional series name (for example "spread credit" and "resonance credit"); null for one series.</param>
public sealed record BarDatum(string Label, double Value, string? Series = null);
