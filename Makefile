# Espace: `make run` to try it, `make test` to check everything. See README.md.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: run run-pseudo test dev lint tools test-tools app app-pseudo i18n-check test-unit test-api test-components test-e2e bench-size bench-lighthouse bench-users bench-load bench-tenants bench-import bench-fuzz clean

## Build everything and start the server on SQLite with the demo company.
run: tools app
	ESPACE_SEED_DEMO=1 ESPACE_DEV_MAILBOX=1 ESPACE_SUPPORT_CONTACT=support@provider.example cargo run --release --locked -p espace-server

## Every test: pure logic, components in headless Chromium, end-to-end flows on the release build.
test: test-tools i18n-check test-unit test-api test-components app app-pseudo test-e2e

tools:
	@scripts/tools.sh

test-tools:
	@scripts/tools.sh --test

## The release build of the app, in dist/ (what the server serves and the e2e tests drive), then
## the small builds of the first pages in dist/entry/ (espace_api::pages::EntryBuild: sign-in,
## the activation and password links, the SSO error page): after, since trunk replaces the whole of dist/. Each
## entry page then prefetches the whole app's files, for the page after it.
app: tools
	trunk build --release
	trunk build entry-sign-in.html --release true --dist dist/entry/sign-in --public-url /entry/sign-in/
	trunk build entry-link.html --release true --dist dist/entry/link --public-url /entry/link/
	trunk build entry-sso-error.html --release true --dist dist/entry/sso-error --public-url /entry/sso-error/
	scripts/prefetch-app.sh dist

## The same with the pseudo-locale, in target/dist-pseudo/ (`make run-pseudo`, e2e pseudo test).
app-pseudo: tools
	trunk build --release --features pseudo --dist target/dist-pseudo

## Locale files: same files, ids and variables in every locale; ids used and defined; every
## message renders; French typography; the glossary's terms (locales/GLOSSARY.md; the check
## first shows it catches a forbidden term); then Mozilla's linters (moz-fluent-linter,
## compare-locales).
i18n-check:
	cargo test --locked -p espace-server --test locales
	scripts/check-glossary.py --self-test
	scripts/check-glossary.py
	@scripts/i18n-lint.sh

## Pure logic and the server, on SQLite then on a throw-away PostgreSQL cluster: concurrency,
## a real SMTP server (aiosmtpd), two instances on one database.
test-unit: test-tools
	cargo test --locked -p espace-api -p espace-server
	cargo test --locked -p espace-web --lib
	scripts/with-postgres.sh cargo test --locked -p espace-server

## Suites others wrote, run as they are against the public API (scripts/api-suites.sh).
test-api: test-tools
	scripts/api-suites.sh

test-components: test-tools
	cargo test --locked -p espace-web --features pseudo --target wasm32-unknown-unknown --test components

test-e2e:
	cargo test --locked -p espace-e2e
	scripts/with-postgres.sh cargo test --locked -p espace-e2e --test wizard --test activation --test scope

## Front-end work: trunk rebuilds on change (port 8081) and proxies /api to the server (8080).
## With the pseudo-locale (`?lang=pseudo`, or the ŁØ button).
dev: tools
	cargo build -p espace-server
	trap 'kill 0' EXIT; ESPACE_SEED_DEMO=1 ESPACE_DEV_MAILBOX=1 cargo run -p espace-server & trunk serve --features pseudo

## `make run` with the pseudo-locale, for translators: open the printed address with ?lang=pseudo.
run-pseudo: app-pseudo
	ESPACE_SEED_DEMO=1 ESPACE_DEV_MAILBOX=1 ESPACE_DIST_DIR=target/dist-pseudo cargo run --release --locked -p espace-server

## Formatting (rustfmt, and leptosfmt for the view! macros), clippy for the server and the
## browser build, and the code's own rules: no Effect in a page reads an Action's value, no page
## over 400 lines, no part of SCIM over 300 (CONTRIBUTING.md).
lint: tools
	cargo fmt --all --check
	leptosfmt --check src tests/components.rs
	scripts/check-effects.py
	scripts/check-sizes.sh
	cargo clippy --locked --workspace --all-targets -- -D warnings
	cargo clippy --locked -p espace-web --target wasm32-unknown-unknown --all-targets -- -D warnings
	cargo clippy --locked -p espace-web --target wasm32-unknown-unknown --all-targets --features pseudo -- -D warnings

## Lighthouse (mobile preset, Debian's Chromium, offline) on the sign-in and activation pages in
## both languages, against the release server: median of 3 runs (LIGHTHOUSE_RUNS); fails under budget.
bench-lighthouse: app
	cargo build --release --locked -p espace-server
	scripts/bench-lighthouse.sh

## USERS users (default 10,000) in a temporary database, on ENGINE (sqlite, postgres, or both,
## the default): search, deep pages of every sort, and search-to-paint in Chromium.
USERS ?= 10000
ENGINE ?= both
bench-users: test-tools app
	if [ "$(ENGINE)" != postgres ]; then USERS=$(USERS) cargo run -q --release --locked -p espace-e2e --bin bench-users; fi
	if [ "$(ENGINE)" != sqlite ]; then USERS=$(USERS) scripts/with-postgres.sh cargo run -q --release --locked -p espace-e2e --bin bench-users; fi

## The release server on a temporary database, 32 clients for 30 s of mixed traffic (override with
## BENCH_CLIENTS, BENCH_SECONDS): requests/s, p50 and p99 per endpoint; fails on any 5xx.
bench-load: app
	cargo build --release --locked -p espace-server
	cargo run --release --locked -p espace-e2e --bin bench-load

## PostgreSQL (a throw-away cluster), two release server processes behind HAProxy, 200 companies
## of 5,000 users seeded with COPY; 32 clients over the companies for 60 s, quiet and during
## another company's 10,000-row imports, with two processes, one, and the old platform-wide lock:
## req/s, p50, p99, 5xx, the other companies' write p99 ratio (≤ 1.5), search and deep page at
## 1,000,000 users (≤ 20 ms). BENCH_COMPANIES, BENCH_COMPANY_USERS, BENCH_CLIENTS, BENCH_SECONDS.
bench-tenants: test-tools app
	cargo build --release --locked -p espace-server
	scripts/with-postgres.sh cargo run --release --locked -p espace-e2e --bin bench-tenants

## The release server on a temporary SQLite database: a 10,000-row CSV previewed (budget 3 s),
## committed in the app's parts with activation e-mails (15 s), exported as CSV and XLSX (2 s).
bench-import: app
	cargo build --release --locked -p espace-server
	cargo run --release --locked -p espace-e2e --bin bench-import

## The property tests of the parsers (SCIM filters, CSV/XLSX, the contract's checks) with
## FUZZ_CASES cases each (default 20,000; `make test` runs 512 to 1,024).
FUZZ_CASES ?= 20000
bench-fuzz:
	PROPTEST_CASES=$(FUZZ_CASES) cargo test --release --locked -p espace-server --test parsers
	PROPTEST_CASES=$(FUZZ_CASES) cargo test --release --locked -p espace-api --test validation_props

## Bytes of the release build per file: raw, gzip -9, brotli -q 11.
bench-size: app
	@scripts/bench-size.sh dist

clean:
	cargo clean
	rm -rf dist
