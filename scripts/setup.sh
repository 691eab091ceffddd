#!/usr/bin/env bash
# Installs what Case Desk needs to build (and, with --browser, to test),
# skipping everything already present. Safe to run any number of times.
#
#   scripts/setup.sh            wasm target, Trunk, wasm-bindgen-cli, npm tools
#   scripts/setup.sh --browser  the same, plus the browsers the tests drive (Debian's
#                               chromium, firefox-esr, WebKitGTK), xvfb and shellcheck
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
say() { printf 'setup: %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32 target: present"
else
  say "wasm32 target: installing"
  rustup target add wasm32-unknown-unknown
fi

# rustfmt and clippy for make test's lint layer (the rustup profile may leave them out).
for component in rustfmt clippy; do
  if rustup component list --installed | grep -q "^$component"; then
    say "$component: present"
  else
    say "$component: installing"
    rustup component add "$component"
  fi
done

if trunk --version 2>/dev/null | grep -qF "$TRUNK_VERSION"; then
  say "trunk $TRUNK_VERSION: present"
else
  # 0.22 needs a newer rustc than this machine has; about 12 minutes on 2 cores.
  say "trunk $TRUNK_VERSION: installing (about 12 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# Trunk only uses a wasm-bindgen whose version equals Cargo.lock's.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$bindgen_version" ]; then
  echo "setup: cannot read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
if wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $bindgen_version"; then
  say "wasm-bindgen-cli $bindgen_version: present"
else
  # Without --locked: one of its locked dependencies is missing from the registry.
  say "wasm-bindgen-cli $bindgen_version: installing (about 4 minutes)"
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

# wasm-opt comes from the npm package binaryen@132 (node_modules/.bin, first on
# PATH in the Makefile). Debian's binaryen 108 builds a page that dies at start.
if [ -x node_modules/.bin/wasm-opt ] && npm ls --silent >/dev/null 2>&1; then
  say "npm tools (binaryen, terser, playwright-core, puppeteer-core, selenium-webdriver, axe-core): present"
else
  say "npm tools: installing"
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--browser" ]; then
  # The three engines the end-to-end layers drive, all from Debian (no browser
  # download works here): Chromium + chromedriver; Firefox ESR (puppeteer-core
  # over WebDriver BiDi); WebKitGTK through WebKitWebDriver and the small
  # browser tests/cross-browser/wkbrowser.py (Debian's python3 + gi) under Xvfb.
  # And the linter that make test runs on scripts/*.sh (shellcheck).
  packages=(chromium chromium-driver firefox-esr webkit2gtk-driver xvfb
            gir1.2-webkit2-4.1 python3-gi gir1.2-gtk-3.0 shellcheck)
  missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "browsers (chromium, firefox-esr, webkitgtk), xvfb, shellcheck: present"
  else
    say "installing from Debian: ${missing[*]} (a few minutes)"
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    # env, not a bare VAR=value: with no sudo the assignment would become the command's name.
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
  fi
fi
