#!/usr/bin/env bash
# Package consumption test: pack NetworkVsCommunity, NetworkVsCommunity.QuikGraph and NetworkVsCommunity.Parquet into a local folder, check the
# packages' contents (library, XML docs, README, symbols), then create a fresh console project in a temp dir that
# references the .nupkg files from that folder (dependencies from NuGet, with an empty package cache so nothing stale is
# used), build and run it as a user would, and check its output. Exits non-zero on any failure.
source "$(dirname "$0")/test-env.sh"
feed="$work/feed"
mkdir -p "$feed"

for project in src/NetworkVsCommunity src/NetworkVsCommunity.QuikGraph src/NetworkVsCommunity.Parquet; do
  dotnet pack "$project" -c Release -o "$feed" >"$work/pack.log" 2>&1 || { cat "$work/pack.log"; exit 1; }
done
# A local build is 0.1.0-dev.<commits>.g<sha> (Directory.Build.targets): read the version off the package just packed.
version=$(ls "$feed" | sed -n 's/^NetworkVsCommunity\.\([0-9].*\)\.nupkg$/\1/p' | head -1)
[ -n "$version" ] || { echo "consume: no NetworkVsCommunity package in $feed"; ls "$feed"; exit 1; }

# What a package must carry: the library, its XML docs, the README, and a symbol package.
/usr/bin/python3 - "$feed" "$version" <<'PY'
import sys, zipfile
feed, version = sys.argv[1], sys.argv[2]
problems = []
for pid in ("NetworkVsCommunity", "NetworkVsCommunity.QuikGraph", "NetworkVsCommunity.Parquet"):
    with zipfile.ZipFile(f"{feed}/{pid}.{version}.nupkg") as z:
        names = set(z.namelist())
        nuspec = z.read(f"{pid}.nuspec").decode()
    for need in (f"lib/net10.0/{pid}.dll", f"lib/net10.0/{pid}.xml", "README.md"):
        if need not in names:
            problems.append(f"{pid}: missing {need}")
    for tag in ("<description>", "<license type=\"expression\">MIT</license>", "<repository ", "<readme>README.md</readme>", "<tags>"):
        if tag not in nuspec:
            problems.append(f"{pid}: nuspec lacks {tag}")
    with zipfile.ZipFile(f"{feed}/{pid}.{version}.snupkg") as z:
        if f"lib/net10.0/{pid}.pdb" not in z.namelist():
            problems.append(f"{pid}: symbol package lacks the pdb")
for p in problems:
    print("consume: " + p)
sys.exit(1 if problems else 0)
PY

app="$work/app"
mkdir -p "$app"
cat > "$app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$feed" />
  </packageSources>
</configuration>
XML
cat > "$app/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <WarningsNotAsErrors>NU1603;NU1900</WarningsNotAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="NetworkVsCommunity" Version="[$version]" />
    <PackageReference Include="NetworkVsCommunity.QuikGraph" Version="[$version]" />
    <PackageReference Include="NetworkVsCommunity.Parquet" Version="[$version]" />
  </ItemGroup>
</Project>
XML
cat > "$app/Program.cs" <<'CS'
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Visualization;

// Two triangles joined by one edge, the two triangles as communities.
var builder = new GraphBuilder();
foreach (var (u, v) in new[] { (0, 1), (0, 2), (1, 2), (3, 4), (3, 5), (4, 5), (2, 3) })
{
    builder.AddEdge(u, v);
}
CsrGraph graph = builder.Build();
var partition = Partition.FromMembership([0, 0, 0, 1, 1, 1]);
var picture = Pictures.Graph(graph, partition, new GraphDrawingOptions { Layout = new ForceLayoutOptions { RandomSeed = 7 } });
var report = new HtmlReport("Consumer check").AddPicture(picture).AddTable(new TableData(["nodes", "edges"], [[graph.NodeCount, graph.EdgeCount]]));
string html = report.ToHtml();
Console.WriteLine($"graph {graph.NodeCount} nodes {graph.EdgeCount} edges; {partition.CommunityCount} communities");
Console.WriteLine($"svg {(picture.Svg.StartsWith("<svg xmlns=", StringComparison.Ordinal) ? "ok" : "bad")}; report {(html.Contains("<svg", StringComparison.Ordinal) && !html.Contains("<script", StringComparison.Ordinal) ? "ok" : "bad")}");
var quik = NetworkVsCommunity.QuikGraph.QuikGraphConversion.ToQuikGraphUndirected(graph);
var back = NetworkVsCommunity.QuikGraph.QuikGraphConversion.ToCsrGraph(quik, e => e.Tag);
Console.WriteLine($"quikgraph {quik.VertexCount} vertices {quik.EdgeCount} edges; back {back.Graph.NodeCount} nodes {back.Graph.EdgeCount} edges");
string table = Path.Combine(Path.GetTempPath(), $"consumer-{Environment.ProcessId}.parquet");
NetworkVsCommunity.Parquet.GraphFramesParquet.Write(NetworkVsCommunity.IO.LabeledGraph.FromGraph(graph), table);
var fromParquet = NetworkVsCommunity.Parquet.GraphFramesParquet.Read(table);
File.Delete(table);
File.Delete(NetworkVsCommunity.Parquet.GraphFramesParquet.VerticesPathFor(table));
Console.WriteLine($"parquet {fromParquet.Graph.NodeCount} nodes {fromParquet.Graph.EdgeCount} edges");
CS

export NUGET_PACKAGES="$work/packages"
if ! (cd "$app" && dotnet run -c Release >"$work/run.out" 2>"$work/run.err"); then
  echo "consume: the console project failed to build or run"
  cat "$work/run.out" "$work/run.err"
  exit 1
fi
cat "$work/run.out"
expected=("graph 6 nodes 7 edges; 2 communities" "svg ok; report ok" "quikgraph 6 vertices 7 edges; back 6 nodes 7 edges" "parquet 6 nodes 7 edges")
for line in "${expected[@]}"; do
  if ! grep -qxF "$line" "$work/run.out"; then
    echo "consume: expected output line missing: $line"
    exit 1
  fi
done
echo "consume: NetworkVsCommunity $version packages restore, build and run from a local folder ($(( $(date +%s) - start )) s)"
