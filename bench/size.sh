#!/usr/bin/env bash
# Size benchmark (not a test): builds the release app, loads its first page in
# Chromium and prints the gzip size of every file that load fetched, with a budget.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source scripts/setup.sh
trunk build --release --offline
exec node bench/size.mjs
