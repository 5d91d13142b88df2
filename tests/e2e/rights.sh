#!/usr/bin/env bash
# The rights of the people recorded: a subject access export that names no one else, and
# erasure that leaves no word of the person in any file beside the database, while every
# past count stays the same.
. "$(dirname "$0")/lib.sh"
# The database alone in its directory, so that every file there can be searched (on
# PostgreSQL, the dump of the whole database is searched instead).
if sqlite_store; then export LAC_DB="$work/db/lac.db"; fi
make_team
ok person add "Edith Walker" --gifts "knitting, a good ear" --area Quarrybank --birth-year 1941 --on 2026-09-01
ok person add "Tom Hughes" --on 2026-09-01
ok person add "Ada Lovelock" --on 2018-01-08
ok log Ada --on 2018-02-05 -m "Ada Lovelock liked the chess club"
ok person close Ada --reason moved --on 2019-06-03

step="Edith's life, and Tom's, each naming the other"
for day in 02 03 04 07 08 09 10 11 14 15 16; do
  ok log Edith --on 2026-09-$day --at 10:30 --minutes 40 --mode home-visit -m "Marigold allotment plans, week $day"
done
ok log Edith --on 2026-09-17 --minutes 30 --mode phone -m "Tom Hughes came along; Tom brought cake"
ok log Tom --on 2026-09-18 --mode phone -m "Tom met Edith at the library; EDITH WALKER's idea"
step="a conversation corrected, then deleted: the audit trail keeps its old words"
ok log Edith --on 2026-09-19 --mode phone -m "Quokkaberry, a mistaken entry"
expect_out C15
ok conversation edit C15 -m "Walrusine, still wrong"
ok conversation delete C15 --confirm
ok goal add Edith "To sing in a choir again, Quenelle" --area community --on 2026-09-10
ok goal progress G1 "Went to a taster zygomorph session" --on 2026-10-01
ok goal add Tom "Walk with Edith every week" --area community --on 2026-09-10
ok asset add "St Mary's Choir" --kind arts
ok connect Edith "st mary" --on 2026-10-01
ok connect Edith --natural "daughter Philippa, visits weekly" --status engaged --on 2026-10-02
ok connect Edith --peer Tom --on 2026-10-03
ok contribute Edith "Baked lemon drizzle for the fete" --hours 2 --on 2026-11-02
ok avoid Edith residential-care --quantity 26 --confidence likely --on 2026-11-03 -m "Was looking at care homes after a xylograph fall"
ok contribute Tom "Dug the garden with Edith" --hours 1 --on 2026-11-04

step="subject access in JSON: every conversation, and no one else's name"
ok person export Edith --format json
printf '%s' "$out" | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert d["person"] == "P1" and d["name"] == "Edith Walker", d["name"]
assert len(d["conversations"]) == 12 == d["conversation_count"]
assert all(c["minutes"] and c["mode"] and c["coordinator"] == "asha" for c in d["conversations"])
assert [a["coordinator"] for a in d["assignments"]] == ["asha"]
assert d["goals"][0]["notes"][0]["note"] == "Went to a taster zygomorph session"
assert any(k["to"] == "a peer on the caseload, P2" for k in d["connections"])
assert d["avoided"][0]["value"] == 13988.0 and d["avoided"][0]["evidence"]
assert any(a["action"] == "add" and a["ref"] == "C2" for a in d["audit"])
assert any(a["action"] == "delete" and a["ref"] == "C15" and "Walrusine" in a["detail"] for a in d["audit"])
assert "forgotten_on" not in d
' || fail "the json export does not parse or lacks something"
for other in Tom Hughes Ada Lovelock; do expect_out_lacks "$other"; done
expect_out_has "[another person] came along; [another person] brought cake"
expect_out_has '"exported_by": "asha"'

step="subject access as a document to hand over"
ok person export P1
expect_out_has "# What we hold about Edith Walker"
expect_out_has "## Conversations (12)"
expect_out_has "### 17 September 2026 (C13)"
expect_out_has "> Marigold allotment plans, week 02"
expect_out_has "a peer on the caseload, P2 (K3): introduced, made on 3 October 2026"
expect_out_has "26 weeks at £538.00 each: £13,988.00"
for other in Tom Hughes Ada Lovelock; do expect_out_lacks "$other"; done
[ "$(db_query "SELECT count(*) FROM audit WHERE action = 'export' AND ref = 'P1'")" -eq 2 ] ||
  fail "the exports were not audited"
refused 64 "--format 'csv'" --format csv person export Edith
(umask 000 && "$LAC" person export P1 -o sar.md) || fail "person export -o failed"
[ "$(stat -c %a sar.md)" == 600 ] || fail "the subject access file is not private"
grep -q "^## Conversations (12)" sar.md || fail "-o wrote other than the document"

step="forget refuses an active person, a slip, and no one"
refused 65 "P1 is active; close them first" person forget Edith --confirm
refused 65 "no one here is called 'Edtih'" person forget Edtih --confirm
refused 65 "there is no person P99" person forget P99
refused 64 "name one person, or give --closed-before" person forget
refused 64 "but not both" person forget Edith --closed-before 2020-01-01
ok person close Edith --reason moved --on 2026-11-20

