#!/usr/bin/env bash
# Mozilla's own Fluent linters on locales/, installed from PyPI (pinned) into target/:
# moz-fluent-linter on every locale (comments, ids, spacing, typography), then compare-locales
# (every locale against English: missing, obsolete and broken messages).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# moz-fluent-linter and compare-locales, pinned with what they need.
VENV=target/i18n-venv
scripts/venv.sh "$VENV" scripts/requirements/i18n-lint.txt

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
