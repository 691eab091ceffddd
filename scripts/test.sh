#!/usr/bin/env bash
# Runs every test layer and prints each layer's counts, then one total line:
#   1. domain, natively            (cargo test)
#   2. storage adapter in Chromium (wasm-bindgen-test)
#   3. end to end                  (release build under /case-desk/, Playwright + axe-core)
# Installs whatever is missing first (scripts/setup.sh --browser).
set -uo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh --browser || { echo "setup failed: see above" >&2; exit 1; }
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

logs=target/test-logs
mkdir -p "$logs"
total_passed=0
total_failed=0
broken_layers=()

# Adds up "N passed; M failed" (cargo, wasm-bindgen-test) or "# pass N" / "# fail M" (node TAP).
counts() {
  awk '
    /^test result:/ { for (i = 1; i <= NF; i++) { if ($i ~ /^passed/) p += $(i-1); if ($i ~ /^failed/) f += $(i-1) } }
    /^# pass /      { p += $3 }
    /^# fail /      { f += $3 }
    END             { print p + 0, f + 0 }' "$@"
}

layer() {
  local name=$1 log=$2
  shift 2
  printf '\n==== %s ====\n' "$name"
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  local report=$log
  [ -f "$log.tap" ] && report=$log.tap
  read -r passed failed < <(counts "$report")
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  printf -- '---- %s: %d passed, %d failed (exit %d)\n' "$name" "$passed" "$failed" "$status"
  if [ "$status" -ne 0 ] || [ "$passed" -eq 0 ]; then broken_layers+=("$name"); fi
}

layer "1/3 domain (native cargo test)" "$logs/native.log" \
  cargo test --color never

CHROMEDRIVER=$(command -v chromedriver) WASM_BINDGEN_TEST_TIMEOUT=120 \
layer "2/3 storage adapter in Chromium (wasm-bindgen-test)" "$logs/wasm.log" \
  cargo test --color never --target wasm32-unknown-unknown --test storage_in_browser

e2e() {
  trunk build --release --public-url /case-desk/ --dist target/e2e-dist || return 1
  scripts/size.sh target/e2e-dist
  CASE_DESK_DIST=target/e2e-dist node --test --test-concurrency=1 \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$logs/e2e.log.tap" \
    tests/e2e/*.test.mjs
}
rm -f "$logs/e2e.log.tap"
layer "3/3 end to end (release build under /case-desk/)" "$logs/e2e.log" e2e

echo
if [ ${#broken_layers[@]} -gt 0 ]; then
  printf 'FAILED layers: %s\n' "${broken_layers[*]}"
fi
echo "total: $total_passed passed, $total_failed failed"
[ ${#broken_layers[@]} -eq 0 ] && [ "$total_failed" -eq 0 ]
