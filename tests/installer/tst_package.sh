#!/usr/bin/env bash
# The Debian package as a user gets it: built by CPack, its Depends line covers the Qt platform
# plugins and the Qt SQLite driver, it ships the desktop entry, icon and MIME type, and the
# binaries it installs start and read the bundled demo project.
# usage: tst_package.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack -G DEB -B "$tmp/out" --config "$build/CPackConfig.cmake" > "$tmp/cpack.log" 2>&1 || { cat "$tmp/cpack.log"; fail "cpack"; }
deb=$(ls "$tmp"/out/territory-planner_*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6sql6-sqlite qt6-qpa-plugins libgdal; do
  [[ "$depends" == *"$dep"* ]] || fail "Depends lacks $dep: $depends"
done
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/territory-planner ./usr/bin/territory ./usr/share/applications/territory-planner.desktop \
            ./usr/share/mime/packages/territory-planner.xml ./usr/share/icons/hicolor/scalable/apps/territory-planner.svg \
            ./usr/share/territory-planner/basemap.gpkg ./usr/share/territory-planner/demo.territory; do
  grep -q " $path\$" <<< "$contents" || fail "package lacks $path"
done

dpkg-deb -x "$deb" "$tmp/root"
if command -v desktop-file-validate > /dev/null; then
  desktop-file-validate "$tmp/root/usr/share/applications/territory-planner.desktop" || fail "desktop entry is not valid"
fi
grep -q 'pattern="\*.territory"' "$tmp/root/usr/share/mime/packages/territory-planner.xml" || fail "MIME type lacks *.territory"

# The installed binaries find their data beside them (../share/territory-planner), not in the build tree.
export TP_DATA_DIR=
unset TP_DATA_DIR
"$tmp/root/usr/bin/territory" --version | grep -q "territory " || fail "territory --version"
"$tmp/root/usr/bin/territory" metrics "$tmp/root/usr/share/territory-planner/demo.territory" > "$tmp/metrics.txt" \
  || fail "territory metrics on the installed demo"
grep -q "spread (max − min) / mean" "$tmp/metrics.txt" || fail "no metrics table"
QT_QPA_PLATFORM=offscreen "$tmp/root/usr/bin/territory-planner" --version | grep -q "Territory Planner" \
  || fail "territory-planner --version"
echo "PASS: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
