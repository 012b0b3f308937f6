#!/usr/bin/env bash
# Installs what Threadline needs on Debian 12 or 13 (only what is missing),
# then configures and builds the given CMake preset. Safe to run again.
#   bash scripts/setup.sh [PRESET]     install, configure, build (default: dev)
#   bash scripts/setup.sh --packages   print this system's package list, one a
#                                      line, and stop (scripts/test-debian13.sh
#                                      installs it into its Debian 13 root)
set -euo pipefail
preset=${1:-dev}
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(
  # build
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6opengl6-dev
  libxkbcommon-dev libqt6sql6-sqlite libboost-graph-dev libgumbo-dev iso-codes tzdata
  # run and test: offscreen/X11 platform, fonts, the corpus checker
  xvfb xauth fonts-dejavu-core python3
  # independent readers for the export and interop tests; graphviz (sfdp)
  # and python3-igraph are also what bench_layout compares the layout with
  python3-networkx graphviz libxml2-utils poppler-utils python3-igraph
  # packaging checks
  dpkg-dev file desktop-file-utils lintian
)
# Debian 13 and later also get Qt Graphs for the timeline work; its CMake
# config needs Quick3D. Debian 12 has no qt6-graphs-dev.
# shellcheck source=/dev/null
os_id=$(. /etc/os-release && echo "${ID:-}")
# shellcheck source=/dev/null
os_version=$(. /etc/os-release && echo "${VERSION_ID:-}")
# There libqt6opengl6-dev is only a name that qt6-base-dev provides, which
# dpkg-query never reports installed, so it is left out.
if [ "$os_id" = debian ] && [ "${os_version%%.*}" -ge 13 ] 2>/dev/null; then
  kept=()
  for p in "${packages[@]}"; do
    [ "$p" = libqt6opengl6-dev ] || kept+=("$p")
  done
  packages=("${kept[@]}" qt6-graphs-dev qt6-quick3d-dev qt6-declarative-dev libgl1-mesa-dri)
fi

if [ "$preset" = --packages ]; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

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
