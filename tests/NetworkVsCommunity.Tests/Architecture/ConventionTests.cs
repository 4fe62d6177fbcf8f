using System.Reflection;
using System.Runtime.CompilerServices;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Tests.Architecture;

/// <summary>
/// Architecture tests by reflection (after NodaTime's MutabilityTest): the conventions of STYLE.md hold for every
/// public type of the core assembly, including ones added later.
/// </summary>
public class ConventionTests
{
    private static readonly Assembly Core = typeof(CsrGraph).Assembly;

    private static Type[] PublicTypes() => Core.GetExportedTypes();

    [Fact]
    public void Options_and_results_are_sealed_immutable_records()
    {
        var offenders = new List<string>();
        foreach (Type t in PublicTypes().Where(t => t.IsClass && (t.Name.EndsWith("Options", StringComparison.Ordinal) || t.Name.EndsWith("Result", StringComparison.Ordinal))))
        {
            if (!t.IsSealed && !t.IsAbstract)
            {
                offenders.Add($"{t.FullName} is not sealed");
            }
            foreach (PropertyInfo p in t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                MethodInfo? setter = p.SetMethod;
                if (setter is { IsPublic: true } && !IsInitOnly(setter))
                {
                    offenders.Add($"{t.FullName}.{p.Name} has a public setter (use init)");
                }
            }
            foreach (FieldInfo f in t.GetFields(BindingFlags.Public | BindingFlags.Instance))
            {
                if (!f.IsInitOnly)
                {
                    offenders.Add($"{t.FullName}.{f.Name} is a mutable public field");
                }
            }
        }
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void Options_records_have_a_static_Default()
    {
        var offenders = PublicTypes()
            .Where(t => t.IsClass && !t.IsAbstract && t.Name.EndsWith("Options", StringComparison.Ordinal))
            .Where(t => t.GetProperty("Default", BindingFlags.Public | BindingFlags.Static) is null)
            .Select(t => t.FullName)
            .ToList();
        Assert.True(offenders.Count == 0, "Options without a static Default: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Public_API_never_names_a_bare_seed()
    {
        // STYLE.md: never "seed" bare; RandomSeed for the generator, InitialSharers/SeedNodes for diffusion starters.
        var offenders = new List<string>();
        foreach (Type t in PublicTypes())
        {
            foreach (MemberInfo m in t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (m.Name is "Seed" or "seed")
                {
                    offenders.Add($"{t.FullName}.{m.Name}");
                }
                if (m is MethodBase mb)
                {
                    offenders.AddRange(mb.GetParameters().Where(p => p.Name == "seed").Select(p => $"{t.FullName}.{m.Name}({p.Name})"));
                }
            }
        }
        Assert.True(offenders.Count == 0, string.Join(", ", offenders));
    }

    [Fact]
    public void No_public_type_uses_System_Random()
    {
        // The BCL does not promise that a seeded System.Random stays the same across versions (STYLE.md, Determinism).
        var offenders = new List<string>();
        foreach (Type t in PublicTypes())
        {
            foreach (MethodInfo m in t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (m.GetParameters().Any(p => p.ParameterType == typeof(System.Random)) || m.ReturnType == typeof(System.Random))
                {
                    offenders.Add($"{t.FullName}.{m.Name}");
                }
            }
        }
        Assert.True(offenders.Count == 0, string.Join(", ", offenders));
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
