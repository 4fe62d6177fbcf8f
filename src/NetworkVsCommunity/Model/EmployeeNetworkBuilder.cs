using System.Globalization;
using System.Runtime.InteropServices;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity;

/// <summary>
/// Builds an immutable <see cref="EmployeeNetwork"/> in code: add people, then ties between them, then
/// <see cref="Build"/>.
/// </summary>
/// <remarks>
/// <para>Validation happens as items are added, with messages naming the person and the value: an empty or duplicate id,
/// enthusiasm or purpose alignment outside [0, 1] or NaN, a negative audience size, an extra attribute named like a
/// standard column, a tie naming an unknown person (add people before their ties), a self-tie, a strength that is not
/// finite and greater than 0.</para>
/// <para>Duplicate ties are accepted and merged at <see cref="Build"/> (strengths summed, counted in
/// <see cref="EmployeeNetwork.BuildStatistics"/>). The order of calls never changes the result: nodes follow the
/// ordinal order of ids.</para>
/// <para>Not thread-safe.</para>
/// </remarks>
public sealed class EmployeeNetworkBuilder
{
    private readonly List<Person> _people = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<int> _tieSource = [];
    private readonly List<int> _tieTarget = [];
    private readonly List<int> _tieKind = [];
    private readonly List<double> _tieStrength = [];
    private readonly List<bool> _tieDirected = [];
    private readonly Dictionary<TieKind, int> _kinds = [];
    private readonly List<TieKind> _kindTable = [];
    private string? _owner;

    /// <summary>Number of people added.</summary>
    public int PersonCount => _people.Count;

    /// <summary>Number of ties added (before merging duplicates).</summary>
    public int TieCount => _tieSource.Count;

    /// <summary>Adds a person.</summary>
    /// <param name="person">The person and attributes.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is empty or already added, or an attribute is invalid (the message names the person and value).</exception>
    public EmployeeNetworkBuilder AddPerson(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        string id = person.Id.Value;
        if (id.Length == 0)
        {
            ThrowHelper.Argument(nameof(person), "A person needs a non-empty id (default(EmployeeId) is not an id).");
        }
        if (_index.ContainsKey(id))
        {
            ThrowHelper.Argument(nameof(person), string.Create(CultureInfo.InvariantCulture, $"Duplicate person id '{id}': every person must have a distinct id."));
        }
        CheckUnit(id, EmployeeNetwork.EnthusiasmColumn, person.Enthusiasm);
        CheckUnit(id, EmployeeNetwork.PurposeAlignmentColumn, person.PurposeAlignment);
        if (person.AudienceSize < 0)
        {
            ThrowHelper.Argument(nameof(person), string.Create(CultureInfo.InvariantCulture,
                $"Person '{id}' has audience_size = {person.AudienceSize}; allowed: 0 or more."));
        }
        if (person.Kind is not PersonKind.Employee and not PersonKind.External)
        {
            ThrowHelper.Argument(nameof(person), string.Create(CultureInfo.InvariantCulture, $"Person '{id}' has kind = {(int)person.Kind}; allowed: Employee or External."));
        }
        ArgumentNullException.ThrowIfNull(person.Department);
        ArgumentNullException.ThrowIfNull(person.Team);
        ArgumentNullException.ThrowIfNull(person.Role);
        ArgumentNullException.ThrowIfNull(person.Extra);
        foreach (var (name, value) in person.Extra)
        {
            if (string.IsNullOrWhiteSpace(name) || EmployeeNetwork.IsReservedColumn(name))
            {
                ThrowHelper.Argument(nameof(person), string.Create(CultureInfo.InvariantCulture,
                    $"Person '{id}' has an extra attribute named '{name}', which is blank or the name of a standard column (compared ignoring case and surrounding spaces)."));
            }
            if (value is null)
            {
                ThrowHelper.Argument(nameof(person), string.Create(CultureInfo.InvariantCulture, $"Person '{id}' has a null value for extra attribute '{name}'."));
            }
        }
        _index.Add(id, _people.Count);
        _people.Add(person);
        return this;
    }

    /// <summary>Adds an employee with default attributes.</summary>
    /// <param name="id">The id.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The id is empty or already added.</exception>
    public EmployeeNetworkBuilder AddPerson(EmployeeId id) => AddPerson(new Person(id));

    /// <summary>Whether a person with this id was added.</summary>
    /// <param name="id">The id.</param>
    /// <returns>True if present.</returns>
    public bool ContainsPerson(EmployeeId id) => _index.ContainsKey(id.Value);

