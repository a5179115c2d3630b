#!/usr/bin/env bash
# Installs what building and testing need, skipping whatever is already present.
# Sourced by scripts/serve.sh and scripts/test.sh; safe to run again at any time.
#
#   Rust target wasm32-unknown-unknown, rustfmt, clippy     (rustup)
#   trunk 0.21.14                                            (cargo install, ~10 min cold)
#   wasm-bindgen-cli matching Cargo.lock exactly             (cargo install, ~5 min cold)
#   wasm-split-cli (crate wasm_split_cli_support)             (cargo install, ~3 min cold)
#   wasm-opt (npm binaryen), Playwright, axe-core            (npm ci)
#   Chromium and ChromeDriver                                (Debian packages)
#   Firefox ESR, WebKitGTK's WebDriver and MiniBrowser, Xvfb (Debian packages)
#   selenium-webdriver, puppeteer-core (WebKit, Firefox)      (npm ci)
#   nginx-light, apache2, zip, unzip: package and server tests (Debian packages)
# It also makes release builds independent of where this machine keeps things (below).
set -euo pipefail

TRUNK_VERSION="0.21.14"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

command -v cargo >/dev/null || { echo "setup: cargo is not installed (see https://rustup.rs)" >&2; exit 1; }
command -v node >/dev/null || { echo "setup: Node.js is not installed" >&2; exit 1; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown Rust target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding $component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (takes several minutes the first time)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock to the patch.
BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' "$ROOT/Cargo.lock")"
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $BINDGEN_VERSION (takes several minutes the first time)"
  # Not --locked: one of its locked dependencies is not served by the registry here.
  cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION" --force
fi

# wasm-split-cli cuts the wasm into parts fetched when first needed (scripts/build-wasm.mjs).
SPLIT_VERSION="0.2.4"
if ! cargo install --list | grep -qx "wasm_split_cli_support v$SPLIT_VERSION:"; then
  say "installing wasm-split-cli $SPLIT_VERSION (takes a few minutes the first time)"
  cargo install wasm_split_cli_support --version "$SPLIT_VERSION" --features build-binary --force
fi

# Debian packages, each installed only if its program is missing: the browsers the
# tests run in, Chromium (Playwright), Firefox ESR (WebDriver BiDi) and WebKitGTK
# (WebKitWebDriver, which drives MiniBrowser and needs a display: Xvfb through
# xvfb-run, which needs xauth); and Debian's own nginx and Apache for the server
# tests (tests/servers/run.sh), with zip and unzip for the package. Where an init
# system runs, apt also starts the servers' default sites on port 80; the tests
# never use them.
missing=()
for wanted in /usr/bin/chromium:chromium /usr/bin/chromedriver:chromium-driver \
  /usr/bin/firefox-esr:firefox-esr /usr/bin/WebKitWebDriver:webkit2gtk-driver \
  /usr/bin/xvfb-run:xvfb /usr/bin/xauth:xauth \
  /usr/sbin/nginx:nginx-light /usr/sbin/apache2:apache2 /usr/bin/zip:zip /usr/bin/unzip:unzip; do
  [ -x "${wanted%%:*}" ] || missing+=("${wanted#*:}")
done
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
fi

STAMP="$ROOT/node_modules/.setup-stamp"
LOCK_SUM="$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$LOCK_SUM" ]; then
  say "installing npm packages (wasm-opt, Playwright, axe-core, selenium-webdriver, puppeteer-core)"
  # Playwright drives Debian's Chromium; it must never download a browser of its own.
  (cd "$ROOT" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  echo "$LOCK_SUM" > "$STAMP"
fi

# Release builds must not depend on where this machine keeps the crates: the wasm
# embeds source paths of dependencies (in panic messages), so name them after
# CARGO_HOME's role, not its place. Cargo adds this to .cargo/config.toml's flags.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}=/cargo-home"
