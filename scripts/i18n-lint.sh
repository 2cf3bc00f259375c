#!/usr/bin/env bash
# Mozilla's own Fluent linters on locales/, installed from PyPI (pinned) into target/:
# moz-fluent-linter on every locale (comments, ids, spacing, typography), then compare-locales
# (every locale against English: missing, obsolete and broken messages).
set -euo pipefail
cd "$(dirname "$0")/.."

FLUENT_LINTER_VERSION=0.4.10
COMPARE_LOCALES_VERSION=9.0.5
VENV=target/i18n-venv

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if [ "$("$VENV/bin/moz-fluent-lint" --version 2>/dev/null)" != "moz-fluent-linter version: $FLUENT_LINTER_VERSION" ] \
  || [ "$("$VENV/bin/compare-locales" --version 2>/dev/null)" != "compare-locales $COMPARE_LOCALES_VERSION" ]; then
  say "Installing moz-fluent-linter $FLUENT_LINTER_VERSION and compare-locales $COMPARE_LOCALES_VERSION (once)"
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check \
    "moz-fluent-linter==$FLUENT_LINTER_VERSION" "compare-locales==$COMPARE_LOCALES_VERSION"
fi

failed=0
for dir in locales/*/; do
  say "moz-fluent-lint ${dir%/}"
  "$VENV/bin/moz-fluent-lint" --config locales/fluent-lint.yml "$dir" || failed=1
done

say "compare-locales (against en)"
report=target/compare-locales.json
"$VENV/bin/compare-locales" --json "$report" locales/l10n.toml locales
# compare-locales exits 0 even when messages are missing: judge its summary instead.
"$VENV/bin/python" - "$report" <<'PY' || failed=1
import json, sys
bad = {}
for result in json.load(open(sys.argv[1])):
    for locale, summary in result["summary"].items():
        counts = {k: summary.get(k, 0) for k in ("missing", "obsolete", "errors", "warnings")}
        if any(counts.values()):
            bad[locale] = counts
for locale, counts in bad.items():
    print(f"{locale}: " + ", ".join(f"{n} {k}" for k, n in counts.items() if n))
sys.exit(1 if bad else 0)
PY

if [ "$failed" -ne 0 ]; then
  echo "Locale files need fixing: see above (rules: locales/README.md)." >&2
  exit 1
fi
