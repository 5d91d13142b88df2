#!/usr/bin/env bash
# Teams kept apart on a PostgreSQL server (lac-server(7)): as the server login of North's
# coordinator, a South person is not there, by reference or by name, in any command that
# reads, extracts, summarises or changes; and nothing of South changes. The login is who
# acts: --as naming another is refused. Needs the private PostgreSQL server.
. "$(dirname "$0")/lib.sh"
host=$(cat "${LAC_TEST_POSTGRES:?run through ctest, which starts the PostgreSQL server}/host")
pg() { PGOPTIONS="-c client_min_messages=warning" psql -h "$host" -U postgres -AtX -q "$@"; }
db=lac_e2e_teams_$$
# Roles are the server's, shared by every database on it: named for this script.
north=tnora$$ south=tsam$$ users=lac_e2e_users_$$
cleanup() {
  pg -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true
  for r in "$north" "$south" "$users"; do pg -d postgres -c "DROP ROLE IF EXISTS $r" || true; done
  rm -rf "$work"
}
trap cleanup EXIT
pg -d postgres -c "CREATE DATABASE $db"
admin="postgresql:///$db?host=$host&user=postgres"

# The administrator (the superuser, acting for asha) sets the programme up.
ok --db "$admin" init --team North
ok --db "$admin" coordinator add "$north" --name "Nora North" --team North
ok --db "$admin" coordinator add "$south" --name "Sam South" --team South
ok --db "$admin" person add "Mary Northcott" --coordinator "$north" --area Hillside --on 2026-11-01
expect_out P1
ok --db "$admin" person add "Sid Southey" --coordinator "$south" --area Riverside --on 2026-11-01
expect_out P2
ok --db "$admin" log P1 -m "North talk" --minutes 30 --on 2026-11-20 --as "$north"
ok --db "$admin" log P2 -m "South talk about Sid's allotment" --minutes 40 --on 2026-11-20 --as "$south"
ok --db "$admin" goal add P2 "Grow tomatoes" --as "$south"
pg -d postgres -c "CREATE ROLE $users NOLOGIN" -c "CREATE ROLE $north LOGIN IN ROLE $users" \
  -c "CREATE ROLE $south LOGIN IN ROLE $users"
pg -d "$db" -c "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO $users"
as_north="postgresql:///$db?host=$host&user=$north"
as_south="postgresql:///$db?host=$host&user=$south"
unset LAC_USER
south_rows() { pg -d "$db" -c "SELECT count(*), max(recorded_at) FROM conversation WHERE person_id = 2; SELECT name, area, status FROM person WHERE id = 2; SELECT count(*) FROM goal WHERE person_id = 2"; }
before=$(south_rows)

step="North's coordinator sees their own team's person, and not South's"
ok --db "$as_north" person list
expect_out_has "Mary Northcott"
expect_out_lacks "Sid"
ok --db "$as_north" caseload
expect_out_has "Mary Northcott"
ok --db "$as_north" search allotment
expect_out_lacks "Sid"
run --db "$as_north" person show P2
expect_rc 65
run --db "$as_north" person show "Sid Southey"
expect_rc 65
run --db "$as_north" conversation list P2
expect_rc 65

step="nor in extracts and summaries"
ok --db "$as_north" export people --format csv
[ "$(printf '%s\n' "$out" | wc -l)" -eq 2 ] || fail "expected a header and one person in North's extract"
ok --db "$as_north" export conversations --format csv --identify
expect_out_has "North talk"
expect_out_lacks "South talk"
ok --db "$as_north" summary --week 2026-W47 --format json
expect_out_lacks "Sam South"
expect_out_lacks "Sid"
ok --db "$as_north" person export P1
expect_out_has "Mary Northcott"
run --db "$as_north" person export P2
expect_rc 65

step="nor to change, by reference or by name"
run --db "$as_north" log P2 -m "a note on someone else's person" --minutes 5
expect_rc 65
run --db "$as_north" log "Sid Southey" -m "by name" --minutes 5
expect_rc 65
run --db "$as_north" person close P2 --reason moved
expect_rc 65
run --db "$as_north" goal add P2 "not mine"
expect_rc 65
run --db "$as_north" person forget P2 --confirm
expect_rc 65
[ "$(south_rows)" == "$before" ] || fail "South's records changed"

step="the login acts: --as naming another is refused, and nothing is written"
run --db "$as_north" log P1 -m "as Sam" --minutes 5 --as "$south"
expect_rc 77
expect_err_has "you act as your login, $north"
ok --db "$as_north" log P1 -m "as myself" --minutes 5
[ "$(pg -d "$db" -c "SELECT recorded_by FROM conversation ORDER BY id DESC LIMIT 1")" == "$north" ] ||
  fail "the conversation was not recorded as the login's"

step="South's coordinator sees South's person"
ok --db "$as_south" person show P2
expect_out_has "Sid Southey"
run --db "$as_south" person show P1
expect_rc 65

step="forgetting on a server says what the server still keeps"
ok --db "$as_south" person close P2 --reason moved
ok --db "$as_south" person forget P2 --confirm
expect_err_has "the server keeps the old text in its dead row versions until its next VACUUM"
[ "$(pg -d "$db" -c "SELECT count(*) FROM conversation WHERE note LIKE '%allotment%'")" -eq 0 ] ||
  fail "the forgotten person's words are still in the table"

pass
