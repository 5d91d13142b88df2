#!/usr/bin/env bash
# The evaluation pack: figures worked by hand from a small record, recomputed from the
# JSON's own inputs, small counts suppressed, a team kept to its own events, bad input.
. "$(dirname "$0")/lib.sh"
make_team
ok coordinator add cara --name "Cara Singh" --team South
for n in Ann Bob Cat Dan Eve Fay; do ok person add "$n Smith" --on 2025-06-01 --source gp; done
ok person add "Sid Jones" --on 2026-01-05 --coordinator cara
ok person add "Ian Short" --on 2026-02-01 --support introduction --source housing
ok person close Fay --reason moved --on 2026-10-01
ok log Ann --minutes 60 --on 2026-03-01 -m "first talk"
ok log Bob --minutes 30 --on 2026-03-02
ok log Bob --minutes 30 --on 2025-12-01
# Crises avoided: two that can be uprated (2013/14 prices), one whose source names no year.
ok avoid Ann residential-care --quantity 4 --confidence certain --on 2026-03-01
ok avoid Bob hospital-admission --confidence likely --on 2026-04-01
ok avoid Cat eviction --on 2026-05-01
ok avoid Sid hospital-admission --confidence certain --on 2026-05-01 --as cara
ok contribute Ann "ran the coffee morning" --hours 3 --on 2026-06-01
# Wellbeing: five people, first in February, latest in June or September (over 12 weeks).
i=0
for change in "Ann 4 6" "Bob 5 6" "Cat 3 6" "Dan 7 7" "Eve 5 7"; do
  set -- $change
  ok wellbeing "$1" --life "$2" --anxious 6 --lonely often --on 2026-02-01
  ok wellbeing "$1" --life "$3" --anxious 4 --lonely some --on 2026-0$((6 + i % 2 * 3))-01
  i=$((i + 1))
done
ok wellbeing Sid --life 2 --on 2026-02-01 --as cara
ok wellbeing Sid --life 9 --on 2026-06-01 --as cara
ok reflect --team Northfield --score assets=3 --score redefining-work=2 --score reciprocity=3 --score social-networks=4 --score respect=4 --on 2026-03-01
ok reflect --team Northfield --score assets=4 --score redefining-work=3 --score reciprocity=3 --score social-networks=4 --score respect=5 --on 2026-09-01

step="the figures for team Northfield, worked by hand"
ok evaluate --year 2026 --team northfield --format json --identify
python3 - "$out" <<'PY' || fail "the evaluation's figures"
import json, math, sys
j = json.loads(sys.argv[1])
near = lambda a, b: abs(a - b) < 1e-6 * max(1, abs(b))
assert j["team"] == "Northfield", j["team"]
# 2026 is under way on 2026-11-23: it is evaluated to date.
assert j["period"] == {"from": "2026-01-01", "to": "2026-11-23", "days": 327}, j["period"]
r = j["reach"]
assert r["walked_alongside"]["people"] == 6 and r["walked_alongside"]["by_source"] == [{"source": "gp", "people": 6, "suppressed": False}], r
assert r["introduced"]["people"] == 1
assert (r["conversations"]["count"], r["conversations"]["people"], r["conversations"]["minutes"]) == (2, 2, 90), r["conversations"]
assert r["closures"]["by_reason"][0]["reason"] == "moved"
# Avoided: 4 weeks x 538 and 1 x 1542, at 2013/14 prices, uprated 2013 -> 2024 by the
# shipped ONS deflator (81.9 -> 111.2), weighted certain 1 and likely 0.5; the eviction
# names no price year, so it is counted and left out of the value. Sid is South's.
f = 111.2 / 81.9
avoided = 4 * 538 * f * 1.0 + 1542 * f * 0.5
a = j["avoided"]
assert near(a["value"], avoided), (a["value"], avoided)
assert a["total"]["count"] == 3 and a["not_uprated"]["count"] == 1 and a["not_uprated"]["cost"] == 6680
for line in a["lines"]:
    if line["uprating"]:
        assert near(line["value"], line["quantity"] * line["unit_cost"] * line["uprating"]["factor"] * line["weight"])
