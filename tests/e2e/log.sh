#!/usr/bin/env bash
# Logging conversations: -m, from a pipe, in an editor; and every wrong input.
. "$(dirname "$0")/lib.sh"
make_team
ok person add "Mary O'Brien" --on 2026-10-01
ok person add "Tom Hughes" --coordinator ben --on 2026-11-01

step="-m prints the reference alone"
ok log mary -m "Talked about the allotment" --minutes 45 --mode home-visit --on 2026-11-20 --at 14:30
expect_out C1
expect_no_err

step="from a pipe, with several lines"
feed $'First line\nsecond line, with "quotes" and \'; DROP TABLE conversation;--\n' log "tom h" --mode phone --on yesterday
expect_out C2
ok person show P2 --format json
expect_out_has '"note": "First line\nsecond line, with \"quotes\" and '"'"'; DROP TABLE conversation;--"'
expect_out_has '"date": "2026-11-22"'
expect_out_has '"coordinator": "ben"'

step="an empty pipe logs a conversation with no note"
feed "" log P1
expect_out C3

step="in an editor, on a terminal"
cat >"$work/editor" <<'SH'
#!/bin/sh
# Keeps lac's guide lines (they start with #) and adds a note.
printf 'Met at the library cafe.\nShe wants to join the choir.\n' >> "$1"
SH
chmod +x "$work/editor"
EDITOR="$work/editor" script -qec "$LAC log Mary --minutes 30" /dev/null >"$work/.tty" 2>&1 || fail "editor log failed: $(cat "$work/.tty")"
grep -q "C4" "$work/.tty" || fail "expected C4 from the editor log: $(cat "$work/.tty")"
ok person show P1 --format json
expect_out_has '"note": "Met at the library cafe.\nShe wants to join the choir."'
ls "${TMPDIR:-/tmp}"/lac-note-* >/dev/null 2>&1 && fail "the editor's temporary note was left behind"

step="an empty note in the editor logs nothing"
printf '#!/bin/sh\ntrue\n' >"$work/noop"
chmod +x "$work/noop"
before=$(snapshot)
EDITOR="$work/noop" script -qec "$LAC log Mary" /dev/null >"$work/.tty" 2>&1 && fail "an empty editor note was accepted"
grep -q "the note is empty; nothing was logged" "$work/.tty" || fail "no message for an empty note: $(cat "$work/.tty")"
[ "$(snapshot)" == "$before" ] || fail "the database changed"

step="a typo is caught before the editor opens"
printf '#!/bin/sh\necho opened >> %s/opened\n' "$work" >"$work/watch"
chmod +x "$work/watch"
EDITOR="$work/watch" script -qec "$LAC log Mary --mode fone" /dev/null >/dev/null 2>&1 || true
[ ! -e "$work/opened" ] || fail "the editor opened for a conversation that cannot be logged"

step="an interrupted editor leaves no draft behind: Ctrl-C, a dropped SSH session, SIGTERM"
# The editor writes a note, says where its draft is and who started it, then waits.
cat >"$work/stuck" <<'SH'
#!/bin/sh
echo "a private note about Mary" >>"$1"
echo "$1" >"$DRAFTS/path"
echo "$PPID" >"$DRAFTS/parent"
sleep 30
SH
chmod +x "$work/stuck"
field() { cut -d' ' -f"$2" "/proc/$1/stat"; }
for sig in INT HUP TERM; do
  export DRAFTS="$work/drafts-$sig"
  mkdir -p "$DRAFTS/tmp"
  rm -f "$DRAFTS/path"
  before=$(snapshot)
  TMPDIR="$DRAFTS/tmp" EDITOR="$work/stuck" script -qec "$LAC log Mary" /dev/null >"$work/.tty" 2>&1 &
  terminal=$!
  for _ in $(seq 100); do [ -s "$DRAFTS/path" ] && break; sleep 0.05; done
  [ -s "$DRAFTS/path" ] || fail "the editor did not start ($sig)"
  draft=$(cat "$DRAFTS/path")
  [ -e "$draft" ] || fail "no draft while the editor runs ($sig)"
  # The editor's parent is the shell lac started, or lac itself.
  lac_pid=$(cat "$DRAFTS/parent")
  [ "$(cat "/proc/$lac_pid/comm")" == lac ] || lac_pid=$(field "$lac_pid" 4)
  [ "$(cat "/proc/$lac_pid/comm")" == lac ] || fail "cannot find lac's process ($sig)"
  if [ "$sig" == INT ]; then
    kill -INT -- "-$(field "$lac_pid" 5)"   # Ctrl-C reaches the terminal's whole process group
  else
    kill "-$sig" "$lac_pid"
  fi
  wait "$terminal" && fail "lac succeeded after SIG$sig"
  [ ! -e "$draft" ] || fail "the draft was left behind after SIG$sig"
  [ -z "$(ls -A "$DRAFTS/tmp")" ] || fail "files were left in TMPDIR after SIG$sig"
  [ "$(snapshot)" == "$before" ] || fail "the database changed after SIG$sig"
