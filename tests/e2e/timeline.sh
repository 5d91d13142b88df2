#!/usr/bin/env bash
# lac person timeline: every record about a person in date order, in every format; paged
# through $PAGER on a terminal (tmux) and never off one; a forgotten person's tombstone;
# the errors person show gives; and person show pointing to it.
. "$(dirname "$0")/lib.sh"
make_team
ok person add "Edith Walker" --area Quarrybank --on 2026-09-01
ok person add "Tom Hughes" --on 2026-09-01
ok asset add "St Mary's Choir" --kind arts
for day in 02 03 04 07 08 09 10 11 14 15; do
  ok log Edith --on 2026-09-$day --minutes 30 --mode phone -m "Weekly call, day $day"
done
ok log Edith --on 2026-09-16 --at 15:00 --minutes 40 --mode home-visit -m "Afternoon visit"
ok log Edith --on 2026-09-16 --at 09:30 --minutes 20 --mode phone -m "Morning call
she spoke of singing"
ok goal add Edith "To sing in a choir again" --area community --on 2026-09-17
ok goal progress G1 "Went to a taster session" --on 2026-09-18
ok connect Edith "st mary" --on 2026-09-18
ok connection set K1 --status engaged --on 2026-09-25
ok connect Tom --peer Edith --on 2026-09-26
ok contribute Edith "Baked for the fete" --hours 2 --on 2026-09-27
ok avoid Edith residential-care --quantity 26 --confidence likely --on 2026-09-28 -m "Was looking at care homes"
ok wellbeing Edith --life 6 --lonely some --on 2026-09-29 -m "Brighter"
ok person transfer Edith --to ben --on 2026-10-01
ok goal set G1 --status achieved --on 2026-10-02
ok person close Edith --reason moved --on 2026-10-05
ok person reopen Edith
audited=$(db_query "SELECT count(*) FROM audit")

step="person show says how many conversations it leaves out, and where to see them"
ok person show Edith
expect_out_has "Conversations (12 in all, latest 10)"
expect_out_has "… and 2 earlier conversations: 'lac person timeline P1' shows every record"
ok person show Tom
expect_out_lacks "earlier"

