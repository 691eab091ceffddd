#!/usr/bin/env bash
# Runs every test layer and prints each layer's counts, then one total line:
#   1. the scripts                 (shellcheck)
#   2. formatting and lints        (cargo fmt --check; clippy -D warnings, native and wasm32)
#   3. domain, natively            (cargo test)
#   4. storage adapter in Chromium (wasm-bindgen-test)
#   5. end to end in Chromium      (release build under /case-desk/, Playwright + axe-core)
#   6. the first load's size       (that build, against tests/size-budget)
#   7-9. the seller's journey in Chromium, Firefox and WebKit (same build, same server)
# Installs whatever is missing first (scripts/setup.sh --browser).
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1

scripts/setup.sh --browser || { echo "setup failed: see above" >&2; exit 1; }
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# The wasm32 flags every build of the app shares (after set-up: it may fetch the registry).
# shellcheck disable=SC1091 # sourced from the repository root (cd above)
. scripts/wasm-flags.sh

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

# One "# pass"/"# fail" line per script, so the layer counts like the others.
lint_scripts() {
  local script status=0
  for script in scripts/*.sh .ci/run; do
    if shellcheck --shell=bash "$script"; then
      echo "# pass 1 ($script)"
    else
      echo "# fail 1 ($script)"
      status=1
    fi
  done
  return $status
}
layer "1/9 scripts (shellcheck)" "$logs/shellcheck.log" lint_scripts

# One "# pass"/"# fail" line per check. clippy.toml carries the size rules
# (no std sort, no Unicode case tables, no chrono formatter in what ships).
lint_rust() {
  local name status=0
  local -a check
  for name in fmt clippy-native clippy-wasm32; do
    case $name in
      fmt) check=(cargo fmt --check) ;;
      clippy-native) check=(cargo clippy --color never --all-targets -- -D warnings) ;;
      clippy-wasm32) check=(cargo clippy --color never --target wasm32-unknown-unknown --lib --bins
                            --test storage_in_browser -- -D warnings) ;;
    esac
    if "${check[@]}"; then
      echo "# pass 1 ($name)"
    else
      echo "# fail 1 ($name)"
      status=1
    fi
  done
  return $status
}
layer "2/9 formatting and lints (rustfmt, clippy native and wasm32)" "$logs/lint.log" lint_rust

layer "3/9 domain (native cargo test)" "$logs/native.log" \
  cargo test --color never

CHROMEDRIVER=$(command -v chromedriver) WASM_BINDGEN_TEST_TIMEOUT=120 \
layer "4/9 storage adapter in Chromium (wasm-bindgen-test)" "$logs/wasm.log" \
  cargo test --color never --target wasm32-unknown-unknown --test storage_in_browser

# Each layer runs in a pipeline (a subshell): the build leaves a file, not a variable.
built="$logs/release-built"
rm -f "$built"
e2e() {
  trunk build --release --public-url /case-desk/ --dist target/e2e-dist || return 1
  touch "$built"
  CASE_DESK_DIST=target/e2e-dist node --test --test-concurrency=1 \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$logs/e2e.log.tap" \
    tests/e2e/*.test.mjs
}
rm -f "$logs/e2e.log.tap"
layer "5/9 end to end in Chromium (release build under /case-desk/)" "$logs/e2e.log" e2e

size_budget() {
  [ -f "$built" ] || { echo "no release build: see layer 5"; return 1; }
  scripts/size.sh target/e2e-dist --budget tests/size-budget
}
layer "6/9 first-load size within tests/size-budget" "$logs/size.log" size_budget

# The journey (tests/cross-browser/) in each engine, on the build layer 4 made.
journey() {
  local engine=$1
  [ -f "$built" ] || { echo "no release build: see layer 5"; return 1; }
  CASE_DESK_DIST=target/e2e-dist CASE_DESK_ENGINE=$engine node --test --test-concurrency=1 --test-timeout=300000 \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$logs/journey-$engine.log.tap" \
    tests/cross-browser/journey.test.mjs
}
n=7
for engine in chromium firefox webkit; do
  rm -f "$logs/journey-$engine.log.tap"
  layer "$n/9 journey in $engine" "$logs/journey-$engine.log" journey "$engine"
  n=$((n + 1))
done

echo
if [ ${#broken_layers[@]} -gt 0 ]; then
  printf 'FAILED layers: %s\n' "${broken_layers[*]}"
fi
echo "total: $total_passed passed, $total_failed failed"
[ ${#broken_layers[@]} -eq 0 ] && [ "$total_failed" -eq 0 ]
