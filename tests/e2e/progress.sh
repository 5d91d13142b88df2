#!/usr/bin/env bash
# Progress on long work (lac demo, lac import, lac export all, lac evaluate): a line on standard error
# when it is a terminal, rewritten in place and cleared at the end; nothing when it is not.
# And lac demo interrupted mid-fill, which the progress line shows is under way.
# The terminal is a tmux pane: what lac writes to it is logged raw (pipe-pane), and what
# it shows is read back (capture-pane).
. "$(dirname "$0")/lib.sh"
command -v tmux >/dev/null || fail "tmux is missing; scripts/deps installs it"
unset TMUX
export TMUX_TMPDIR="$work/tmux"  # a tmux server of this test's own
mkdir -p "$TMUX_TMPDIR"
trap 'tmux kill-server 2>/dev/null || true; cleanup' EXIT
# A session that outlives the others, so that killing the last of them never stops the
# server while the client that asked is still waiting for its answer.
tmux new-session -d -s keep "sleep 3600"

# start NAME 'ARGS': runs lac ARGS (shell words) in a new pane 200 columns wide, logging
# what reaches the terminal to $work/NAME.raw; lac's pid goes to $work/NAME.pid, and
# "[done RC]" is printed when it ends.
start() {
  local name=$1 args=$2
  cat >"$work/$name.sh" <<EOS
read -r go
bash -c 'echo \$\$ >"$work/$name.pid"; exec "\$@"' lac "$LAC" $args
echo "[done \$?]"
sleep 600
EOS
  tmux new-session -d -s "$name" -x 200 -y 20 "bash --norc --noprofile '$work/$name.sh'"
  tmux pipe-pane -t "$name" -o "cat >>'$work/$name.raw'"
  tmux send-keys -t "$name" Enter
}
# until_logged NAME TEXT: waits (up to a minute) for TEXT to reach the pane's terminal.
until_logged() {
  for _ in $(seq 1200); do
    grep -qF -- "$2" "$work/$1.raw" 2>/dev/null && return 0
    sleep 0.05
  done
  fail "'$2' never reached the terminal of $1: $(cat -v "$work/$1.raw" 2>/dev/null)"
}
# The screen's lines that are not blank, without the "[done RC]".
screen() { tmux capture-pane -p -t "$1" | sed -e '/^ *$/d' -e '/^\[done [0-9]*\]$/d'; }
# finish NAME: waits for lac to end; sets rc, raw (what the terminal got) and shown (the screen).
finish() {
  until_logged "$1" "[done "
  raw=$(cat "$work/$1.raw")
  shown=$(screen "$1")
  rc=$(sed -n 's/.*\[done \([0-9]*\)\].*/\1/p' "$work/$1.raw" | tail -1)
  tmux kill-session -t "$1"
  out="" err="$shown"  # for fail()
}
# The lines the terminal got, split at carriage returns and newlines.
pieces() { printf '%s' "$raw" | tr '\r' '\n'; }
# in_place WHO: the progress lines of WHO were rewritten in place: no newline from the first
# to the end of the last, and the last wiped with spaces before anything else was printed.
in_place() {
  python3 - "$1" "$raw" <<'PY' || fail "the progress line of $1 was not rewritten in place and cleared"
import sys
who, raw = sys.argv[1], sys.argv[2]
first = raw.index("\r" + who + ": ")
last = raw.rindex("\r" + who + ": ")
end = raw.index("\r", last + 1)           # the clearing: \r, spaces, \r
wipe = raw[end + 1:raw.index("\r", end + 1)]
assert "\n" not in raw[first:end], "a newline between progress lines"
assert wipe.strip(" ") == "" and len(wipe) >= len(raw[last + 1:end].rstrip(" ")), "not cleared"
PY
}

# shows NAME 'ARGS' WHO 'LINE': lac ARGS on a terminal succeeds, having drawn a progress
# line that matches the pattern LINE, rewritten in place and cleared.
shows() {
  start "$1" "$2"
  finish "$1"
  expect_rc 0
  pieces | grep -qE "^$3: $4 *\$" || fail "no line '$3: $4': $(pieces | cat -v)"
  in_place "$3"
}
# hushed NAME 'ARGS': lac -q ARGS with stderr to a file succeeds and writes nothing there.
hushed() {
  start "$1" "-q $2 2>$work/$1.err"
  finish "$1"
  expect_rc 0
  [ ! -s "$work/$1.err" ] || fail "lac -q $2 wrote to stderr that is a file: $(cat -v "$work/$1.err")"
}

