#!/usr/bin/env bash
# What a first visit downloads, in bytes (raw, gzip -9, brotli -q 11): the page and every file it
# names (stylesheet, icon, loader script, wasm). The sign-in and activation pages are small builds
# of their own (dist/entry/sign-in/, dist/entry/link/ and dist/entry/sso-error/, see `app::SignInEntry`,
# `app::LinkEntry`, `app::SsoErrorEntry`); the whole app (dist/index.html) is what comes after signing in. Budget:
# 200 KB brotli for each first page's first load.
set -euo pipefail
dist=${1:-dist}
if ! command -v brotli >/dev/null; then
  echo "==> Installing brotli from Debian (once)"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq brotli >/dev/null
fi

# Prints the page's files and their sizes; leaves the brotli total in $page_br.
page_br=0
measure() {
  local title=$1 page=$2
  echo "$title"
  printf '  %-44s %10s %10s %10s\n' file raw gzip brotli
  local total_raw=0 total_gz=0 total_br=0 f raw gz br
  # Absolute addresses in href/src, the page itself first.
  while IFS= read -r f; do
    raw=$(stat -c %s "$f")
    gz=$(gzip -9 -c "$f" | wc -c)
    br=$(brotli -q 11 -c "$f" | wc -c)
    total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br))
    printf '  %-44s %10d %10d %10d\n' "${f#"$dist"/}" "$raw" "$gz" "$br"
  done < <(
    echo "$page"
    grep -oE "(href|src|module_or_path: )=?[\"'](/[^\"']+)[\"']" "$page" | grep -oE "/[^\"']+" \
      | sort -u | sed "s|^|$dist|"
  )
  printf '  %-44s %10d %10d %10d\n' TOTAL "$total_raw" "$total_gz" "$total_br"
  page_br=$total_br
}

budget=$((200 * 1024))
verdicts=()
for pair in "sign-in:The sign-in page" "link:The activation and password-reset pages" \
  "sso-error:The single sign-on error page"; do
  entry=$dist/entry/${pair%%:*}/index.html
  [ -f "$entry" ] || entry=$dist/index.html
  measure "${pair#*:} ($entry)" "$entry"
  echo
  if [ "$page_br" -gt "$budget" ]; then
    verdicts+=("${pair#*:}: first load $page_br bytes brotli, over the 200 KB budget by $((page_br - budget)) bytes")
  else
    verdicts+=("${pair#*:}: first load $page_br bytes brotli, within the 200 KB budget ($((budget - page_br)) bytes to spare)")
  fi
done
measure "The whole app, after signing in ($dist/index.html)" "$dist/index.html"
echo
printf '%s\n' "${verdicts[@]}"
