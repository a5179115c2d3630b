#!/usr/bin/env bash
# The whole test suite: formatting, lints for host and wasm32, native tests, then
# end-to-end tests of the release build in Chromium, the first-load size against
# its budget, a short scenario in WebKit and in Firefox, the release package on
# real nginx and Apache servers, and its reproducibility. Fails on the first failure.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source scripts/setup.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --check

step "cargo clippy (host, warnings denied)"
cargo clippy --all-targets --locked -- -D warnings

step "cargo clippy (wasm32, warnings denied)"
cargo clippy --target wasm32-unknown-unknown --lib --bins --locked -- -D warnings

step "cargo test (native)"
cargo test --locked

step "server configurations match deploy/policy.json"
node scripts/server-config.mjs check

step "trunk build --release --offline, packed into the release zip (scripts/package.sh)"
scripts/package.sh
PACKAGE="target/release-package/best-value-self-assessment-$(cargo pkgid --offline | sed 's/.*[#@]//').zip"

step "end-to-end tests (Playwright, Chromium, release build from a sub-folder with the strict CSP)"
npx playwright test

# Size is deterministic, so it is a check, not a timed test (budget in bench/size.mjs).
step "first-load size within budget (bench/size.mjs on the release build)"
node bench/size.mjs

# The other engines get one short scenario each (tests/engines/); their time is printed.
step "WebKit scenario (WebKitGTK MiniBrowser through WebKitWebDriver, under xvfb-run)"
started=$SECONDS
xvfb-run --auto-servernum node --test --test-reporter=spec tests/engines/webkit.test.mjs
echo "WebKit step: $((SECONDS - started)) s"

step "Firefox scenario (Firefox ESR over WebDriver BiDi, with the offline reload)"
started=$SECONDS
node --test --test-reporter=spec tests/engines/firefox.test.mjs
echo "Firefox step: $((SECONDS - started)) s"

step "the package on real servers: nginx and Apache with the shipped configurations"
tests/servers/run.sh "$PACKAGE"

step "the package is reproducible: a second build elsewhere, from cold, gives the same zip"
scripts/check-reproducible.sh "$PACKAGE"
