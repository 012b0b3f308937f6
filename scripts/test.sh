#!/usr/bin/env bash
# Builds Threadline and runs every test (Qt Test suites under CTest, offscreen).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh dev
export QT_QPA_PLATFORM=offscreen
ctest --preset dev --output-on-failure "$@"
