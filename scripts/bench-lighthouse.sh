#!/usr/bin/env bash
# `make bench-lighthouse`: Lighthouse (mobile preset) on the sign-in and activation pages, both
# languages, against the release server; see tests/lighthouse/bench.mjs. Needs dist/ and
# target/release/espace-server (the make target builds both).
set -euo pipefail
cd "$(dirname "$0")/.."

# Lighthouse from npm, pinned by tests/lighthouse/package-lock.json; installed here rather than by
# `make test-tools` since only this benchmark needs its ~190 MB.
LIGHTHOUSE_VERSION=$(node -p "require('./tests/lighthouse/package.json').dependencies.lighthouse")
if [ "$(node -p "require('./tests/lighthouse/node_modules/lighthouse/package.json').version" 2>/dev/null)" != "$LIGHTHOUSE_VERSION" ]; then
  printf '\033[1m==> %s\033[0m\n' "Installing Lighthouse $LIGHTHOUSE_VERSION (once)"
  npm ci --prefix tests/lighthouse --no-audit --no-fund --loglevel=error
fi

# Debian's Chromium, as the other browser tests use.
if [ -z "${CHROME_PATH:-}" ]; then
  CHROME_PATH=$(command -v chromium) || { echo "no chromium: \`make test-tools\` installs it" >&2; exit 1; }
fi
export CHROME_PATH
exec node tests/lighthouse/bench.mjs
