#!/usr/bin/env bash
# The README's command blocks are a test: those of "A first week", "For the evaluator" and
# "Housekeeping and privacy" run, in order, in a fresh database, as a reader would type
# them, so the walkthrough cannot drift from lac. ("Set up"'s scripts/demo and scripts/test
# are what CI runs.)
#
# The rules the README keeps (the extractor below reads them, so say them there too):
# - A command block is the 4-space-indented lines of the section; a line ending in `\`
#   goes on with the next. A `# comment` after a command is stripped before it runs.
# - A comment that says "on a terminal" (the command opens $EDITOR or asks questions) or
#   "your own file" (it reads a file the reader brings) marks a line that is not run.
# - A comment that begins "prints X" or with a bare reference ("W1", "K1, introduced"), or
#   that names one after a colon ("the community map: A1"), is the command's documented
#   output: the first word of its stdout must be X.
# - Commands run in one shell (an `export` holds for the lines after it), with `lac` the
#   binary under test and stdin empty unless the line pipes into lac. A command that fails
#   (under pipefail), or prints another reference, fails the test with its line and stderr.
readme="$(cd "$(dirname "$0")/../.." && pwd)/README.md"
. "$(dirname "$0")/lib.sh"
lac() { "$LAC" "$@"; }

# One line per command: EXPECTED<TAB>COMMAND (EXPECTED is "-" for none, "skip" for a
# command the README marks as not run here).
blocks=$(python3 - "$readme" <<'EOF'
import re, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
ref = re.compile(r"^(?:prints\s+|.*:\s+)?([A-Z]{1,2}[0-9]+)\b")
pending = ""
walk = []
for title in ("## A first week", "## For the evaluator: the evaluation pack", "## Housekeeping and privacy"):
    start = lines.index(title) + 1
    end = next(i for i in range(start, len(lines)) if lines[i].startswith("## "))
    walk += lines[start:end] + [""]
for line in walk:
    if not line.startswith("    "):
        if pending:
            sys.exit("README: a block ends in a continued line: " + pending)
        continue
    text = pending + line.strip()
    if text.endswith("\\"):
        pending = text[:-1].rstrip() + " "
        continue
    pending = ""
    # A comment is " # " outside quotes; lac's commands hold no "#" of their own.
    parts = re.split(r"\s+#\s+", text, 1)
    command = parts[0].strip()
    comment = parts[1].strip() if len(parts) > 1 else ""
    if "on a terminal" in comment or "your own file" in comment:
        expected = "skip"
    else:
        m = ref.match(comment)
        expected = m.group(1) if m else "-"
    print(expected + "\t" + command)
if pending:
    sys.exit("README: the section ends in a continued line: " + pending)
EOF
)
[ -n "$blocks" ] || fail "no commands found in the README's 'A first week'"

ran=0 skipped=0
while IFS=$'\t' read -r expected command; do
  step="README: $command"
  # `lac backup` copies a SQLite file; on a server it is pg_dump's work, and lac says so.
  if [ "$expected" == skip ] || { ! sqlite_store && [[ "$command" == "lac backup "* ]]; }; then
    skipped=$((skipped + 1))
    continue
  fi
  set +e
  eval "$command" </dev/null >"$work/.out" 2>"$work/.err"
  rc=$?
  set -e
  out=$(cat "$work/.out")
  err=$(cat "$work/.err")
  [ "$rc" -eq 0 ] || fail "the README's command failed"
  if [ "$expected" != - ]; then
    first=$(printf '%s\n' "$out" | awk 'NF { print $1; exit }')
    [ "$first" == "$expected" ] || fail "the README says this prints $expected"
  fi
  ran=$((ran + 1))
done <<<"$blocks"
echo "the README's first week: $ran commands ran as written, $skipped left to a reader"
pass
