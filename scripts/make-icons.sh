#!/usr/bin/env bash
# Makes the app's PNG icons from public/favicon.svg, for the web app manifest and iOS
# home screens. Run it after changing the favicon, and commit the PNGs: builds only copy
# them, so building needs no image tool. Needs rsvg-convert (Debian: librsvg2-bin).
#
#   icon-192.png, icon-512.png   the favicon as it is, for browsers and Android
#   maskable-512.png             full-bleed background, symbol inside the central 80%
#                                "safe zone" that Android may crop to a circle
#   apple-touch-icon.png         180 px, full-bleed (iOS rounds the corners itself and
#                                shows transparency as black)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FAVICON="$ROOT/public/favicon.svg"
OUT="$ROOT/public/icons"
command -v rsvg-convert >/dev/null || { echo "make-icons: needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 1; }
mkdir -p "$OUT"

# The favicon's own background colour, for the full-bleed icons.
BACKGROUND="$(grep -o 'fill="#[0-9a-fA-F]*"' "$FAVICON" | head -1 | cut -d'"' -f2)"

# The favicon drawn at `percent` of a full-bleed square of its background colour.
full_bleed() {
  local percent="$1" size offset
  size="$(awk "BEGIN { print 32 * $percent / 100 }")"
  offset="$(awk "BEGIN { print (32 - $size) / 2 }")"
  printf '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="%s"/>' "$BACKGROUND"
  sed "s/<svg /<svg x=\"$offset\" y=\"$offset\" width=\"$size\" height=\"$size\" /" "$FAVICON"
  printf '</svg>\n'
}

rsvg-convert -w 192 -h 192 "$FAVICON" -o "$OUT/icon-192.png"
rsvg-convert -w 512 -h 512 "$FAVICON" -o "$OUT/icon-512.png"
full_bleed 80 | rsvg-convert -w 512 -h 512 -o "$OUT/maskable-512.png"
full_bleed 90 | rsvg-convert -w 180 -h 180 -o "$OUT/apple-touch-icon.png"
ls -l "$OUT"
