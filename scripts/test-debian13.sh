#!/usr/bin/env bash
# The Debian 13 (trixie) leg of CI: runs the README's test command
# (bash scripts/test.sh) inside a cached Debian 13 root, on a clean copy of the
# files git tracks, and exits with the tests' status.
#
#   bash scripts/test-debian13.sh [CTEST ARGS...]
#
# - The root is made once with `debootstrap --variant=minbase trixie` and kept
#   for later runs. A root whose debootstrap did not finish (no stamp file
#   .threadline-bootstrapped in it) is removed and made again.
# - The package list comes from `scripts/setup.sh --packages`, run inside the
#   root. Its hash is kept in the root (.threadline-packages.sha256); when the
#   list changes, the root gets apt-get update, upgrade and install.
# - Each run copies the working-tree version of every file `git ls-files`
#   lists into a fresh /ci/threadline inside the root and ../shared into
#   /ci/shared beside it, so ../shared resolves as on the host. No build
#   directory comes along. The copy of the last run stays there to look at.
# - /proc, /sys, /dev, /dev/pts and a tmpfs /dev/shm are mounted into the root
#   for the run and unmounted on exit, failure, Ctrl-C or kill.
# - CI is passed through from the environment (CI=true makes missing tools
#   test failures); nothing else from the host environment goes in.
#
# Environment:
#   THREADLINE_DEBIAN13_ROOT    where the root lives
#                               (default ${XDG_CACHE_HOME:-$HOME/.cache}/threadline/debian13)
#   THREADLINE_DEBIAN13_MIRROR  Debian mirror (default http://deb.debian.org/debian)
#   THREADLINE_DEBIAN13_SECURITY_MIRROR
#                               security mirror, empty for none
#                               (default http://deb.debian.org/debian-security)
#
# ROOT.lock beside the root keeps runs on one root one at a time.
# Needs root for debootstrap, mount and chroot; re-runs itself through sudo
# when not root. Installs debootstrap on the host when missing.
set -euo pipefail
# Braces: bash reads the whole script before running it, so a checkout or edit
# during a run cannot change what runs.
{
root=${THREADLINE_DEBIAN13_ROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/threadline/debian13}
mirror=${THREADLINE_DEBIAN13_MIRROR:-http://deb.debian.org/debian}
security_mirror=${THREADLINE_DEBIAN13_SECURITY_MIRROR-http://deb.debian.org/debian-security}
suite=trixie

if [ "$(id -u)" -ne 0 ]; then
  # Keep the caller's cache location (sudo changes HOME) and CI.
  ci_env=()
  [ -z "${CI+set}" ] || ci_env=(CI="$CI")
  exec sudo env THREADLINE_DEBIAN13_ROOT="$root" THREADLINE_DEBIAN13_MIRROR="$mirror" \
    THREADLINE_DEBIAN13_SECURITY_MIRROR="$security_mirror" "${ci_env[@]}" \
    bash "$0" "$@"
fi

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared=$(cd "$repo/.." && pwd)/shared
mkdir -p "$(dirname "$root")"
root=$(cd "$(dirname "$root")" && pwd)/$(basename "$root")
ci_env=()
[ -z "${CI+set}" ] || ci_env=(CI="$CI")
bootstrap_stamp=$root/.threadline-bootstrapped
packages_stamp=$root/.threadline-packages.sha256

say() { echo "threadline debian13: $*"; }

# One run at a time per root.
exec 9>"$root.lock"
if ! flock -n 9; then
  say "waiting for another run using $root"
  flock 9
fi

# ---- mounts and cleanup ----------------------------------------------------

mounted=()   # what this run mounted, in order
child=""     # process group of the command running in the root

# Every mount point at or below the root, deepest first.
mounts_under_root() {
  findmnt -rn -o TARGET | awk -v r="$root" 'index($0, r "/") == 1 || $0 == r' | sort -r
}

# shellcheck disable=SC2317 # kill_child and cleanup run from the traps
kill_child() {
  if [ -n "$child" ] && kill -0 "$child" 2>/dev/null; then
    kill -TERM -- "-$child" 2>/dev/null || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      kill -0 "$child" 2>/dev/null || break
      sleep 0.5
    done
    kill -KILL -- "-$child" 2>/dev/null || true
    wait "$child" 2>/dev/null || true
  fi
  child=""
  # Anything else still running with its root in ours would keep mounts busy.
  local p pids=()
  for p in /proc/[0-9]*; do
    [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && pids+=("${p#/proc/}")
  done
  if [ ${#pids[@]} -gt 0 ]; then
    kill -KILL "${pids[@]}" 2>/dev/null || true
    sleep 0.5
  fi
}

unmount_all() {
  local i m
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    m=${mounted[i]}
    umount "$m" 2>/dev/null || { sleep 1; umount "$m" 2>/dev/null; } ||
      { say "$m is busy; detaching it lazily"; umount -l "$m"; } || true
  done
  mounted=()
  # Also whatever an interrupted debootstrap left mounted in the root.
  while read -r m; do
    [ -n "$m" ] || continue
    say "unmounting leftover $m"
    umount "$m" 2>/dev/null || umount -l "$m" || true
  done < <(mounts_under_root)
}

# shellcheck disable=SC2317
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  kill_child
  unmount_all
  if [ -n "$(mounts_under_root)" ]; then
    say "still mounted under $root:"
    mounts_under_root >&2
    [ "$status" -ne 0 ] || status=1
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Mounts private so that nothing propagates back to the host's /dev.
mount_in_root() { # TARGET MOUNT-ARGS...
  local target=$root$1
  shift
  mkdir -p "$target"
  mount "$@" "$target"
  mounted+=("$target")
  mount --make-private "$target"
}

mount_root() {
  mount_in_root /proc -t proc proc
  mount_in_root /sys -t sysfs sysfs
  mount_in_root /dev --bind /dev
  mount_in_root /dev/pts --bind /dev/pts
  mount_in_root /dev/shm -t tmpfs -o mode=1777,nosuid,nodev tmpfs
}

# Runs a command in its own process group (so a kill reaches all of it) and
# waits for it in a way that lets INT and TERM through to the traps.
run_group() {
  local status=0
  setsid "$@" </dev/null 9>&- &
  child=$!
  wait "$child" || status=$?
  child=""
  return "$status"
}

# Runs a command inside the root with a clean environment.
in_root() {
  run_group chroot "$root" /usr/bin/env -i \
    HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 TERM="${TERM:-dumb}" DEBIAN_FRONTEND=noninteractive "${ci_env[@]}" \
    "$@"
}

# Removes a directory that must have nothing mounted in it.
remove_tree() {
  if findmnt -rn -o TARGET | awk -v d="$1" 'index($0, d "/") == 1 || $0 == d' | grep -q .; then
    say "refusing to remove $1: something is mounted in it"
    exit 1
  fi
  rm -rf --one-file-system "$1"
}

# ---- the root ----------------------------------------------------------------

unmount_all   # leftovers of a run that was killed with -9

if [ ! -f "$bootstrap_stamp" ]; then
  if ! command -v debootstrap >/dev/null; then
    say "installing debootstrap on the host"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap ||
      { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap; }
  fi
  if [ -e "$root" ]; then
    say "$root is incomplete (no stamp); making it again"
    remove_tree "$root"
  fi
  say "debootstrap --variant=minbase $suite $root $mirror"
  start=$(date +%s)
  run_group debootstrap --variant=minbase "$suite" "$root" "$mirror"
  unmount_all
  {
    echo "deb $mirror $suite main"
    echo "deb $mirror $suite-updates main"
    [ -z "$security_mirror" ] || echo "deb $security_mirror $suite-security main"
  } >"$root/etc/apt/sources.list"
  # No services start inside the root.
  printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
  chmod 755 "$root/usr/sbin/policy-rc.d"
  echo "$suite $mirror $(date -u +%FT%TZ)" >"$bootstrap_stamp"
  say "root made in $(($(date +%s) - start)) s"
fi

# ---- a clean copy of the tree ------------------------------------------------

work=$root/ci
remove_tree "$work"
mkdir -p "$work/threadline"
(
  cd "$repo"
  # Tracked files as they are in the working tree; ones deleted there are left out.
  git ls-files -z | while IFS= read -r -d '' f; do
    if [ -e "$f" ] || [ -L "$f" ]; then printf '%s\0' "$f"; fi
  done | tar --null --no-recursion -T - -cf -
) | tar -C "$work/threadline" -xf -
if [ -d "$shared" ]; then
  cp -a "$shared" "$work/shared"
else
  say "no $shared beside the clone; tests that need it will skip"
fi
if [ -e "$work/threadline/build" ]; then
  say "a build directory got into the copy"
  exit 1
fi

mount_root
cp -L /etc/resolv.conf "$root/etc/resolv.conf"

# ---- packages ----------------------------------------------------------------

packages=$(chroot "$root" /bin/bash /ci/threadline/scripts/setup.sh --packages)
packages_hash=$(printf '%s\n' "$packages" | sha256sum | cut -d' ' -f1)
if [ "$(cat "$packages_stamp" 2>/dev/null)" != "$packages_hash" ]; then
  say "package list changed; updating the root"
  start=$(date +%s)
  rm -f "$packages_stamp"
  in_root dpkg --configure -a   # finishes an install that was interrupted
  in_root apt-get update -q
  in_root apt-get upgrade -y -q
  # shellcheck disable=SC2086 # one package a line
  in_root apt-get install -y -q --no-install-recommends $packages
  in_root apt-get clean
  echo "$packages_hash" >"$packages_stamp"
  say "packages installed in $(($(date +%s) - start)) s"
fi

debian=$(cat "$root/etc/debian_version")
qt=$(dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${Version}' qt6-base-dev | sed -E 's/^[0-9]+://; s/[+~-].*//')
echo "threadline: Debian $debian, Qt $qt"

# ---- the tests ---------------------------------------------------------------

# The build first, so the log says which Qt and which chart backend this leg
# tested (Qt Graphs here); the tests then find it built.
status=0
in_root /bin/bash -c 'cd /ci/threadline && bash scripts/setup.sh dev && QT_QPA_PLATFORM=offscreen build/dev/app/threadline --version' ||
  status=$?
if [ "$status" -ne 0 ]; then
  say "the build failed ($status)"
  exit "$status"
fi
in_root /bin/bash -c 'cd /ci/threadline && exec bash scripts/test.sh "$@"' test.sh "$@" || status=$?
say "tests exited with $status"
exit "$status"
}
