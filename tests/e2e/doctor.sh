#!/usr/bin/env bash
# lac doctor: every check passes on a healthy database; then each is broken in turn, and
# doctor names it, exits 1 where it fails, and changes nothing.
. "$(dirname "$0")/lib.sh"

# line NAME: the table line of the check NAME.
line() { printf '%s\n' "$out" | grep -E "^[a-zA-Z]+ +$1 " || true; }
expect_line() { [[ "$(line "$1")" == "$2"* ]] || fail "expected the $1 line to start: $2"; }
expect_line_has() { [[ "$(line "$1")" == *"$2"* ]] || fail "expected the $1 line to hold: $2"; }
checks="config database-mode directory-mode backups schema journal-mode integrity foreign-keys pseudonym-secret retention"

step="a missing database is exit 66, and doctor does not make one"
refused 66 "no lac database at $LAC_DB; create one with 'lac init'" doctor
[ ! -e "$LAC_DB" ] || fail "doctor created the database"

step="a healthy database: every line ok, exit 0, nothing written"
make_team
ok person add "Mary O'Brien" --on 2026-10-01
before=$(snapshot)
ok doctor
expect_no_err
for c in $checks; do expect_line "$c" "ok"; done
[ "$(printf '%s\n' "$out" | wc -l)" -eq 10 ] || fail "expected one line per check"
expect_line_has database-mode "$LAC_DB is 0600"
expect_line_has retention "no retention schedule set"
[ "$(snapshot)" == "$before" ] || fail "doctor changed the database"
[ "$(sqlite3 "$LAC_DB" "SELECT count(*) FROM audit WHERE command = 'doctor'")" -eq 0 ] || fail "doctor wrote an audit row"

step="json for monitoring"
ok --format json doctor
printf '%s' "$out" | python3 -c 'import json,sys; d = json.load(sys.stdin); assert d["ok"] is True and len(d["checks"]) == 10 and all(c["ok"] for c in d["checks"])' ||
  fail "doctor's json does not parse or is not all ok"
refused 64 "--format 'csv'" --format csv doctor

step="a database readable by others fails, and says how to mend it"
chmod 644 "$LAC_DB"
run doctor
expect_rc 1
expect_err "lac: 1 of 10 checks failed"
expect_line database-mode "FAIL"
expect_line_has database-mode "$LAC_DB is 0644, more open than 0600 ([store] group_shared = false): anyone on this host can read it; mend: chmod 600 $LAC_DB"
expect_line integrity "ok"
run --format json doctor
expect_rc 1
printf '%s' "$out" | python3 -c 'import json,sys; d = json.load(sys.stdin); assert d["ok"] is False and [c["name"] for c in d["checks"] if not c["ok"]] == ["database-mode"]' ||
  fail "the json does not show the one failed check"
chmod 600 "$LAC_DB"

step="a group-shared config wants 0660: a 0600 file is a warning, not a failure"
printf '[store]\ngroup_shared = true\n' >"$work/shared.toml"
ok --config "$work/shared.toml" doctor
expect_line_has database-mode "warn"
expect_line_has database-mode "the group cannot use it; mend: chmod 660"

step="a directory others can enter is reported"
chmod 755 "$work"
ok doctor
expect_line directory-mode "warn"
expect_line_has directory-mode "$work is 0755: others can list it"
chmod 700 "$work"

step="a migration backup beside the database is named, with how to remove it"
sqlite3 "$LAC_DB" ".backup '$work/lac.db.v1.bak'"
chmod 600 "$work/lac.db.v1.bak"
: >"$work/lac.db.vx.bak"
ok doctor
expect_line backups "warn"
expect_line_has backups "1 migration backup beside the database, holding every record as it was before a migration: $work/lac.db.v1.bak; mend: once the migrated database has been checked, remove it: rm $work/lac.db.v1.bak"
rm "$work/lac.db.v1.bak" "$work/lac.db.vx.bak"

