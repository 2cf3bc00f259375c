#!/usr/bin/env bash
# The entry builds' pages (sign-in, activation and password links) ask the browser to fetch the
# whole app's script, wasm and stylesheet at low priority once the page is idle, so that the first page
# after signing in or setting a password does not wait for them. The names come from the whole
# app's own page (Trunk hashes them), after `make app` built it; run again, nothing changes.
set -euo pipefail
dist=${1:-dist}
js=$(grep -oE '/espace-web-[0-9a-f]+\.js' "$dist/index.html" | head -1)
wasm=$(grep -oE '/espace-web-[0-9a-f]+_bg\.wasm' "$dist/index.html" | head -1)
css=$(grep -oE '/main-[0-9a-f]+\.css' "$dist/index.html" | head -1)
if [ -z "$js" ] || [ -z "$wasm" ] || [ -z "$css" ]; then
  echo "prefetch-app: no script, wasm or stylesheet named in $dist/index.html" >&2
  exit 1
fi
# Same CORS mode as the app's own preloads, so the cached copies are the ones it uses.
links="<link rel=\"prefetch\" href=\"$js\" as=\"script\" crossorigin=\"anonymous\"><link rel=\"prefetch\" href=\"$wasm\" as=\"fetch\" crossorigin=\"anonymous\"><link rel=\"prefetch\" href=\"$css\" as=\"style\">"
for page in "$dist"/entry/*/index.html; do
  if ! grep -q 'rel="prefetch"' "$page"; then
    sed -i "s#</head>#$links</head>#" "$page"
  fi
done
