#!/usr/bin/env bash
# Every command lac --help lists has a man page, and lac(1) names it.
set -euo pipefail
lac=$1 man=$2
commands=$("$lac" --help | awk '/^Subcommands:/ {on = 1; next} on && NF {print $1}')
[ -n "$commands" ] || { echo "found no commands in lac --help"; exit 1; }
status=0
for c in $commands; do
  [ -f "$man/lac-$c.1" ] || { echo "no man page man/lac-$c.1"; status=1; }
  grep -q "lac-$c" "$man/lac.1" || { echo "lac.1 does not mention lac-$c"; status=1; }
done
exit $status
