using System.Globalization;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity;

/// <summary>
/// A deterministic synthetic company with realistic internal ties and external audiences: the sample used by the
/// README's main command, the notebooks and the tests. Generated in code from a random seed (no embedded file).
/// </summary>
/// <remarks>
/// <para>The design follows the literature summarised in docs/model.md#sample-organisation; every number below is
/// an option of <see cref="SampleOrganizationOptions"/> or a documented constant, chosen to look like a real organisation
/// rather than to favour any metric.</para>
/// <para><b>Departments and teams.</b> A small executive office (1.5% of employees, 4 to 12 people, headed by the CEO)
/// and <c>Departments − 1</c> departments of unequal size (log-normal weights, σ = 0.6, at least 8 people each).
/// Departments split into teams of 4 to 12 (uniform sizes, the last team absorbing the remainder). Names: Engineering,
/// Sales, Marketing &amp; Communications, Operations, Customer Success, Finance, People &amp; Culture, Legal, …</para>
/// <para><b>Reporting tree</b> (<see cref="TieKind.ReportsTo"/>, one-way, report → manager, strength 3): team members
/// report to their team lead (the team's first member); team leads report to their department head (the lead of the
/// department's first team); department heads and executive-office members report to the CEO. Exactly one tie per
/// employee except the CEO: a tree.</para>
/// <para><b>Internal ties</b> (<see cref="TieKind.Colleague"/>, mutual; strength ≈ interactions per week, Granovetter
/// 1973: strong ties cluster, weak ties bridge): inside a team each pair with probability 0.7, strength 3–5; leadership
/// (department head and team leads of a department) with probability 0.5 per pair (in departments of more than 9 teams,
/// Poisson(2) random fellow leads each, about 4 ties, so that large companies stay sparse), strength 2–3, and department heads among
/// themselves with probability 0.5, strength 1.5–2.5; across teams of a department Poisson(1.5) ties per employee,
/// strength 1–2.5; one round of triadic closure (each employee, with probability 0.6, meets a random colleague of a
/// random colleague; strength 1–2), which brings average clustering into the 0.2–0.5 range reported for organisational
/// networks; across departments 0.4 weak ties per employee (strength 0.5–1.5), 80% of them held by brokers (department
/// heads, 20% of team leads and 3% of other employees), so that a handful of people hold most bridges (Burt 1992,
/// structural holes). 15% of in-team colleague ties are also friendships (<see cref="TieKind.Friend"/>, strength 2–4).
/// Employees also follow Poisson(2) other employees on social media, chosen in proportion to their audience.</para>
/// <para><b>External audience.</b> Each employee has a circle of friends and acquaintances (<see cref="TieKind.Friend"/>,
/// mutual, strength 2–4) of uniform size 0.5–1.5 × <see cref="SampleOrganizationOptions.MeanFriends"/>; each slot is,
/// with probability <see cref="SampleOrganizationOptions.FriendSharing"/>, a friend of a colleague (overlapping
/// circles), otherwise a new external person who knows up to two earlier members of the circle (probability 0.5 each,
/// strength 1–3: friends of friends, clustered). Followers (<see cref="TieKind.Follows"/>, one-way, strength 0.5) come
/// in heavy-tailed numbers: ⌊x_min (1 − u)^(−1/(α−1))⌋ capped at <see cref="SampleOrganizationOptions.MaxFollowers"/>
/// (defaults α = 2.1, x_min = 10, cap 10 000: most employees have tens of followers, about 1% have more than 500 and a
/// few have thousands); each follower slot is, with probability <see cref="SampleOrganizationOptions.FollowerSharing"/>,
/// someone who already follows another employee, so deduplicated reach is smaller than summed reach.
/// <see cref="EmployeeNetwork.AudienceSize"/> of an employee is its number of distinct external contacts.</para>
/// <para><b>People.</b> Enthusiasts (enthusiasm 0.8–1) are a random <see cref="SampleOrganizationOptions.EnthusiastFraction"/>
/// (4%) of employees, drawn independently of audience and position, so some are quiet people inside dense teams and
/// most large-audience employees are not enthusiasts; others have enthusiasm 0.6·u^1.5 (mostly low). Purpose alignment:
/// 30% strongly aligned (0.7–1), 45% middling (0.3–0.7), 25% low (0–0.3), in line with only about 40% of employees in
/// Japan trusting their company; enthusiasts are aligned (0.6–1). Roles: CEO, heads, team leads, senior and junior
/// department roles. Extra attribute <c>location</c> (Tokyo 55%, Osaka 25%, Fukuoka 10%, Remote 10%). The programme
/// owner (flag-bearer) is the head of Marketing &amp; Communications (the CEO when there are fewer than 4 departments).</para>
/// <para><b>Ids.</b> Employees <c>E0000</c>, <c>E0001</c>, … (the CEO first); external people <c>X00000</c>, …; node
/// numbers follow the same order.</para>
/// <para><b>Scale.</b> About 70 external people and 100 ties per employee with the defaults: the default 400 employees
/// give about 28 500 people and 41 000 ties; 10^4 employees about 5.7·10^5 people; 10^5 employees about 5.9·10^6 people
/// and 8.9·10^6 ties (about 6 s of CPU and 2.6 GB at peak). Generation is O(people + ties). Deterministic for a given
/// seed.</para>
/// <para>References: M. S. Granovetter, "The strength of weak ties", American Journal of Sociology 78(6) (1973)
/// 1360–1380, doi:10.1086/225469; R. S. Burt, Structural Holes, Harvard University Press (1992); G. Kossinets and D. J.
/// Watts, "Empirical analysis of an evolving social network", Science 311 (2006) 88–90, doi:10.1126/science.1116869
/// (triadic closure); A. Clauset, C. R. Shalizi and M. E. J. Newman, "Power-law distributions in empirical data", SIAM
/// Review 51(4) (2009) 661–703, doi:10.1137/070710111 (audience sizes); R. Cross, W. Baker and A. Parker, "What creates
/// energy in organizations?", MIT Sloan Management Review 44(4) (2003).</para>
/// </remarks>
public static class SampleOrganization
{
    /// <summary>The seed of <see cref="Default"/>: 1973.</summary>
    public const long DefaultRandomSeed = 1973;

