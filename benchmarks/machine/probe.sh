#!/usr/bin/env bash
# Prints the machine's cross-core round trip between CPU 0 and CPU 1 and, with "memory", the latency of a dependent
# load from memory, with "touch" the cost of touching fresh huge-page memory for the first time (crosscore.c). Run it beside multi-threaded timings on a shared VM: where the hypervisor places the
# two vCPUs changes the 2-thread time (docs/performance.md, "Where the second thread's time goes").
# Usage: benchmarks/machine/probe.sh [memory|touch]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin=${TMPDIR:-/tmp}/nvc-crosscore
[ -x "$bin" ] && [ "$bin" -nt "$here/crosscore.c" ] || gcc -O2 -pthread "$here/crosscore.c" -o "$bin"
"$bin" "$@"
