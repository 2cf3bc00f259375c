#!/usr/bin/env bash
# Prints each file of a built dist/ with its raw, gzip -9 and brotli -q 11 sizes, and totals.
# Budget: 200 KB brotli for everything the first page load transfers.
set -euo pipefail
dist=${1:-dist}
if ! command -v brotli >/dev/null; then
  echo "==> Installing brotli from Debian (once)"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq brotli >/dev/null
fi
printf '%-44s %10s %10s %10s\n' file raw gzip brotli
total_raw=0 total_gz=0 total_br=0
while IFS= read -r f; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$(brotli -q 11 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br))
  printf '%-44s %10d %10d %10d\n' "${f#"$dist"/}" "$raw" "$gz" "$br"
done < <(find "$dist" -type f ! -name '*.br' ! -name '*.gz' | sort)
printf '%-44s %10d %10d %10d\n' TOTAL "$total_raw" "$total_gz" "$total_br"
budget=$((200 * 1024))
if [ "$total_br" -gt "$budget" ]; then
  echo "over the 200 KB brotli budget by $((total_br - budget)) bytes"
else
  echo "within the 200 KB brotli budget ($((budget - total_br)) bytes to spare)"
fi