    private const int KindColleague = 0;
    private const int KindFriend = 1;
    private const int KindFollows = 2;
    private const int KindReportsTo = 3;

    private static readonly Lazy<EmployeeNetwork> DefaultNetwork = new(() => Generate(SampleOrganizationOptions.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] DepartmentNames =
    [
        "Executive Office", "Engineering", "Sales", "Marketing & Communications", "Operations", "Customer Success", "Finance",
        "People & Culture", "Legal", "Research & Development", "Product", "Data & Analytics",
    ];

    private static readonly string[] DepartmentCodes = ["EXE", "ENG", "SAL", "MKT", "OPS", "CSM", "FIN", "PPL", "LEG", "RND", "PRD", "DAT"];

    private static readonly string[] RoleNouns =
    [
        "Executive Assistant", "Software Engineer", "Account Executive", "Marketing Specialist", "Operations Analyst",
        "Customer Success Manager", "Financial Analyst", "HR Partner", "Legal Counsel", "Researcher", "Product Manager", "Data Analyst",
    ];

    private static readonly string[] ExecutiveRoles = ["Chief of Staff", "Chief Financial Officer", "Chief Technology Officer", "Chief Operating Officer", "Executive Assistant"];

    /// <summary>The default sample company (400 employees, seed 1973), generated once and cached.</summary>
    public static EmployeeNetwork Default => DefaultNetwork.Value;

    /// <summary>Generates a sample company.</summary>
    /// <param name="options">Size, shape and seed; <see cref="SampleOrganizationOptions.Default"/> when null.</param>
    /// <returns>The network: employees, external people, ties of kinds colleague, friend, follows and reports_to.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (the message names it).</exception>
    public static EmployeeNetwork Generate(SampleOrganizationOptions? options = null)
    {
        options ??= SampleOrganizationOptions.Default;
        Validate(options);
        return new Generator(options).Run();
    }

    private static void Validate(SampleOrganizationOptions o)
    {
        if (o.Employees < 20 || o.Employees > 2_000_000)
        {
            ThrowHelper.ArgumentOutOfRange("options.Employees", o.Employees, "20..2000000");
        }
        if (o.Departments < 2 || o.Departments > 100 || o.Employees < 8 * o.Departments)
        {
            ThrowHelper.ArgumentOutOfRange("options.Departments", o.Departments,
                string.Create(CultureInfo.InvariantCulture, $"2..100 with at least 8 employees per department (at most {Math.Min(100, o.Employees / 8)} for {o.Employees} employees)"));
        }
        if (!(o.MeanFriends >= 0 && o.MeanFriends <= 200))
        {
            ThrowHelper.ArgumentOutOfRange("options.MeanFriends", o.MeanFriends, "0..200");
        }
        if (!(o.FriendSharing >= 0 && o.FriendSharing < 1))
        {
            ThrowHelper.ArgumentOutOfRange("options.FriendSharing", o.FriendSharing, "0 or more and below 1");
        }
        if (!(o.FollowerExponent >= 2 && o.FollowerExponent <= 3))
        {
            ThrowHelper.ArgumentOutOfRange("options.FollowerExponent", o.FollowerExponent, "2..3");
        }
        if (o.MinFollowers < 0)
        {
            ThrowHelper.ArgumentOutOfRange("options.MinFollowers", o.MinFollowers, "0 or more");
        }
        if (o.MaxFollowers < o.MinFollowers)
        {
            ThrowHelper.ArgumentOutOfRange("options.MaxFollowers", o.MaxFollowers, string.Create(CultureInfo.InvariantCulture, $"at least MinFollowers = {o.MinFollowers}"));
        }
        if (!(o.FollowerSharing >= 0 && o.FollowerSharing < 1))
        {
            ThrowHelper.ArgumentOutOfRange("options.FollowerSharing", o.FollowerSharing, "0 or more and below 1");
        }
        if (!(o.EnthusiastFraction >= 0 && o.EnthusiastFraction <= 1))
        {
            ThrowHelper.ArgumentOutOfRange("options.EnthusiastFraction", o.EnthusiastFraction, "0..1");
        }
    }

    private sealed class Generator
    {
        /// <summary>The CEO is employee 0, the first member of the executive office's first team.</summary>
        private const int Ceo = 0;

        private readonly SampleOrganizationOptions _o;
        private readonly int _e;
        private readonly IntList _src = new();
        private readonly IntList _tgt = new();
        private readonly IntList _kind = new();
        private readonly DoubleList _strength = new();
        private readonly List<bool> _directed = [];
        private readonly HashSet<long> _colleaguePairs = new(PairKeyComparer.Instance);
        private Xoshiro256StarStar _rng;
        private int _externals;

        public Generator(SampleOrganizationOptions options)
        {
            _o = options;
            _e = options.Employees;
            _rng = Xoshiro256StarStar.ForStream((ulong)options.RandomSeed, 0);
        }

        /// <summary>
        /// Generates the company in the order of the remarks of <see cref="SampleOrganization"/>. Every step draws from
        /// the one stream <see cref="_rng"/>, so the steps must run in this order for a seed to keep its company.
        /// </summary>
        public EmployeeNetwork Run()
        {
            int[] deptSize = SizeDepartments();
            Layout layout = PlaceTeamsAndPeople(deptSize);
            string[] role = AssignRoles(layout);
            AddReportingTree(layout);
            AddTeamColleagues(layout);
            AddLeadershipTies(layout);
            AddCrossTeamTies(layout, deptSize);
            CloseTriads();
            AddCrossDepartmentTies(layout);
            int[][] adjacency = ColleagueAdjacency(_e);
            int[] followerCount = DrawFollowerCounts();
            var stamp = new IntList(); // per external: the last employee that took it (avoids double links)
            long[] audience = AddFriendCircles(adjacency, stamp);
            AddFollowers(followerCount, stamp, audience);
            FollowColleagues(audience);
            (double[] enthusiasm, double[] purpose) = DrawEnthusiasmAndPurpose();
            return Assemble(layout, role, audience, enthusiasm, purpose);
        }

        /// <summary>Departments: a small executive office, then log-normal sizes of at least 8.</summary>
        private int[] SizeDepartments()
        {
            int e = _e;
            int d = _o.Departments;
            var deptSize = new int[d];
            deptSize[0] = Math.Clamp((int)Math.Round(0.015 * e), 4, 12);
            int rest = e - deptSize[0];
            var weight = new double[d];
            double weightSum = 0;
            for (int i = 1; i < d; i++)
            {
                weight[i] = Math.Exp(0.6 * Normal());
                weightSum += weight[i];
            }
            int assigned = 0;
            for (int i = 1; i < d; i++)
            {
                deptSize[i] = Math.Max(8, (int)(weight[i] / weightSum * rest));
                assigned += deptSize[i];
            }
            for (int i = 1; assigned != rest; i = i % (d - 1) + 1)
            {
                if (assigned < rest)
                {
                    deptSize[i]++;
                    assigned++;
                }
                else if (deptSize[i] > 8)
                {
                    deptSize[i]--;
                    assigned--;
                }
            }
            return deptSize;
        }

        /// <summary>Teams of 4 to 12 inside each department (the last absorbs the remainder); the team's first member leads it.</summary>
        private Layout PlaceTeamsAndPeople(int[] deptSize)
        {
            int e = _e;
            int d = _o.Departments;
            var department = new int[e];
            var team = new int[e];
            var teamStart = new List<int>();
            var teamDept = new List<int>();
            var deptHead = new int[d];
            int next = 0;
            for (int dep = 0; dep < d; dep++)
            {
                int remaining = deptSize[dep];
                int firstTeam = teamStart.Count;
                while (remaining > 0)
                {
                    int size = remaining <= 12 ? remaining : 4 + _rng.NextInt(Math.Min(12, remaining - 4) - 4 + 1);
                    int t = teamStart.Count;
                    teamStart.Add(next);
                    teamDept.Add(dep);
                    for (int i = 0; i < size; i++)
                    {
                        department[next + i] = dep;
                        team[next + i] = t;
                    }
                    next += size;
                    remaining -= size;
                }
                deptHead[dep] = teamStart[firstTeam];
            }
            teamStart.Add(e);
            return new Layout(department, team, teamStart, teamDept, deptHead);
        }

        /// <summary>Roles: CEO, executive-office roles, heads, team leads, senior and junior department roles.</summary>
        private string[] AssignRoles(Layout layout)
        {
            var role = new string[_e];
            for (int v = 0; v < _e; v++)
            {
                int dep = layout.Department[v];
                if (v == Ceo)
                {
                    role[v] = "Chief Executive Officer";
                }
                else if (dep == 0)
                {
                    role[v] = ExecutiveRoles[(v - 1) % ExecutiveRoles.Length];
                }
                else if (v == layout.DeptHead[dep])
                {
                    role[v] = "Head of " + DepartmentName(dep);
                }
                else if (v == layout.TeamStart[layout.Team[v]])
                {
                    role[v] = "Team Lead";
                }
                else
                {
                    string noun = dep < RoleNouns.Length ? RoleNouns[dep] : "Specialist";
                    role[v] = _rng.NextDouble() < 0.3 ? "Senior " + noun : noun;
                }
            }
            return role;
        }

        /// <summary>The reporting tree (report → manager, strength 3): members → team lead → department head → CEO.</summary>
        private void AddReportingTree(Layout layout)
        {
            var manager = new int[_e];
            manager[Ceo] = -1;
            for (int t = 0; t < layout.TeamCount; t++)
            {
                int lead = layout.TeamStart[t];
                int dep = layout.TeamDept[t];
                int head = layout.DeptHead[dep];
                manager[lead] = lead == head ? (dep == 0 ? -1 : Ceo) : head;
                for (int v = lead + 1; v < layout.TeamStart[t + 1]; v++)
                {
                    manager[v] = lead;
                }
            }
            for (int v = 0; v < _e; v++)
            {
                if (manager[v] >= 0)
                {
                    AddTie(v, manager[v], KindReportsTo, 3.0, directed: true);
                }
            }
        }

        /// <summary>Colleague ties inside teams (dense, strong), some of them friendships too.</summary>
        private void AddTeamColleagues(Layout layout)
        {
            for (int t = 0; t < layout.TeamCount; t++)
            {
                for (int a = layout.TeamStart[t]; a < layout.TeamStart[t + 1]; a++)
                {
                    for (int b = a + 1; b < layout.TeamStart[t + 1]; b++)
                    {
                        if (_rng.NextDouble() < 0.7)
                        {
                            AddColleague(a, b, 3 + 2 * _rng.NextDouble());
                            if (_rng.NextDouble() < 0.15)
                            {
                                AddTie(a, b, KindFriend, 2 + 2 * _rng.NextDouble(), directed: false);
                            }
                        }
                    }
                }
            }
        }

        /// <summary>Leadership: the head and team leads of each department; department heads among themselves.</summary>
        private void AddLeadershipTies(Layout layout)
        {
            int d = _o.Departments;
            var leads = new List<int>();
            for (int dep = 0; dep < d; dep++)
            {
                leads.Clear();
                for (int t = 0; t < layout.TeamCount; t++)
                {
                    if (layout.TeamDept[t] == dep)
                    {
                        leads.Add(layout.TeamStart[t]);
                    }
                }
                if (leads.Count <= 9)
                {
                    for (int i = 0; i < leads.Count; i++)
                    {
                        for (int j = i + 1; j < leads.Count; j++)
                        {
                            if (_rng.NextDouble() < 0.5)
                            {
                                AddColleague(leads[i], leads[j], 2 + _rng.NextDouble());
                            }
                        }
                    }
                }
                else
                {
                    // Large departments: each lead meets Poisson(2) random fellow leads (about 4 leadership ties each).
                    for (int i = 0; i < leads.Count; i++)
                    {
                        for (int k = Poisson(2); k > 0; k--)
                        {
                            AddColleague(leads[i], leads[_rng.NextInt(leads.Count)], 2 + _rng.NextDouble());
                        }
                    }
                }
            }
            for (int i = 0; i < d; i++)
            {
                for (int j = i + 1; j < d; j++)
                {
                    if (_rng.NextDouble() < 0.5)
                    {
                        AddColleague(layout.DeptHead[i], layout.DeptHead[j], 1.5 + _rng.NextDouble());
                    }
                }
            }
        }

        /// <summary>Across teams inside a department: Poisson(1.5) per employee.</summary>
        private void AddCrossTeamTies(Layout layout, int[] deptSize)
        {
            int d = _o.Departments;
            var deptStart = new int[d + 1];
            for (int dep = 0; dep < d; dep++)
            {
                deptStart[dep + 1] = deptStart[dep] + deptSize[dep];
            }
            for (int v = 0; v < _e; v++)
            {
                int dep = layout.Department[v];
                for (int k = Poisson(1.5); k > 0; k--)
                {
                    int w = deptStart[dep] + _rng.NextInt(deptSize[dep]);
                    if (layout.Team[w] != layout.Team[v])
                    {
                        AddColleague(v, w, 1 + 1.5 * _rng.NextDouble());
                    }
                }
            }
        }

        /// <summary>Triadic closure: one round over the colleague graph built so far.</summary>
        private void CloseTriads()
        {
            int[][] adjacency = ColleagueAdjacency(_e);
            for (int v = 0; v < _e; v++)
            {
                if (adjacency[v].Length == 0 || _rng.NextDouble() >= 0.6)
                {
                    continue;
                }
                int u = adjacency[v][_rng.NextInt(adjacency[v].Length)];
                if (adjacency[u].Length == 0)
                {
                    continue;
                }
                int w = adjacency[u][_rng.NextInt(adjacency[u].Length)];
                if (w != v)
                {
                    AddColleague(v, w, 1 + _rng.NextDouble());
                }
            }
        }

        /// <summary>Weak ties across departments, 80% of them held by brokers (heads, 20% of leads, 3% of others).</summary>
        private void AddCrossDepartmentTies(Layout layout)
        {
            int e = _e;
            var brokers = new List<int>();
            for (int v = 0; v < e; v++)
            {
                bool lead = v == layout.TeamStart[layout.Team[v]];
                bool head = v == layout.DeptHead[layout.Department[v]];
                if (head || (lead && _rng.NextDouble() < 0.2) || (!lead && _rng.NextDouble() < 0.03))
                {
                    brokers.Add(v);
                }
            }
            int crossTies = (int)Math.Round(0.4 * e);
            for (int i = 0; i < crossTies; i++)
            {
                int a = _rng.NextDouble() < 0.8 ? brokers[_rng.NextInt(brokers.Count)] : _rng.NextInt(e);
                int b = -1;
                for (int attempt = 0; attempt < 20; attempt++)
                {
                    int c = _rng.NextDouble() < 0.5 ? brokers[_rng.NextInt(brokers.Count)] : _rng.NextInt(e);
                    if (layout.Department[c] != layout.Department[a])
                    {
                        b = c;
                        break;
                    }
                }
                if (b >= 0)
                {
                    AddColleague(a, b, 0.5 + _rng.NextDouble());
                }
            }
        }

        /// <summary>Followers: heavy-tailed counts ⌊x_min (1 − u)^(−1/(α−1))⌋, capped, independent of everything else.</summary>
        private int[] DrawFollowerCounts()
        {
            var followerCount = new int[_e];
            double alpha = _o.FollowerExponent;
            for (int v = 0; v < _e; v++)
            {
                if (_o.MinFollowers == 0)
                {
                    continue;
                }
                double x = _o.MinFollowers * Math.Pow(1 - _rng.NextDouble(), -1 / (alpha - 1));
                followerCount[v] = (int)Math.Min(_o.MaxFollowers, Math.Floor(x));
            }
            return followerCount;
        }

        /// <summary>Friend circles (clustered, partly shared between colleagues); returns each employee's audience so far.</summary>
        private long[] AddFriendCircles(int[][] adjacency, IntList stamp)
        {
            int e = _e;
            var audience = new long[e];
            var circleStart = new int[e + 1];
            var circle = new IntList();
            for (int v = 0; v < e; v++)
            {
                circleStart[v] = circle.Count;
                int size = (int)Math.Round((0.5 + _rng.NextDouble()) * _o.MeanFriends);
                for (int s = 0; s < size; s++)
                {
                    int friend = -1;
                    if (_rng.NextDouble() < _o.FriendSharing && adjacency[v].Length > 0)
                    {
                        int u = adjacency[v][_rng.NextInt(adjacency[v].Length)];
                        if (u < v && circleStart[u + 1] > circleStart[u])
                        {
                            int candidate = circle[circleStart[u] + _rng.NextInt(circleStart[u + 1] - circleStart[u])];
                            if (stamp[candidate] != v + 1)
                            {
                                friend = candidate;
                            }
                        }
                    }
                    if (friend < 0)
                    {
                        friend = NewExternal(stamp);
                        // Friends of friends: the newcomer knows up to two earlier members of the circle.
                        // (The newcomer has no ties yet, so only the two draws can collide.)
                        int known = circle.Count - circleStart[v];
                        int first = -1;
                        for (int k = 0; k < 2 && known > 0; k++)
                        {
                            if (_rng.NextDouble() < 0.5)
                            {
                                int other = circle[circleStart[v] + _rng.NextInt(known)];
                                if (other != first)
                                {
                                    first = other;
                                    AddTie(_e + friend, _e + other, KindFriend, 1 + 2 * _rng.NextDouble(), directed: false);
                                }
                            }
                        }
                    }
                    stamp[friend] = v + 1;
                    circle.Add(friend);
                    AddTie(v, _e + friend, KindFriend, 2 + 2 * _rng.NextDouble(), directed: false);
                }
                audience[v] = circle.Count - circleStart[v];
            }
            return audience;
        }

        /// <summary>Followers, partly shared between employees; adds them to <paramref name="audience"/>.</summary>
        private void AddFollowers(int[] followerCount, IntList stamp, long[] audience)
        {
            var followers = new IntList();
            for (int v = 0; v < _e; v++)
            {
                for (int s = 0; s < followerCount[v]; s++)
                {
                    int follower = -1;
                    if (followers.Count > 0 && _rng.NextDouble() < _o.FollowerSharing)
                    {
                        int candidate = followers[_rng.NextInt(followers.Count)];
                        if (stamp[candidate] != v + 1)
                        {
                            follower = candidate;
                        }
                    }
                    if (follower < 0)
                    {
                        follower = NewExternal(stamp);
                        followers.Add(follower);
                    }
                    stamp[follower] = v + 1;
                    AddTie(_e + follower, v, KindFollows, 0.5, directed: true);
                    audience[v]++;
                }
            }
        }

        /// <summary>Employees follow Poisson(2) colleagues, chosen in proportion to audience + 1.</summary>
        private void FollowColleagues(long[] audience)
        {
            int e = _e;
            var cumulative = new double[e];
            double total = 0;
            for (int v = 0; v < e; v++)
            {
                total += audience[v] + 1;
                cumulative[v] = total;
            }
            var followed = new List<int>();
            for (int v = 0; v < e; v++)
            {
                followed.Clear();
                for (int k = Poisson(2); k > 0; k--)
                {
                    int idx = Array.BinarySearch(cumulative, _rng.NextDouble() * total);
                    int w = idx >= 0 ? idx : ~idx;
                    w = Math.Min(w, e - 1);
                    if (w != v && !followed.Contains(w))
                    {
                        followed.Add(w);
                        AddTie(v, w, KindFollows, 0.5, directed: true);
                    }
                }
            }
        }

        /// <summary>Enthusiasm (rare, independent of audience) and purpose alignment, for every person (externals stay 0).</summary>
        private (double[] Enthusiasm, double[] Purpose) DrawEnthusiasmAndPurpose()
        {
            int n = _e + _externals;
            var enthusiasm = new double[n];
            var purpose = new double[n];
            for (int v = 0; v < _e; v++)
            {
                if (_rng.NextDouble() < _o.EnthusiastFraction)
                {
                    enthusiasm[v] = 0.8 + 0.2 * _rng.NextDouble();
                    purpose[v] = 0.6 + 0.4 * _rng.NextDouble();
                }
                else
                {
                    enthusiasm[v] = 0.6 * Math.Pow(_rng.NextDouble(), 1.5);
                    double u = _rng.NextDouble();
                    purpose[v] = u < 0.30 ? 0.7 + 0.3 * _rng.NextDouble() : u < 0.75 ? 0.3 + 0.4 * _rng.NextDouble() : 0.3 * _rng.NextDouble();
                }
            }
            return (enthusiasm, purpose);
        }

        /// <summary>Columns and ids (E… sorts before X…, and fixed widths keep numeric order: nodes follow generation order).</summary>
        private EmployeeNetwork Assemble(Layout layout, string[] role, long[] audience, double[] enthusiasm, double[] purpose)
        {
            int e = _e;
            int n = e + _externals;
            int widthE = Math.Max(4, Digits(e - 1));
            int widthX = Math.Max(5, Digits(Math.Max(0, _externals - 1)));
            var ids = new string[n];
            var kinds = new PersonKind[n];
            var deptColumn = new string[n];
            var teamColumn = new string[n];
            var roleColumn = new string[n];
            var audienceColumn = new long[n];
            var location = new string[n];
            string[] places = ["Tokyo", "Osaka", "Fukuoka", "Remote"];
            var teamNames = new string[layout.TeamCount];
            for (int t = 0, inDept = 0; t < layout.TeamCount; t++)
            {
                inDept = t > 0 && layout.TeamDept[t] == layout.TeamDept[t - 1] ? inDept + 1 : 1;
                teamNames[t] = string.Create(CultureInfo.InvariantCulture, $"{DepartmentCode(layout.TeamDept[t])}-{inDept:00}");
            }
            for (int v = 0; v < e; v++)
            {
                ids[v] = "E" + v.ToString("D" + widthE.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                kinds[v] = PersonKind.Employee;
                deptColumn[v] = DepartmentName(layout.Department[v]);
                teamColumn[v] = teamNames[layout.Team[v]];
                roleColumn[v] = role[v];
                audienceColumn[v] = audience[v];
                double r = _rng.NextDouble();
                location[v] = places[r < 0.55 ? 0 : r < 0.80 ? 1 : r < 0.90 ? 2 : 3];
            }
            for (int x = 0; x < _externals; x++)
            {
                int v = e + x;
                ids[v] = "X" + x.ToString("D" + widthX.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                kinds[v] = PersonKind.External;
                deptColumn[v] = string.Empty;
                teamColumn[v] = string.Empty;
                roleColumn[v] = string.Empty;
                location[v] = string.Empty;
            }
            int owner = _o.Departments >= 4 ? layout.DeptHead[3] : Ceo;
            var directed = _directed.ToArray();
            return new EmployeeNetwork(ids, kinds, deptColumn, teamColumn, roleColumn, enthusiasm, purpose, audienceColumn,
                ["location"], [location], owner,
                _src.AsSpan(), _tgt.AsSpan(), _kind.AsSpan(), [TieKind.Colleague, TieKind.Friend, TieKind.Follows, TieKind.ReportsTo],
                _strength.AsSpan(), directed);
        }

        private static string DepartmentName(int dep) =>
            dep < DepartmentNames.Length ? DepartmentNames[dep] : string.Create(CultureInfo.InvariantCulture, $"Department {dep + 1}");

        private static string DepartmentCode(int dep) =>
            dep < DepartmentCodes.Length ? DepartmentCodes[dep] : string.Create(CultureInfo.InvariantCulture, $"D{dep + 1}");

        private static int Digits(int value) => value < 10 ? 1 : 1 + Digits(value / 10);

        private int NewExternal(IntList stamp)
        {
            stamp.Add(0);
            return _externals++;
        }

        private void AddColleague(int a, int b, double strength)
        {
            if (a == b)
            {
                return;
            }
            if (_colleaguePairs.Add(PairKeyComparer.Key(a, b)))
            {
                AddTie(a, b, KindColleague, strength, directed: false);
            }
        }

        private void AddTie(int a, int b, int kind, double strength, bool directed)
        {
            _src.Add(a);
            _tgt.Add(b);
            _kind.Add(kind);
            _strength.Add(strength);
            _directed.Add(directed);
        }

        private int[][] ColleagueAdjacency(int e)
        {
            var degree = new int[e];
            for (int i = 0; i < _src.Count; i++)
            {
                if (_kind[i] == KindColleague)
                {
                    degree[_src[i]]++;
                    degree[_tgt[i]]++;
                }
            }
            var adjacency = new int[e][];
            for (int v = 0; v < e; v++)
            {
                adjacency[v] = new int[degree[v]];
                degree[v] = 0;
            }
            for (int i = 0; i < _src.Count; i++)
            {
                if (_kind[i] == KindColleague)
                {
                    int a = _src[i];
                    int b = _tgt[i];
                    adjacency[a][degree[a]++] = b;
                    adjacency[b][degree[b]++] = a;
                }
            }
            return adjacency;
        }

        private double Normal()
        {
            // Box–Muller.
            double u1 = 1 - _rng.NextDouble();
            double u2 = _rng.NextDouble();
            return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        }

        private int Poisson(double lambda)
        {
            // Knuth's method (small λ).
            double limit = Math.Exp(-lambda);
            double p = _rng.NextDouble();
            int k = 0;
            while (p > limit)
            {
                k++;
                p *= _rng.NextDouble();
            }
            return k;
        }
    }

    /// <summary>Where everyone sits: department and team per employee, teams as runs of consecutive employees.</summary>
    /// <param name="Department">Department per employee.</param>
    /// <param name="Team">Team per employee.</param>
    /// <param name="TeamStart">First employee of each team (its lead), plus a final entry equal to the employee count.</param>
    /// <param name="TeamDept">Department of each team.</param>
    /// <param name="DeptHead">Head of each department (the lead of its first team).</param>
    private sealed record Layout(int[] Department, int[] Team, List<int> TeamStart, List<int> TeamDept, int[] DeptHead)
    {
        public int TeamCount => TeamDept.Count;
    }

    /// <summary>A growable int array (no per-item allocation, span access).</summary>
    private sealed class IntList
    {
        private int[] _items = new int[64];

        public int Count { get; private set; }

        public int this[int index]
        {
            get => _items[index];
            set => _items[index] = value;
        }

        public void Add(int value)
        {
            if (Count == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
            }
            _items[Count++] = value;
        }

        public ReadOnlySpan<int> AsSpan() => _items.AsSpan(0, Count);
    }

    /// <summary>A growable double array.</summary>
    private sealed class DoubleList
    {
        private double[] _items = new double[64];

        public int Count { get; private set; }

        public void Add(double value)
        {
            if (Count == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
            }
            _items[Count++] = value;
        }

        public ReadOnlySpan<double> AsSpan() => _items.AsSpan(0, Count);
    }
}
