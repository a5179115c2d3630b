#!/usr/bin/env bash
# Checks that the release package is reproducible: builds it a second time from a
# copy of the same sources, and compares it with the first, file by file and byte by
# byte.
#
#   scripts/check-reproducible.sh target/release-package/best-value-self-assessment-<version>.zip
#
# The second build differs from the first in what must not matter: another folder
# for the sources, a cold target directory (every crate compiled afresh, nothing
# reused), a later clock, and the order the file system lists files in.
# It proves: the same sources and tools give the same files and the same zip.
# It does not prove that other tool versions (rustc, Trunk, wasm-bindgen, wasm-opt,
# zip; BUILD-INFO.txt names them) or another machine give the same bytes. Nor does it
# move CARGO_HOME: leptos's wasm_split_helpers names one wasm export after a hash of
# its own manifest's path, so crates kept at another path give another wasm (the
# package records the path; scripts/package.sh checks no other build path leaks in).
# It costs one cold release build (about 5 to 9 minutes on two cores).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FIRST="$(realpath "${1:?usage: scripts/check-reproducible.sh PACKAGE.zip}")"
cd "$ROOT"
source scripts/setup.sh

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
COPY="$WORK/elsewhere/best-value-self-assessment"
mkdir -p "$COPY"

# The working tree's files as git sees them (committed or not, ignored ones left out),
# so that uncommitted edits are in both builds.
git ls-files -z --cached --others --exclude-standard |
  while IFS= read -r -d '' file; do [ -e "$file" ] && printf '%s\0' "$file"; done |
  tar --null -T - -cf - | tar -xf - -C "$COPY"
ln -s "$ROOT/node_modules" "$COPY/node_modules"

export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}"
export SOURCE_COMMIT="${SOURCE_COMMIT:-$(git describe --always --dirty --abbrev=12)}"
(
  cd "$COPY"
  CARGO_TARGET_DIR="$WORK/target" PACKAGE_OUT="$WORK/out" scripts/package.sh
)
SECOND="$WORK/out/$(basename "$FIRST")"

# On failure, keep the second package beside the first, to compare.
KEEP="$(dirname "$FIRST")/reproduced-$(basename "$FIRST")"
rm -f "$KEEP"
sums() { unzip -p "$1" '*/SHA256SUMS'; }
if ! diff <(sums "$FIRST") <(sums "$SECOND") >"$WORK/sums.diff"; then
  echo "reproducible: NO, these files differ between the two builds (second one kept as $KEEP):" >&2
  cat "$WORK/sums.diff" >&2
  cp "$SECOND" "$KEEP"
  exit 1
fi
if ! cmp -s "$FIRST" "$SECOND"; then
  echo "reproducible: the files are the same, but the zips differ (order, times or modes):" >&2
  diff <(unzip -Zl "$FIRST") <(unzip -Zl "$SECOND") >&2 || true
  cp "$SECOND" "$KEEP"
  exit 1
fi
echo "reproducible: yes, $(sums "$FIRST" | wc -l) files and the zip itself are identical" \
  "(sha256 $(sha256sum "$FIRST" | cut -d' ' -f1))"
