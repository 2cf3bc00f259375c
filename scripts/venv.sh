#!/usr/bin/env bash
# scripts/venv.sh DIR LOCK: a Python virtual environment in DIR holding exactly the packages of
# LOCK (scripts/requirements/*.txt, every transitive version pinned, so a release made upstream
# overnight cannot change what CI runs). Rebuilt only when LOCK changed since it was made.
set -euo pipefail
dir=$1
lock=$2
if ! cmp -s "$lock" "$dir/espace-lock.txt"; then
  printf '\033[1m==> %s\033[0m\n' "Installing the Python packages of $lock into $dir (once)"
  rm -rf "$dir"
  python3 -m venv "$dir"
  "$dir/bin/pip" install --quiet --disable-pip-version-check --no-deps -r "$lock"
  cp "$lock" "$dir/espace-lock.txt"
fi