step="without --confirm, forget lists what would go and changes nothing"
before=$(snapshot)
ok person forget Edith
expect_out_has "would forget P1: 1 assignment, 12 conversations, 1 goal, 1 goal note, 3 connections, 1 contribution, 1 avoided crisis,"
expect_out_has "  their name would be replaced in C14 (conversation note)"
expect_out_has "  their name would be replaced in G2 (goal)"
expect_out_has "  their name would be replaced in T2 (contribution)"
expect_out_lacks "C13"
expect_err "nothing was changed; add --confirm to forget them"
[ "$(snapshot)" == "$before" ] || fail "a forget without --confirm changed the database"

# Every byte of every file beside the database (on PostgreSQL: of a dump of the whole
# database), searched without regard to case.
search() {
  local folder="$work/db"
  if ! sqlite_store; then
    folder="$work/dump"
    mkdir -p "$folder"
    pg_dump_db >"$folder/pg_dump.sql"
  fi
  python3 - "$folder" "$@" <<'EOF'
import os, sys
folder, words = sys.argv[1], [w.lower().encode() for w in sys.argv[2:]]
found = []
for name in os.listdir(folder):
    data = open(os.path.join(folder, name), "rb").read().lower()
    found += [f"{name}: {w.decode()}" for w in words if w in data]
print("\n".join(found))
EOF
}
secrets=(Edith Walker Quarrybank knitting Marigold Quenelle zygomorph Philippa "lemon drizzle" xylograph Quokkaberry Walrusine)
[ "$(search "${secrets[@]}" | wc -l)" -ge 12 ] || fail "the search does not find what is there"

step="forget --confirm keeps every past count"
counts() {
  for week in 2026-W36 2026-W38 2026-W40 2026-W45 2026-W47; do "$LAC" summary --week "$week" --format json; done
  for entity in people conversations goals connections assets contributions avoided; do
    "$LAC" export "$entity" | wc -l
    # The people extract holds area and year of birth, which go; the others hold no text.
    [ "$entity" == people ] || "$LAC" export "$entity"
  done
}
counts >"$work/counts.before"
# Another lac holding the database open keeps the -wal file, and the old pages in the
# database file, until a checkpoint: forget must make that checkpoint itself.
reader=""
if sqlite_store; then
  python3 -c 'import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1]); c.execute("SELECT count(*) FROM person").fetchall(); time.sleep(60)' "$LAC_DB" &
  reader=$!
  sleep 0.5
fi
ok person forget Edith --confirm
expect_out_has "forgot P1: 1 assignment, 12 conversations"
expect_out_has "  their name was replaced in C14 (conversation note)"
counts >"$work/counts.after"
cmp -s "$work/counts.before" "$work/counts.after" || fail "a summary or an extract changed: $(diff "$work/counts.before" "$work/counts.after" | head -5)"

step="no word of Edith in any file beside the database"
! sqlite_store || [ -e "$LAC_DB-wal" ] || fail "the reader did not keep the -wal file"
left=$(search "${secrets[@]}")
[ -z "$reader" ] || kill "$reader"
[ -z "$left" ] || fail "still in the files: $left"
[ "$(search Tom Hughes "chess club" | wc -l)" -ge 3 ] || fail "others' records went too"
[ "$(db_query "SELECT count(*) FROM audit WHERE action = 'forget' AND ref = 'P1' AND detail LIKE 'assignments=1 %'")" -eq 1 ] ||
  fail "the forgetting was not audited"

step="a forgotten person: shown as a tombstone, refused everywhere else"
ok person show P1
expect_out_has "P1 was forgotten on 2026-11-23; what happened is kept without their name or words"
expect_out_has "Kept: 1 assignment, 12 conversations, 1 goal"
ok person show P1 --format json
expect_out_has '"forgotten_on": "2026-11-23"'
expect_out_has '"name": null'
refused 65 "P1 was forgotten on 2026-11-23" person export P1
refused 65 "P1 was forgotten on 2026-11-23" log P1 -m "hello"
refused 65 "P1 was forgotten on 2026-11-23" person edit P1 --area Elsewhere
refused 65 "P1 was forgotten on 2026-11-23" connect Tom --peer P1
refused 65 "P1 was forgotten on 2026-11-23" goal set G1 --status achieved
refused 65 "P1 was forgotten on 2026-11-23" person forget P1 --confirm
refused 65 "no one here is called 'Edith'" log Edith -m "hello"
ok person show Tom
expect_out_has "[removed] at the library; [removed]'s idea"
expect_out_lacks "Edith"
ok person list
expect_out_lacks "P1 "

step="forget everyone closed before a day: the retention schedule is then met"
printf '[retention]\nclosed_years = 5\n' >"$work/retention.toml"
run --config "$work/retention.toml" doctor
expect_rc 1
ok person forget --closed-before 2021-11-23
expect_out "would forget P3: 1 assignment, 1 conversation, 0 goals, 0 goal notes, 0 connections, 0 contributions, 0 avoided crises, 3 audit entries"
ok person forget --closed-before 2021-11-23 --confirm
expect_out_has "forgot P3"
ok --config "$work/retention.toml" doctor
printf '%s\n' "$out" | grep -q "retention.*no one closed before 2021-11-23" || fail "doctor still counts the forgotten"
ok person forget --closed-before 2021-11-23 --confirm
expect_out ""
expect_err "no one closed before 2021-11-23 is still held"
[ -z "$(search Lovelock chess)" ] || fail "Ada is still in the files"
pass
