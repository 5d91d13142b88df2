#!/usr/bin/env bash
# Re-importing an extract: the same rows are skipped, a row that differs from the record
# here is reported by line, reference and field and nothing is written, unless --update
# applies the differences as audited corrections.
. "$(dirname "$0")/lib.sh"
make_team
ok person add "Mary O'Brien" --on 2026-10-01 --area Northfield
ok person add "Tom Reid" --on 2026-10-02
ok log Mary -m "First visit" --on 2026-10-05 --minutes 30
ok avoid Mary eviction --on 2026-11-01
ok export people --identify -o "$work/people.csv"
ok export conversations --identify -o "$work/conversations.csv"

step="the same file again: nothing added, nothing reported"
ok import people "$work/people.csv"
expect_err "imported 0 people (2 already here)"

step="a row that differs is reported by line, reference and field, and nothing is written"
sed -i 's/^P2,asha,Northfield,walking-alongside,active,2026-10-02,,,/P2,asha,Northfield,walking-alongside,closed,2026-10-02,2026-11-20,moved,/' "$work/people.csv"
sed -i 's/^P1,asha,Northfield,walking-alongside,active,2026-10-01,,,Northfield,/P1,ben,Northfield,walking-alongside,active,2026-10-01,,,Southside,/' "$work/people.csv"
bad_rows "line 3: P2 status is 'closed' in the file, 'active' here; closed_on is '2026-11-20' in the file, empty here; close_reason is 'moved' in the file, empty here" import people "$work/people.csv"
expect_err_has "line 2: P1 coordinator is 'ben' in the file, 'asha' here; area is 'Southside' in the file, 'Northfield' here"
expect_err_has "2 of 2 rows in $work/people.csv differ from the records here; nothing was imported. Apply them as corrections with --update"
[ "$(printf '%s\n' "$err" | wc -l)" -eq 3 ] || fail "expected a line for each row and one to end"

step="--dry-run shows the same report"
bad_rows "line 3: P2 status is 'closed'" import people "$work/people.csv" --dry-run
run import people "$work/people.csv" --dry-run --update
expect_rc 0
expect_err_has "2 to correct"
[ "$(db_query "SELECT status FROM person WHERE id = 2")" == active ] || fail "a dry run wrote"

step="--update applies them as the commands' own corrections, audited"
ok import people "$work/people.csv" --update
expect_err "imported 0 people (0 already here, 2 corrected)"
ok person show P2 --format json
expect_out_has '"status": "closed"'
expect_out_has '"close_reason": "moved"'
ok person show P1 --format json
expect_out_has '"coordinator": "ben"'
expect_out_has '"area": "Southside"'
[ "$(db_query "SELECT action FROM audit WHERE ref = 'P1' AND actor = 'asha' AND command LIKE 'import%' ORDER BY id" | paste -sd' ')" == "edit transfer" ] ||
  fail "P1's corrections are not audited: $(db_query "SELECT action, command FROM audit WHERE ref = 'P1'")"
[ "$(db_query "SELECT count(*) FROM audit WHERE ref = 'P2' AND action = 'close' AND command LIKE 'import%'")" -eq 1 ] ||
  fail "P2's closing is not audited"
ok import people "$work/people.csv"
expect_err "imported 0 people (2 already here)"

step="a correction is checked as the command checks it"
sed -i 's/^P2,asha,Northfield,walking-alongside,closed,2026-10-02,2026-11-20,moved,/P2,asha,Northfield,walking-alongside,closed,2026-10-02,2026-11-21,left,/' "$work/people.csv"
bad_rows "line 3: 'left' is not a close reason" import people "$work/people.csv" --update

step="other entities: a conversation's minutes, corrected with --update"
sed -i 's/^C1,P1,asha,2026-10-05,30,/C1,P1,asha,2026-10-05,40,/' "$work/conversations.csv"
bad_rows "line 2: C1 minutes is '40' in the file, '30' here" import conversations "$work/conversations.csv"
ok import conversations "$work/conversations.csv" --update
expect_err "imported 0 conversations (0 already here, 1 corrected)"
[ "$(db_query "SELECT minutes FROM conversation WHERE id = 1")" -eq 40 ] || fail "not corrected"

step="an avoided crisis keeps the costs it was recorded with"
ok export avoided --identify -o "$work/avoided.csv"
sed -i 's/,6680,6680,/,9999,6680,/' "$work/avoided.csv"
bad_rows "line 2: X1 unit_cost is '9999' in the file, '6680' here" import avoided "$work/avoided.csv"
bad_rows "X1's unit_cost differs, and is kept as it was recorded" import avoided "$work/avoided.csv" --update

step="a coordinator's capacity"
ok export coordinators --identify -o "$work/coordinators.csv"
sed -i 's/^ben,Northfield,,45,55,1,/ben,Northfield,,40,50,1,/' "$work/coordinators.csv"
bad_rows "line 3: coordinator 'ben' capacity_min is '40' in the file, '45' here" import coordinators "$work/coordinators.csv"
ok import coordinators "$work/coordinators.csv" --update
ok coordinator list --format json
expect_out_has '"capacity_min": 40'

step="history in two steps: people, then their assignments, which differ until --update"
ok person add "Ann Lee" --on 2026-10-03
ok person transfer Ann --to ben --on 2026-11-10
ok export all "$work/all" --identify
other=$(new_db other)
LAC_DB="$other" ok init
LAC_DB="$other" ok import coordinators "$work/all/coordinators.csv"
LAC_DB="$other" ok import people "$work/all/people.csv"
LAC_DB="$other" bad_rows "P3's assignment of 2026-10-03 is 'asha' in the file, 'ben' here" import assignments "$work/all/assignments.csv"
LAC_DB="$other" ok import assignments "$work/all/assignments.csv" --update
expect_err "imported 2 assignments (1 already here, 2 corrected)"
run export assignments --identify
mine=$out
LAC_DB="$other" ok export assignments --identify
[ "$out" == "$mine" ] || fail "the history differs: $out"

step="a forgotten person is never brought back by an import"
ok person forget Tom --confirm
bad_rows "P2 was forgotten here on 2026-11-23; leave them out of the file" import people "$work/all/people.csv"
pass
