# Sourced by the consumption tests: strict mode, the repository root as working folder, a quiet dotnet, a start time
# and a temporary folder $work removed on exit.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
start=$(date +%s)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
