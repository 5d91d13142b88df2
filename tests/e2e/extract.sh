#!/usr/bin/env bash
# Extracts and imports: columns, pseudonyms, the round trip, and bad rows.
. "$(dirname "$0")/lib.sh"
make_team
ok person add "Mary O'Brien" --gifts "baking, singing" --on 2026-10-01
ok person add "Tom Hughes" --coordinator ben --on 2026-10-02
ok log Mary -m "Talked about the \"allotment\", at length" --minutes 45 --on 2026-11-20
ok log Tom -m "Phone call" --minutes 10 --mode phone --on 2026-11-21 --by ben
ok goal add Mary "Sing again" --area community --on 2026-10-05
ok asset add "St Mary's Choir" --kind arts --contact "Jo, Tuesdays"
ok connect Mary A1 --on 2026-10-10
ok connect Mary --peer Tom --on 2026-10-12
ok connect Tom --natural "brother Joe" --on 2026-10-12 --status engaged
ok connection set K3 --status ended --on 2026-11-01
ok contribute Mary "Baked for the fair" --hours 1.5 --asset A1 --on 2026-11-01
ok avoid Mary residential-care --quantity 26 --confidence likely --on 2026-11-22 -m "Evidence, with a comma"

step="columns in the spec's order; no names, notes or references by default"
declare -A header=(
  [people]="person,coordinator,team,support,status,opened_on,closed_on,close_reason,area,source,birth_year,forgotten_on,next_on"
  [conversations]="conversation,person,coordinator,date,minutes,mode,time"
  [goals]="goal,person,area,status,set_on,closed_on"
  [connections]="connection,person,kind,asset,peer,status,made_on,ended_on"
  [assets]="asset,name,kind,area,active"
  [contributions]="contribution,person,date,hours,asset"
  [avoided]="avoided,person,type,date,quantity,unit,unit_cost,value,budget,confidence,label,source"
  [wellbeing]="wellbeing,person,date,life,worthwhile,happy,anxious,lonely"
  [assignments]="person,coordinator,from_on,to_on"
  [goal_notes]="goal,date,status"
  [connection_changes]="connection,date,status"
  [coordinators]="coordinator,team,neighbourhood,capacity_min,capacity_max,active")
for e in "${!header[@]}"; do
  ok export "$e"
  [ "$(printf '%s\n' "$out" | head -1)" == "${header[$e]}"$'\r' ] || fail "$e header: $(printf '%s\n' "$out" | head -1)"
  [ "$e" == assets ] || expect_out_lacks "Mary"  # an asset's own name is not personal
  expect_out_lacks "Asha Patel"  # nor a coordinator's, though a member of staff
  expect_out_lacks "O'Brien"
  expect_out_lacks "baking"
  expect_out_lacks "allotment"
  expect_out_lacks "Evidence"
  expect_out_lacks "brother"
  expect_out_lacks "P1"
  expect_out_lacks "P2"
done
ok export avoided
expect_out_has ",residential-care,2026-11-22,26,week,538,13988,adult social care,likely"

step="pseudonyms: stable within a database, different in another"
ok export conversations
first=$(printf '%s\n' "$out" | sed -n 2p | cut -d, -f2)
[[ "$first" =~ ^[0-9a-f]{20}$ ]] || fail "not a pseudonym: $first"
ok export people
expect_out_has "$first,asha,Northfield"
ok export connections
expect_out_has ",$first,peer,,"
other=$(new_db other)
LAC_DB="$other" ok init
LAC_DB="$other" ok coordinator add asha --name A
LAC_DB="$other" ok person add "Mary O'Brien" --on 2026-10-01
LAC_DB="$other" ok export people
expect_out_lacks "$first"

step="--identify adds references, names and free text, and is audited"
ok export people --identify
expect_out_has "P1,asha,Northfield,walking-alongside,active,2026-10-01,,,,self,,Mary O'Brien,\"baking, singing\""
ok export conversations --identify --format json
expect_out_has '{"conversation":"C1","person":"P1","coordinator":"asha","date":"2026-11-20","minutes":45,"mode":"in-person","note":"Talked about the \"allotment\", at length","time":null}'
[ "$(db_query "SELECT count(*) FROM audit WHERE action = 'export-identified' AND actor = 'asha'")" -eq 2 ] || fail "identified exports not audited"

step="--from and --to filter by the main date"
ok export conversations --from 2026-11-21 --to 2026-11-21 --identify
[ "$(printf '%s\n' "$out" | wc -l)" -eq 2 ] || fail "expected one row"
expect_out_has "C2,P2,ben,2026-11-21,10,phone,Phone call"
refused 64 "assets have no date" export assets --from 2026-01-01
refused 64 "'persons' is not something lac exports" export persons
refused 64 "--format 'html' is not offered here" export people --format html

step="the round trip: identified extracts into an empty database give the same lines"
for e in assets people conversations goals connections; do ok export "$e" --identify; printf '%s\n' "$out" >"$work/a-$e.csv"; done
LAC_DB=$(new_db copy)
make_team
for e in assets people conversations goals connections; do ok import "$e" "$work/a-$e.csv"; done
expect_err "imported 3 connections (0 already here)"
for e in assets people conversations goals connections; do
  ok export "$e" --identify
  [ "$out" == "$(cat "$work/a-$e.csv")" ] || fail "$e differs after the round trip"
done
step="importing the same file twice adds nothing"
before=$(snapshot)
for e in assets people conversations goals connections; do ok import "$e" "$work/a-$e.csv"; done
expect_err "imported 0 connections (3 already here)"
n=$(db_query "SELECT count(*) FROM person")
[ "$n" -eq 2 ] || fail "people were duplicated: $n"

