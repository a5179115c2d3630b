#!/usr/bin/env bash
# Builds the release app and packs what an intranet team needs into one zip:
#
#   target/release-package/best-value-self-assessment-<version>.zip
#     best-value-self-assessment-<version>/
#       DEPLOY.md         how to deploy it (IIS, Apache, nginx) and check it
#       dist/             the app: copy its contents to the web server
#       server/           iis/web.config, apache/.htaccess, apache/*.conf, nginx/*.conf
#       licences/         the app's licence and the notices of all it ships
#       BUILD-INFO.txt    version, source commit and the tools that built it
#       SHA256SUMS        the hash of every other file
#
# The same sources and tools give the same bytes (scripts/check-reproducible.sh):
# file order, times and modes in the zip are fixed, and setup.sh strips the
# build machine's paths from the wasm.
#   PACKAGE_OUT=dir SOURCE_DATE_EPOCH=seconds scripts/package.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source scripts/setup.sh

OUT="${PACKAGE_OUT:-$ROOT/target/release-package}"
VERSION="$(cargo pkgid --offline | sed 's/.*[#@]//')"
NAME="best-value-self-assessment-$VERSION"
# Every file in the zip carries the time of the commit it was built from.
SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 315532800)}"
SOURCE_COMMIT="${SOURCE_COMMIT:-$(git describe --always --dirty --abbrev=12 2>/dev/null || echo unknown)}"

say() { printf '\033[1mpackage:\033[0m %s\n' "$*"; }

say "building the release app"
trunk build --release --offline --locked
node scripts/server-config.mjs check

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
STAGE="$WORK/$NAME"
mkdir -p "$STAGE/licences"

cp -R dist "$STAGE/dist"
cp deploy/DEPLOY.md "$STAGE/DEPLOY.md"
node scripts/server-config.mjs package dist "$STAGE/server"
cp LICENSE "$STAGE/licences/LICENSE.txt"
node scripts/licences.mjs "$STAGE/licences"
# No path of this machine may end up in the app: setup.sh remaps CARGO_HOME, and
# Cargo passes the project's own sources by relative path.
CARGO_HOME_DIR="${CARGO_HOME:-$HOME/.cargo}"
if grep -rlF -e "$CARGO_HOME_DIR/" -e "$ROOT/" "$STAGE/dist"; then
  echo "package: the files above contain a path of this machine ($CARGO_HOME_DIR or $ROOT)" >&2
  exit 1
fi
cat > "$STAGE/BUILD-INFO.txt" <<EOF
Best Value Self-Assessment $VERSION
Source commit: $SOURCE_COMMIT
Built with: $(rustc --version); $(trunk --version); $(wasm-bindgen --version); wasm-split-cli $(cargo install --list | awk '/^wasm_split_cli_support v/ { sub(/:$/, "", $2); print $2 }'); wasm-opt $(wasm-opt --version | awk '{print $3}')
Crates from: CARGO_HOME=$CARGO_HOME_DIR (one wasm export name depends on this path)
Rebuild: scripts/package.sh in that commit, with those tools and that CARGO_HOME path,
gives files with the same SHA256SUMS.
EOF

# Fixed modes and times, so the zip does not depend on the umask or the clock.
find "$STAGE" -type d -exec chmod 755 {} +
find "$STAGE" -type f -exec chmod 644 {} +
(cd "$STAGE" && find . -type f | sed 's|^\./||' | LC_ALL=C sort | xargs -d '\n' sha256sum) > "$WORK/SHA256SUMS"
mv "$WORK/SHA256SUMS" "$STAGE/SHA256SUMS"
chmod 644 "$STAGE/SHA256SUMS"
find "$STAGE" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

mkdir -p "$OUT"
ZIP="$OUT/$NAME.zip"
rm -f "$ZIP"
# -X: no uid/gid or extra time fields; -D: no directory entries; UTC: zip stores local time.
(cd "$WORK" && find "$NAME" -type f | LC_ALL=C sort | TZ=UTC zip -X -D -9 -q "$ZIP" -@)
(cd "$OUT" && sha256sum "$NAME.zip" > "$NAME.zip.sha256")

say "wrote $ZIP ($(du -k "$ZIP" | cut -f1) KB, $(unzip -Z1 "$ZIP" | wc -l) files)"
say "sha256 $(cut -d' ' -f1 "$ZIP.sha256")"
