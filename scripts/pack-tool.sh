#!/usr/bin/env bash
# Packs the nvc tool as a RID-specific ReadyToRun tool package (what a release publishes for each platform), so that a
# fresh nvc process runs precompiled kernels instead of compiling them (docs/performance.md, "Cold start").
# Usage: scripts/pack-tool.sh [RID] [OUTPUT_FOLDER]     (defaults: linux-x64, artifacts/tool)
# Install the result with: dotnet tool install NetworkVsCommunity.Cli --tool-path DIR --add-source OUTPUT_FOLDER --version V
set -euo pipefail
cd "$(dirname "$0")/.."
rid=${1:-linux-x64}
out=${2:-artifacts/tool}
mkdir -p "$out"
# NvcReadyToRun drops AggressiveOptimization from the kernels (crossgen2 skips such methods) and is passed to every
# project of the build; it builds under artifacts/r2r/ (Directory.Build.props), apart from the normal Release build.
dotnet pack src/NetworkVsCommunity.Cli -c Release -r "$rid" -p:PublishReadyToRun=true -p:NvcReadyToRun=true \
  -o "$out" >"$out/pack.log" 2>&1 ||
  { cat "$out/pack.log"; exit 1; }
ls "$out"/NetworkVsCommunity.Cli.*.nupkg
