#!/usr/bin/env bash
# Tool consumption test: pack nvc as the ReadyToRun tool package (scripts/pack-tool.sh), install it into a temporary
# tool path as a user would, check that its library carries precompiled code, and check that it finds exactly the same
# communities as the normal (JIT) build on the test graphs. Exits non-zero on any failure.
source "$(dirname "$0")/test-env.sh"
scripts/pack-tool.sh linux-x64 "$work/feed" >/dev/null
version=$(ls "$work/feed" | sed -n 's/^NetworkVsCommunity\.Cli\.\([0-9].*\)\.nupkg$/\1/p' | head -1)
[ -n "$version" ] || { echo "consume-tool: no tool package in $work/feed"; ls "$work/feed"; exit 1; }
dotnet tool install NetworkVsCommunity.Cli --tool-path "$work/tool" --add-source "$work/feed" --version "$version" >"$work/install.log" 2>&1 ||
  { cat "$work/install.log"; exit 1; }
library=$(find "$work/tool" -name NetworkVsCommunity.dll | head -1)
# A ReadyToRun image carries the READYTORUN_HEADER signature 'RTR\0'; an IL-only assembly does not.
/usr/bin/python3 -c "import sys; sys.exit(0 if b'RTR\x00' in open(sys.argv[1], 'rb').read() else 1)" "$library" ||
  { echo "consume-tool: $library has no ReadyToRun code"; exit 1; }
jit=src/NetworkVsCommunity.Cli/bin/Release/net10.0/nvc.dll
[ -f "$jit" ] || dotnet build src/NetworkVsCommunity.Cli -c Release -v quiet -nologo >/dev/null
for graph in karate football lesmis polbooks; do
  file=tests/NetworkVsCommunity.Tests/Fixtures/Data/$graph.edges
  for algorithm in leiden louvain; do
    "$work/tool/nvc" communities "$file" --algorithm "$algorithm" --random-seed 7 --threads 2 --output "$work/tool.txt" >/dev/null
    dotnet "$jit" communities "$file" --algorithm "$algorithm" --random-seed 7 --threads 2 --output "$work/jit.txt" >/dev/null
    cmp -s "$work/tool.txt" "$work/jit.txt" ||
      { echo "consume-tool: $graph $algorithm: the ReadyToRun tool and the JIT build disagree"; diff "$work/tool.txt" "$work/jit.txt" | head; exit 1; }
  done
done
"$work/tool/nvc" version
echo "consume-tool: ReadyToRun tool $version installed, precompiled, same communities as the JIT build ($(( $(date +%s) - start )) s)"
