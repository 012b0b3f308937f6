#!/usr/bin/env bash
# Builds Threadline and runs every test (Qt Test suites under CTest, offscreen).
# Extra arguments go to ctest (e.g. -j4, -R tst_gui). Each Qt Test suite's
# "Totals:" line is printed at the end; under CI (CI=true) a skipped test
# function anywhere fails the run, as a missing prerequisite already fails
# its own test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh dev
export QT_QPA_PLATFORM=offscreen
status=0
ctest --preset dev --output-on-failure "$@" || status=$?

log=build/dev/Testing/Temporary/LastTest.log
if [ -f "$log" ]; then
  echo "threadline tests: Qt Test totals"
  grep -E '^Totals: ' "$log" | sed 's/^/  /' || true
  skipped=$(grep -E '^Totals: ' "$log" | grep -Ev ' 0 skipped' || true)
  ci=$(printf '%s' "${CI:-}" | tr '[:upper:]' '[:lower:]')
  if [ -n "$skipped" ] && [ -n "$ci" ] && [ "$ci" != "false" ] && [ "$ci" != "0" ]; then
    echo "threadline tests: CI=true and test functions were skipped:" >&2
    grep -E '^(SKIP|Totals: )' "$log" | grep -Ev '^Totals: .* 0 skipped' >&2 || true
    [ "$status" -ne 0 ] || status=1
  fi
fi
exit "$status"
