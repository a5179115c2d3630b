#!/usr/bin/env bash
# Summary build benchmark (not a test): the time to build each version of the
# summary in the browser, with the complete sample loaded and the CPU throttled
# 4x. Budget: a median under 100 ms for each.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source scripts/setup.sh
trunk build --release --offline
exec node bench/summary-build.mjs
