#!/usr/bin/env bash
# The entry builds' pages (sign-in, activation and password links) have the browser fetch the
# whole app's script, wasm and stylesheet at low priority once the page has settled, so that the
# first page after signing in or setting a password does not wait for them. The names come from
# the whole app's own page (Trunk hashes them), after `make app` built it; run again, nothing
# changes.
set -euo pipefail
dist=${1:-dist}
js=$(grep -oE '/espace-web-[0-9a-f]+\.js' "$dist/index.html" | head -1)
wasm=$(grep -oE '/espace-web-[0-9a-f]+_bg\.wasm' "$dist/index.html" | head -1)
css=$(grep -oE '/main-[0-9a-f]+\.css' "$dist/index.html" | head -1)
if [ -z "$js" ] || [ -z "$wasm" ] || [ -z "$css" ]; then
  echo "prefetch-app: no script, wasm or stylesheet named in $dist/index.html" >&2
  exit 1
fi
# Named in a <meta> that the entry build reads once its page has settled (src/prefetch.rs):
# prefetched from the start, the whole app would compete with the page's own wasm.
meta="<meta name=\"espace-app-files\" content=\"$js $wasm $css\">"
for page in "$dist"/entry/*/index.html; do
  if ! grep -q 'name="espace-app-files"' "$page"; then
    sed -i "s#</head>#$meta</head>#" "$page"
  fi
done
