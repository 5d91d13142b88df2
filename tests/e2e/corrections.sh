#!/usr/bin/env bash
# Correcting records entered by mistake: conversations, contributions and avoided crises
# listed, shown, edited and deleted; the audit trail's old values; the week's summary after
# a correction; a future-dated conversation that blocked a closure; and every wrong input.
. "$(dirname "$0")/lib.sh"
make_team
ok person add "Ann Lee" --on 2026-09-01
ok person add "Bob Kay" --coordinator ben --on 2026-11-10
ok asset add "Northfield Library" --kind library
ok log Ann -m "Talked about the allotment"$'\n'"and her sister" --minutes 30 --on 2026-11-16 --at 10:00
ok log Ann -m "Phone call" --minutes 10 --mode phone --on 2026-11-18
ok log Bob -m "First visit" --minutes 45 --on 2026-11-19 --by ben
ok contribute Ann "Helped at the coffee morning" --hours 2 --on 2026-11-17
ok avoid Ann residential-care --quantity 2 --on 2026-11-20 -m "Was looking at care homes"
# audit_detail REF ACTION: the detail of the last such audit row of the record.
audit_detail() {
  db_query "SELECT detail FROM audit WHERE ref = '$1' AND action = '$2' ORDER BY id DESC LIMIT 1"
}
# team_key KEY: the team's value of KEY in the summary JSON in $out.
team_key() { printf '%s\n' "$out" | sed -n '/"team": {/,/}/p' | sed -n "s/^ *\"$1\": \([^,]*\),\{0,1\}$/\1/p"; }

step="lists: newest first, one person's or everyone's, in a period"
ok conversation list --format csv
expect_out "conversation,person,name,date,time,coordinator,minutes,mode,note"$'\r'"
C3,P2,Bob Kay,2026-11-19,,ben,45,in-person,First visit"$'\r'"
C2,P1,Ann Lee,2026-11-18,,asha,10,phone,Phone call"$'\r'"
C1,P1,Ann Lee,2026-11-16,10:00,asha,30,in-person,\"Talked about the allotment"$'\n'"and her sister\""$'\r'
ok conversation list Ann --from 2026-11-17
expect_out_has "C2"
expect_out_lacks "C1 "
expect_out_lacks "C3"
ok conversation list --limit 1
expect_out_has "C3"
expect_out_lacks "C2"
expect_err_has "the newest 1 shown; there are more"
ok contribution list --format json
expect_out_has '"contribution": "T1"'
expect_out_has '"what": "Helped at the coffee morning"'
ok avoided list Ann --format csv
expect_out_has "X1,P1,Ann Lee,2026-11-20,residential-care,2,week,538,1076,adult social care,possible,Was looking at care homes"

step="show: every field, the note in full"
ok conversation show C1
expect_out_has "minutes       30"
expect_out_has "    and her sister"
ok conversation show C1 --format json
expect_out_has '"note": "Talked about the allotment\nand her sister"'
ok contribution show T1
expect_out_has "hours         2"
ok avoided show X1 --format json
expect_out_has '"source": "GMCA (New Economy) Unit Cost Database v1.4'

step="the week's summary before any correction"
ok summary --week 2026-W47 --format json
[ "$(team_key conversations)" == 3 ] || fail "conversations before: $(team_key conversations)"
[ "$(team_key conversation_minutes)" == 85 ] || fail "minutes before"
[ "$(team_key avoided_value)" == 1076 ] || fail "avoided value before: $(team_key avoided_value)"

step="edit: a conversation moved out of the week, its length corrected; audited with the old values"
ok conversation edit C1 --on 2026-11-12 --minutes 40
expect_err "updated C1: on, minutes"
[ "$(audit_detail C1 edit)" == '{"on":"2026-11-16","minutes":30}' ] || fail "audit: $(audit_detail C1 edit)"
ok summary --week 2026-W47 --format json
[ "$(team_key conversations)" == 2 ] || fail "conversations after the edit: $(team_key conversations)"
[ "$(team_key conversation_minutes)" == 55 ] || fail "minutes after the edit"
ok summary --week 2026-W46 --format json
[ "$(team_key conversations)" == 1 ] || fail "the week it moved into"
[ "$(team_key conversation_minutes)" == 40 ] || fail "its minutes in the week it moved into"

