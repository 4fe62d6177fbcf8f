using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// The constraints an advocacy programme puts on its choice of sharers, over node masks and attribute arrays (so they
/// do not depend on any employee model): who is eligible (for example employees, not external contacts), who is
/// excluded (for example people who opted out), per-department quotas and a minimum enthusiasm. The budget is the
/// routine's <c>SeedCount</c>.
/// </summary>
/// <remarks>
/// <para>A node is <i>admissible</i> when it is eligible (or <see cref="Eligible"/> is empty), not excluded, and its
/// enthusiasm (when <see cref="Enthusiasm"/> is given) is at least <see cref="MinimumEnthusiasm"/>. A set is feasible
/// when all its nodes are admissible and no department holds more chosen nodes than its quota.</para>
/// <para>Guarantees: admissibility only shrinks the ground set, so greedy keeps its (1 − 1/e) factor for a budget.
/// Quotas make the feasible sets a partition matroid, where greedy guarantees 1/2 of the optimum (Fisher, Nemhauser &amp;
/// Wolsey 1978, Mathematical Programming Study 8, doi:10.1007/BFb0121195); routines report this in their diagnostics.</para>
/// <para>All arrays are indexed by node (length = the graph's node count) except <see cref="DepartmentQuotas"/>, indexed
/// by department. Empty arrays mean "no such constraint".</para>
/// </remarks>
public sealed record SeedingConstraints
{
    /// <summary>No constraints beyond the budget.</summary>
    public static SeedingConstraints None { get; } = new();

    /// <summary>Per node, whether it may be chosen (for example: is an employee). Empty (default): everyone.</summary>
    public ImmutableArray<bool> Eligible { get; init; } = [];

    /// <summary>Nodes that must not be chosen (for example those who opted out). Default empty.</summary>
    public ImmutableArray<int> Excluded { get; init; } = [];

    /// <summary>Per node, its department index (0 or more), or −1 for none. Empty (default): no departments.</summary>
    public ImmutableArray<int> Departments { get; init; } = [];

    /// <summary>
    /// Per department index, the most sharers that may be chosen from it (0 or more). Departments beyond the array's
    /// length, and nodes with department −1, are unlimited. Default empty.
    /// </summary>
    public ImmutableArray<int> DepartmentQuotas { get; init; } = [];

    /// <summary>Per node, an enthusiasm score (any finite value). Empty (default): not used.</summary>
    public ImmutableArray<double> Enthusiasm { get; init; } = [];

    /// <summary>The least enthusiasm a chosen node must have; used only when <see cref="Enthusiasm"/> is given. Default 0.</summary>
    public double MinimumEnthusiasm { get; init; }

    /// <summary>Whether there is any constraint at all.</summary>
    public bool IsUnconstrained =>
        Eligible.IsDefaultOrEmpty && Excluded.IsDefaultOrEmpty && DepartmentQuotas.IsDefaultOrEmpty && Enthusiasm.IsDefaultOrEmpty;

    /// <summary>Whether <paramref name="node"/> may be chosen at all (ignoring quotas).</summary>
    /// <param name="node">A node index.</param>
    /// <returns>True when the node is eligible, not excluded and enthusiastic enough.</returns>
    public bool IsAdmissible(int node)
    {
        if (!Eligible.IsDefaultOrEmpty && (node >= Eligible.Length || !Eligible[node]))
        {
            return false;
        }
        if (!Enthusiasm.IsDefaultOrEmpty && (node >= Enthusiasm.Length || !(Enthusiasm[node] >= MinimumEnthusiasm)))
        {
            return false;
        }
        return Excluded.IsDefaultOrEmpty || !Excluded.AsSpan().Contains(node);
    }

    /// <summary>Whether a set of nodes satisfies every constraint with the budget <paramref name="budget"/>.</summary>
    /// <param name="nodes">The chosen nodes.</param>
    /// <param name="budget">The most nodes allowed.</param>
    /// <returns>True when feasible (distinct, admissible, within quotas and budget).</returns>
    public bool IsFeasible(ReadOnlySpan<int> nodes, int budget)
    {
        if (nodes.Length > budget)
        {
            return false;
        }
        var seen = new HashSet<int>();
        var used = new Dictionary<int, int>();
        foreach (int v in nodes)
        {
            if (!seen.Add(v) || !IsAdmissible(v))
            {
                return false;
            }
            if (!Departments.IsDefaultOrEmpty && !DepartmentQuotas.IsDefaultOrEmpty && v < Departments.Length)
            {
                int d = Departments[v];
                if (d >= 0 && d < DepartmentQuotas.Length)
                {
                    used[d] = used.GetValueOrDefault(d) + 1;
                    if (used[d] > DepartmentQuotas[d])
                    {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /// <summary>Validates the arrays against a node count.</summary>
    internal void Validate(int nodeCount, string name)
    {
        CheckLength(Eligible.IsDefaultOrEmpty ? -1 : Eligible.Length, nodeCount, name + ".Eligible");
        CheckLength(Departments.IsDefaultOrEmpty ? -1 : Departments.Length, nodeCount, name + ".Departments");
        CheckLength(Enthusiasm.IsDefaultOrEmpty ? -1 : Enthusiasm.Length, nodeCount, name + ".Enthusiasm");
        if (!Excluded.IsDefaultOrEmpty)
        {
            foreach (int v in Excluded)
            {
                if ((uint)v >= (uint)nodeCount)
                {
                    ThrowHelper.NodeOutOfRange(name + ".Excluded", v, nodeCount);
                }
            }
        }
        if (!Departments.IsDefaultOrEmpty)
        {
            for (int v = 0; v < Departments.Length; v++)
            {
                if (Departments[v] < -1)
                {
                    ThrowHelper.ArgumentOutOfRange(string.Create(CultureInfo.InvariantCulture, $"{name}.Departments[{v}]"), Departments[v], "−1 (none) or a department index 0 or more");
                }
            }
        }
        if (!DepartmentQuotas.IsDefaultOrEmpty)
        {
            for (int d = 0; d < DepartmentQuotas.Length; d++)
            {
                if (DepartmentQuotas[d] < 0)
                {
                    ThrowHelper.ArgumentOutOfRange(string.Create(CultureInfo.InvariantCulture, $"{name}.DepartmentQuotas[{d}]"), DepartmentQuotas[d], "0 or more");
                }
            }
        }
        if (!Enthusiasm.IsDefaultOrEmpty)
        {
            for (int v = 0; v < Enthusiasm.Length; v++)
            {
                if (!double.IsFinite(Enthusiasm[v]))
                {
                    ThrowHelper.ArgumentOutOfRange(string.Create(CultureInfo.InvariantCulture, $"{name}.Enthusiasm[{v}]"), Enthusiasm[v], "a finite number");
                }
            }
            if (double.IsNaN(MinimumEnthusiasm))
            {
                ThrowHelper.ArgumentOutOfRange(name + ".MinimumEnthusiasm", MinimumEnthusiasm, "a number");
            }
        }
    }

    private static void CheckLength(int length, int nodeCount, string name)
    {
        if (length >= 0 && length != nodeCount)
        {
            ThrowHelper.Argument(name, string.Create(CultureInfo.InvariantCulture,
                $"{name} has {length} entries; it must have one per node ({nodeCount})."));
        }
    }
}
