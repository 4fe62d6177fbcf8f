#!/usr/bin/env bash
# Pack the library into artifacts/nbfeed, then execute every docs/**/*.ipynb headlessly with the .NET Interactive
# Jupyter kernel (pinned in dotnet-tools.json) through Debian's python3-nbclient. Prints PASS/FAIL per notebook, the
# failing cell's diagnostics, and "N passed, N failed"; exits non-zero if any cell of any notebook errors.
# Executed copies (with outputs) are kept in artifacts/executed-docs for inspection; docs/ stays output-free.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
start=$(date +%s)

# 1. Tools: Debian's Jupyter client (no pip; run with /usr/bin/python3, not a pyenv python) and the pinned kernel.
if ! /usr/bin/python3 -c 'import nbclient, nbformat, jupyter_client' 2>/dev/null; then
  echo "notebooks: installing python3-nbclient"
  apt-get install -y --no-install-recommends python3-nbclient >/dev/null 2>&1 ||
    { apt-get update >/dev/null && apt-get install -y --no-install-recommends python3-nbclient >/dev/null; }
fi
dotnet tool restore >/dev/null

# 2. A private kernelspec: the local tool, its HTTP side-server bound to loopback only. The env keeps the kernel quiet:
#    without it every kernel start and stop prints the ASP.NET host's "info: Microsoft.Hosting.Lifetime" lines (5 entries,
#    10 lines per kernel; measured: 5 with the telemetry opt-out alone, 0 with the log level set to Warning). Bash cannot
#    export a variable whose name has dots, so it is set here, where Jupyter passes it to the kernel process.
export JUPYTER_PATH="$PWD/artifacts/jupyter"
mkdir -p "$JUPYTER_PATH/kernels/.net-csharp"
cat > "$JUPYTER_PATH/kernels/.net-csharp/kernel.json" <<JSON
{ "argv": ["dotnet", "tool", "run", "dotnet-interactive", "--", "jupyter", "--default-kernel", "csharp",
           "--http-local-only", "{connection_file}"],
  "display_name": ".NET (C#)", "language": "C#",
  "env": { "Logging__LogLevel__Microsoft.Hosting.Lifetime": "Warning", "DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT": "1" } }
JSON

# 3. The packages into the folder docs/nuget.config points at; drop cached copies of the same version.
rm -rf artifacts/nbfeed
mkdir -p artifacts/nbfeed
for project in src/NetworkVsCommunity src/NetworkVsCommunity.QuikGraph; do
  # ReleaseBuild: the plain version the notebooks pin (#r "nuget: NetworkVsCommunity, 0.1.0"), not 0.1.0-dev.N.
  if ! dotnet pack "$project" -c Release -p:ReleaseBuild=true -o artifacts/nbfeed >artifacts/nbfeed/pack.log 2>&1; then
    grep -E "error|Error" artifacts/nbfeed/pack.log | head -20
    echo "notebooks: packing $project failed; 0 passed, 1 failed"
    exit 1
  fi
done
rm -f artifacts/nbfeed/pack.log
packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
rm -rf "$packages/networkvscommunity" "$packages/networkvscommunity.quikgraph"
echo "notebooks: packed $(ls artifacts/nbfeed/*.nupkg | xargs -n1 basename | tr '\n' ' ')in $(( $(date +%s) - start )) s"

# 4. Run them.
set +e
NB_OUT=artifacts/executed-docs /usr/bin/python3 scripts/run-notebooks.py docs
status=$?
set -e
echo "notebooks: finished in $(( $(date +%s) - start )) s"
exit "$status"
