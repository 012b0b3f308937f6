#!/usr/bin/env bash
# Installs what Threadline needs on Debian 12 (only what is missing), then
# configures and builds the given CMake preset. Safe to run again.
set -euo pipefail
preset=${1:-dev}
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(
  # build
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6opengl6-dev
  libxkbcommon-dev libqt6sql6-sqlite libboost-graph-dev
  # run and test: offscreen/X11 platform, fonts, the corpus checker
  xvfb xauth fonts-dejavu-core python3
  # independent readers for the export and interop tests
  python3-networkx graphviz libxml2-utils poppler-utils
  # packaging checks
  dpkg-dev file desktop-file-utils lintian
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "threadline setup: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
