#!/usr/bin/env bash
# Runs a check that needs programs from outside the tree:
#   bash tests/require.sh PROGRAM[:DEBIAN-PACKAGE]… -- COMMAND [ARGS…]
# When a program is missing the check cannot run: under CI (CI=true) that is
# a failure; elsewhere it is a skip (exit 77, the tests' SKIP_RETURN_CODE)
# that names what to install. Otherwise COMMAND's own status is the result.
set -uo pipefail
missing=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  program=${1%%:*}
  package=${1#*:}
  command -v "$program" >/dev/null 2>&1 || missing+=("$program (Debian package $package)")
  shift
done
[ "${1:-}" = "--" ] && shift
if [ ${#missing[@]} -gt 0 ]; then
  ci=$(printf '%s' "${CI:-}" | tr '[:upper:]' '[:lower:]')
  if [ -n "$ci" ] && [ "$ci" != "false" ] && [ "$ci" != "0" ]; then
    echo "FAIL: CI=true and the check cannot run: missing ${missing[*]}" >&2
    exit 1
  fi
  echo "SKIP: missing ${missing[*]}; scripts/setup.sh installs it" >&2
  exit 77
fi
exec "$@"
