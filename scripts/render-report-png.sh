#!/usr/bin/env bash
# Render an HTML report to a PNG with Debian's headless Chromium and the Noto CJK fonts (so 拡散, 共鳴, 応援団 show as
# glyphs, not boxes), with the network cut off (every host name resolves to nothing), to prove the page renders offline.
#
# Usage: scripts/render-report-png.sh [report.html [out.png [WIDTHxHEIGHT]]]
#   With no argument: writes the sample organisation's report at random seed 1 to artifacts/report/report.html and
#   renders artifacts/report/report.png (the CI artefact; the README screenshot is cropped from it with
#   scripts/crop-png.py). Default size 1200x9000 (the whole page).
set -euo pipefail
# paths given are relative to where the script is called from
args=()
for a in "$@"; do
  case "$a" in *.html|*.png) args+=("$(readlink -f "$a")") ;; *) args+=("$a") ;; esac
done
set -- "${args[@]+"${args[@]}"}"
cd "$(dirname "$0")/.."
install() {
  apt-get install -y --no-install-recommends "$@" >/dev/null 2>&1 ||
    { apt-get update >/dev/null && apt-get install -y --no-install-recommends "$@" >/dev/null; }
}
if ! command -v chromium >/dev/null 2>&1; then
  echo "render: installing chromium" >&2
  install chromium
fi
if ! fc-list : family 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null; then
  echo "render: installing fonts-noto-cjk" >&2
  install fonts-noto-cjk
fi
if [ $# -lt 1 ]; then
  mkdir -p artifacts/report
  start=$(date +%s.%N)
  dotnet run -c Release --no-build --project src/NetworkVsCommunity.Cli -- report --random-seed 1 \
    --out artifacts/report/report.html >artifacts/report/report.txt
  echo "render: report computed in $(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s; HTML $(stat -c %s artifacts/report/report.html) bytes"
  set -- artifacts/report/report.html artifacts/report/report.png
elif [ ! -f "$1" ]; then
  echo "usage: $0 [report.html [out.png [WIDTHxHEIGHT]]]" >&2
  exit 2
fi
input=$(readlink -f "$1")
output=$(readlink -f "${2:-out.png}")
size=${3:-1200x9000}
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
rm -f "$output"
start=$(date +%s.%N)
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --host-resolver-rules="MAP * ~NOTFOUND" --hide-scrollbars \
  --user-data-dir="$profile" --screenshot="$output" --window-size="${size/x/,}" \
  "file://$input" >"$profile/chromium.log" 2>&1 || { cat "$profile/chromium.log" >&2; exit 1; }
if [ ! -s "$output" ]; then
  echo "render: no PNG was written" >&2
  cat "$profile/chromium.log" >&2
  exit 1
fi
echo "render: $output ($(stat -c %s "$output") bytes) in $(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s"
