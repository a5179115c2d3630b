#!/usr/bin/env bash
# Builds the release app and serves it locally the way an intranet would: from a
# sub-folder, as static files, with the strict Content-Security-Policy.
#   PORT=8080 BASE=/best-value/ scripts/serve.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source scripts/setup.sh
trunk build --release --offline
exec node scripts/static-server.mjs --root dist --base "${BASE:-/best-value/}" --port "${PORT:-8080}"