step="a config that does not load fails its check, and the others still run"
printf '[caseload]\nstale_after_days = "soon"\n' >"$work/bad.toml"
run --config "$work/bad.toml" doctor
expect_rc 1
expect_err "lac: 1 of 10 checks failed"
expect_line config "FAIL"
expect_line_has config "bad.toml:2: 'caseload.stale_after_days' must be an integer, not a string; the other checks used the shipped defaults"
for c in database-mode schema integrity foreign-keys pseudonym-secret retention; do expect_line "$c" "ok"; done
run --config "$work/missing.toml" doctor
expect_rc 1
expect_line_has config "config file $work/missing.toml does not exist"

step="people closed longer ago than [retention] closed_years are counted"
ok person add "Old Tom" --on 2019-01-07
ok person close "Old Tom" --reason moved --on 2021-03-01
ok person add "Recent Ann" --on 2025-01-06
ok person close "Recent Ann" --reason goals-met --on 2026-01-05
printf '[retention]\nclosed_years = 1\n' >"$work/retention.toml"
run --config "$work/retention.toml" doctor
expect_rc 1
expect_line retention "FAIL"
expect_line_has retention "1 person closed before 2025-11-23, more than 1 year ago, still held ([retention] closed_years = 1)"
printf '[retention]\nclosed_years = 6\n' >"$work/retention.toml"
ok --config "$work/retention.toml" doctor
expect_line_has retention "no one closed before 2020-11-23"
printf '[retention]\nclosed_years = -1\n' >"$work/retention.toml"
run --config "$work/retention.toml" doctor
expect_line_has config "'retention.closed_years' must be from 0 to 100"

step="doctor neither migrates an older schema nor refuses a newer one"
cp "$LAC_DB" "$work/old.db"
sqlite3 "$work/old.db" "DROP TABLE reflection_score; DROP TABLE reflection; DROP TABLE wellbeing; DROP TABLE avoided; DROP TABLE contribution; DROP TABLE connection_change; DROP TABLE connection; DROP TABLE asset; DROP TABLE goal_note; DROP TABLE goal; ALTER TABLE person DROP COLUMN forgotten_on; PRAGMA user_version = 1"
ok --db "$work/old.db" doctor
expect_line schema "warn"
expect_line_has schema "schema version 1, older than this lac's 7; mend: the next lac command migrates it, first copying it to $work/old.db.v1.bak"
[ "$(sqlite3 "$work/old.db" 'PRAGMA user_version')" -eq 1 ] || fail "doctor migrated the database"
[ ! -e "$work/old.db.v1.bak" ] || fail "doctor wrote a migration backup"
cp "$LAC_DB" "$work/new.db"
sqlite3 "$work/new.db" "PRAGMA user_version = 99"
run --db "$work/new.db" doctor
expect_rc 1
expect_line_has schema "FAIL"
expect_line_has schema "schema version 99 is newer than this lac knows (7); mend: upgrade lac"
expect_line integrity "ok"

step="a journal mode other than WAL is a warning"
sqlite3 "$work/old.db" "PRAGMA journal_mode = DELETE" >/dev/null
ok --db "$work/old.db" doctor
expect_line_has journal-mode "warn"

step="a file that is not a database at all is one clear line, exit 65, and left as it was"
printf 'name,area\nMary,Northfield\n' >"$work/people.csv"
refused 65 "$work/people.csv is not a lac database (file is not a database)" --db "$work/people.csv" doctor
[ "$(cat "$work/people.csv")" == "$(printf 'name,area\nMary,Northfield')" ] || fail "doctor changed a file that is not a database"

step="broken foreign keys and a missing pseudonym secret fail"
cp "$LAC_DB" "$work/broken.db"
sqlite3 "$work/broken.db" "PRAGMA foreign_keys = OFF; INSERT INTO conversation (person_id, coordinator_id, on_date, mode, recorded_at, recorded_by) VALUES (999, 1, '2026-11-01', 'phone', 'x', 'x'); DELETE FROM meta WHERE key = 'pseudonym_key'"
run --db "$work/broken.db" doctor
expect_rc 1
expect_err "lac: 2 of 10 checks failed"
expect_line_has foreign-keys "1 row with a reference to a record that is not there (in conversation)"
expect_line_has pseudonym-secret "FAIL"
pass
