#!/usr/bin/env bash
# The weekly summary through the CLI: every format, and wrong input.
. "$(dirname "$0")/lib.sh"
make_team
ok coordinator add cara --name "Cara Nwosu" --team Southside
ok person add "Ann" --on 2026-09-01
ok person add "Bob" --coordinator ben --on 2026-11-17
ok log Ann -m x --minutes 30 --on 2026-11-16
ok log Ann -m x --minutes 20 --on 2026-11-22 --by cara
ok log Bob -m x --minutes 45 --on 2026-11-18 --by ben
ok log Ann -m x --minutes 10 --on 2026-11-23
ok avoid Ann residential-care --quantity 2 --on 2026-11-20
ok avoid Bob ae-attendance --on 2026-11-21

step="csv: a row per coordinator and a TEAM row computed over the team"
ok summary --week 2026-W47 --team Northfield --format csv
expect_out "coordinator,name,caseload,capacity_min,capacity_max,new_people,introductions,closed_people,conversations,conversation_minutes,people_seen,not_seen,goals_set,goals_achieved,connections_made,contribution_hours,avoided,avoided_value"$'\r'"
asha,Asha Patel,1,50,60,0,0,0,1,30,1,0,0,0,0,0,1,1076"$'\r'"
ben,Ben O'Neill,1,45,55,1,0,0,1,45,1,0,0,0,0,0,1,109"$'\r'"
TEAM,Northfield,2,95,115,1,0,0,2,75,2,0,0,0,0,0,2,1185"$'\r'

step="--team in any case is the team as stored, in every heading"
ok summary --week 2026-W47 --team northfield --format csv
expect_out_has "TEAM,Northfield,2,95,115,"
ok summary --week 2026-W47 --team NORTHFIELD --format json
expect_out_has '"team": {'
python3 - "$out" <<'PY' || fail "the json does not name the team as stored"
import json, sys
s = json.loads(sys.argv[1])
assert [c["handle"] for c in s["coordinators"]] == ["asha", "ben"], s["coordinators"]
PY
for format in table md html; do
  ok summary --week 2026-W47 --team northfield --format "$format"
  expect_out_has "Northfield"
  expect_out_lacks "northfield"
done

step="everyone: Ann, seen by asha and by cara, is one person seen"
ok summary --week 2026-W47 --format csv
expect_out_has "cara,Cara Nwosu,0,50,60,0,0,0,1,20,1,0,0,0,0,0,0,0"
expect_out_has "TEAM,all coordinators,2,145,175,1,0,0,3,95,2,0,0,0,0,0,2,1185"

step="json in the spec's shape"
ok summary --week 2026-W47 --team Northfield --format json
expect_out_has '"from": "2026-11-16",'
expect_out_has '"to": "2026-11-22",'
expect_out_has '"week": "2026-W47",'
expect_out_has '"handle": "asha",'
expect_out_has '"avoided_by_budget": ['
expect_out_has '"budget": "adult social care",'
ok summary --from 2026-11-01 --to 2026-11-30 --format json
expect_out_has '"week": null'
expect_out_has '"conversations": 4'

step="the current week by default; table and markdown"
ok summary
expect_out_has "Week 2026-W48 (2026-11-23 to 2026-11-29), all coordinators"
row=$(printf '%s\n' "$out" | awk '$1 == "conversations" {print $2, $3, $4, $5}')
[ "$row" == "1 0 0 1" ] || fail "this week's conversations: $row"
expect_out_has "conversation minutes "
ok summary --week 2026-W47 --format md
expect_out_has "## Week 2026-W47 (2026-11-16 to 2026-11-22), all coordinators"
expect_out_has "### Contribution and crises avoided"
expect_out_has "| coordinator | contribution hours | crises avoided | avoided value |"
expect_out_has "| cara | 0 | 0 | £0.00 |"
expect_out_has "| TEAM | 0 | 2 | £1,185.00 |"
expect_out_lacks "avoided\\_value"

step="a --from/--to range is headed as a period, not a week"
ok summary --from 2026-11-01 --to 2026-11-30 --format md
expect_out_has "## Period 2026-11-01 to 2026-11-30 (30 days), all coordinators"
ok summary --from 2026-11-01 --to 2026-11-30 --team Northfield --format html
expect_out_has "summary of a period</h1>"
expect_out_has "<p class=\"sub\">Period 2026-11-01 to 2026-11-30 (30 days), team Northfield</p>"
expect_out_has "<h2>The period in numbers</h2>"
expect_out_lacks "The week"

step="html is one self-contained page with inline SVG"
ok summary --week 2026-W47 --format html
expect_out_has "<!DOCTYPE html>"
expect_out_has "<svg"
expect_out_has "£1,185.00"
expect_out_lacks "<script"
expect_out_lacks "src="
expect_out_lacks "http"
expect_out_lacks "<link"
expect_out_has "<th scope=\"col\">conversation minutes</th>"
expect_out_lacks "conversation_minutes"
expect_out_has "<tr><th scope=\"row\">cara</th><td class=\"under\">0 under</td><td>50–60</td>"
expect_out_has "<h2>The week in numbers</h2>"

step="wrong input"
refused 65 "'2026-W60' is not an ISO week" summary --week 2026-W60
refused 64 "" summary --week 2026-W47 --from 2026-11-01
refused 64 "--from" summary --to 2026-11-01
refused 65 "the period runs backwards" summary --from 2026-11-10 --to 2026-11-01
refused 65 "no coordinator is in team 'Nowhere'" summary --team Nowhere
refused 64 "--format 'pdf' is not offered here" summary --format pdf

step="week 53 of a year of 52 weeks says so"
refused 65 "'2027-W53' is not an ISO week: 2027 has 52 weeks; its last is 2027-W52" summary --week 2027-W53
ok summary --week 2026-W53 --format csv
pass
