#!/usr/bin/env bash
# lac demo: reproducible, and obeying the rules the rest of lac enforces.
. "$(dirname "$0")/lib.sh"

step="a small demo fills an empty database"
ok demo --coordinators 9 --weeks 20 --seed 42
expect_out ""
expect_err_has "demo: 9 coordinators"
[ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ] || fail "stderr is not a terminal, so no progress bar: $err"
ok summary --format json
expect_out_has '"week": "2026-W48"'
ok caseload --coordinator mary --format csv
[ "$(printf '%s\n' "$out" | wc -l)" -gt 40 ] || fail "mary should walk alongside about 50 people"

step="the same seed gives the same database; another seed another"
again=$(new_db again) other=$(new_db other)
LAC_DB="$again" ok demo --coordinators 9 --weeks 20 --seed 42
LAC_DB="$other" ok demo --coordinators 9 --weeks 20 --seed 43
for e in people conversations goals connections contributions avoided wellbeing; do
  a=$("$LAC" export "$e" --identify | sha256sum)
  b=$(LAC_DB="$again" "$LAC" export "$e" --identify | sha256sum)
  [ "$a" == "$b" ] || fail "$e differs between two runs with one seed"
done
reflections() { LAC_DB="$1" db_query "SELECT r.team, r.on_date, r.note, s.principle, s.score FROM reflection r JOIN reflection_score s ON s.reflection_id = r.id ORDER BY r.id, s.principle"; }
[ "$(reflections "$LAC_DB")" == "$(reflections "$again")" ] || fail "reflections differ between two runs with one seed"
[ "$("$LAC" summary --week 2026-W45 --format json)" == "$(LAC_DB="$again" "$LAC" summary --week 2026-W45 --format json)" ] || fail "summaries differ"
[ "$("$LAC" export conversations --identify | sha256sum)" != "$(LAC_DB="$other" "$LAC" export conversations --identify | sha256sum)" ] || fail "another seed gave the same conversations"

