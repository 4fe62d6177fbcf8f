using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>
/// One cascade (simulated or observed): who adopted, at which step, and from whom. Every spread and resonance metric is a
/// pure function of (cascade, partition, graph), computed afterwards.
/// </summary>
/// <remarks>
/// <para>The arrays <see cref="Adopters"/>, <see cref="Steps"/>, <see cref="Parents"/> and
/// <see cref="ActiveNeighborsAtAdoption"/> run in lockstep, in adoption order: initial sharers first (step 0, parent −1),
/// then by non-decreasing step. Parents always adopted at an earlier step. For observed cascades <see cref="Times"/> holds
/// the log's times and steps are the depth in the transmission forest.</para>
/// <para><see cref="ActiveNeighborsAtAdoption"/> is the number of distinct in-neighbours that had adopted at an earlier
/// step when the node adopted (recorded by threshold models; −1 where not recorded, in which case metrics recompute it
/// from the graph). Initial sharers have 0.</para>
/// <para>Immutable with structural equality.</para>
/// </remarks>
[NetworkVsCommunity.Visualization.TypeFormatterSource(typeof(NetworkVsCommunity.Visualization.NotebookFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class Cascade : IEquatable<Cascade>
{
    /// <summary>Creates a cascade, validating the lockstep arrays.</summary>
    /// <param name="nodeCount">Number of nodes in the graph the cascade ran on.</param>
    /// <param name="adopters">Adopting nodes in adoption order, each at most once.</param>
    /// <param name="steps">Step of each adopter (0 for initial sharers), non-decreasing.</param>
    /// <param name="parents">The node that activated each adopter, or −1 for initial sharers (and for adopters with no recorded parent).</param>
    /// <param name="activeNeighborsAtAdoption">Distinct adopting in-neighbours at adoption, or empty when not recorded.</param>
    /// <param name="times">Observed times, or empty for simulations.</param>
    /// <exception cref="ArgumentException">The arrays differ in length, a node repeats or is out of range, steps decrease, or a parent adopted later than its child.</exception>
    public Cascade(
        int nodeCount,
        ImmutableArray<int> adopters,
        ImmutableArray<int> steps,
        ImmutableArray<int> parents,
        ImmutableArray<int> activeNeighborsAtAdoption = default,
        ImmutableArray<double> times = default)
    {
        if (nodeCount < 0)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(nodeCount), nodeCount, "0 or more");
        }
        adopters = adopters.IsDefault ? [] : adopters;
        steps = steps.IsDefault ? [] : steps;
        parents = parents.IsDefault ? [] : parents;
        activeNeighborsAtAdoption = activeNeighborsAtAdoption.IsDefault ? [] : activeNeighborsAtAdoption;
        times = times.IsDefault ? [] : times;
        int k = adopters.Length;
        if (steps.Length != k || parents.Length != k ||
            (activeNeighborsAtAdoption.Length != 0 && activeNeighborsAtAdoption.Length != k) ||
            (times.Length != 0 && times.Length != k))
        {
            ThrowHelper.Argument(nameof(adopters), "The cascade arrays (adopters, steps, parents, and when given active-neighbour counts and times) must have the same length.");
        }
        var stepOf = new Dictionary<int, int>(k);
        int previousStep = 0;
        for (int i = 0; i < k; i++)
        {
            int v = adopters[i];
            ThrowHelper.CheckNode(v, nodeCount, nameof(adopters));
            if (!stepOf.TryAdd(v, steps[i]))
            {
                ThrowHelper.Argument(nameof(adopters), string.Create(CultureInfo.InvariantCulture, $"Node {v} adopts twice (position {i})."));
            }
            if (steps[i] < previousStep || steps[i] < 0)
            {
                ThrowHelper.Argument(nameof(steps), string.Create(CultureInfo.InvariantCulture, $"Steps must be 0 or more and non-decreasing; position {i} has step {steps[i]} after {previousStep}."));
            }
            previousStep = steps[i];
            int p = parents[i];
            if (p != -1)
            {
                if (!stepOf.TryGetValue(p, out int ps) || ps >= steps[i])
                {
                    ThrowHelper.Argument(nameof(parents), string.Create(CultureInfo.InvariantCulture, $"Parent {p} of node {v} (position {i}) did not adopt at an earlier step."));
                }
            }
        }
        NodeCount = nodeCount;
        Adopters = adopters;
        Steps = steps;
        Parents = parents;
        ActiveNeighborsAtAdoption = activeNeighborsAtAdoption;
        Times = times;
        int sharers = 0;
        while (sharers < k && steps[sharers] == 0)
        {
            sharers++;
        }
        InitialSharerCount = sharers;
    }

    /// <summary>Creates a cascade without validation (the simulators' fast path; they guarantee the invariants).</summary>
    internal Cascade(int nodeCount, ImmutableArray<int> adopters, ImmutableArray<int> steps, ImmutableArray<int> parents,
        ImmutableArray<int> activeNeighborsAtAdoption, ImmutableArray<double> times, bool trusted)
    {
        System.Diagnostics.Debug.Assert(trusted);
        NodeCount = nodeCount;
        Adopters = adopters;
        Steps = steps;
        Parents = parents;
        ActiveNeighborsAtAdoption = activeNeighborsAtAdoption.IsDefault ? [] : activeNeighborsAtAdoption;
        Times = times.IsDefault ? [] : times;
        int sharers = 0;
        while (sharers < steps.Length && steps[sharers] == 0)
        {
            sharers++;
        }
        InitialSharerCount = sharers;
    }

    /// <summary>Number of nodes in the graph the cascade ran on.</summary>
    public int NodeCount { get; }

    /// <summary>Adopters in adoption order (initial sharers first).</summary>
    public ImmutableArray<int> Adopters { get; }

    /// <summary>Adoption step of each adopter.</summary>
    public ImmutableArray<int> Steps { get; }

    /// <summary>The activating node of each adopter, −1 for initial sharers.</summary>
    public ImmutableArray<int> Parents { get; }

    /// <summary>Distinct adopting in-neighbours at adoption time per adopter, or empty when not recorded.</summary>
    public ImmutableArray<int> ActiveNeighborsAtAdoption { get; }

    /// <summary>Observed times per adopter, or empty for simulated cascades.</summary>
    public ImmutableArray<double> Times { get; }

    /// <summary>The number of initial sharers (the adopters at step 0).</summary>
    public int InitialSharerCount { get; }

    /// <summary>The initial sharers.</summary>
    public ReadOnlySpan<int> InitialSharers => Adopters.AsSpan(0, InitialSharerCount);

    /// <summary>Total number of adopters, initial sharers included.</summary>
    public int Size => Adopters.Length;

    /// <summary>The largest step reached (0 when only the initial sharers adopted).</summary>
    public int LastStep => Steps.Length == 0 ? 0 : Steps[^1];

    /// <inheritdoc />
    public bool Equals(Cascade? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (NodeCount == other.NodeCount &&
             Adopters.AsSpan().SequenceEqual(other.Adopters.AsSpan()) &&
             Steps.AsSpan().SequenceEqual(other.Steps.AsSpan()) &&
             Parents.AsSpan().SequenceEqual(other.Parents.AsSpan()) &&
             ActiveNeighborsAtAdoption.AsSpan().SequenceEqual(other.ActiveNeighborsAtAdoption.AsSpan()) &&
             Times.AsSpan().SequenceEqual(other.Times.AsSpan())));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Cascade);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(NodeCount);
        foreach (int v in Adopters)
        {
            hash.Add(v);
        }
        return hash.ToHashCode();
    }

    /// <summary>A short description.</summary>
    /// <returns>For example <c>"Cascade: 12 adopters from 2 sharers, 4 steps"</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Cascade: {Size} adopters from {InitialSharerCount} sharers, {LastStep} steps");
}