ok --db "$work/small.db" demo --coordinators 2 --weeks 3
[ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ] && [[ "$err" == "demo: 2 coordinators, "* ]] ||
  fail "stderr to a file holds more than the totals"

step="lac demo on a terminal: the week's line, then the indexes, then cleared for the totals"
shows demo "--db $work/tty.db demo --coordinators 2 --weeks 8" "lac demo" 'filling \[#* *\] [1-8]/8 weeks'
pieces | grep -qE '^lac demo: building the indexes *$' || fail "no line while the indexes are built"
[[ "$shown" == *"demo: 2 coordinators, "* ]] || fail "the totals are not on the screen"
[[ "$shown" != *"lac demo:"* && "$shown" != *"weeks"* ]] || fail "the progress line was left on the screen"
[ "$(printf '%s\n' "$shown" | wc -l)" -eq 1 ] || fail "the screen holds more than the totals"

step="while it runs the line stays in one place on the screen, at most four times a second"
start slow "--db $work/slow.db demo --coordinators 100 --weeks 104"
until_logged slow "lac demo: filling"
kill -STOP "$(cat "$work/slow.pid")"
grep -qF "[done " "$work/slow.raw" && fail "the demo ended before it could be stopped mid-fill"
for _ in $(seq 100); do  # tmux may still be drawing what it read
  now=$(screen slow)
  printf '%s\n' "$now" | grep -qE '^lac demo: filling \[#* *\] [0-9]+/104 weeks$' && break
  sleep 0.05
done
kill -CONT "$(cat "$work/slow.pid")"
printf '%s\n' "$now" | grep -qE '^lac demo: filling \[#* *\] [0-9]+/104 weeks$' ||
  fail "mid-fill, the screen does not show the line: $now"
[ "$(printf '%s\n' "$now" | wc -l)" -eq 1 ] || fail "mid-fill, the screen has more than one line: $now"
# Interrupted (SIGINT, as Ctrl-C sends): the line is wiped before the error is said.
kill -INT "$(cat "$work/slow.pid")"
finish slow
expect_rc 130
[ "$shown" == "lac: interrupted; nothing was saved" ] || fail "after SIGINT the screen is not just the error"
for f in "$work/slow.db" "$work/slow.db-wal" "$work/slow.db-shm" "$work/slow.db-journal"; do
  [ ! -e "$f" ] || fail "the interrupted demo left $f behind"
done

step="an interrupt mid-fill rolls it back, puts WAL back (or removes the database it made), and exits 130"
schema() { sqlite3 "$1" "SELECT type, name, sql FROM sqlite_schema ORDER BY type, name"; }
LAC_DB="$work/fresh.db" ok init
for signal in INT TERM; do
  for made in there new; do
    db="$work/interrupted-$signal-$made.db"
    [ "$made" == new ] || LAC_DB="$db" ok init
    start "$signal-$made" "--db $db demo --coordinators 100 --weeks 104"
    until_logged "$signal-$made" "lac demo: filling"  # the fill is under way
    kill "-$signal" "$(cat "$work/$signal-$made.pid")"
    finish "$signal-$made"
    expect_rc 130
    [ "$shown" == "lac: interrupted; nothing was saved" ] || fail "SIG$signal: the screen is not just the error"
    if [ "$made" == new ]; then
      for f in "$db" "$db-wal" "$db-shm" "$db-journal"; do [ ! -e "$f" ] || fail "SIG$signal left $f behind"; done
    else
      [ "$(sqlite3 "$db" "SELECT (SELECT count(*) FROM coordinator) + (SELECT count(*) FROM person)")" -eq 0 ] || fail "SIG$signal left a half-filled database"
      [ "$(sqlite3 "$db" "SELECT count(*) FROM audit WHERE action = 'demo'")" -eq 0 ] || fail "SIG$signal left the demo in the audit trail"
      [ "$(sqlite3 "$db" "PRAGMA journal_mode")" == wal ] || fail "SIG$signal left the database out of WAL mode"
      [ "$(schema "$db")" == "$(schema "$work/fresh.db")" ] || fail "SIG$signal left the schema unlike a new database's"
      [ "$(sqlite3 "$db" "PRAGMA integrity_check")" == ok ] || fail "SIG$signal damaged the database"
    fi
    LAC_DB="$db" ok demo --coordinators 2 --weeks 2
  done
