namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// The mutable state of a constrained greedy selection: which nodes are admissible and how much of each department's
/// quota is left. Built once per call from a validated <see cref="SeedingConstraints"/>.
/// </summary>
internal sealed class SeedingConstraintState
{
    private readonly bool[] _admissible;
    private readonly int[]? _department;
    private readonly int[]? _remaining;

    public SeedingConstraintState(int nodeCount, SeedingConstraints? constraints)
    {
        _admissible = new bool[nodeCount];
        if (constraints is null || constraints.IsUnconstrained)
        {
            Array.Fill(_admissible, true);
            AdmissibleCount = nodeCount;
            return;
        }
        var c = constraints;
        for (int v = 0; v < nodeCount; v++)
        {
            bool ok = c.Eligible.IsDefaultOrEmpty || c.Eligible[v];
            ok &= c.Enthusiasm.IsDefaultOrEmpty || c.Enthusiasm[v] >= c.MinimumEnthusiasm;
            _admissible[v] = ok;
        }
        if (!c.Excluded.IsDefaultOrEmpty)
        {
            foreach (int v in c.Excluded)
            {
                _admissible[v] = false;
            }
        }
        int count = 0;
        for (int v = 0; v < nodeCount; v++)
        {
            count += _admissible[v] ? 1 : 0;
        }
        AdmissibleCount = count;
        if (!c.Departments.IsDefaultOrEmpty && !c.DepartmentQuotas.IsDefaultOrEmpty)
        {
            _department = c.Departments.ToArray();
            _remaining = c.DepartmentQuotas.ToArray();
            HasQuotas = true;
        }
    }

    /// <summary>Number of admissible nodes (ignoring quotas).</summary>
    public int AdmissibleCount { get; }

    /// <summary>Whether department quotas apply (greedy then guarantees 1/2, not 1 − 1/e).</summary>
    public bool HasQuotas { get; }

    /// <summary>Whether the node is admissible (ignoring quotas).</summary>
    public bool IsAdmissible(int node) => _admissible[node];

    /// <summary>Whether the node can be added now (admissible and its department has quota left).</summary>
    public bool CanAdd(int node)
    {
        if (!_admissible[node])
        {
            return false;
        }
        if (_remaining is null)
        {
            return true;
        }
        int d = _department![node];
        return d < 0 || d >= _remaining.Length || _remaining[d] > 0;
    }

    /// <summary>Records that the node was chosen: it is no longer admissible and its department's quota shrinks.</summary>
    public void Add(int node)
    {
        _admissible[node] = false;
        if (_remaining is not null)
        {
            int d = _department![node];
            if (d >= 0 && d < _remaining.Length)
            {
                _remaining[d]--;
            }
        }
    }
}