    /// <summary>Adds a tie between two people already added. See <see cref="Tie"/> for the direction convention.</summary>
    /// <param name="source">The first person ("source follows target").</param>
    /// <param name="target">The second person.</param>
    /// <param name="kind">The tie kind.</param>
    /// <param name="strength">The strength: finite and greater than 0. Default 1.</param>
    /// <param name="directed">True for a one-way tie, false for a mutual one; null (the default) uses <see cref="TieKind.IsDirectedByDefault"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A person is unknown, the tie is a self-tie, the kind is <c>default</c>, or the strength is not finite and positive.</exception>
    public EmployeeNetworkBuilder AddTie(EmployeeId source, EmployeeId target, TieKind kind, double strength = 1.0, bool? directed = null)
    {
        string s = source.Value;
        string t = target.Value;
        if (!_index.TryGetValue(s, out int a))
        {
            ThrowHelper.Argument(nameof(source), string.Create(CultureInfo.InvariantCulture,
                $"Tie {s} -> {t} ({kind.Name}) names an unknown person '{s}'; add people before their ties."));
        }
        if (!_index.TryGetValue(t, out int b))
        {
            ThrowHelper.Argument(nameof(target), string.Create(CultureInfo.InvariantCulture,
                $"Tie {s} -> {t} ({kind.Name}) names an unknown person '{t}'; add people before their ties."));
        }
        if (a == b)
        {
            ThrowHelper.Argument(nameof(target), string.Create(CultureInfo.InvariantCulture,
                $"Tie {s} -> {t} ({kind.Name}) is a self-tie; a person cannot be tied to themselves."));
        }
        if (kind.Name.Length == 0)
        {
            ThrowHelper.Argument(nameof(kind), string.Create(CultureInfo.InvariantCulture, $"Tie {s} -> {t} has no kind (default(TieKind))."));
        }
        if (!double.IsFinite(strength) || strength <= 0)
        {
            ThrowHelper.Argument(nameof(strength), string.Create(CultureInfo.InvariantCulture,
                $"Tie {s} -> {t} ({kind.Name}) has strength = {ThrowHelper.Format(strength)}; allowed: finite and greater than 0."));
        }
        if (!_kinds.TryGetValue(kind, out int k))
        {
            k = _kindTable.Count;
            _kinds.Add(kind, k);
            _kindTable.Add(kind);
        }
        _tieSource.Add(a);
        _tieTarget.Add(b);
        _tieKind.Add(k);
        _tieStrength.Add(strength);
        _tieDirected.Add(directed ?? kind.IsDirectedByDefault);
        return this;
    }

    /// <summary>
    /// Derives ties from an interaction log (who wrote to whom, when) and adds them: strength from frequency and recency,
    /// reciprocity as the direction. Add the people first.
    /// </summary>
    /// <param name="log">The messages, in any order (<see cref="InteractionLogCsv"/> reads them from a file).</param>
    /// <param name="options">The policies; null for <see cref="InteractionTieOptions.Default"/>.</param>
    /// <returns>The ties added, with their message counts, and what every policy dropped.</returns>
    /// <remarks>
    /// <para><b>Rule.</b> Each kept message from sender s counts once for each distinct recipient r: the pair {s, r}
    /// gains 2^(−age / <see cref="InteractionTieOptions.HalfLife"/>) in the direction s → r, age measured back from
    /// <see cref="InteractionTieOptions.ReferenceTime"/> (default: the latest kept message). The tie's strength is the sum
    /// over both directions (Onnela et al. 2007 weight ties by communication volume; the half-life adds recency). A pair
    /// with messages both ways is a mutual tie; otherwise a one-way tie from the person written to (source) to the writer
    /// (target), so influence flows writer → reader, as the <see cref="Tie"/> convention says. Reciprocity is one of
    /// Granovetter's (1973) components of tie strength; <see cref="InteractionTie"/> keeps both message counts.</para>
    /// <para><b>Policies</b> (docs/formats.md): a recipient listed twice counts once; the sender among the recipients is
    /// dropped, and a message to oneself only is dropped; a message to more than
    /// <see cref="InteractionTieOptions.MaxRecipients"/> distinct recipients is a mass mailing and dropped whole; unknown
    /// people are skipped or rejected (<see cref="InteractionTieOptions.UnknownPeople"/>); channels outside
    /// <see cref="InteractionTieOptions.Channels"/> and messages after an explicit reference time are dropped. Each drop is
    /// counted in the result.</para>
    /// <para><b>Cost.</b> One pass, O(entries) time with one hash lookup per entry, O(people + pairs) memory; the log is
    /// streamed, never held. Strengths are summed in log order, so reordering a log can change them in the last bits.
    /// References: J.-P. Onnela et al., PNAS 104, 7332–7336 (2007), doi:10.1073/pnas.0610245104; M. S. Granovetter, American
    /// Journal of Sociology 78, 1360–1380 (1973), doi:10.1086/225469.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="log"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (the message names it).</exception>
    /// <exception cref="ArgumentException">An option is invalid, or a person is unknown under <see cref="UnknownPersonPolicy.Error"/>.</exception>
    public InteractionTieResult AddInteractions(IEnumerable<Interaction> log, InteractionTieOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        options ??= InteractionTieOptions.Default;
        options.Validate(nameof(options));
        InteractionTieResult result = InteractionTieDerivation.Derive(log, options, _index, _people);
        foreach (InteractionTie tie in result.Ties)
        {
            AddTie(tie.Source, tie.Target, options.Kind, tie.Strength, tie.Directed);
        }
        return result;
    }

