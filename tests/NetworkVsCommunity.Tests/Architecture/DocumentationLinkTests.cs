using System.Text.RegularExpressions;

namespace NetworkVsCommunity.Tests.Architecture;

/// <summary>
/// The XML docs of the core link to <c>docs/metrics.md#…</c> and <c>docs/model.md#…</c>; every such link must name a file
/// and an anchor that exist in the repository, and no doc may point at a specification file outside it (issue #12).
/// </summary>
public partial class DocumentationLinkTests
{
    [GeneratedRegex(@"docs/([A-Za-z0-9_-]+\.md)#([A-Za-z0-9_-]+)")]
    private static partial Regex DocLink();

    [GeneratedRegex(@"<a id=""([A-Za-z0-9_-]+)""></a>")]
    private static partial Regex Anchor();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NetworkVsCommunity.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("NetworkVsCommunity.sln not found above " + AppContext.BaseDirectory);
    }

    private static IEnumerable<string> CoreSources(string root) =>
        Directory.EnumerateFiles(Path.Combine(root, "src", "NetworkVsCommunity"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    [Fact]
    public void Every_docs_link_in_the_core_names_an_existing_anchor()
    {
        string root = RepositoryRoot();
        var anchors = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var broken = new List<string>();
        int links = 0;
        foreach (string file in CoreSources(root))
        {
            foreach (Match m in DocLink().Matches(File.ReadAllText(file)))
            {
                links++;
                string doc = m.Groups[1].Value;
                if (!anchors.TryGetValue(doc, out HashSet<string>? known))
                {
                    string path = Path.Combine(root, "docs", doc);
                    known = File.Exists(path)
                        ? Anchor().Matches(File.ReadAllText(path)).Select(a => a.Groups[1].Value).ToHashSet(StringComparer.Ordinal)
                        : [];
                    anchors[doc] = known;
                }
                if (!known.Contains(m.Groups[2].Value))
                {
                    broken.Add(Path.GetRelativePath(root, file) + ": " + m.Value);
                }
            }
        }
        Assert.True(broken.Count == 0, "Links to a missing file or anchor: " + string.Join(", ", broken));
        Assert.True(links >= 20, $"only {links} docs links found; the scan is not reading the sources");
    }

    [Fact]
    public void No_doc_in_the_core_points_at_a_specification_outside_the_repository()
    {
        string root = RepositoryRoot();
        var offenders = CoreSources(root)
            .Where(f => File.ReadAllText(f) is string text && (text.Contains("METRICS.md", StringComparison.Ordinal) || text.Contains("SAMPLE-ORG", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(root, f))
            .ToList();
        Assert.True(offenders.Count == 0, "Use docs/metrics.md#… or docs/model.md#… instead: " + string.Join(", ", offenders));
    }
}
