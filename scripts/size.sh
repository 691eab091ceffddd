#!/usr/bin/env bash
# Prints the first-load size of a build: html + js + wasm + css, raw and gzip -9.
#   scripts/size.sh [dist-dir]
set -euo pipefail
dist=${1:-dist}
total_raw=0
total_gz=0
printf '%-44s %10s %10s\n' "first load ($dist)" "bytes" "gzip -9"
for f in "$dist"/index.html "$dist"/*.js "$dist"/*.wasm "$dist"/*.css; do
  [ -f "$f" ] || continue
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%-44s %10d %10d\n' "$(basename "$f")" "$raw" "$gz"
done
printf '%-44s %10d %10d  (%d KB gzip)\n' "total" "$total_raw" "$total_gz" $((total_gz / 1024))
