#!/usr/bin/env bash
# Every command lac --help lists has a row in tests/README.md's table, each e2e script the
# row names runs that command, and each unit test file it names exists.
set -euo pipefail
lac=$1 tests=$2
commands=$("$lac" --help | awk '/^Subcommands:/ {on = 1; next} on && NF {print $1}')
[ -n "$commands" ] || { echo "found no commands in lac --help"; exit 1; }
status=0
for c in $commands; do
  row=$(grep -E "^\| $c \|" "$tests/README.md" || true)
  [ -n "$row" ] || { echo "tests/README.md has no row for $c"; status=1; continue; }
  scripts=$(echo "$row" | cut -d'|' -f3)
  units=$(echo "$row" | cut -d'|' -f4)
  [ -n "${scripts// /}" ] || { echo "tests/README.md names no e2e script for $c"; status=1; }
  for s in $scripts; do
    # A line that runs lac with this command: ok/run/feed/refused … c, or "$LAC" … c.
    grep -qE "^[[:space:]]*(ok|run|feed +('[^']*'|\"[^\"]*\"|[^ ]+)|refused +[0-9]+ +('[^']*'|\"[^\"]*\")|\"\\\$LAC\")( +--[a-z-]+( +[^ -][^ ]*)?)* +$c( |$)" "$tests/e2e/$s" ||
      { echo "tests/e2e/$s does not run lac $c"; status=1; }
  done
  for u in $units; do
    [ -f "$tests/unit/${u}_test.cpp" ] || { echo "no tests/unit/${u}_test.cpp (named for $c)"; status=1; }
  done
done
exit $status