step="edit: the holder, the time, the person"
ok conversation edit C2 --by ben --at 15:30
expect_err "updated C2: coordinator, at"
ok conversation edit C2 --at ''
expect_err "updated C2: at"
ok conversation edit C3 --person Ann
expect_err "updated C3: person, coordinator"
[ "$(audit_detail C3 edit)" == '{"person":"P2","coordinator":"ben"}' ] || fail "audit: $(audit_detail C3 edit)"

step="delete: after --confirm, gone from the week, every old value audited"
ok conversation delete C2 --confirm
expect_err "deleted C2"
[ "$(audit_detail C2 delete)" == '{"person":"P1","coordinator":"ben","on":"2026-11-18","at":null,"minutes":10,"mode":"phone","note":"Phone call"}' ] ||
  fail "audit: $(audit_detail C2 delete)"
ok summary --week 2026-W47 --format json
[ "$(team_key conversations)" == 1 ] || fail "conversations after the delete: $(team_key conversations)"
[ "$(team_key conversation_minutes)" == 45 ] || fail "minutes after the delete"
refused 65 "there is no conversation C2" conversation show C2

step="contributions and avoided crises corrected"
ok contribution edit T1 "Ran the coffee morning" --hours 1.5 --asset "Northfield Lib"
expect_err "updated T1: hours, asset, what"
[ "$(audit_detail T1 edit)" == '{"hours":2.0,"asset":null,"what":"Helped at the coffee morning"}' ] ||
  fail "audit: $(audit_detail T1 edit)"
ok avoided edit X1 --quantity 3 --confidence likely
expect_err_has "updated X1: quantity, confidence"
expect_err_has "3 weeks × £538.00 = £1,614.00"
ok avoided edit X1 --type ae-attendance --quantity 1
expect_err_has "updated X1: type, label, quantity, unit, unit_cost, budget, source"
expect_err_has "A&E attendance: 1 attendance × £109.00 = £109.00 (NHS)"
ok summary --week 2026-W47 --format json
[ "$(team_key contribution_hours)" == 1.5 ] || fail "hours after the edit: $(team_key contribution_hours)"
[ "$(team_key avoided_value)" == 109 ] || fail "avoided value after the edit: $(team_key avoided_value)"
ok avoided delete X1 --confirm
ok contribution delete T1 --confirm
[ "$(audit_detail T1 delete)" == '{"person":"P1","on":"2026-11-17","hours":1.5,"asset":"A1","what":"Ran the coffee morning"}' ] ||
  fail "audit: $(audit_detail T1 delete)"
ok summary --week 2026-W47 --format json
[ "$(team_key avoided)" == 0 ] || fail "avoided after the delete"
[ "$(team_key contribution_hours)" == 0 ] || fail "hours after the delete"

step="wrong input changes nothing"
ok contribute Ann "Baked" --hours 1 --on 2026-11-20
ok avoid Ann eviction --on 2026-11-20
refused 65 "there is no conversation C999" conversation edit C999 --minutes 5
refused 65 "'K1' is not a conversation reference" conversation show K1
refused 65 "'C1' is not a contribution reference" contribution delete C1 --confirm
refused 65 "there is no avoided crisis X99" avoided delete X99 --confirm
refused 64 "deleting C1 cannot be undone; add --confirm to delete it" conversation delete C1
refused 64 "deleting T2 cannot be undone; add --confirm" contribution delete T2
refused 64 "deleting X2 cannot be undone; add --confirm" avoided delete X2
refused 65 "--minutes must be" conversation edit C1 --minutes 2000
refused 65 "(did you mean 'phone'?)" conversation edit C1 --mode fone
refused 65 "P1 was opened on 2026-09-01; a conversation cannot come before that" conversation edit C1 --on 2026-08-01
refused 65 "is in the future" conversation edit C1 --on 2026-11-30
refused 65 "P2 was opened on 2026-11-10" conversation edit C1 --person Bob --on 2026-11-09
refused 65 "nothing to change: C1 already has those values" conversation edit C1 --minutes 40
refused 64 "nothing to change; pass -m, --on" conversation edit C1
refused 65 "--hours must be a number above 0" contribution edit T2 --hours 0
refused 65 "nothing to change: T2 already has those values" contribution edit T2 --hours 1
refused 65 "(did you mean 'eviction'?)" avoided edit X2 --type evicton
refused 65 "confidence" avoided edit X2 --confidence sure
refused 65 "the avoided crisis's date cannot come before that" avoided edit X2 --on 2026-08-01
refused 65 "the period runs backwards" conversation list --from 2026-11-20 --to 2026-11-01

