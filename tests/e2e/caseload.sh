#!/usr/bin/env bash
# The caseload: who is walked alongside, last contact, who has not been seen.
. "$(dirname "$0")/lib.sh"
make_team
ok person add "Seen Recently" --on 2026-09-01
ok person add "Last Seen Long Ago" --on 2026-09-01
ok person add "Never Seen" --on 2026-10-01
ok person add "Just Opened" --on 2026-11-20
ok person add "Only Information" --support introduction --on 2026-09-01
ok person add "Ben's Person" --coordinator ben --on 2026-09-01
ok person add "Closed Person" --on 2026-09-01
ok person close "Closed Person" --reason moved --on 2026-11-01
ok log "Seen Recently" -m x --on 2026-10-26
ok log "Last Seen Long Ago" -m x --on 2026-10-25

step="the acting coordinator's caseload"
ok caseload
expect_out_has "asha (Asha Patel): 4 walked alongside, capacity 50–60 (46 below the band); 2 not seen in 28 days; 1 at introduction level"
expect_out_lacks "Ben's Person"
expect_out_lacks "Closed Person"
expect_out_lacks "Only Information"
first=$(printf '%s\n' "$out" | sed -n 3p)
[[ "$first" == P3*"Never Seen"*"never"*"NOT SEEN" ]] || fail "longest unseen should come first: $first"

step="csv and json give one row per person"
ok caseload --format csv
expect_out_has $'coordinator,person,name,area,opened_on,last_contact,days_since,not_seen,active_goals,connections,next_on\r'
expect_out_has "asha,P1,Seen Recently,,2026-09-01,2026-10-26,28,false,0,0"
expect_out_has "asha,P2,Last Seen Long Ago,,2026-09-01,2026-10-25,29,true,0,0"
expect_out_has "asha,P3,Never Seen,,2026-10-01,,,true,0,0"
ok caseload --format json
expect_out_has '"days_since": null'

step="team and all"
ok caseload --all
expect_out_has "ben (Ben O'Neill): 1 walked alongside, capacity 45–55"
ok caseload --team Northfield --format csv
expect_out_has "ben,P6,Ben's Person"
ok caseload --coordinator ben --format csv
expect_out_lacks "asha,"

step="wrong scopes are refused"
refused 65 "you ('root') are not a coordinator here" --as root caseload
refused 65 "no coordinator 'bne'" caseload --coordinator bne
refused 65 "no active coordinator is in team 'Southside'" caseload --team Southside
refused 64 "" caseload --all --coordinator ben
refused 64 "--format 'html' is not offered here" caseload --format html

step="stale_after_days comes from the config"
printf '[caseload]\nstale_after_days = 60\n' >"$work/site.toml"
ok --config "$work/site.toml" caseload
expect_out_has "0 not seen in 60 days"

step="over capacity is marked"
ok coordinator edit asha --capacity 2-3
ok caseload
expect_out_has "4 walked alongside, capacity 2–3 (over capacity by 1)"
pass
