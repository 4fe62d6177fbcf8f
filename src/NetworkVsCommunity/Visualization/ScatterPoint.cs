namespace NetworkVsCommunity.Visualization;

/// <summary>One point of <see cref="Pictures.Scatter"/>: for example one employee's network (x) and community (y) scores.</summary>
/// <param name="X">The x value (finite).</param>
/// <param name="Y">The y value (finite).</param>
/// <param name="Label">The name shown in the tooltip and, for few points, next to the point.</param>
/// <param name="Group">An optional group (department, community) that sets the colour; null for one colour.</param>
public sealed record ScatterPoint(double X, double Y, string Label, string? Group = null)
{
    /// <summary>Whether the label is always drawn next to the point, with a ring around it, however many points there are (for example the top evangelists and broadcasters). Default false.</summary>
    public bool ShowLabel { get; init; }
}
