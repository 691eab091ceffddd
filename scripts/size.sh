#!/usr/bin/env bash
# Prints the first-load size of a build: html + js + wasm + css, raw and gzip -9.
# sw.js is listed apart: the browser fetches it after the page has loaded.
#   scripts/size.sh [dist-dir] [--budget FILE]
# With --budget, fails (exit 1) when the first load's gzip bytes exceed the
# number in FILE (its first line that is not a comment), and prints both.
set -euo pipefail
dist=dist
budget_file=
while [ $# -gt 0 ]; do
  case $1 in
    --budget) budget_file=$2; shift 2 ;;
    *) dist=$1; shift ;;
  esac
done
total_raw=0
total_gz=0
row() { printf '%-44s %10s %10s%s\n' "$@"; }
gz_size() { gzip -9 -c "$1" | wc -c; }
row "first load ($dist)" "bytes" "gzip -9" ""
for f in "$dist"/index.html "$dist"/*.js "$dist"/*.wasm "$dist"/*.css; do
  [ -f "$f" ] || continue
  [ "$(basename "$f")" = sw.js ] && continue
  raw=$(wc -c <"$f")
  gz=$(gz_size "$f")
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  row "$(basename "$f")" "$raw" "$gz" ""
done
row "total" "$total_raw" "$total_gz" "  ($((total_gz / 1024)) KB gzip)"
if [ -f "$dist/sw.js" ]; then
  row "apart: sw.js (fetched after load)" "$(wc -c <"$dist/sw.js")" "$(gz_size "$dist/sw.js")" ""
fi
if [ -n "$budget_file" ]; then
  budget=$(grep -v '^#' "$budget_file" | grep -m1 -o '[0-9]\+')
  if [ "$total_gz" -gt "$budget" ]; then
    echo "# fail 1 first load $total_gz bytes gzip is over the budget of $budget ($budget_file): $((total_gz - budget)) bytes too many"
    exit 1
  fi
  echo "# pass 1 first load $total_gz bytes gzip, within the budget of $budget ($budget_file)"
fi
