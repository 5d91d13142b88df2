#!/usr/bin/env bash
# Who is due: lac log --next sets a next contact; lac due lists those whose day has come and
# those about to go unseen; the caseload shows the next contact; a closed person is not due.
. "$(dirname "$0")/lib.sh"
make_team
ok person add "Mary Planned" --on 2026-09-01
ok person add "Tom Soon" --on 2026-09-01
ok person add "Edith Stale" --on 2026-09-01
ok person add "Fresh Fred" --on 2026-09-01
ok person add "Ben's Person" --coordinator ben --on 2026-09-01
ok log "Tom Soon" -m x --on 2026-10-30
ok log "Edith Stale" -m x --on 2026-10-20
ok log "Fresh Fred" -m x --on 2026-11-22

step="lac log --next takes a day to come, relative or not, and says nothing more"
LAC_TODAY=2026-11-10 ok log Mary -m "Met at the library" --next +10d
expect_out "C4"
expect_no_err
[ "$(db_query "SELECT next_on FROM person WHERE id = 1")" == 2026-11-20 ] || fail "--next +10d was not kept"
[ "$(db_query "SELECT action || ' ' || ref || ' ' || detail FROM audit ORDER BY id DESC LIMIT 1")" == "edit P1 next_on" ] ||
  fail "the next contact was not audited"
ok log Fred -m x --on 2026-11-22 --next 2026-12-07
ok log Fred -m x --on 2026-11-22 --next +2w
[ "$(db_query "SELECT next_on FROM person WHERE id = 4")" == 2026-12-07 ] || fail "--next +2w is not 2026-12-07"

step="lac due: the acting coordinator's people, most overdue first, with the reason"
ok due
expect_out_has "asha (Asha Patel): 2 people due by 2026-11-23, 1 more within 7 days; not seen after 28 days"
expect_out_lacks "Ben's Person"
expect_out_lacks "Fresh Fred"
row() { printf '%s\n' "$out" | sed -n "$1p"; }
[[ "$(row 3)" == P3*"Edith Stale"*2026-10-20*2026-11-18*"5 days"*"no contact for 34 days" ]] || fail "row 1: $(row 3)"
[[ "$(row 4)" == P1*"Mary Planned"*2026-11-10*2026-11-20*2026-11-20*"3 days"*"next contact set for 2026-11-20" ]] ||
  fail "row 2: $(row 4)"
[[ "$(row 5)" == P2*"Tom Soon"*2026-10-30*2026-11-28*"in 5 days"*"no contact for 24 days; not seen from 2026-11-28" ]] ||
  fail "row 3: $(row 5)"

step="--within narrows the days ahead; csv and json carry every column"
ok due --within 3 --format csv
expect_out_has $'coordinator,person,name,support,last_contact,next_on,not_seen_from,due_on,days_overdue,reason\r'
expect_out_has "asha,P3,Edith Stale,walking-alongside,2026-10-20,,2026-11-18,2026-11-18,5,no contact for 34 days"
expect_out_has "asha,P1,Mary Planned,walking-alongside,2026-11-10,2026-11-20,,2026-11-20,3,next contact set for 2026-11-20"
expect_out_lacks "Tom Soon"
ok due --format json
expect_out_has '"days_overdue": -5'
expect_out_has '"next_on": null'
ok due --coordinator ben --format csv
expect_out_has "ben,P5,Ben's Person"
expect_out_lacks "asha,"

step="lac due's errors: one line, the exit code, nothing written"
refused 65 "there is no coordinator 'zed'; see 'lac coordinator list'" due --coordinator zed
refused 65 "there is no coordinator 'bne' (did you mean 'ben'?)" due --coordinator bne
refused 65 "you ('lead') are not a coordinator here; pass --coordinator HANDLE" --as lead due
for bad in x -1 366 1.5 ""; do
  refused 65 "--within (days ahead) must be a whole number from 0 to 365, not '$bad'" due --within "$bad"
done
refused 64 "--format 'html' is not offered here" --format html due
refused 64 "" due --team Northfield

step="a conversation on or after the day holds the next contact"
ok log Mary -m "Called round" --on 2026-11-21
ok due --within 0 --format csv
expect_out_lacks "Mary Planned"

step="the caseload shows the next contact"
ok caseload
expect_out_has "next"
[[ "$(printf '%s\n' "$out" | grep 'Fresh Fred')" == *2026-11-22*1*2026-12-07* ]] || fail "caseload lacks Fred's next contact"
ok caseload --format csv
expect_out_has $',connections,next_on\r'
expect_out_has "asha,P4,Fresh Fred,,2026-09-01,2026-11-22,1,false,0,0,2026-12-07"
ok person show Fred
expect_out_has "next contact 2026-12-07"

