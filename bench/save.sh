#!/usr/bin/env bash
# Save benchmark (not a test): rating click to storage write with a complete
# assessment loaded and the CPU throttled 4x. Budget: median under 50 ms.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source scripts/setup.sh
trunk build --release --offline
exec node bench/save.mjs