    /// <summary>Designates the programme owner (flag-bearer); pass null to clear.</summary>
    /// <param name="id">An employee already added, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The person is unknown or is not an employee.</exception>
    public EmployeeNetworkBuilder SetProgrammeOwner(EmployeeId? id)
    {
        if (id is null)
        {
            _owner = null;
            return this;
        }
        string s = id.Value.Value;
        if (!_index.TryGetValue(s, out int p))
        {
            ThrowHelper.Argument(nameof(id), string.Create(CultureInfo.InvariantCulture, $"The programme owner '{s}' is not a person of this network; add the person first."));
        }
        if (_people[p].Kind != PersonKind.Employee)
        {
            ThrowHelper.Argument(nameof(id), string.Create(CultureInfo.InvariantCulture, $"The programme owner '{s}' must be an employee, not an external contact."));
        }
        _owner = s;
        return this;
    }

    /// <summary>Builds the immutable network (the builder keeps its content and may build again).</summary>
    /// <returns>The network.</returns>
    public EmployeeNetwork Build()
    {
        int n = _people.Count;
        var order = new int[n];
        var ids = new string[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
            ids[i] = _people[i].Id.Value;
        }
        Array.Sort(ids, order, StringComparer.Ordinal);
        var nodeOf = new int[n];
        for (int v = 0; v < n; v++)
        {
            nodeOf[order[v]] = v;
        }
        var kinds = new PersonKind[n];
        var department = new string[n];
        var team = new string[n];
        var role = new string[n];
        var enthusiasm = new double[n];
        var purpose = new double[n];
        var audience = new long[n];
        var extraNames = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var person in _people)
        {
            foreach (var key in person.Extra.Keys)
            {
                extraNames.Add(key);
            }
        }
        string[] names = [.. extraNames];
        var extraValues = new string[names.Length][];
        for (int c = 0; c < names.Length; c++)
        {
            extraValues[c] = new string[n];
        }
        for (int v = 0; v < n; v++)
        {
            Person p = _people[order[v]];
            kinds[v] = p.Kind;
            department[v] = p.Department;
            team[v] = p.Team;
            role[v] = p.Role;
            enthusiasm[v] = p.Enthusiasm;
            purpose[v] = p.PurposeAlignment;
            audience[v] = p.AudienceSize;
            for (int c = 0; c < names.Length; c++)
            {
                extraValues[c][v] = p.Extra.TryGetValue(names[c], out string? value) ? value : string.Empty;
            }
        }
        int m = _tieSource.Count;
        var src = new int[m];
        var tgt = new int[m];
        for (int i = 0; i < m; i++)
        {
            src[i] = nodeOf[_tieSource[i]];
            tgt[i] = nodeOf[_tieTarget[i]];
        }
        int owner = _owner is null ? -1 : nodeOf[_index[_owner]];
        return new EmployeeNetwork(ids, kinds, department, team, role, enthusiasm, purpose, audience, names, extraValues, owner,
            src, tgt, CollectionsMarshal.AsSpan(_tieKind), [.. _kindTable], CollectionsMarshal.AsSpan(_tieStrength), CollectionsMarshal.AsSpan(_tieDirected));
    }

    private static void CheckUnit(string id, string column, double value)
    {
        if (!(value >= 0 && value <= 1))
        {
            ThrowHelper.Argument("person", string.Create(CultureInfo.InvariantCulture,
                $"Person '{id}' has {column} = {ThrowHelper.Format(value)}; allowed: a number from 0 to 1."));
        }
    }
}
