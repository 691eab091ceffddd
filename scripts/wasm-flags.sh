#!/usr/bin/env bash
# Sourced by scripts/test.sh and the Makefile before any wasm32 build, so that
# every build of the app (serve, test, pages) uses the same flags and shares
# target/. Sets the flags .cargo/config.toml gives wasm32 (keep the two alike),
# plus one: dependencies' source paths, which Rust writes into the wasm for
# panic messages, become crates/<crate>/src/… instead of this machine's
# ~/.cargo/registry/src/index.crates.io-<hash>/…: no path of the build machine
# ships, and about 360 bytes gzip less to download. Without a registry yet
# (nothing fetched), only the config's flags.
flags="--cfg erase_components"
for registry in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
  [ -d "$registry" ] && flags="$flags --remap-path-prefix=${registry%/}=crates"
done
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$flags"
