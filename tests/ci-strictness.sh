#!/usr/bin/env bash
# Checks that the suite cannot pass by missing its checks: under CI=true a
# hidden ../shared or a missing networkx fails the tests, elsewhere it skips
# them by name, and a networkx reader that fails is a failure either way.
#   bash tests/ci-strictness.sh BUILD-DIR
set -uo pipefail
build=$1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
unset THREADLINE_TEST_SHARED PYTHONPATH

# Python packages named networkx that stand in for Debian's: one that is
# not installed (ImportError), one that is broken.
mkdir -p "$work/missing/networkx" "$work/broken/networkx"
echo 'raise ImportError("networkx hidden by ci-strictness.sh")' >"$work/missing/networkx/__init__.py"
echo 'raise RuntimeError("networkx broken by ci-strictness.sh")' >"$work/broken/networkx/__init__.py"

failures=0
# expect NAME ok|fail PATTERN -- COMMAND…: the exit status and a line of output.
expect() {
  local name=$1 want=$2 pattern=$3
  shift 4
  local out status
  out=$("$@" 2>&1)
  status=$?
  if { [ "$want" = ok ] && [ $status -ne 0 ]; } || { [ "$want" = fail ] && [ $status -eq 0 ]; } \
     || ! grep -qE -- "$pattern" <<<"$out"; then
    echo "FAIL: $name: wanted $want and /$pattern/, got exit $status:"
    sed 's/^/    /' <<<"$out" | tail -15
    failures=$((failures + 1))
  else
    echo "ok: $name"
  fi
}

corpus=("$build/tests/tst_corpus" articlesAreByteForByteTheReceivedOnes)
interop=("$build/tests/tst_interop" gephiLesMiserables)
cli=("$build/tests/tst_cli" exportSvgIsVectorWithText)
hidden="$work/no-shared-here"

expect "hidden ../shared fails under CI (corpus)" fail 'FAIL!.*CI=true and a prerequisite is missing: \.\./shared' -- \
  env CI=true THREADLINE_TEST_SHARED="$hidden" "${corpus[@]}"
expect "hidden ../shared skips elsewhere, by name (corpus)" ok "SKIP.*$hidden" -- \
  env -u CI THREADLINE_TEST_SHARED="$hidden" "${corpus[@]}"
expect "hidden ../shared fails under CI (interop)" fail 'FAIL!.*gephi_les_miserables.gexf is not here' -- \
  env CI=true THREADLINE_TEST_SHARED="$hidden" "${interop[@]}"
expect "hidden ../shared skips elsewhere (interop)" ok 'SKIP.*gephi_les_miserables.gexf is not here' -- \
  env -u CI THREADLINE_TEST_SHARED="$hidden" "${interop[@]}"
expect "missing networkx fails under CI" fail 'FAIL!.*python3-networkx is not installed' -- \
  env CI=true PYTHONPATH="$work/missing" "${interop[@]}"
expect "missing networkx skips elsewhere" ok 'SKIP.*python3-networkx is not installed' -- \
  env -u CI PYTHONPATH="$work/missing" "${interop[@]}"
expect "a failing networkx reader fails without CI" fail 'FAIL!.*nx_read.py.*failed \(exit code 1\)' -- \
  env -u CI PYTHONPATH="$work/broken" "${interop[@]}"
expect "a failing networkx reader fails under CI" fail 'FAIL!.*nx_read.py.*failed \(exit code 1\)' -- \
  env CI=true PYTHONPATH="$work/broken" "${interop[@]}"
expect "a present reader passes under CI (xmllint)" ok 'Totals: [0-9]+ passed, 0 failed, 0 skipped' -- \
  env CI=true "${cli[@]}"
expect "a missing program fails a CTest check under CI" fail 'CI=true.*no-such-program' -- \
  env CI=true bash "$here/require.sh" no-such-program:no-such-package -- true
expect "a missing program skips a CTest check elsewhere" ok 'SKIP: missing no-such-program' -- \
  bash -c 'env -u CI bash "$1" no-such-program:no-such-package -- true; [ $? -eq 77 ]' _ "$here/require.sh"

[ $failures -eq 0 ] && echo "ci-strictness: all checks held" || echo "ci-strictness: $failures checks failed"
exit $((failures > 0))