step="the table: every kind of record in date order, the notes whole, never paged off a terminal"
PAGER="sed s/^/paged:/" run person timeline Edith
expect_rc 0
expect_no_err
expect_out_lacks "paged:"
[ "$(printf '%s\n' "$out" | sed -n 1,2p)" == "P1 Edith Walker
25 records, 2026-09-01 to 2026-11-23" ] || fail "the heading"
expect_out_has "2026-09-01        opened             P1   asha  walking-alongside, introduced by self, Quarrybank"
expect_out_has "2026-09-16 09:30  conversation       C12  asha  20 min, phone
      Morning call
      she spoke of singing
2026-09-16 15:00  conversation       C11  asha  40 min, home-visit
      Afternoon visit"
expect_out_has "2026-09-18        goal-note          G1         progress
      Went to a taster session
2026-09-18        connection         K1         A1 St Mary's Choir, introduced"
expect_out_has "2026-09-25        connection-status  K1         A1 St Mary's Choir → engaged"
expect_out_has "2026-09-26        connection         K2         P2 Tom Hughes (peer, their connection), introduced"
expect_out_has "2026-09-27        contribution       T1         2 hours"
expect_out_has "X1         Residential care placement: 26 weeks × £538.00 = £13,988.00 (adult social care), likely"
expect_out_has "2026-09-29        wellbeing          W1         life 6 (medium)"
expect_out_has "2026-10-01        transferred        P1   ben   from asha to ben"
expect_out_has "2026-10-02        goal-status        G1         → achieved"
expect_out_has "2026-10-05        closed             P1         moved
2026-11-23        reopened           P1"
[ "$(db_query "SELECT count(*) FROM audit")" == "$audited" ] || fail "reading a timeline was audited"

step="csv, json and md carry the same entries, the notes whole"
ok person timeline P1 --format csv
expect_out_has "person,date,time,kind,ref,coordinator,what,text"
expect_out_has 'P1,2026-09-16,09:30,conversation,C12,asha,"20 min, phone","Morning call
she spoke of singing"'
[ "$(printf '%s\n' "$out" | grep -c '^P1,')" -eq 25 ] || fail "expected 25 csv rows"
ok person timeline 1 --format json
printf '%s' "$out" | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert d["person"] == "P1" and d["name"] == "Edith Walker" and d["forgotten_on"] is None
e = d["entries"]
assert len(e) == 25, len(e)
assert [x["date"] for x in e] == sorted(x["date"] for x in e)
assert e[0] == {"date": "2026-09-01", "time": None, "kind": "opened", "ref": "P1", "coordinator": "asha",
                "what": "walking-alongside, introduced by self, Quarrybank", "text": None}, e[0]
assert {x["kind"] for x in e} == {"opened", "conversation", "goal", "goal-note", "goal-status", "connection",
  "connection-status", "contribution", "avoided", "wellbeing", "transferred", "closed", "reopened"}
' || fail "the json timeline does not parse or lacks something"
ok person timeline Edith --format md
expect_out_has "# P1 Edith Walker"
expect_out_has "- **2026-09-16 09:30** conversation C12 (asha): 20 min, phone
  > Morning call
  > she spoke of singing"
(umask 000 && "$LAC" person timeline Edith -o timeline.txt) || fail "timeline -o failed"
[ "$(stat -c %a timeline.txt)" == 600 ] || fail "the timeline file is not private"
grep -q "^P1 Edith Walker$" timeline.txt || fail "-o wrote other than the timeline"

step="errors: no one, no name, no argument, a format it does not offer"
refused 65 "there is no person P99; see 'lac person list'" person timeline P99
refused 65 "no one here is called 'Nobody'" person timeline Nobody
refused 64 "person is required" person timeline
refused 64 "--format 'html' is not offered here" person timeline Edith --format html
rm -f timeline.txt

step="no access: a database the user cannot read (a SQLite file's mode)"
if sqlite_store; then unreadable person timeline Edith; fi

step="a forgotten person's timeline: what is left, without their name or words"
ok log Tom --on 2026-10-03 -m "Tom spoke of Ravenscar"
ok person close Tom --reason moved --on 2026-10-04
ok person forget Tom --confirm
refused 65 "no one here is called 'Tom'" person timeline Tom
ok person timeline P2
expect_out_has "P2, forgotten on 2026-11-23: what is left, without their name or words"
expect_out_has "2026-09-26  connection    K2         P1 Edith Walker (peer), introduced
2026-10-03  conversation  C13  asha  in-person
2026-10-04  closed        P2         moved
2026-11-23  forgotten     P2         name and words erased"
for word in Tom Hughes Ravenscar; do expect_out_lacks "$word"; done
ok person timeline P2 --format json
expect_out_has '"name": null'
expect_out_has '"forgotten_on": "2026-11-23"'
for word in Tom Hughes Ravenscar; do expect_out_lacks "$word"; done

step="on a terminal: paged through \$PAGER, less -FRX by default, none without less"
command -v tmux >/dev/null || fail "tmux is missing: scripts/deps installs it"
sock="$work/tmux.sock"
term=0
screen() { tmux -S "$sock" capture-pane -p -S -200 -t "t$term"; }
# until_shown TEXT: waits for the terminal to show TEXT (tmux draws in its own time).
until_shown() {
  for _ in $(seq 100); do screen | grep -qF -- "$1" && return 0; sleep 0.1; done
  fail "the terminal never showed: $1 (it shows: $(screen))"
}
# in_terminal 'COMMAND': runs it in a new 100×20 terminal, which then shows DONE and its exit code.
in_terminal() {
  term=$((term + 1))
  tmux -S "$sock" -f /dev/null new-session -d -s "t$term" -x 100 -y 20 \
    "cd '$work'; export LAC_DB='$LAC_DB' LAC_TODAY=$LAC_TODAY LAC_USER=asha NO_COLOR=1 HOME='$HOME' TERM=screen; $1; echo DONE \$?; sleep 60"
}
trap 'tmux -S "$sock" kill-server 2>/dev/null || true; cleanup' EXIT
in_terminal "unset PAGER LESS; '$LAC' person timeline Edith"
until_shown "P1 Edith Walker"
screen | grep -q "DONE" && fail "lac did not wait for less: $(screen)"
tmux -S "$sock" send-keys -t t q
until_shown "DONE 0"
in_terminal "PAGER='sed s/^/paged:/' '$LAC' person timeline Edith"
until_shown "DONE 0"
screen | grep -qF "paged:P1 Edith Walker" || fail "\$PAGER was not used: $(screen)"
in_terminal "unset PAGER; PATH=/nonexistent '$LAC' person timeline Edith"
until_shown "DONE 0"
screen | grep -qF "P1 Edith Walker" || fail "without less the timeline was not printed: $(screen)"
in_terminal "PAGER='sed s/^/paged:/' '$LAC' person timeline Edith --format csv | cat"
until_shown "DONE 0"
screen | grep -qF "paged:" && fail "a pipe was paged: $(screen)"
in_terminal "PAGER='sed s/^/paged:/' '$LAC' person timeline Edith --format json"
until_shown "DONE 0"
screen | grep -qF "paged:" && fail "json was paged: $(screen)"
pass