assert near(sum(b["value"] or 0 for b in a["by_budget"]), avoided)
assert [b for b in a["by_budget"] if b["budget"] == "housing"] == [{"budget": "housing", "count": 1, "people": 1, "suppressed": False, "value": None, "not_uprated": 1}]
# Contributions: 3 hours at £11.44 (2024 prices, no uprating).
contributions = 3 * 11.44
assert near(j["contributions"]["value"]["central"], contributions)
# Wellbeing: life changes 2, 1, 3, 0, 2 over five people.
w = j["wellbeing"]
life = [m for m in w["measures"] if m["measure"] == "life"][0]
d = [2, 1, 3, 0, 2]
mean = sum(d) / 5
sd = math.sqrt(sum((x - mean) ** 2 for x in d) / 4)
assert w["people"] == 5 and life["n"] == 5 and near(life["mean_change"], mean) and near(life["sd"], sd)
assert abs(life["t"] - 2.7764) < 1e-3
assert near(life["ci_low"], mean - life["t"] * sd / math.sqrt(5)) and near(life["ci_high"], mean + life["t"] * sd / math.sqrt(5))
anxious = [m for m in w["measures"] if m["measure"] == "anxious"][0]
assert near(anxious["mean_change"], -2) and anxious["sd"] == 0
assert w["loneliness"]["people"] == 5 and w["loneliness"]["by_answer"] == [{"answer": "less often lonely", "people": 5, "suppressed": False}], w["loneliness"]
wellbeing = sum(d) * 13000 * 111.2 / 90.3
assert w["wellbys"] == 8 and near(w["value"]["central"], wellbeing) and near(w["value"]["low"], 8 * 10000 * 111.2 / 90.3)
# Social return at central assumptions: deadweight and attribution 0.25, displacement
# 0.05, two years, drop-off 0.5, 3.5%; cost: only asha walked alongside anyone in 2026, so
# one coordinator for the 327 days to date at £45,000 a year.
s = j["social_return"]
cost = 45000 * 327 / 365
assert s["cost"]["coordinators"] == 1 and near(s["cost"]["value"], cost), s["cost"]
assert s["left_out"] == []
c = s["scenarios"]["central"]
gross = avoided + contributions + wellbeing
net = gross * 0.75 * 0.75 * 0.95
pv = net + net * 0.5 / 1.035
assert near(c["gross"], gross) and near(c["net_first_year"], net) and near(c["present_value"], pv), c
assert near(c["per_pound"], pv / cost)
low = s["scenarios"]["low"]
low_gross = avoided + contributions + 8 * 10000 * 111.2 / 90.3
assert near(low["present_value"], low_gross * 0.5 * 0.5 * 0.9), low
assert low["per_pound"] < c["per_pound"] < s["scenarios"]["high"]["per_pound"]
# Co-production: the team's latest reflection and its change.
(ref,) = j["reflections"]
assert ref["on"] == "2026-09-01" and near(ref["mean"], 3.8) and near(ref["mean_change"], 0.6), ref
changes = [x["change"] for x in ref["scores"]]
assert all(isinstance(c, int) for c in changes) and near(sum(changes) / len(changes), 0.6), ref["scores"]
PY

step="everyone: South's avoided crisis and Sid's wellbeing count too"
ok evaluate --year 2026 --format json --identify
python3 - "$out" <<'PY' || fail "the whole database's figures"
import json, sys
j = json.loads(sys.argv[1])
assert j["team"] is None and j["avoided"]["total"]["count"] == 4 and j["wellbeing"]["people"] == 6, j["avoided"]["total"]
assert j["social_return"]["cost"]["coordinators"] == 2
PY

