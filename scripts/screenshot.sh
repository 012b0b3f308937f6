#!/usr/bin/env bash
# Takes a screenshot of the explorer on the bundled corpus under Xvfb, for
# the README and for looking at what a user sees. Needs xvfb and imagemagick.
#   bash scripts/screenshot.sh [OUT.png] [extra threadline arguments]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=${1:-docs/screenshot.png}
shift || true
app=${THREADLINE:-build/release/app/threadline}
xvfb-run -a -s '-screen 0 1600x1000x24' bash -c "
  '$app' $* &
  pid=\$!
  sleep \${SHOT_DELAY:-6}
  import -window root '$out'
  kill \$pid
"
echo "$out"
