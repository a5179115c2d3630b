#!/usr/bin/env bash
# The README's pictures of the summary for members: builds the release app, has it
# download the members' summary of the complete sample assessment, prints that to
# an A4 PDF in Chromium, and turns its first page and its heat-map page into PNGs
# in docs/. Not part of the test run; commit the PNGs it writes.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source scripts/setup.sh

# pdfinfo, pdftotext and pdftoppm come from Debian's poppler-utils.
if ! command -v pdftoppm >/dev/null || ! command -v pdftotext >/dev/null || ! command -v pdfinfo >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi
  "${SUDO[@]}" apt-get update
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y poppler-utils
fi

trunk build --release --offline
WORK="$ROOT/target/summary-pictures"
mkdir -p "$WORK"
PDF="$WORK/summary-for-members.pdf"
node scripts/summary-pictures.mjs "$PDF"

PAGES="$(pdfinfo "$PDF" | awk '/^Pages:/ { print $2 }')"
HEAT=""
for page in $(seq 1 "$PAGES"); do
  if pdftotext -f "$page" -l "$page" "$PDF" - | grep -qx "Heat map"; then HEAT="$page"; break; fi
done
[ -n "$HEAT" ] || { echo "no page of $PDF is headed \"Heat map\"" >&2; exit 1; }

# 75 dots per inch: an A4 page is about 620 by 877 pixels, legible on GitHub.
pdftoppm -png -r 75 -f 1 -l 1 -singlefile "$PDF" docs/summary-for-members-page-1
pdftoppm -png -r 75 -f "$HEAT" -l "$HEAT" -singlefile "$PDF" docs/summary-for-members-heat-map
echo "members' summary: $PAGES pages; wrote docs/summary-for-members-page-1.png and docs/summary-for-members-heat-map.png (page $HEAT)"
