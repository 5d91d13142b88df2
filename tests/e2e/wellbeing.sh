#!/usr/bin/env bash
# Wellbeing check-ins: the ONS questions, asked on a terminal or given as options; shown
# with the ONS bands in person show; corrected; erased by forget.
. "$(dirname "$0")/lib.sh"
make_team
ok person add "Mary O'Brien" --on 2026-09-01
ok person add "Tom Reid" --on 2026-09-01

step="a check-in from options prints its reference and says the answers in the ONS's bands"
ok wellbeing Mary --life 4 --worthwhile 6 --happy 7 --anxious 8 --lonely "often or always" --on 2026-09-10 -m "A hard month"
expect_out "W1"
expect_err "life 4 (low), worthwhile 6 (medium), happy 7 (high), anxious 8 (high), lonely: often or always"
ok wellbeing Mary --life 9 --anxious 1 --lonely hardly
expect_out "W2"
expect_err "life 9 (very high), anxious 1 (very low), lonely: hardly ever"

step="person show: first, latest and change of each measure"
ok person show Mary
expect_out_has "Wellbeing (2 check-ins)"
expect_out_has "life        4 (low) on 2026-09-10 → 9 (very high) on 2026-11-23, +5"
expect_out_has "anxious     8 (high) on 2026-09-10 → 1 (very low) on 2026-11-23, -7"
expect_out_has "worthwhile  6 (medium) on 2026-09-10"
ok person show Mary --format json
python3 - "$out" <<'PY' || fail "person show json"
import json, sys
w = json.loads(sys.argv[1])["wellbeing"]
life = [c for c in w["changes"] if c["measure"] == "life"][0]
assert (life["first"], life["latest"], life["change"], life["latest_band"]) == (4, 9, 5, "very high"), life
assert [c["wellbeing"] for c in w["checkins"]] == ["W1", "W2"]
assert w["checkins"][0]["lonely"] == "often"
PY

step="bad answers: one line, exit 65, nothing written"
refused 65 "the life score must be a whole number from 0 to 10, not '11'" wellbeing Mary --life 11
refused 65 "the anxious score must be a whole number from 0 to 10, not '-1'" wellbeing Mary --anxious=-1
refused 65 "'sometimes' is not an answer to 'How often do you feel lonely?'; use one of: often, some, occasionally, hardly, never" wellbeing Mary --lonely sometimes
refused 65 "no answer given; give at least one of" wellbeing Mary
refused 65 "is in the future" wellbeing Mary --life 5 --on 2026-12-01
refused 64 "name the person" wellbeing --life 5

step="on a terminal with no answers, the questions are asked one by one; any may be skipped"
printf '7\n\nlots\n2\n\nnever\n' >"$work/answers"
script -qec "'$LAC' wellbeing Tom" /dev/null <"$work/answers" >"$work/session" 2>&1 || fail "the asked check-in failed: $(cat "$work/session")"
grep -q "Overall, how satisfied are you with your life nowadays?" "$work/session" || fail "not asked in the ONS's words: $(cat "$work/session")"
grep -q "How often do you feel lonely?" "$work/session" || fail "loneliness not asked"
grep -q "must be a whole number from 0 to 10, not 'lots'" "$work/session" || fail "a wrong answer was not asked again"
ok wellbeing list Tom --format json
[ "$(printf '%s\n' "$out" | python3 -c 'import json,sys; w=json.load(sys.stdin)[0]; print(w["life"], w["worthwhile"], w["happy"], w["anxious"], w["lonely"])')" == "7 None 2 None never" ] ||
  fail "the asked answers were not recorded as given: $out"

step="corrections: list, show, edit, delete"
ok wellbeing list Mary
expect_out_has "W1"
ok wellbeing show W1
expect_out_has "lonely      often"
ok wellbeing edit W1 --happy "" --lonely some
expect_err "updated W1: happy, lonely"
ok wellbeing show W1 --format json
expect_out_has '"happy": null'
refused 65 "no answer given" wellbeing edit W2 --life "" --anxious "" --lonely ""
refused 64 "cannot be undone; add --confirm" wellbeing delete W2
ok wellbeing delete W2 --confirm
refused 65 "there is no wellbeing check-in W2" wellbeing show W2

step="extracts: pseudonymised without the note; identified with it"
ok export wellbeing
expect_out_lacks "A hard month"
expect_out_lacks "P1"
ok export wellbeing --identify
expect_out_has "W1,P1,2026-09-10,4,6,,8,some,A hard month"

step="forget erases a person's check-ins, answers and all"
ok person close Mary --reason moved
ok person forget Mary --confirm
[ "$(db_query "SELECT count(*) FROM wellbeing WHERE person_id = 1")" -eq 0 ] || fail "check-ins kept"
# The bytes of a SQLite file (secure_delete); a PostgreSQL server keeps its own pages.
if sqlite_store; then
  python3 - "$LAC_DB" <<'PY' || fail "the note's bytes are still in the database file"
import sys
data = open(sys.argv[1], "rb").read()
assert b"A hard month" not in data
PY
fi
pass
