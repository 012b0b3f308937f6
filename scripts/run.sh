#!/usr/bin/env bash
# Builds Threadline and opens the explorer on the bundled corpus. Without a
# display it says so, renders the bundled graph to a PNG and prints its path.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh release
app=build/release/app/threadline
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$app" "$@"
fi
png="$PWD/build/threadline-corpus.png"
echo "threadline: no display (DISPLAY and WAYLAND_DISPLAY are unset), so no window can open."
echo "threadline: rendering the bundled graph to a picture instead."
"$app" export --format png --title "Threadline — bundled corpus" --out "$png" >/dev/null
echo "$png"
