#!/usr/bin/env bash
# A team's whole record moves intact (lac export all, lac import all): every report of the
# moved database is the same as the original's, and a failed move writes nothing.
. "$(dirname "$0")/lib.sh"

step="a varied record: transfers, closures, reopenings, goals, notes, every connection kind, giving, two price years, next contacts"
make_team
ok coordinator add cara --name "Cara Doyle" --team South --neighbourhood "Hillside" --capacity 40-50
ok person add "Mary O'Brien" --on 2026-06-01 --area Northfield --gifts "baking, singing" --birth-year 1948
ok person add "Tom Reid" --on 2026-06-15 --source gp
ok person add "Edith Jones" --coordinator ben --on 2026-07-01 --support introduction
ok person add "Priya Shah" --coordinator cara --on 2026-07-10
ok person add "Sam Okafor" --on 2026-07-20
ok person add "=HYPERLINK(\"x\")" --on 2026-08-01
ok person transfer Tom --to ben --on 2026-08-03
ok person transfer Tom --to cara --on 2026-09-07
ok person close Priya --reason moved --on 2026-09-01
ok person reopen Priya
ok person close Edith --reason goals-met --on 2026-11-02
for d in 2026-08-31 2026-09-08 2026-09-15 2026-09-29 2026-10-06 2026-10-13 2026-10-20 2026-10-27 2026-11-03 2026-11-10 2026-11-17; do
  ok log Mary -m "Visit on $d, with a comma" --on "$d" --at 10:30 --minutes 45
  ok log Tom -m "Call on $d" --on "$d" --mode phone --minutes 15
done
ok log Edith -m "Last visit" --on 2026-10-30 --at 16:05
ok log Sam -m "Met at the cafe" --on 2026-08-10 --by ben
ok log Priya -m "Back again" --on 2026-11-23 --at 09:00 --next +2w
ok person edit Mary --next +1m
LAC_TODAY=2026-11-17 ok person edit Tom --next 2026-11-20   # come by now, and moved as it was
ok goal add Mary "Sing in a choir again" --area community --on 2026-06-10
ok goal add Mary "Bake for the fair" --area leisure --on 2026-07-01
ok goal add Tom "Walk to the shops" --area health --on 2026-07-01
ok goal progress G1 "Went to a rehearsal" --on 2026-09-10
ok goal set G1 --status achieved --on 2026-10-01 -m "Joined the choir"
ok goal set G3 --status let-go --on 2026-10-15
ok goal progress G2 "Bought flour" --on 2026-10-20
ok asset add "Northfield Community Choir" --kind group --area Northfield --contact "0161 496 0000"
ok asset add "Repair Cafe" --kind group --notes "Saturdays"
ok connect Mary A1 --on 2026-09-10
ok connection set K1 --status engaged --on 2026-09-20
ok connection set K1 --status sustained --on 2026-10-20
ok connect Tom --peer Sam --on 2026-09-12
ok connect Mary --natural "daughter Sarah" --on 2026-08-20 --status engaged
ok connect Tom A2 --on 2026-09-01
ok connection set K4 --status ended --on 2026-10-01
ok contribute Mary "Baked for the fair" --hours 1.5 --asset A1 --on 2026-10-25
ok contribute Tom "Fixed a toaster" --hours 2 --asset "Repair Cafe" --on 2026-11-07
ok avoid Mary residential-care --quantity 26 --confidence likely --on 2026-10-01 -m "Stayed home, with support"
printf '[crisis.eviction]\nunit_cost = 7012.5\nsource = "a later price year"\n' >"$work/later.toml"
LAC_CONFIG="$work/later.toml" ok avoid Tom eviction --on 2026-11-10 -m "Arrears on a plan"
ok avoid Sam hospital-admission --on 2026-08-20
ok wellbeing Mary --life 4 --worthwhile 6 --happy 5 --anxious 7 --lonely often --on 2026-08-31 -m "A hard summer"
ok wellbeing Mary --life 7 --anxious 3 --lonely "some of the time" --on 2026-11-17
ok wellbeing Sam --life 5 --on 2026-08-10
ok person close Sam --reason declined --on 2026-09-01
ok person forget Sam --confirm

