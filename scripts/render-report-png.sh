#!/usr/bin/env bash
# Render an HTML file (for example `nvc report --out report.html`) to a PNG with Debian's headless Chromium, with the
# network cut off (every host name resolves to nothing), to prove the page renders offline.
# Usage: scripts/render-report-png.sh report.html [out.png] [WIDTHxHEIGHT, default 1200x2000]
set -euo pipefail
if [ $# -lt 1 ] || [ ! -f "$1" ]; then
  echo "usage: $0 report.html [out.png] [WIDTHxHEIGHT]" >&2
  exit 2
fi
input=$(readlink -f "$1")
output=$(readlink -f "${2:-out.png}")
size=${3:-1200x2000}
if ! command -v chromium >/dev/null 2>&1; then
  echo "render: installing chromium" >&2
  apt-get install -y --no-install-recommends chromium >/dev/null 2>&1 ||
    { apt-get update >/dev/null && apt-get install -y --no-install-recommends chromium >/dev/null; }
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
rm -f "$output"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --host-resolver-rules="MAP * ~NOTFOUND" \
  --user-data-dir="$profile" --screenshot="$output" --window-size="${size/x/,}" \
  "file://$input" >"$profile/chromium.log" 2>&1 || { cat "$profile/chromium.log" >&2; exit 1; }
if [ ! -s "$output" ]; then
  echo "render: no PNG was written" >&2
  cat "$profile/chromium.log" >&2
  exit 1
fi
echo "render: $output ($(stat -c %s "$output") bytes)"
