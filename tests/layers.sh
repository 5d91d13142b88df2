#!/usr/bin/env bash
# The library's folders are its layers (docs/ARCHITECTURE.md): each includes only the
# layers beneath it, all SQL is under store/, and CLI11 stays in cmd/.
set -euo pipefail
lib=$1/lib/lac
status=0
allowed() {
  case $1 in
    util) echo "util" ;;
    store) echo "util store" ;;
    domain) echo "util store domain" ;;
    report) echo "util store domain report" ;;
    import) echo "util store domain report import" ;;
    demo) echo "util store domain demo" ;;
    *) echo "" ;;
  esac
}
for dir in "$lib"/*/; do
  layer=$(basename "$dir")
  ok=$(allowed "$layer")
  [ -n "$ok" ] || { echo "lib/lac/$layer is not a layer docs/ARCHITECTURE.md names"; status=1; continue; }
  while IFS=: read -r file line include; do
    used=$(sed -E 's|.*"lac/([a-z_]+)/.*|\1|' <<<"$include")
    [[ " $ok " == *" $used "* ]] || { echo "${file#"$1"/}:$line: $layer may not include lac/$used"; status=1; }
  done < <(grep -rHn '#include "lac/' "$dir" || true)
done
# Statements are SQL text only under store/ (a string that starts a statement).
if grep -rnE '"(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP) ' "$lib" --include=*.cpp --include=*.hpp | grep -v "^$lib/store/"; then
  echo "SQL outside lib/lac/store/ (above)"; status=1
fi
if grep -rln 'CLI/' "$lib"; then echo "CLI11 included in the library (above)"; status=1; fi
exit $status