step="a goal's words and life area corrected; its status stays with goal set"
ok goal add Ann "To sing in a choir" --area leisure --on 2026-11-02
expect_out G1
ok goal edit G1 "To sing in the church choir" --area community
expect_err "updated G1: text, area"
[ "$(audit_detail G1 edit)" == '{"text":"To sing in a choir","area":"leisure"}' ] || fail "audit: $(audit_detail G1 edit)"
ok goal list Ann --format csv
expect_out_has "G1,P1,Ann Lee,community,active,2026-11-02,,To sing in the church choir"
refused 65 "nothing to change: G1 already has those values" goal edit G1 --area community
refused 64 "nothing to change; pass" goal edit G1
refused 65 "(did you mean 'community'?)" goal edit G1 --area comunity
refused 65 "the goal is empty" goal edit G1 ""
refused 65 "'C1' is not a goal reference" goal edit C1 --area family
refused 65 "there is no goal G9" goal edit G9 --area family

step="a connection's words, day, asset or peer corrected; its kind and status stay"
ok asset add "St Mary's Choir" --kind arts
ok connect Ann --natural "daugter Sara" --on 2026-11-03
expect_out K1
ok connect Ann "Northfield Library" --on 2026-11-04
expect_out K2
ok connection set K2 --status engaged --on 2026-11-10
ok connection edit K1 --natural "daughter Sarah" --on 2026-11-02
expect_err "updated K1: natural, on"
[ "$(audit_detail K1 edit)" == '{"natural":"daugter Sara","on":"2026-11-03"}' ] || fail "audit: $(audit_detail K1 edit)"
ok connection edit K2 --asset "St Mary"
expect_err "updated K2: asset"
ok connection list Ann --format csv
expect_out_has "K1,P1,Ann Lee,natural,daughter Sarah,introduced,2026-11-02,"
expect_out_has "K2,P1,Ann Lee,asset,A2 St Mary's Choir,engaged,2026-11-04,"
refused 65 "K2 changed on 2026-11-10; it cannot have been made after that" connection edit K2 --on 2026-11-11
refused 65 "K2 is a connection to an asset; correct it with --asset" connection edit K2 --natural "Sam"
refused 65 "nothing to change: K1 already has those values" connection edit K1 --natural "daughter Sarah"
refused 64 "nothing to change; pass" connection edit K1
refused 65 "there is no connection K9" connection edit K9 --on 2026-11-05
refused 65 "P1 was opened on 2026-09-01" connection edit K1 --on 2026-08-30

step="a conversation dated in the future by mistake no longer blocks a closure for ever"
LAC_TODAY=2026-12-10 ok log Bob -m "Typed the wrong year" --on 2026-12-10
expect_out C4
refused 65 "P2 has a record dated 2026-12-10" person close Bob --reason moved --on 2026-11-23
ok conversation edit C4 --on 2026-11-21
ok person close Bob --reason moved --on 2026-11-23
ok person reopen Bob
LAC_TODAY=2026-12-10 ok log Bob -m "Another slip" --on 2026-12-09
refused 65 "P2 has a record dated 2026-12-09" person close Bob --reason moved
ok conversation delete C5 --confirm
ok person close Bob --reason moved
expect_err "closed P2 on 2026-11-23"
pass
