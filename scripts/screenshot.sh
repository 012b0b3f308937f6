#!/usr/bin/env bash
# Takes a screenshot of the explorer on the bundled corpus under Xvfb, for
# the README and for looking at what a user sees. Needs xvfb and imagemagick.
#   bash scripts/screenshot.sh [OUT.png] [threadline arguments…]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=$(realpath -m "${1:-docs/screenshot.png}")
shift || true
app=${THREADLINE:-build/release/app/threadline}
xvfb-run -a -s '-screen 0 1600x1000x24' bash -c '
  out=$1; app=$2; shift 2
  "$app" "$@" &
  pid=$!
  sleep "${SHOT_DELAY:-6}"
  import -window root -crop 1440x900+0+0 "$out"
  kill "$pid"
' screenshot "$out" "$app" "$@"
echo "$out"
