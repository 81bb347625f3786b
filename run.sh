#!/usr/bin/env bash
# Territory Planner: install what is missing, build, and open the app on the demo project.
#   ./run.sh              set up, build, open the app (the territory table instead when there is no display)
#   ./run.sh --headless   set up, build, print the demo project's territory table
#   ./run.sh --build-only set up and build (used by test.sh)
set -euo pipefail
cd "$(dirname "$0")"
mode=gui
case "${1:-}" in
  --headless) mode=headless ;;
  --build-only) mode=build ;;
  "") ;;
  *) echo "usage: ./run.sh [--headless|--build-only]" >&2; exit 2 ;;
esac

apt_packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-charts-dev qt6-positioning-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite
  qt6-qpa-plugins libgl-dev libvulkan-dev
  libgdal-dev gdal-bin libboost-dev libboost-graph-dev libsqlite3-dev libgeos-dev libxlsxwriter-dev
  nodejs npm poppler-utils xvfb xauth fonts-dejavu-core dpkg-dev file desktop-file-utils
  clang libclang-rt-dev clang-format lld  # lld: the linker (CMakeLists.txt)
  coinor-cbc  # CBC, the exact MIP peer in tests/bench/bench_optimize (the tests do not need it)
)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# A machine may have node/npm from elsewhere: then the Debian packages are not needed.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=(); for p in "${missing[@]}"; do [[ "$p" == nodejs || "$p" == npm ]] || filtered+=("$p"); done
  missing=("${filtered[@]}")
fi
if ((${#missing[@]})); then
  echo "==> Installing ${#missing[@]} Debian packages: ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -f maps/node_modules/.package-lock.json ] || [ maps/package-lock.json -nt maps/node_modules/.package-lock.json ]; then
  echo "==> Installing the pinned map data packages"
  (cd maps && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "==> Building"
if [ ! -f build/build.ninja ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DTP_WERROR="${TP_WERROR:-OFF}" -DTP_CORE_TESTS="${TP_CORE_TESTS:-ON}"
elif [ -n "${TP_WERROR:-}${TP_CORE_TESTS:-}" ]; then  # asked for explicitly: reconfigure
  cmake -S . -B build ${TP_WERROR:+-DTP_WERROR=$TP_WERROR} ${TP_CORE_TESTS:+-DTP_CORE_TESTS=$TP_CORE_TESTS} >/dev/null
fi
cmake --build build

demo=build/data/demo.territory
case "$mode" in
  build) ;;
  headless) build/app/territory metrics "$demo" ;;
  gui)
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      echo "No display found: printing the demo project's territory table instead (./run.sh --headless)."
      build/app/territory metrics "$demo"
    else
      exec build/app/territory-planner
    fi ;;
esac