done
unset DRAFTS

step="a note from a pipe is read up to its limit, then refused, not held in memory"
head -c 200000 /dev/zero | tr '\0' a >"$work/huge"
stdin="$work/huge" refused 65 "the note on standard input is too long (over 131072 bytes; at most 65536)" log Mary
stdin=/dev/zero refused 65 "the note on standard input is too long" log Mary

step="wrong input is refused with one line and changes nothing"
refused 65 "--minutes must be a whole number from 0 to 1440, not '-5'" log P1 -m x --minutes -5
refused 65 "--minutes must be a whole number from 0 to 1440, not 'ten'" log P1 -m x --minutes ten
refused 65 "'fone' is not a mode; use one of: in-person, home-visit, community, phone, video, message (did you mean 'phone'?)" log P1 -m x --mode fone
refused 65 "2026-02-30 is not a day in the calendar" log P1 -m x --on 2026-02-30
refused 65 "'someday' is not a date" log P1 -m x --on someday
refused 65 "is in the future" log P1 -m x --on 2026-11-24
refused 65 "P2 was opened on 2026-11-01; a conversation cannot come before that" log P2 -m x --on 2026-10-31
refused 65 "'25:00' is not a time of day" log P1 -m x --at 25:00
refused 65 "no one here is called 'Nobody'" log Nobody -m x
refused 65 "no coordinator 'zed'" log P1 -m x --by zed
refused 65 "control character" log P1 -m "$(printf 'bad\001note')"
refused 64 "person" log
refused 64 "--minutes" log P1 -m x --minutes

step="a covering coordinator's conversation counts for them"
ok log Tom --by asha -m "Covering for Ben"
ok person show Tom --format json
expect_out_has '"coordinator": "asha",'

step="a closed person takes no later conversations"
refused 65 "P2 has a record dated 2026-11-23; close them on or after it" person close Tom --reason declined --on 2026-11-22
ok person close Tom --reason declined
ok log Tom -m "On the day" --on 2026-11-23
LAC_TODAY=2026-11-24 refused 65 "P2 was closed on 2026-11-23; 'lac person reopen P2' to log a later conversation" log Tom -m x
step="person show keeps the conversation columns apart, whatever their width"
ok coordinator add bartholomew.long --name "Bartholomew Long"
ok log P1 -m "Long visit" --mode home-visit --minutes 107 --by bartholomew.long --at 09:30
ok log P1 -m "Quick call" --mode phone --minutes 5 --by asha --at 14:00
ok person show P1
rows=$(grep -E '^  C[0-9]+ ' <<<"$out")
[ "$(wc -l <<<"$rows")" -ge 2 ] || fail "expected the conversations in person show: $out"
grep -q '  bartholomew.long  107 min  home-visit  Long visit$' <<<"$rows" || fail "columns run together: $rows"
grep -q '  asha              5 min    phone       Quick call$' <<<"$rows" || fail "columns not aligned: $rows"
# Every note starts in the same column.
starts=$(grep -E 'Long visit|Quick call' <<<"$rows" | awk '{ print index($0, ($NF == "visit" || $NF == "call") ? $(NF-1) " " $NF : $NF) }' | sort -u | wc -l)
[ "$starts" -eq 1 ] || fail "the notes do not line up: $rows"

step="a time later today is refused like a later date"
LAC_TODAY=2026-11-23T14:30 refused 65 "the conversation time 14:31 today is later than now (14:30); lac records what has happened" \
  log Mary -m x --at 14:31
LAC_TODAY=2026-11-23T14:30 ok log Mary -m "Just now" --at 14:30
c=$out
LAC_TODAY=2026-11-23T14:30 ok log Mary -m x --on yesterday --at 23:59
LAC_TODAY=2026-11-23T09:00 refused 65 "the conversation time 14:31 today is later than now (09:00)" conversation edit "$c" --at 14:31
LAC_TODAY=2026-11-23T14:30x refused 78 "LAC_TODAY='2026-11-23T14:30x' is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM" log Mary -m x

step="-m=TEXT is -m TEXT: the '=' is not kept in the note"
ok log Mary -m="Said hello at the door"
c=$out
ok conversation show "$c" --format json
expect_out_has '"note": "Said hello at the door"'
pass