step="a conversation twice in one file is added once, and each one added is audited"
ok person add "Cara Jones" --on 2026-11-01
cara=$(db_query "SELECT 'P' || id FROM person WHERE name = 'Cara Jones'")
cat >"$work/twice.csv" <<CSV
person,coordinator,date,minutes,mode,note
$cara,asha,2026-11-10,30,phone,Checked in
$cara,asha,2026-11-10,30,phone,Checked in
$cara,asha,2026-11-10,30,phone,Checked in again
$cara,asha,2026-11-12,,in-person,
$cara,asha,2026-11-12,,in-person,
CSV
audited() { db_query "SELECT count(*) FROM audit WHERE action = 'import' AND entity = 'conversation'"; }
before=$(audited)
ok import conversations "$work/twice.csv"
expect_err "imported 3 conversations (2 already here)"
[ "$(db_query "SELECT count(*) FROM conversation WHERE person_id = ${cara#P}")" -eq 3 ] || fail "duplicates in one file were added"
[ "$(audited)" -eq $((before + 3)) ] || fail "the audit trail does not hold each conversation added"
[ "$(db_query "SELECT count(*) FROM conversation v WHERE person_id = ${cara#P} AND NOT EXISTS (SELECT 1 FROM audit a WHERE a.ref = 'C' || v.id AND a.action = 'import')")" -eq 0 ] || fail "an added conversation is not in the audit trail"
ok import conversations "$work/twice.csv"
expect_err "imported 0 conversations (5 already here)"

step="every bad row is reported with its line number, and nothing is written"
cat >"$work/sheet.csv" <<'CSV'
Full name,Area,Referred by,Start date,Worker
Edith Walker,Northfield,gp,2026-09-01,asha
"Smith, John",Hillside,doctor,2026-09-02,asha
Zoë Ångström,Northfield,self,2026-02-31,asha
Joan,Northfield,family,2026-09-03,zed
CSV
before=$(snapshot)
run import people "$work/sheet.csv" --map "Full name=name" --map Area=area --map "Referred by=source" --map "Start date=opened_on" --map Worker=coordinator
expect_rc 65
expect_err_has "sheet.csv line 3: 'doctor' is not a source"
expect_err_has "sheet.csv line 4: 2026-02-31 is not a day in the calendar"
expect_err_has "sheet.csv line 5: there is no coordinator 'zed'"
expect_err_has "3 of 4 rows in $work/sheet.csv are bad; nothing was imported"
[ "$(snapshot)" == "$before" ] || fail "a failed import changed the database"
sed -i 's/doctor/gp/; s/2026-02-31/2026-02-28/; s/,zed$/,ben/' "$work/sheet.csv"
ok import people "$work/sheet.csv" --dry-run --map "Full name=name" --map Area=area --map "Referred by=source" --map "Start date=opened_on" --map Worker=coordinator
expect_err "checked 4 rows: all good (4 new, 0 already here); nothing written (--dry-run)"
[ "$(snapshot)" == "$before" ] || fail "a dry run changed the database"
ok import people "$work/sheet.csv" --map "Full name=name" --map Area=area --map "Referred by=source" --map "Start date=opened_on" --map Worker=coordinator
expect_err "imported 4 people (0 already here)"
ok person show "smith, j" --format json
expect_out_has '"area": "Hillside"'

step="wrong files and headings"
refused 66 "cannot open $work/missing.csv" import people "$work/missing.csv"
refused 66 "$work is a directory" import people "$work"
printf 'name,opened_on\nAnn,today\n' >"$work/relative.csv"
bad_rows "relative.csv line 2: 'today' is not a date in the form YYYY-MM-DD" import people "$work/relative.csv"
printf 'Nmae\nAnn\n' >"$work/typo.csv"
refused 65 "typo.csv line 1: 'Nmae' is not a people column; did you mean 'name'? If so, add --map 'Nmae=name'" import people "$work/typo.csv"
printf 'person\nP1\n' >"$work/noname.csv"
refused 65 "line 1: there is no 'name' column, which people need" import people "$work/noname.csv"
refused 64 "--map 'name' is not COL=FIELD" import people "$work/typo.csv" --map name
refused 64 "'reflections' is not something lac imports" import reflections "$work/typo.csv"
printf 'name,area\nAnn\n' >"$work/short.csv"
before=$(snapshot)
run import people "$work/short.csv"
expect_rc 65
expect_err "lac: $work/short.csv line 2: 1 field, but the header names 2
lac: 1 of 1 row in $work/short.csv is bad; nothing was imported. Mend them and run it again"
[ "$(snapshot)" == "$before" ] || fail "the database changed"
printf 'name\n"Ann\n' >"$work/open.csv"
refused 65 "open.csv line 2: a quoted field is never closed" import people "$work/open.csv"
step="a reference above the others is kept, and a gap below it stays usable"
printf 'person,name,opened_on\nP50,Fifty,2026-10-01\n' >"$work/fifty.csv"
ok import people "$work/fifty.csv"
printf 'person,name,opened_on\nP20,Twenty,2026-10-01\n' >"$work/twenty.csv"
ok import people "$work/twenty.csv"
ok person show P20 --format json
expect_out_has '"name": "Twenty"'
ok person add "After Fifty"
expect_out P51
step="an open connection is not imported twice"
printf 'person,asset,made_on\nP1,A1,2026-11-10\n' >"$work/dup.csv"
bad_rows "dup.csv line 2: that connection is already open (K1)" import connections "$work/dup.csv"
step="peers are not introduced before both were opened"
printf 'person,peer,made_on\nP1,P51,2026-11-01\n' >"$work/early.csv"
bad_rows "early.csv line 2: P51 was opened on 2026-11-23; peers cannot be introduced before both were" import connections "$work/early.csv"
pass
