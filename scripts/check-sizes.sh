#!/usr/bin/env bash
# Files a newcomer can read in one go: no page of the app over 400 lines (split a bigger one
# into a folder of parts, as pages/tokens/ is), no part of SCIM over 300. Prints the ones over.
set -euo pipefail
status=0
check() {
  local limit=$1
  shift
  while IFS= read -r file; do
    lines=$(wc -l <"$file")
    if [ "$lines" -gt "$limit" ]; then
      echo "$file: $lines lines, over $limit"
      status=1
    fi
  done < <(find "$@" -name '*.rs' | sort)
}
check 400 src/pages
check 300 server/src/domain/scim
exit $status
