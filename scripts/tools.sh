#!/usr/bin/env bash
# Installs what building (and, with --test, testing) needs, skipping what is already there.
# Versions are pinned: see ../shared/notes/toolchain.md for why each one.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Formats the view! macros (`make lint` checks them); leptosfmt.toml holds its settings.
LEPTOSFMT_VERSION=0.1.33
# wasm-bindgen-cli must equal the wasm-bindgen crate the app links.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if ! grep -q "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml; then
  echo "Trunk.toml pins another wasm-bindgen than Cargo.lock ($WASM_BINDGEN_VERSION): update [tools] wasm_bindgen." >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "Installing trunk $TRUNK_VERSION (a few minutes, once)"
  # No default features: no TLS, so it cannot try to download tools; 0.22 needs a newer rustc.
  cargo install trunk --version "$TRUNK_VERSION" --locked --no-default-features
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
  # Not --locked: its lockfile names a webpki-roots release the registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ "$(leptosfmt --version 2>/dev/null)" != "leptosfmt $LEPTOSFMT_VERSION" ]; then
  say "Installing leptosfmt $LEPTOSFMT_VERSION (a minute, once)"
  cargo install leptosfmt --version "$LEPTOSFMT_VERSION" --locked
fi

if [ "${1:-}" = "--test" ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  # The server tests also run on PostgreSQL (scripts/with-postgres.sh).
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  # Two server processes behind a real load balancer (server/tests/two_processes.rs).
  command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
  # promtool checks the metrics' format (server/tests/metrics.rs).
  command -v promtool >/dev/null || missing+=(prometheus)
  if [ ${#missing[@]} -gt 0 ]; then
    say "Installing ${missing[*]} from Debian"
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
  fi
  # A real SMTP server for the mail delivery tests (scripts/smtp-server.py: aiosmtpd) and the
  # Standard Webhooks reference verifier for the webhook receiver (scripts/webhook-receiver.py),
  # pinned.
  scripts/venv.sh target/test-venv scripts/requirements/server-tests.txt
  # Suites others wrote for the public API (scripts/api-suites.sh: schemathesis, scim2-tester), pinned.
  scripts/venv.sh target/api-venv scripts/requirements/api-suites.txt
  # axe-core, injected into every page by the end-to-end tests (tests/browser, pinned).
  AXE_VERSION=$(node -p "require('./tests/browser/package.json').dependencies['axe-core']")
  if [ "$(node -p "require('./tests/browser/node_modules/axe-core/package.json').version" 2>/dev/null)" != "$AXE_VERSION" ]; then
    say "Installing axe-core $AXE_VERSION for the accessibility checks (once)"
    npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error
  fi
  # A real OpenID provider for the SSO tests (tests/oidc: oidc-provider, pinned by its lockfile).
  OIDC_PROVIDER_VERSION=$(node -p "require('./tests/oidc/package.json').dependencies['oidc-provider']")
  if [ "$(node -p "require('./tests/oidc/node_modules/oidc-provider/package.json').version" 2>/dev/null)" != "$OIDC_PROVIDER_VERSION" ]; then
    say "Installing the test OpenID provider's node packages (once)"
    npm ci --prefix tests/oidc --no-audit --no-fund --loglevel=error
  fi
fi

# Trunk builds offline: every crate must be in the local registry cache first.
cargo fetch --locked >/dev/null
