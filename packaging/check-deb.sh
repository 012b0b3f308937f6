#!/usr/bin/env bash
# Builds the .deb from a build tree and checks it as Debian would:
# desktop-file-validate on the .desktop file, lintian with no errors, and the
# expected files and dependencies in the package.
set -euo pipefail
build=$1
src=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

desktop-file-validate "$src/threadline.desktop"
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/*.deb)
echo "package: $deb"

contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/threadline ./usr/share/applications/threadline.desktop \
         ./usr/share/icons/hicolor/scalable/apps/threadline.svg \
         ./usr/share/doc/threadline/copyright ./usr/share/man/man1/threadline.1.gz; do
  grep -q " $f\$" <<<"$contents" || { echo "missing from the package: $f"; exit 1; }
done

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6widgets6 libqt6core6 libqt6gui6; do
  grep -q "$lib" <<<"$depends" || { echo "Depends lacks $lib"; exit 1; }
done

# lintian exits non-zero on errors; warnings are shown but do not fail.
lintian --no-tag-display-limit "$deb" | tee "$out/lintian.txt" || true
if grep -q '^E:' "$out/lintian.txt"; then
  echo "lintian reported errors"
  exit 1
fi
echo "deb ok"
