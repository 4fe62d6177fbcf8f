using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity;

/// <summary>
/// An immutable network of people (employees and external contacts) joined by ties of several kinds, with attributes
/// stored as columns and the graphs the algorithms run on.
/// </summary>
/// <remarks>
/// <para><b>Nodes.</b> Every person is a node 0..<see cref="PersonCount"/>−1, numbered in the ordinal order of their
/// <see cref="EmployeeId"/>; shuffling the input (rows of a file, calls to the builder) never changes a node number or
/// a result. <see cref="NodeOf(EmployeeId)"/> and <see cref="IdOf(int)"/> translate both ways.</para>
/// <para><b>Ties.</b> Duplicate ties (same two people, same kind, same direction; a mutual tie A–B equals B–A) are
/// merged into one whose strength is the sum, and counted in <see cref="BuildStatistics"/>. Self-ties (a person tied to
/// themselves) are rejected. One-way ties follow the convention of <see cref="Tie"/>: "A follows B" gives the influence
/// arc B → A.</para>
/// <para><b>Graphs.</b> <see cref="InfluenceGraph"/> (directed, all kinds, arcs in the direction messages travel),
/// <see cref="SocialGraph"/> (undirected, for community detection), <see cref="Layer(TieKind)"/> per kind,
/// <see cref="InternalLayer"/> and <see cref="ExternalLayer"/>. All share the same node numbering.</para>
/// <para><b>Thread safety.</b> Immutable; layers are built on first use in a thread-safe way.</para>
/// <para>Create one with <see cref="EmployeeNetworkBuilder"/>, <see cref="PeopleTiesCsv"/> or
/// <c>NetworkVsCommunity.SampleOrganization</c>.</para>
/// </remarks>
[NetworkVsCommunity.Visualization.TypeFormatterSource(typeof(NetworkVsCommunity.Visualization.NotebookFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class EmployeeNetwork
{
    /// <summary>Column name of the department attribute.</summary>
    public const string DepartmentColumn = "department";

    /// <summary>Column name of the team attribute.</summary>
    public const string TeamColumn = "team";

    /// <summary>Column name of the role attribute.</summary>
    public const string RoleColumn = "role";

    /// <summary>Column name of the enthusiasm attribute.</summary>
    public const string EnthusiasmColumn = "enthusiasm";

    /// <summary>Column name of the purpose alignment attribute.</summary>
    public const string PurposeAlignmentColumn = "purpose_alignment";

    /// <summary>Column name of the audience size attribute.</summary>
    public const string AudienceSizeColumn = "audience_size";

    private static readonly string[] ReservedColumns = ["id", "kind", DepartmentColumn, TeamColumn, RoleColumn, EnthusiasmColumn, PurposeAlignmentColumn, AudienceSizeColumn, "programme_owner"];

    private readonly string[] _ids;
    private readonly PersonKind[] _kinds;
    private readonly string[] _department;
    private readonly string[] _team;
    private readonly string[] _role;
    private readonly double[] _enthusiasm;
    private readonly double[] _purpose;
    private readonly long[] _audience;
    private readonly string[] _extraNames;
    private readonly string[][] _extraValues;
    private readonly int _owner;
    private readonly int[] _tieSource;
    private readonly int[] _tieTarget;
    private readonly int[] _tieKind;
    private readonly double[] _tieStrength;
    private readonly bool[] _tieDirected;
    private readonly TieKind[] _kindTable;
    private readonly Lazy<CsrGraph>[] _layers;
    private readonly Lazy<CsrGraph> _internal;
    private readonly Lazy<CsrGraph> _external;
    private readonly Lazy<CsrGraph> _mutual;

    /// <summary>
    /// The core constructor. Ids must be sorted ordinally and distinct; columns are taken over (not copied); tie arrays are
    /// in node numbers, validated (no self-ties, strengths finite and positive) and may contain duplicates (merged here).
    /// </summary>
    internal EmployeeNetwork(
        string[] sortedIds,
        PersonKind[] kinds,
        string[] department,
        string[] team,
        string[] role,
        double[] enthusiasm,
        double[] purposeAlignment,
        long[] audienceSize,
        string[] extraNames,
        string[][] extraValues,
        int programmeOwner,
        ReadOnlySpan<int> tieSource,
        ReadOnlySpan<int> tieTarget,
        ReadOnlySpan<int> tieKind,
        TieKind[] kindTable,
        ReadOnlySpan<double> tieStrength,
        ReadOnlySpan<bool> tieDirected)
    {
        AssertSorted(sortedIds);
        _ids = sortedIds;
        _kinds = kinds;
        _department = department;
        _team = team;
        _role = role;
        _enthusiasm = enthusiasm;
        _purpose = purposeAlignment;
        _audience = audienceSize;
        _extraNames = extraNames;
        _extraValues = extraValues;
        _owner = programmeOwner;
        int n = sortedIds.Length;

        // Kinds in ordinal order, so that tie order never depends on which kind was seen first.
        int kindCount = kindTable.Length;
        var kindOrder = new int[kindCount];
        for (int k = 0; k < kindCount; k++)
        {
            kindOrder[k] = k;
        }
        var sortedKinds = (TieKind[])kindTable.Clone();
        Array.Sort(sortedKinds, kindOrder);
        var kindRank = new int[kindCount];
        for (int r = 0; r < kindCount; r++)
        {
            kindRank[kindOrder[r]] = r;
        }
        _kindTable = sortedKinds;

        int m = tieSource.Length;
        var src = new int[m];
        var tgt = new int[m];
        var knd = new int[m];
        for (int i = 0; i < m; i++)
        {
            int a = tieSource[i];
            int b = tieTarget[i];
            if (!tieDirected[i] && b < a)
            {
                (a, b) = (b, a);
            }
            src[i] = a;
            tgt[i] = b;
            knd[i] = kindRank[tieKind[i]];
        }
        int[] order = SortTies(src, tgt, knd, tieDirected, n, kindCount);

        // Merge runs of equal (source, target, kind, directed); strengths summed in ascending order so the sum does
        // not depend on input order.
        int write = 0;
        _tieSource = new int[m];
        _tieTarget = new int[m];
        _tieKind = new int[m];
        _tieStrength = new double[m];
        _tieDirected = new bool[m];
        List<double>? group = null;
        for (int p = 0; p < m;)
        {
            int i = order[p];
            int q = p + 1;
            while (q < m && SameKey(order[q], i, src, tgt, knd, tieDirected))
            {
                q++;
            }
            double strength;
            if (q - p == 1)
            {
                strength = tieStrength[i];
            }
            else
            {
                group ??= new List<double>();
                group.Clear();
                for (int r = p; r < q; r++)
                {
                    group.Add(tieStrength[order[r]]);
                }
                group.Sort();
                strength = 0;
                foreach (double s in group)
                {
                    strength += s;
                }
            }
            _tieSource[write] = src[i];
            _tieTarget[write] = tgt[i];
            _tieKind[write] = knd[i];
            _tieStrength[write] = strength;
            _tieDirected[write] = tieDirected[i];
            write++;
            p = q;
        }
        if (write != m)
        {
            Array.Resize(ref _tieSource, write);
            Array.Resize(ref _tieTarget, write);
            Array.Resize(ref _tieKind, write);
            Array.Resize(ref _tieStrength, write);
            Array.Resize(ref _tieDirected, write);
        }

        int employees = 0;
        var employeeNodes = new List<int>(n);
        var externalNodes = new List<int>();
        for (int v = 0; v < n; v++)
        {
            if (kinds[v] == PersonKind.Employee)
            {
                employees++;
                employeeNodes.Add(v);
            }
            else
            {
                externalNodes.Add(v);
            }
        }
        Employees = [.. employeeNodes];
        Externals = [.. externalNodes];

        InfluenceGraph = BuildInfluence(static (_, _, _) => true);
        SocialGraph = BuildSocial();
        BuildStatistics = new NetworkBuildStatistics(n, employees, n - employees, m, m - write, write,
            InfluenceGraph.BuildStatistics.MergedParallelEdges);

        _layers = new Lazy<CsrGraph>[kindCount];
        for (int k = 0; k < kindCount; k++)
        {
            int kind = k;
            _layers[k] = new Lazy<CsrGraph>(() => BuildInfluence((_, _, tieKindIndex) => tieKindIndex == kind), LazyThreadSafetyMode.ExecutionAndPublication);
        }
        _internal = new Lazy<CsrGraph>(() => BuildInfluence((a, b, _) => _kinds[a] == PersonKind.Employee && _kinds[b] == PersonKind.Employee), LazyThreadSafetyMode.ExecutionAndPublication);
        _external = new Lazy<CsrGraph>(() => BuildInfluence((a, b, _) => _kinds[a] == PersonKind.External || _kinds[b] == PersonKind.External), LazyThreadSafetyMode.ExecutionAndPublication);
        _mutual = new Lazy<CsrGraph>(BuildMutual, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Number of people (nodes), employees and externals.</summary>
    public int PersonCount => _ids.Length;

    /// <summary>Number of ties stored (after merging duplicates).</summary>
    public int TieCount => _tieSource.Length;

    /// <summary>Nodes of the employees, ascending.</summary>
    public ImmutableArray<int> Employees { get; }

    /// <summary>Nodes of the external contacts, ascending.</summary>
    public ImmutableArray<int> Externals { get; }

    /// <summary>The ids of all people by node (sorted ordinally).</summary>
    public ImmutableArray<string> Ids => ImmutableCollectionsMarshal.AsImmutableArray(_ids);

    /// <summary>
    /// The influence graph: directed and weighted by tie strength, with every tie kind. A mutual tie gives arcs both ways;
    /// a one-way tie "A follows B" gives the arc B → A (messages travel from B to A). Ties of different kinds between the
    /// same ordered pair become one arc whose weight is the sum of strengths (counted in
    /// <see cref="NetworkBuildStatistics.MergedInfluenceArcs"/>).
    /// </summary>
    public CsrGraph InfluenceGraph { get; }

    /// <summary>
    /// The social graph for community detection: undirected and weighted; every tie, mutual or one-way, of any kind, adds
    /// its strength once to the edge between its two people (so a mutual tie of strength 2 gives an edge of weight 2, and
    /// "A follows B" plus "B follows A" of strength 1 each give an edge of weight 2).
    /// </summary>
    public CsrGraph SocialGraph { get; }

    /// <summary>
    /// The mutual-tie graph: undirected and weighted like <see cref="SocialGraph"/>, but with mutual ties only (colleagues,
    /// friends, reporting lines…); one-way ties such as followers are left out, so every person keeps a node but an
    /// audience of followers is not joined to the person it follows. This is the graph communities are detected on by
    /// default: an audience is not a community (it is the unspecified many of spread, not the specific few of shared
    /// resonance).
    /// </summary>
    public CsrGraph MutualGraph => _mutual.Value;

    /// <summary>How many ties came in, how many were merged.</summary>
    public NetworkBuildStatistics BuildStatistics { get; }

    /// <summary>The tie kinds present, in ordinal order of their names.</summary>
    public ImmutableArray<TieKind> TieKinds => ImmutableCollectionsMarshal.AsImmutableArray(_kindTable);

    /// <summary>The influence arcs between two employees only (the internal layer), directed and weighted as in <see cref="InfluenceGraph"/>.</summary>
    public CsrGraph InternalLayer => _internal.Value;

    /// <summary>The influence arcs with at least one external person (the external layer), directed and weighted as in <see cref="InfluenceGraph"/>.</summary>
    public CsrGraph ExternalLayer => _external.Value;

    /// <summary>The programme owner (the flag-bearer of the advocacy programme), when one is designated.</summary>
    public EmployeeId? ProgrammeOwner => _owner < 0 ? null : new EmployeeId?(new EmployeeId(_ids[_owner]));

    /// <summary>The node of the programme owner, or null when none is designated.</summary>
    public int? ProgrammeOwnerNode => _owner < 0 ? null : (int?)_owner;

    /// <summary>The kind of each person by node.</summary>
    public ImmutableArray<PersonKind> Kinds => ImmutableCollectionsMarshal.AsImmutableArray(_kinds);

    /// <summary>The department column by node (empty strings where unknown).</summary>
    public ImmutableArray<string> Departments => ImmutableCollectionsMarshal.AsImmutableArray(_department);

    /// <summary>The team column by node (empty strings where unknown).</summary>
    public ImmutableArray<string> Teams => ImmutableCollectionsMarshal.AsImmutableArray(_team);

    /// <summary>The role (title) column by node (empty strings where unknown).</summary>
    public ImmutableArray<string> Roles => ImmutableCollectionsMarshal.AsImmutableArray(_role);

    /// <summary>The enthusiasm column by node, each in [0, 1].</summary>
    public ImmutableArray<double> Enthusiasm => ImmutableCollectionsMarshal.AsImmutableArray(_enthusiasm);

    /// <summary>The purpose alignment column by node, each in [0, 1].</summary>
    public ImmutableArray<double> PurposeAlignment => ImmutableCollectionsMarshal.AsImmutableArray(_purpose);

    /// <summary>The declared audience size column by node, each 0 or more.</summary>
    public ImmutableArray<long> AudienceSize => ImmutableCollectionsMarshal.AsImmutableArray(_audience);

    /// <summary>The names of the extra (string) attribute columns, in ordinal order.</summary>
    public ImmutableArray<string> ExtraAttributeNames => ImmutableCollectionsMarshal.AsImmutableArray(_extraNames);

    /// <summary>
    /// The names of every attribute column: <c>department</c>, <c>team</c>, <c>role</c>, <c>enthusiasm</c>,
    /// <c>purpose_alignment</c>, <c>audience_size</c>, then the extra columns.
    /// </summary>
    public ImmutableArray<string> AttributeNames =>
        [DepartmentColumn, TeamColumn, RoleColumn, EnthusiasmColumn, PurposeAlignmentColumn, AudienceSizeColumn, .. _extraNames];

    /// <summary>Whether a node is an employee (rather than an external contact).</summary>
    /// <param name="node">A node in 0..PersonCount−1.</param>
    /// <returns>True for an employee.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> is not a node.</exception>
    public bool IsEmployee(int node)
    {
        ThrowHelper.CheckNode(node, _ids.Length);
        return _kinds[node] == PersonKind.Employee;
    }

    /// <summary>The id of a node.</summary>
    /// <param name="node">A node in 0..PersonCount−1.</param>
    /// <returns>The person's id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> is not a node.</exception>
    public EmployeeId IdOf(int node)
    {
        ThrowHelper.CheckNode(node, _ids.Length);
        return new EmployeeId(_ids[node]);
    }

    /// <summary>Looks up the node of a person (binary search over the sorted ids, O(log n)).</summary>
    /// <param name="id">The person's id.</param>
    /// <param name="node">The node, or −1 when there is no such person.</param>
    /// <returns>True when the person exists.</returns>
    public bool TryGetNode(EmployeeId id, out int node)
    {
        node = Find(_ids, id.Value);
        return node >= 0;
    }

    /// <summary>The node of a person.</summary>
    /// <param name="id">The person's id.</param>
    /// <returns>The node.</returns>
    /// <exception cref="KeyNotFoundException">No person has this id (the message names it).</exception>
    public int NodeOf(EmployeeId id)
    {
        int node = Find(_ids, id.Value);
        if (node < 0)
        {
            throw new KeyNotFoundException(string.Create(CultureInfo.InvariantCulture, $"No person has the id '{id.Value}' in this network of {_ids.Length} people."));
        }
        return node;
    }

    /// <summary>The person at a node with all attributes.</summary>
    /// <param name="node">A node in 0..PersonCount−1.</param>
    /// <returns>A new <see cref="Person"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> is not a node.</exception>
    public Person GetPerson(int node)
    {
        ThrowHelper.CheckNode(node, _ids.Length);
        var extra = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        for (int c = 0; c < _extraNames.Length; c++)
        {
            extra[_extraNames[c]] = _extraValues[c][node];
        }
        return new Person(new EmployeeId(_ids[node]))
        {
            Kind = _kinds[node],
            Department = _department[node],
            Team = _team[node],
            Role = _role[node],
            Enthusiasm = _enthusiasm[node],
            PurposeAlignment = _purpose[node],
            AudienceSize = _audience[node],
            Extra = extra.ToImmutable(),
        };
    }

    /// <summary>The person with a given id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>A new <see cref="Person"/>.</returns>
    /// <exception cref="KeyNotFoundException">No person has this id.</exception>
    public Person GetPerson(EmployeeId id) => GetPerson(NodeOf(id));

    /// <summary>A tie by index, 0..<see cref="TieCount"/>−1, in canonical order (by source node, target node, kind, direction).</summary>
    /// <param name="index">The tie index.</param>
    /// <returns>The tie.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public Tie GetTie(int index)
    {
        if ((uint)index >= (uint)_tieSource.Length)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(index), index, string.Create(CultureInfo.InvariantCulture, $"0..{_tieSource.Length - 1}"));
        }
        return new Tie(new EmployeeId(_ids[_tieSource[index]]), new EmployeeId(_ids[_tieTarget[index]]), _kindTable[_tieKind[index]],
            _tieStrength[index], _tieDirected[index]);
    }

    /// <summary>All ties in canonical order (see <see cref="GetTie(int)"/>).</summary>
    public IEnumerable<Tie> Ties
    {
        get
        {
            for (int i = 0; i < _tieSource.Length; i++)
            {
                yield return GetTie(i);
            }
        }
    }

    /// <summary>The influence arcs of the ties of one kind (directed, weighted; see <see cref="InfluenceGraph"/>), on all nodes.</summary>
    /// <param name="kind">The tie kind.</param>
    /// <returns>The layer; a graph with no edges when no tie has this kind.</returns>
    public CsrGraph Layer(TieKind kind)
    {
        int k = Array.BinarySearch(_kindTable, kind);
        return k >= 0 ? _layers[k].Value : BuildInfluence(static (_, _, _) => false);
    }

    /// <summary>A string attribute column by name: <c>department</c>, <c>team</c>, <c>role</c> or an extra column.</summary>
    /// <param name="name">The column name (ordinal).</param>
    /// <returns>The column by node.</returns>
    /// <exception cref="KeyNotFoundException">There is no string column of that name (the message lists the columns).</exception>
    public ImmutableArray<string> GetTextColumn(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        switch (name)
        {
            case DepartmentColumn: return Departments;
            case TeamColumn: return Teams;
            case RoleColumn: return Roles;
        }
        int c = Array.BinarySearch(_extraNames, name, StringComparer.Ordinal);
        if (c < 0)
        {
            throw new KeyNotFoundException(string.Create(CultureInfo.InvariantCulture,
                $"No text attribute column '{name}'; text columns: {string.Join(", ", [DepartmentColumn, TeamColumn, RoleColumn, .. _extraNames])}."));
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(_extraValues[c]);
    }

    /// <summary>A numeric attribute column by name: <c>enthusiasm</c>, <c>purpose_alignment</c> or <c>audience_size</c>.</summary>
    /// <param name="name">The column name.</param>
    /// <returns>The column by node, as doubles.</returns>
    /// <exception cref="KeyNotFoundException">There is no numeric column of that name.</exception>
    public ImmutableArray<double> GetNumericColumn(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        switch (name)
        {
            case EnthusiasmColumn: return Enthusiasm;
            case PurposeAlignmentColumn: return PurposeAlignment;
            case AudienceSizeColumn:
                var values = new double[_audience.Length];
                for (int v = 0; v < values.Length; v++)
                {
                    values[v] = _audience[v];
                }
                return ImmutableCollectionsMarshal.AsImmutableArray(values);
            default:
                throw new KeyNotFoundException(string.Create(CultureInfo.InvariantCulture,
                    $"No numeric attribute column '{name}'; numeric columns: {EnthusiasmColumn}, {PurposeAlignmentColumn}, {AudienceSizeColumn}."));
        }
    }

    /// <summary>A short description.</summary>
    /// <returns>For example <c>"employee network: 400 employees, 9000 externals, 30000 ties"</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"employee network: {Employees.Length} employees, {Externals.Length} externals, {TieCount} ties");

    /// <summary>Whether a column name is reserved for a standard <c>people.csv</c> column (and cannot be an extra attribute).</summary>
    internal static bool IsReservedColumn(string name) =>
        Array.Exists(ReservedColumns, x => x.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));

    [System.Diagnostics.Conditional("DEBUG")]
    private static void AssertSorted(string[] ids)
    {
        for (int i = 1; i < ids.Length; i++)
        {
            System.Diagnostics.Debug.Assert(string.CompareOrdinal(ids[i - 1], ids[i]) < 0, "ids must be distinct and sorted ordinally");
        }
    }

    internal static int Find(string[] sortedIds, string id)
    {
        int lo = 0;
        int hi = sortedIds.Length - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            int c = string.CompareOrdinal(sortedIds[mid], id);
            if (c == 0)
            {
                return mid;
            }
            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return -1;
    }

    internal ReadOnlySpan<int> TieSources => _tieSource;

    internal ReadOnlySpan<int> TieTargets => _tieTarget;

    internal ReadOnlySpan<int> TieKindIndices => _tieKind;

    internal ReadOnlySpan<double> TieStrengths => _tieStrength;

    internal ReadOnlySpan<bool> TieDirections => _tieDirected;

    internal string[] ExtraColumn(int index) => _extraValues[index];

    private CsrGraph BuildInfluence(Func<int, int, int, bool> include)
    {
        int m = _tieSource.Length;
        long arcs = 0;
        var keep = new bool[m];
        for (int i = 0; i < m; i++)
        {
            if (include(_tieSource[i], _tieTarget[i], _tieKind[i]))
            {
                keep[i] = true;
                arcs += _tieDirected[i] ? 1 : 2;
            }
        }
        if (arcs > CsrGraph.MaxArcCount)
        {
            ThrowHelper.InvalidOperation(string.Create(CultureInfo.InvariantCulture,
                $"The influence graph would need {arcs} arcs, more than the supported maximum of {CsrGraph.MaxArcCount}."));
        }
        var sources = new int[arcs];
        var targets = new int[arcs];
        var weights = new double[arcs];
        int p = 0;
        for (int i = 0; i < m; i++)
        {
            if (!keep[i])
            {
                continue;
            }
            int a = _tieSource[i];
            int b = _tieTarget[i];
            // Influence runs from the attended-to person (target) to the attending one (source).
            sources[p] = b;
            targets[p] = a;
            weights[p++] = _tieStrength[i];
            if (!_tieDirected[i])
            {
                sources[p] = a;
                targets[p] = b;
                weights[p++] = _tieStrength[i];
            }
        }
        return GraphBuilder.Build(_ids.Length, sources, targets, weights, directed: true, weighted: true, GraphBuildOptions.Default);
    }

    private CsrGraph BuildMutual()
    {
        int m = 0;
        foreach (bool directed in _tieDirected)
        {
            m += directed ? 0 : 1;
        }
        var sources = new int[m];
        var targets = new int[m];
        var weights = new double[m];
        int p = 0;
        for (int i = 0; i < _tieSource.Length; i++)
        {
            if (!_tieDirected[i])
            {
                sources[p] = _tieSource[i];
                targets[p] = _tieTarget[i];
                weights[p++] = _tieStrength[i];
            }
        }
        return GraphBuilder.Build(_ids.Length, sources, targets, weights, directed: false, weighted: true, GraphBuildOptions.Default);
    }

    private CsrGraph BuildSocial() =>
        GraphBuilder.Build(_ids.Length, _tieSource, _tieTarget, _tieStrength, directed: false, weighted: true, GraphBuildOptions.Default);

    private static bool SameKey(int x, int y, int[] src, int[] tgt, int[] knd, ReadOnlySpan<bool> directed) =>
        src[x] == src[y] && tgt[x] == tgt[y] && knd[x] == knd[y] && directed[x] == directed[y];

    private static int[] SortTies(int[] src, int[] tgt, int[] knd, ReadOnlySpan<bool> directed, int nodeCount, int kindCount)
    {
        int m = src.Length;
        var order = new int[m];
        for (int i = 0; i < m; i++)
        {
            order[i] = i;
        }
        if (nodeCount <= 1 << 26 && kindCount <= 1 << 10)
        {
            // Pack (source 26 bits, target 26 bits, kind 10 bits, directed 1 bit) into one key; ties on the key keep
            // their input order, which only matters for strengths, summed after sorting.
            var keys = new long[m];
            bool sorted = true;
            for (int i = 0; i < m; i++)
            {
                keys[i] = ((long)src[i] << 37) | ((long)tgt[i] << 11) | ((long)knd[i] << 1) | (directed[i] ? 1L : 0L);
                if (i > 0 && keys[i] < keys[i - 1])
                {
                    sorted = false;
                }
            }
            if (!sorted)
            {
                Array.Sort(keys, order);
            }
            return order;
        }
        bool[] dir = directed.ToArray();
        Array.Sort(order, (x, y) =>
        {
            int c = src[x].CompareTo(src[y]);
            if (c == 0) { c = tgt[x].CompareTo(tgt[y]); }
            if (c == 0) { c = knd[x].CompareTo(knd[y]); }
            if (c == 0) { c = dir[x].CompareTo(dir[y]); }
            return c;
        });
        return order;
    }
}