step="its data obeys lac's own rules"
q() { db_query "$1"; }
check() { [ "$(q "$2")" == 0 ] || fail "$1: $(q "$2")"; }
# Dates are text on both stores; the one thing the two dialects write apart here is a date's
# day number (days since 1970-01-01, a Thursday): SQLite has no date type, PostgreSQL no
# julianday(). Every other query below is SQL both engines read alike: subqueries named,
# truths as CASE … 1/0 rather than booleans, lower() before LIKE (SQLite's LIKE ignores
# ASCII case, PostgreSQL's does not).
if sqlite_store; then day() { echo "CAST(julianday($1) - julianday('1970-01-01') AS INTEGER)"; }
else day() { echo "(CAST($1 AS date) - DATE '1970-01-01')"; }; fi
weekday() { echo "(($(day "$1") + 4) % 7)"; }  # 0 Sunday … 6 Saturday, as strftime('%w')
check "conversations before opening" "SELECT count(*) FROM conversation v JOIN person p ON p.id = v.person_id WHERE v.on_date < p.opened_on"
check "conversations after closing" "SELECT count(*) FROM conversation v JOIN person p ON p.id = v.person_id WHERE v.on_date > p.closed_on"
check "conversations outside any assignment" "SELECT count(*) FROM conversation v WHERE NOT EXISTS (SELECT 1 FROM assignment a WHERE a.person_id = v.person_id AND a.from_on <= v.on_date)"
check "events in the future" "SELECT (SELECT count(*) FROM conversation WHERE on_date > '2026-11-23') + (SELECT count(*) FROM person WHERE opened_on > '2026-11-23' OR closed_on > '2026-11-23') + (SELECT count(*) FROM goal_note WHERE on_date > '2026-11-23') + (SELECT count(*) FROM avoided WHERE on_date > '2026-11-23')"
check "goals before opening" "SELECT count(*) FROM goal g JOIN person p ON p.id = g.person_id WHERE g.set_on < p.opened_on"
check "connections before opening" "SELECT count(*) FROM connection k JOIN person p ON p.id = k.person_id WHERE k.made_on < p.opened_on"
check "contributions before opening" "SELECT count(*) FROM contribution t JOIN person p ON p.id = t.person_id WHERE t.on_date < p.opened_on"
check "avoided before opening" "SELECT count(*) FROM avoided x JOIN person p ON p.id = x.person_id WHERE x.on_date < p.opened_on"
check "closures before the last conversation" "SELECT count(*) FROM person p WHERE p.closed_on < (SELECT max(on_date) FROM conversation v WHERE v.person_id = p.id)"
check "current coordinator not the latest assignment" "SELECT count(*) FROM person p WHERE p.coordinator_id <> (SELECT a.coordinator_id FROM assignment a WHERE a.person_id = p.id ORDER BY a.from_on DESC, a.id DESC LIMIT 1)"
check "two open connections with one asset or person" "SELECT count(*) FROM (SELECT person_id FROM connection WHERE kind <> 'peer' AND status <> 'ended' GROUP BY person_id, asset_id, \"natural\" HAVING count(*) > 1) AS twice"
check "two open connections between two peers" "SELECT count(*) FROM (SELECT CASE WHEN person_id < peer_id THEN person_id ELSE peer_id END AS a, CASE WHEN person_id < peer_id THEN peer_id ELSE person_id END AS b FROM connection WHERE kind = 'peer' AND status <> 'ended' GROUP BY 1, 2 HAVING count(*) > 1) AS twice"
check "peer connections made before the peer was opened" "SELECT count(*) FROM connection k JOIN person q ON q.id = k.peer_id WHERE k.made_on < q.opened_on"
check "changes in the future" "SELECT (SELECT count(*) FROM connection_change WHERE on_date > '2026-11-23') + (SELECT count(*) FROM contribution WHERE on_date > '2026-11-23') + (SELECT count(*) FROM connection WHERE made_on > '2026-11-23') + (SELECT count(*) FROM goal WHERE set_on > '2026-11-23')"
# Records spread over the week, mostly weekdays, as a team's work does; not all on Mondays.
for dated in goal:set_on goal_note:on_date connection:made_on connection_change:on_date contribution:on_date avoided:on_date conversation:on_date; do
  check "over a third of ${dated%%:*} records on one day of the week" "SELECT CASE WHEN max(n) * 3 <= sum(n) THEN 0 ELSE 1 END FROM (SELECT count(*) AS n FROM ${dated%%:*} GROUP BY $(weekday "${dated#*:}")) AS days"
done
check "check-ins before opening, after closing or in the future" "SELECT count(*) FROM wellbeing w JOIN person p ON p.id = w.person_id WHERE w.on_date < p.opened_on OR w.on_date > p.closed_on OR w.on_date > '2026-11-23'"
check "reflections in the future or off the 1-5 scale" "SELECT (SELECT count(*) FROM reflection WHERE on_date > '2026-11-23') + (SELECT count(*) FROM reflection_score WHERE score NOT BETWEEN 1 AND 5)"
check "goal changes before the goal" "SELECT count(*) FROM goal_note n JOIN goal g ON g.id = n.goal_id WHERE n.on_date < g.set_on"

step="its data reads as a team's work would"
check "'goals-met' closures with no goal achieved" "SELECT count(*) FROM person p WHERE close_reason = 'goals-met' AND NOT EXISTS (SELECT 1 FROM goal g WHERE g.person_id = p.id AND g.status = 'achieved')"
check "closed people with goals still active" "SELECT count(*) FROM person p WHERE status = 'closed' AND EXISTS (SELECT 1 FROM goal g WHERE g.person_id = p.id AND g.status = 'active')"
check "one goal's words in two life areas" "SELECT count(*) FROM (SELECT text FROM goal GROUP BY text HAVING count(DISTINCT area) > 1) AS twice"
check "the same goal set twice for one person" "SELECT count(*) FROM (SELECT 1 FROM goal GROUP BY person_id, text HAVING count(*) > 1) AS twice"
check "goals that do not fit the person's age or the season" "SELECT count(*) FROM goal g JOIN person p ON p.id = g.person_id WHERE (lower(g.text) LIKE '%grandchildren%' AND p.birth_year > 1975) OR (g.area = 'work' AND p.birth_year < 1962) OR (lower(g.text) LIKE '%this summer' AND substr(g.set_on, 6, 2) > '06')"
check "introductions with more than one goal" "SELECT count(*) FROM (SELECT 1 FROM goal g JOIN person p ON p.id = g.person_id WHERE p.support = 'introduction' GROUP BY p.id HAVING count(*) > 1) AS more"
check "open connections of people who died" "SELECT count(*) FROM connection k JOIN person p ON p.id = k.person_id WHERE p.close_reason = 'died' AND k.status <> 'ended'"
check "open connections of active people with someone who died" "SELECT count(*) FROM connection k JOIN person p ON p.id = k.peer_id JOIN person q ON q.id = k.person_id WHERE p.close_reason = 'died' AND k.status <> 'ended' AND q.status = 'active'"
start="60 * CAST(substr(at_time, 1, 2) AS INTEGER) + CAST(substr(at_time, 4, 2) AS INTEGER)"  # minutes into the day
check "a coordinator in two timed conversations at once" "SELECT count(*) FROM (SELECT $start AS start, lag($start + minutes) OVER (PARTITION BY coordinator_id, on_date ORDER BY at_time) AS previous_end FROM conversation WHERE at_time IS NOT NULL) AS timed WHERE start < previous_end"
check "a coordinator talking for more than 8.5 hours in a day" "SELECT count(*) FROM (SELECT sum(minutes) AS m FROM conversation WHERE mode <> 'message' GROUP BY coordinator_id, on_date) AS days WHERE m > 510"
check "a home visit noted as met somewhere else" "SELECT count(*) FROM conversation WHERE mode = 'home-visit' AND (lower(note) LIKE '%library%' OR lower(note) LIKE '%in town%' OR lower(note) LIKE 'video call%' OR lower(note) LIKE 'texted%' OR lower(note) LIKE '%a short call%')"
check "care-home crises avoided for people under 65 (or of unknown age)" "SELECT count(*) FROM avoided x JOIN person p ON p.id = x.person_id WHERE x.type IN ('residential-care', 'nursing-care') AND (p.birth_year IS NULL OR CAST(substr(x.on_date, 1, 4) AS INTEGER) - p.birth_year < 65)"
check "contributions at an asset the person was not connected with" "SELECT count(*) FROM contribution t WHERE t.asset_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM connection k WHERE k.person_id = t.person_id AND k.asset_id = t.asset_id AND k.made_on <= t.on_date AND (k.ended_on IS NULL OR k.ended_on >= t.on_date))"
check "conversations other than messages at the weekend" "SELECT count(*) FROM conversation WHERE mode <> 'message' AND $(weekday on_date) IN (0, 6)"
check "a contribution that names its place as well as its asset (shown as '… at ASSET')" "SELECT count(*) FROM contribution WHERE asset_id IS NOT NULL AND lower(what) LIKE '% at %'"
check "a contribution at an asset of the wrong kind" "SELECT count(*) FROM contribution t JOIN asset a ON a.id = t.asset_id WHERE lower(t.what) LIKE '%food parcels%' AND lower(a.name) NOT LIKE '%food bank'"
check "avoided crises with no evidence" "SELECT count(*) FROM avoided WHERE evidence = ''"
check "one evidence for crises of different types" "SELECT count(*) FROM (SELECT evidence FROM avoided GROUP BY evidence HAVING count(DISTINCT type) > 1) AS twice"
# Wellbeing check-ins for people walked alongside, when they start and every 13 weeks or so,
# better on average but not for everyone; a reflection per team about every quarter.
check "introductions with check-ins" "SELECT count(*) FROM wellbeing w JOIN person p ON p.id = w.person_id WHERE p.support = 'introduction'"
check "people walked alongside, seen a fortnight after they started, with no check-in" "SELECT count(*) FROM person p WHERE p.support = 'walking-alongside' AND EXISTS (SELECT 1 FROM conversation v WHERE v.person_id = p.id AND $(day v.on_date) >= $(day p.opened_on) + 14) AND NOT EXISTS (SELECT 1 FROM wellbeing w WHERE w.person_id = p.id)"
check "check-ins closer than 13 weeks" "SELECT count(*) FROM (SELECT $(day on_date) - lag($(day on_date)) OVER (PARTITION BY person_id ORDER BY on_date) AS gap FROM wellbeing) AS gaps WHERE gap < 85"
changes="SELECT (SELECT life FROM wellbeing l WHERE l.person_id = w.person_id ORDER BY on_date DESC LIMIT 1) - (SELECT life FROM wellbeing f WHERE f.person_id = w.person_id ORDER BY on_date LIMIT 1) AS d FROM wellbeing w GROUP BY person_id HAVING count(*) > 1"
check "life satisfaction no better on average" "SELECT CASE WHEN avg(d) > 0.2 THEN 0 ELSE 1 END FROM ($changes) AS changes"
check "life satisfaction better for everyone" "SELECT CASE WHEN sum(CASE WHEN d < 0 THEN 1 ELSE 0 END) > 0 THEN 0 ELSE 1 END FROM ($changes) AS changes"
check "teams with no reflection" "SELECT count(*) FROM (SELECT DISTINCT team FROM coordinator) c WHERE NOT EXISTS (SELECT 1 FROM reflection r WHERE r.team = c.team)"
check "reflections closer than 13 weeks" "SELECT count(*) FROM (SELECT $(day on_date) - lag($(day on_date)) OVER (PARTITION BY team ORDER BY on_date) AS gap FROM reflection) AS gaps WHERE gap < 85"
check "assets with no contact or notes" "SELECT count(*) FROM asset WHERE contact = '' OR notes = ''"
check "asset phone numbers outside Ofcom's drama range" "SELECT count(*) FROM asset WHERE contact NOT LIKE '0161 496 0___' OR trim(substr(contact, 11), '0123456789') <> ''"
check "no one with gifts recorded" "SELECT CASE WHEN count(*) = 0 THEN 1 ELSE 0 END FROM person WHERE gifts <> ''"
if sqlite_store; then  # the SQLite file's own checks (PostgreSQL enforces its foreign keys)
  check "integrity" "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"
  check "foreign keys" "SELECT count(*) FROM pragma_foreign_key_check"
  [ "$(q "PRAGMA journal_mode")" == wal ] || fail "the demo left the database out of WAL mode"
fi
schema() {
  if sqlite_store; then sqlite3 "$1" "SELECT type, name, sql FROM sqlite_schema ORDER BY type, name"
  else LAC_DB="$1" pg_dump_db --schema-only; fi
}
fresh=$(new_db fresh)
LAC_DB="$fresh" ok init
[ "$(schema "$LAC_DB")" == "$(schema "$fresh")" ] || fail "the demo left the schema unlike a new database's (an index missing?)"
teams=$(q "SELECT count(DISTINCT team) FROM coordinator")
[ "$teams" -eq 1 ] || fail "9 coordinators should make one team of 8-12, not $teams"
teams_db=$(new_db teams)
# Not Northfield, the demo's own first place: a name the demo would not give a team itself.
LAC_DB="$teams_db" ok init --team Eastgate
meta_at_init=$(LAC_DB="$teams_db" db_query "SELECT key || '=' || value FROM meta ORDER BY key")
init_trail=$(LAC_DB="$teams_db" db_query "SELECT id || ' ' || action FROM audit ORDER BY id")
LAC_DB="$teams_db" ok demo --coordinators 25 --weeks 1
expect_err_has "demo: 25 coordinators, "
# What lac init set stays: the team's name, the pseudonym secret (on a server the demo is
# made in a scratch file, which has its own until the server's is copied in), its trail.
[ "$(LAC_DB="$teams_db" db_query "SELECT key || '=' || value FROM meta ORDER BY key")" == "$meta_at_init" ] ||
  fail "the demo changed what lac init wrote in meta"
[ "$(LAC_DB="$teams_db" db_query "SELECT id || ' ' || action FROM audit WHERE action <> 'demo' ORDER BY id")" == "$init_trail" ] ||
  fail "the demo changed lac init's audit rows"
[ "$(LAC_DB="$teams_db" db_query "SELECT min(id) FROM audit WHERE action = 'demo'")" -gt "$(printf '%s\n' "$init_trail" | tail -1 | cut -d' ' -f1)" ] ||
  fail "the demo's audit rows do not follow lac init's"
sizes=$(LAC_DB="$teams_db" db_query "SELECT count(*) n FROM coordinator GROUP BY team ORDER BY n" | paste -sd' ')
[ "$sizes" == "8 8 9" ] || fail "25 coordinators should make three even teams, not: $sizes"
[ "$(LAC_DB="$teams_db" db_query "SELECT count(*) FROM coordinator WHERE team = 'Eastgate'")" -ge 8 ] || fail "the first team does not take the name given to lac init"
LAC_DB="$teams_db" ok coordinator list --format csv
expect_out_has "zoe,Zoë "  # a handle a coordinator can type
one_db=$(new_db one)
LAC_DB="$one_db" ok demo --coordinators 1 --weeks 1
expect_err_has "demo: 1 coordinator, "

step="the audit trail says what the demo made: its request, a row per kind of record, each team"
trail() { LAC_DB="$1" db_query "SELECT entity || ' ' || ref || ' ' || detail FROM audit WHERE action = 'demo' ORDER BY id"; }
[ "$(trail "$one_db" | head -1)" == "database $(db_name "$one_db") coordinators=1 weeks=1 seed=1" ] || fail "no request: $(trail "$one_db")"
for table in coordinator asset person assignment conversation goal connection wellbeing; do
  n=$(LAC_DB="$teams_db" db_query "SELECT count(*) FROM $table")
  trail "$teams_db" | grep -qx "$table $(db_name "$teams_db") count=$n" || fail "no row for the $n ${table}s: $(trail "$teams_db")"
done
kinds=0  # the kinds of record the demo made
for table in coordinator asset person assignment conversation goal goal_note connection connection_change contribution avoided wellbeing reflection; do
  [ "$(LAC_DB="$teams_db" db_query "SELECT count(*) FROM $table")" -eq 0 ] || kinds=$((kinds + 1))
done
[ "$(trail "$teams_db" | grep -c ' count=')" -eq "$kinds" ] ||
  fail "not one row per kind of record made: $(trail "$teams_db")"
teams=$(trail "$teams_db" | sed -n "s/^team $(db_name "$teams_db") team=//p")
[ "$teams" == "$(LAC_DB="$teams_db" db_query "SELECT team || ' coordinators=' || count(*) FROM coordinator GROUP BY team ORDER BY min(id)")" ] ||
  fail "the teams made are not in the trail: $teams"
[[ "$teams" == "Eastgate coordinators="* ]] || fail "the first team is not the one given to lac init: $teams"

# On a terminal, its progress line: tests/e2e/progress.sh.

# An interrupt (SIGINT, SIGTERM) in the middle of the fill, on a database there and on one
# the demo made: tests/e2e/progress.sh, which knows from the progress line on a terminal
# that the fill is under way.

step="a fill killed outright is rolled back (a SQLite file's by the next lac to open it, WAL put back)"
if sqlite_store; then  # the SQLite file's journal and WAL
db="$work/killed.db"
"$LAC" --db "$db" demo --coordinators 100 --weeks 104 >/dev/null 2>&1 &
pid=$!
for _ in $(seq 200); do [ -e "$db" ] && break; sleep 0.05; done
sleep 0.3
kill -KILL "$pid"
wait "$pid" || true
[ "$(sqlite3 "$db" "PRAGMA journal_mode")" == delete ] || fail "expected the killed fill to leave rollback mode (has the fill changed?)"
LAC_DB="$db" ok person list
[ "$(sqlite3 "$db" "PRAGMA journal_mode")" == wal ] || fail "the next command did not put WAL back"
[ ! -e "$db-journal" ] || fail "the killed fill's journal is still there"
[ "$(sqlite3 "$db" "SELECT count(*) FROM person")" -eq 0 ] || fail "the killed fill left people behind"
else  # on the server: lac killed in the middle of its COPYs, its transaction lost with it
killed=$(new_db killed)
LAC_DB="$killed" ok init
# Another session holds the row of lac_sequence that the fill updates once it has copied its
# coordinators, people, assignments and conversations (store/copy.cpp), so the fill waits
# there; no timing: the kill lands once the server shows lac waiting on that row.
mkfifo "$work/locker"
"$pg_bin/psql" -qAtX -d "$killed" <"$work/locker" >/dev/null &
locker=$!
exec 3>"$work/locker"
echo "BEGIN; SELECT seq FROM lac_sequence WHERE name = 'conversation' FOR UPDATE;" >&3
waiting() { LAC_DB="$killed" db_query "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND $1"; }
for _ in $(seq 200); do [ "$(waiting "query LIKE '%FOR UPDATE%' AND state = 'idle in transaction'")" -eq 1 ] && break; sleep 0.05; done
meta=$(LAC_DB="$killed" db_query "SELECT key, value FROM meta ORDER BY key")
printf '[store]\nbusy_timeout_ms = 60000\n' >"$work/patient.toml"
mkdir -m 700 "$work/tmp"
TMPDIR="$work/tmp" "$LAC" --config "$work/patient.toml" --db "$killed" demo --coordinators 2 --weeks 3 >/dev/null 2>&1 &
pid=$!
at_row="query LIKE 'UPDATE lac_sequence %conversation%' AND wait_event_type = 'Lock'"
for _ in $(seq 200); do [ "$(waiting "$at_row")" -eq 1 ] && break; sleep 0.05; done
[ "$(waiting "$at_row")" -eq 1 ] || fail "the fill never waited at conversation's lac_sequence row (has the copy changed?)"
[ "$(LAC_DB="$killed" db_query "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation JOIN pg_stat_activity a
  ON a.pid = l.pid WHERE $at_row AND c.relname = 'person' AND l.mode = 'RowExclusiveLock'")" -eq 1 ] ||
  fail "the fill waiting at conversation had not copied its people"
kill -KILL "$pid"
wait "$pid" || true
echo "COMMIT;" >&3
exec 3>&-
wait "$locker"
LAC_DB="$killed" ok person list
for table in coordinator person assignment conversation; do
  [ "$(LAC_DB="$killed" db_query "SELECT count(*) FROM $table")" -eq 0 ] || fail "the killed fill left rows in $table"
done
[ "$(LAC_DB="$killed" db_query "SELECT key, value FROM meta ORDER BY key")" == "$meta" ] || fail "the killed fill's DELETE FROM meta was kept"
# Killed outright, it could not remove its scratch file: the next lac to make one there does.
compgen -G "$work/tmp/lac-demo.$pid.*/demo.db" >/dev/null || fail "the killed fill left no scratch file (has the fill changed?)"
swept=$(new_db swept)
LAC_DB="$swept" ok init
TMPDIR="$work/tmp" LAC_DB="$swept" ok demo --coordinators 1 --weeks 2
[ -z "$(ls -A "$work/tmp")" ] || fail "the killed fill's scratch directory is still there: $(ls -A "$work/tmp")"
fi

step="a reader does not stop the demo: the fill runs in WAL, waiting for no one"
read_db=$(new_db read)
LAC_DB="$read_db" ok init
if sqlite_store; then
  { echo "BEGIN; SELECT count(*) FROM person;"; sleep 1.5; echo "COMMIT;"; } | sqlite3 "$read_db" >/dev/null &
else
  LAC_DB="$read_db" db_query "BEGIN; SELECT count(*) FROM person; SELECT pg_sleep(1.5); COMMIT" >/dev/null &
fi
sleep 0.5
LAC_DB="$read_db" ok demo --coordinators 2 --weeks 3
wait
if sqlite_store; then [ "$(sqlite3 "$read_db" "PRAGMA journal_mode")" == wal ] || fail "the demo beside a reader left WAL mode"; fi
[ "$(LAC_DB="$read_db" db_query "SELECT count(*) FROM coordinator")" -eq 2 ] || fail "the demo beside a reader did not fill"

step="it never fills a database that holds records"
refused 65 "lac demo fills only an empty database" demo --coordinators 2 --weeks 2
refused 65 "--coordinators must be a whole number from 1 to 5000, not '0'" --db "$work/new.db" demo --coordinators 0
[ ! -e "$work/new.db" ] || fail "a refused demo created a database"
refused 65 "--weeks must be a whole number from 1 to 520, not '9999'" --db "$work/new.db" demo --weeks 9999
refused 65 "--seed must be a whole number from 0 to 999999999, not '-1'" --db "$work/new.db" demo --seed -1

step="its numbers are decimal whole numbers, and every fault is a data error naming the range"
# CLI11 alone read 010 as octal (8) and 0x10 as hex (16), and gave 64 for some
# out-of-range values and 65 for others.
refused 65 "--coordinators must be a whole number from 1 to 5000, not '0x10'" --db "$work/new.db" demo --coordinators 0x10
refused 65 "--coordinators must be a whole number from 1 to 5000, not ''" --db "$work/new.db" demo --coordinators ""
refused 65 "--seed must be a whole number from 0 to 999999999, not '2147483648'" --db "$work/new.db" demo --seed 2147483648
refused 65 "--seed must be a whole number from 0 to 999999999, not '99999999999999999999'" --db "$work/new.db" demo --seed 99999999999999999999
refused 65 "--seed must be a whole number from 0 to 999999999, not 'minus'" --db "$work/new.db" demo --seed minus
refused 65 "--weeks must be a whole number from 1 to 520, not '1.5'" --db "$work/new.db" demo --weeks 1.5
[ ! -e "$work/new.db" ] || fail "a refused demo created a database"
LAC_DB=$(new_db octal) ok demo --coordinators 010 --weeks 1
expect_err_has "demo: 10 coordinators"
ok demo --help
for range in "1 to 5000" "1 to 520" "0 to 999999999"; do expect_out_has "$range"; done

asset_db=$(new_db asset)
LAC_DB="$asset_db" ok init
LAC_DB="$asset_db" ok asset add "St Mary's Community Choir" --kind arts
LAC_DB="$asset_db" refused 65 "lac demo fills only an empty database" demo --coordinators 2 --weeks 2
pass
