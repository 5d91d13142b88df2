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
# The store seam (store/engine/): SQLite itself is seen only by its engine and by the
# files that use what only SQLite has (docs/ARCHITECTURE.md, the store seam).
sqlite_only='^store/(engine/sqlite_connection\.(hpp|cpp)|backup\.cpp|db_file\.cpp|health\.cpp)$'
while read -r file; do
  [[ ${file#"$lib"/} =~ $sqlite_only ]] || { echo "${file#"$1"/}: includes SQLite itself; go through the store seam"; status=1; }
done < <(grep -rlE '#include <(SQLiteCpp/|sqlite3\.h)' "$lib" || true)
if grep -rln 'CLI/' "$lib"; then echo "CLI11 included in the library (above)"; status=1; fi
exit $status