done

step="the line is drawn a few times a second, not once a week"
start many "--db $work/many.db demo --coordinators 1 --weeks 400"
finish many
expect_rc 0
# Drawn for every week it would be 400 times; at four a second, that is 100 seconds' fill
# (it takes a few).
updates=$(pieces | grep -c '^lac demo: filling')
[ "$updates" -lt 100 ] || fail "the line was drawn $updates times for 400 weeks: not kept to a few a second"

step="not a terminal: nothing but the totals on standard error, and nothing at all with -q"
start plain "--db $work/plain.db demo --coordinators 2 --weeks 8 2>$work/plain.err"
finish plain
expect_rc 0
grep -q '^demo: 2 coordinators, ' "$work/plain.err" && [ "$(wc -l <"$work/plain.err")" -eq 1 ] &&
  ! grep -q $'\r' "$work/plain.err" || fail "stderr to a file holds more than the totals: $(cat -v "$work/plain.err")"
hushed quiet "--db $work/quiet.db demo --coordinators 2 --weeks 8"
start hushed "-q --db $work/hushed.db demo --coordinators 2 --weeks 8"
finish hushed
expect_rc 0
[ -z "$shown" ] && [[ "$raw" != *"lac demo:"* ]] || fail "-q on a terminal still shows progress: $(cat -v <<<"$raw")"

step="lac export all on a terminal: each file in turn, of twelve"
shows export "--db $work/small.db export all $work/record --identify" "lac export all" 'people\.csv \(1 of 12\), [0-9]+ rows'
[[ "$shown" == "wrote "*" rows in 12 files to $work/record"* ]] || fail "the screen is not the result alone: $shown"
hushed export_plain "--db $work/small.db export all $work/record2"
ok --db "$work/small.db" export all "$work/record3"
[[ "$err" == "wrote "*" rows in 12 files to $work/record3" && "$err" != *$'\r'* ]] || fail "stderr to a file holds more than the result"

step="lac import on a terminal: rows as they are read, one file or all"
LAC_DB="$work/copy.db" ok init
shows import_all "--db $work/copy.db import all $work/record" "lac import all" 'conversations\.csv \(5 of 12\), [0-9]+ rows'
[[ "$shown" != *"lac import all:"* ]] || fail "the progress line was left on the screen: $shown"
LAC_DB="$work/one.db" ok init
shows import_one "--db $work/one.db import coordinators $work/record/coordinators.csv" "lac import" 'coordinators, [0-9]+ rows'
[ "$(printf '%s\n' "$shown" | sed -n 1p)" == "imported 2 coordinators (0 already here)" ] || fail "the screen is not the result alone: $shown"
hushed import_plain "--db $work/one.db import coordinators $work/record/coordinators.csv"
ok --db "$work/one.db" import coordinators "$work/record/coordinators.csv"
expect_err "imported 0 coordinators (2 already here)"

step="lac evaluate on a terminal: its stages, then cleared, the report in its file"
shows evaluate "--db $work/small.db evaluate -o $work/evaluation.txt" "lac evaluate" 'working out the figures'
[ -z "$shown" ] || fail "the screen is not empty after the report went to its file: $shown"
grep -q "of value per £1 spent" "$work/evaluation.txt" || fail "the report did not reach its file"
ok --db "$work/small.db" evaluate --format json
[ -z "$err" ] || fail "lac evaluate wrote to stderr that is not a terminal: $(cat -v <<<"$err")"

step="an import refused for its rows: the line is cleared before the rows are listed"
printf 'coordinator,name\nbo b,Bob\n' >"$work/bad.csv"
start import_bad "--db $work/one.db import coordinators $work/bad.csv"
finish import_bad
expect_rc 65
[[ "$(printf '%s\n' "$shown" | sed -n 1p)" == "lac: $work/bad.csv line 2: "* ]] || fail "the bad row is not at the start of the screen: $shown"
[[ "$shown" != *"lac import:"* ]] || fail "the progress line was left on the screen: $shown"
pass