step="a closed person is not due, and their next contact goes with the closing"
ok person close Fred --reason moved
[ -z "$(db_query "SELECT next_on FROM person WHERE id = 4")" ] || fail "closing kept the next contact"
[ "$(db_query "SELECT detail FROM audit ORDER BY id DESC LIMIT 1")" == "reason=moved on=2026-11-23 next_on=2026-12-07 cleared" ] ||
  fail "the closing's audit does not say the next contact was cleared"
ok due --within 365 --format csv
expect_out_lacks "Fresh Fred"
refused 65 "P4 is closed, so no contact is due; 'lac person reopen P4' first" log Fred -m x --on 2026-11-22 --next +2w
refused 65 "P4 is closed, so no contact is due" person edit Fred --next +2w

step="person edit --next corrects the next contact, and '' clears it"
ok person edit Mary --next 2026-12-01
expect_err "updated P1"
[ "$(db_query "SELECT next_on FROM person WHERE id = 1")" == 2026-12-01 ] || fail "edit --next was not kept"
ok person edit Mary --next ""
[ -z "$(db_query "SELECT next_on FROM person WHERE id = 1")" ] || fail "--next '' did not clear it"
[ "$(db_query "SELECT count(*) FROM audit WHERE ref = 'P1' AND action = 'edit' AND detail = 'next_on'")" -eq 3 ] ||
  fail "every change of the next contact is audited"

step="import reads next_on: a differing one is reported, corrected with --update and audited; a closed person's is refused"
ok export people --identify -o "$work/people.csv"
expect_out ""
head -1 "$work/people.csv" | grep -q ',forgotten_on,next_on'$'\r''$' || fail "next_on is not the people extract's last column"
sed -i '/^P2,/s/,\r$/,2026-12-24\r/' "$work/people.csv"
bad_rows "people.csv line 3: P2 next_on is '2026-12-24' in the file, empty here" import people "$work/people.csv"
ok import people "$work/people.csv" --update
expect_err_has "1 corrected"
[ "$(db_query "SELECT next_on FROM person WHERE id = 2")" == 2026-12-24 ] || fail "--update did not set next_on"
[ "$(db_query "SELECT action || ' ' || ref || ' ' || detail FROM audit ORDER BY id DESC LIMIT 1")" == "edit P2 next_on" ] ||
  fail "the corrected next_on was not audited"
printf 'name,opened_on,status,closed_on,close_reason,next_on\nNew Nell,2026-10-01,closed,2026-11-01,moved,2026-12-01\n' >"$work/closed.csv"
bad_rows "closed.csv line 2: a closed person has no next_on; leave it empty" import people "$work/closed.csv"
printf 'name,opened_on,next_on\nEarly Eve,2026-10-01,2026-09-30\n' >"$work/early.csv"
bad_rows "early.csv line 2: the next_on 2026-09-30 comes before the opening on 2026-10-01" import people "$work/early.csv"
printf 'name,opened_on,next_on\nPast Pat,2026-10-01,2026-11-01\n' >"$work/past.csv"
ok import people "$work/past.csv"
ok due --format csv
expect_out_has ",Past Pat,walking-alongside,,2026-11-01,"

step="--next in the past, and bad relative forms, are refused, and nothing is written"
refused 65 "2026-11-22 is before today (2026-11-23); this takes today or a later day: YYYY-MM-DD, today, tomorrow, or +N days, weeks or months (+10d, +2w, +1m)" \
  log Mary -m x --next 2026-11-22
refused 65 "'yesterday' looks back to a day gone; this takes today or a later day" log Mary -m x --next yesterday
refused 65 "'-3d' looks back to a day gone" person edit Mary --next -3d
for bad in +2x +w 2w +1000d "+-2d" "next week"; do
  refused 65 "'$bad' is not a day to come; use YYYY-MM-DD, today, tomorrow, or +N days, weeks or months" log Mary -m x --next "$bad"
done
refused 65 "'' is not a day to come" log Mary -m x --next ""
refused 64 "" log Mary -m x --next

step="a day that has come refuses a day to come, in one clear line"
refused 65 "'+2w' is a day still to come; this takes a day on or before today: YYYY-MM-DD, today, yesterday, a weekday name or -Nd" \
  log Mary -m x --on +2w
refused 65 "'tomorrow' is a day still to come" person close Mary --reason moved --on tomorrow
refused 65 "'+10d' is a day still to come" conversation list --from +10d

LAC_TODAY=2026-11-23T25:00 refused 78 "LAC_TODAY='2026-11-23T25:00' is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM" due
pass