step="small counts suppressed unless json with --identify"
ok evaluate --year 2026 --team Northfield --format json
python3 - "$out" <<'PY' || fail "suppression"
import json, sys
j = json.loads(sys.argv[1])
assert j["small_counts_suppressed"] is True
a = j["avoided"]
assert a["total"] == {"count": None, "people": None, "suppressed": True, "value": None}, a["total"]
assert all(l["suppressed"] and l["value"] is None for l in a["by_type"])
assert j["reach"]["walked_alongside"]["people"] == 6
assert j["reach"]["conversations"]["count"] is None
life = [m for m in j["wellbeing"]["measures"] if m["measure"] == "life"][0]
assert life["n"] == 5 and life["suppressed"] is False
# The avoided value is about three people and the contributions one: both are left out of
# the social return, so that neither can be found as the gross less the others.
assert a["value"] is None and a["line_amounts_shown"] is False and all(l["value"] is None for l in a["lines"])
assert j["social_return"]["left_out"] == ["avoided crises", "contributions"]
central = j["social_return"]["scenarios"]["central"]
assert central["avoided"] is None and central["contributions"] is None and central["wellbeing"] > 0, central
assert abs(central["gross"] - central["wellbeing"]) < 1e-6, central
PY
ok evaluate --year 2026 --team Northfield --format csv
python3 - "$out" <<'PY' || fail "csv"
import csv, io, sys
rows = list(csv.DictReader(io.StringIO(sys.argv[1])))
assert rows[0].keys() >= {"section", "figure", "key", "value", "unit", "people", "note"}
hidden = [r for r in rows if r["figure"] == "avoided value by type"]
assert hidden and all(r["value"] == "" and r["note"].startswith("suppressed") for r in hidden), hidden
per = {r["key"]: r for r in rows if r["figure"] == "value per £1"}
assert set(per) == {"low", "central", "high"} and float(per["central"]["value"]) > 0
PY
ok evaluate --year 2026 --team Northfield
expect_out_has "Year 2026 to date (2026-01-01 to 2026-11-23), team Northfield"
expect_out_has "suppressed: fewer than 5 people"
expect_out_has "of value per £1 spent"
ok evaluate --year 2026 --team Northfield --format md
expect_out_has "## Year 2026 to date (2026-01-01 to 2026-11-23), team Northfield"
expect_out_has "### Assumptions"
ok evaluate --year 2026 --format html -o "$work/eval.html"
[ "$(stat -c %a "$work/eval.html")" == 600 ] || fail "the -o file is not private"
grep -q "value per £1" "$work/eval.html" || fail "the page has no headline"

step="--identify is audited; evaluating otherwise writes nothing"
before=$(db_query "SELECT count(*) FROM audit WHERE action = 'evaluate-identified'")
[ "$before" -ge 2 ] || fail "evaluate --identify was not recorded in the audit trail"

step="the default period is the twelve months ending today"
ok evaluate --format json
python3 -c 'import json,sys; p=json.loads(sys.argv[1])["period"]; assert p=={"from":"2025-11-24","to":"2026-11-23","days":365}, p' "$out" ||
  fail "the default period"

step="bad input: one line, the right code, nothing written"
refused 64 "--identify is for --format json only" evaluate --year 2026 --identify
refused 65 "before it starts" evaluate --from 2026-06-01 --to 2026-05-01
refused 65 "no coordinator is in team 'East'" evaluate --team East
refused 64 "excludes" evaluate --year 2026 --from 2026-01-01
refused 64 "is not a year such as 2026" evaluate --year 20260
refused 64 "--year abc is not a year such as 2026" evaluate --year abc
refused 65 "2027 has not begun" evaluate --year 2027
refused 65 "the period ends after today" evaluate --from 2026-01-01 --to 2026-12-31
refused 64 "--team needs a team's name" evaluate --team ""
printf '[evaluation.deadweight]\nlow = 0.6\n' >"$work/site.toml"
refused 78 "'evaluation.deadweight.low' (0.6) must not be above central (0.25)" evaluate --config "$work/site.toml"
printf '[evaluation.attribution]\nhigh = 1.5\n' >"$work/site.toml"
refused 78 "'evaluation.attribution.high' must be a number from 0 to 1, not 1.5" evaluate --config "$work/site.toml"
printf '[evaluation.deflator]\nyears = ["2019", "2024"]\nindex = [90.3, 111.2]\n' >"$work/site.toml"
refused 78 "give its 'source' too" evaluate --config "$work/site.toml"
printf '[evaluation.deadweight]\nlow = 0.1\nsauce = 1\n' >"$work/site.toml"
refused 78 "site.toml:3: unknown key 'evaluation.deadweight.sauce'" evaluate --config "$work/site.toml"
printf '[evaluation]\nprice_year = "2031"\n' >"$work/site.toml"
refused 78 "'evaluation.price_year' is '2031', a year [evaluation.deflator] does not list" evaluate --config "$work/site.toml"
pass
