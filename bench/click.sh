#!/usr/bin/env bash
# Click benchmark (not a test): rating click to the frame that shows it, on a theme
# page of a complete assessment, CPU throttled 4x; and the page's element count.
# Budget: median at most 35 ms.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source scripts/setup.sh
trunk build --release --offline
exec node bench/click.mjs
