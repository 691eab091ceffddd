# The two commands of the README, plus the GitHub Pages build.
# Each installs what is missing first (scripts/setup.sh) and skips what is there.

# wasm-opt from npm's binaryen@132 must be found before any other (Debian's 108 breaks the page).
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

# Sub-path of the GitHub Pages site (https://<owner>.github.io/case-desk/).
PUBLIC_URL ?= /case-desk/

.PHONY: serve test pages setup

## Build the app and serve it at http://127.0.0.1:8080/ (rebuilds on change).
serve: setup
	. scripts/wasm-flags.sh && trunk serve

## Run every test layer: domain (native), storage (in Chromium), end to end.
test:
	scripts/test.sh

## Build the release site for GitHub Pages into dist/ (404.html included).
pages: setup
	. scripts/wasm-flags.sh && trunk build --release --public-url $(PUBLIC_URL)
	scripts/size.sh dist

setup:
	scripts/setup.sh