step="export all --identify: a new private directory, one file per entity"
ok export all "$work/moved" --identify
[ "$(stat -c %a "$work/moved")" == 700 ] || fail "the directory is not private"
for f in "$work"/moved/*; do [ "$(stat -c %a "$f")" == 600 ] || fail "$f is not private"; done
[ "$(ls "$work/moved" | wc -l)" -eq 12 ] || fail "expected 12 files: $(ls "$work/moved")"
expect_err_has "in 12 files to $work/moved"

step="import all into an empty database, with another config, gives every report alike"
export LAC_DB_OLD="$LAC_DB"
new=$(new_db new)
LAC_DB="$new" ok init
printf '[crisis.eviction]\nunit_cost = 1.0\n[crisis.residential-care]\nunit_cost = 2.0\n' >"$work/cheap.toml"
LAC_DB="$new" LAC_CONFIG="$work/cheap.toml" ok import all "$work/moved"
expect_err_has "imported 3 coordinators"
expect_err_has "imported 6 people"
same() {  # same ARGS…: lac ARGS gives the same stdout on both databases
  ok "$@"
  local before=$out
  LAC_DB="$new" ok "$@"
  [ "$out" == "$before" ] || fail "lac $* differs after the move: $(diff <(echo "$before") <(echo "$out") | head -5)"
}
for week in 2026-W37 2026-W38 2026-W39 2026-W40 2026-W41 2026-W42 2026-W43 2026-W44 2026-W45 2026-W46 2026-W47 2026-W48; do
  same summary --week "$week" --format json
done
same caseload --all --format json
for h in asha ben cara; do same due --coordinator "$h" --within 30 --format json; done
[ "$(LAC_DB="$new" db_query "SELECT id || '=' || next_on FROM person WHERE next_on IS NOT NULL ORDER BY id" | paste -sd' ')" == \
  "1=2026-12-23 2=2026-11-20 4=2026-12-07" ] || fail "the next contacts did not move"
for p in P1 P2 P3 P4 P5 P6; do same person show "$p" --format json; done
for e in people conversations goals connections assets contributions avoided wellbeing assignments goal_notes connection_changes coordinators; do
  same export "$e" --identify
done
same export avoided --identify --format json
expect_out_has '"unit_cost":7012.5'
same coordinator list --all --format json

step="importing the same directory again adds nothing"
LAC_DB="$new" ok import all "$work/moved"
expect_err_has "imported 0 people (6 already here)"
expect_err_has "imported 0 assignments (8 already here)"
expect_err_has "imported 0 goal notes (4 already here)"
expect_err_has "imported 0 wellbeing (2 already here)"

step="a directory without the expected files names the missing ones"
mkdir "$work/partial" && cp "$work"/moved/people.csv "$work"/moved/goals.csv "$work/partial/"
third=$(new_db third)
LAC_DB="$third" ok init
LAC_DB="$third" refused 66 "lacks coordinators.csv, assets.csv, assignments.csv" import all "$work/partial"
LAC_DB="$third" refused 66 "is not a directory" import all "$work/moved/people.csv"

step="one bad row in one file: every bad row reported, nothing written from any file"
cp -r "$work/moved" "$work/broken"
sed -i 's/^K1,2026-09-20,engaged/K1,2026-13-20,engaged/' "$work/broken/connection_changes.csv"
sed -i '2s/,1.5,/,-2,/' "$work/broken/contributions.csv"
LAC_DB="$third" bad_rows "connection_changes.csv line 3:" import all "$work/broken"
expect_err_has "contributions.csv line 2: --hours must be"
expect_err_has "2 of "
[ "$(LAC_DB="$third" db_query 'SELECT count(*) FROM person')" -eq 0 ] || fail "people were written"

step="export all refuses a directory that is there, and what it cannot write"
refused 73 "is there already" export all "$work/moved" --identify
refused 64 "leave out --from" export all "$work/x" --from 2026-01-01
refused 64 "needs a directory" export all
refused 64 "more than export people takes" export people "$work/y"
[ ! -e "$work/x" ] || fail "a refused export left a directory"

step="an entity that does not exist is a usage error listing them"
refused 64 "use one of: coordinators, assets, people, assignments" import nonsense "$work/moved/people.csv"
refused 64 "use one of: people, conversations" export nonsense
pass
