#!/usr/bin/env bash
# Scale check (reliability issue): a generated 50-million-edge graph builds and runs connected components, Leiden and a
# Monte Carlo Independent Cascade within the machine's memory. Prints each step's time and peak working set, then the
# process's peak resident set from /usr/bin/time -v. Usage: benchmarks/scale/run-50m.sh [--edges M] [--threads N]
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build -c Release benchmarks/NetworkVsCommunity.Benchmarks -v quiet -nologo >/dev/null
/usr/bin/time -v dotnet benchmarks/NetworkVsCommunity.Benchmarks/bin/Release/net10.0/NetworkVsCommunity.Benchmarks.dll scale "$@" 2> >(grep -E "Maximum resident|Elapsed \(wall|User time|System time" >&2)
