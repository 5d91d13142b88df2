#!/usr/bin/env bash
# lac copy: the whole database, history, audit trail and pseudonym secret, from a SQLite file
# to a PostgreSQL database and back, into a new target only; a refused or failed copy
# changes nothing. Needs the private PostgreSQL server (tests/postgres_cluster.sh).
. "$(dirname "$0")/lib.sh"
host=$(cat "${LAC_TEST_POSTGRES:?run through ctest, which starts the PostgreSQL server}/host")
pg() { PGOPTIONS="-c client_min_messages=warning" psql -h "$host" -U postgres -AtX -q "$@"; }
url() { echo "postgresql:///$1?host=$host&user=postgres"; }
fresh_pg() {
  pg -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1"
  dropped="${dropped:-} $1"
}
trap 'for d in ${dropped:-}; do pg -d postgres -c "DROP DATABASE IF EXISTS $d WITH (FORCE)" || true; done; rm -rf "$work"' EXIT
db=lac_e2e_copy_$$

ok demo --coordinators 3 --weeks 10 --seed 3
ok log P1 -m "Talked about the allotment: 'tomatoes' | and \"peppers\"" --minutes 20
# Text that COPY's format must escape: a backslash, a tab, line breaks, and \N itself.
ok log P1 -m $'Two lines:\n\tindented, a back\\slash, \\N and a return\r here' --minutes 5

# Every table of a SQLite database but the audit trail (which the copies add to), row for row.
tables() {
  local f=$1
  for t in $(sqlite3 "$f" "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT IN ('audit', 'sqlite_sequence') ORDER BY name"); do
    echo "== $t"
    sqlite3 "$f" "SELECT * FROM \"$t\" ORDER BY 1, 2"
  done
}
extracts() {
  for e in people conversations goals connections contributions avoided; do
    "$LAC" --db "$1" export "$e" --format csv
  done
}

step="a copy to a new file is private and holds every row, the pseudonym secret included"
ok copy --to "$work/copy.db"
expect_out "$work/copy.db"
expect_err_has "copied "
[ "$(stat -c %a "$work/copy.db")" == 600 ] || fail "the copy has mode $(stat -c %a "$work/copy.db")"
[ "$(tables "$LAC_DB")" == "$(tables "$work/copy.db")" ] || fail "the copy's rows differ from the original's"

step="SQLite to PostgreSQL and back: the same rows, ids, trail and pseudonymised extracts"
fresh_pg "$db"
ok copy --to "$(url "$db")"
expect_out "$(url "$db")"
[ "$(pg -d "$db" -c "SELECT value FROM meta WHERE key = 'pseudonym_key'")" == \
  "$(sqlite3 "$LAC_DB" "SELECT value FROM meta WHERE key = 'pseudonym_key'")" ] || fail "the secret was not copied"
ok --db "$(url "$db")" copy --to "$work/back.db"
[ "$(tables "$LAC_DB")" == "$(tables "$work/back.db")" ] || fail "the round trip changed rows"
[ "$(extracts "$LAC_DB")" == "$(extracts "$work/back.db")" ] || fail "pseudonymised extracts differ after the round trip"
# The trail came too, with the copies on it, and ids go on from the original's.
n=$(sqlite3 "$work/back.db" "SELECT count(*) FROM audit WHERE action = 'copy'")
[ "$n" -eq 3 ] || fail "expected the trail to hold 3 copies (to, from, to), found $n"
[ "$(sqlite3 "$work/back.db" "SELECT seq FROM sqlite_sequence WHERE name = 'conversation'")" == \
  "$(sqlite3 "$LAC_DB" "SELECT seq FROM sqlite_sequence WHERE name = 'conversation'")" ] || fail "the id counter moved"
ok --db "$work/back.db" log P1 -m "after the round trip" --minutes 5
ok --db "$(url "$db")" log P1 -m "on the server" --minutes 5
ok log P1 -m "on the original" --minutes 5
a=$(sqlite3 "$LAC_DB" "SELECT max(id) FROM conversation")
b=$(sqlite3 "$work/back.db" "SELECT max(id) FROM conversation")
c=$(pg -d "$db" -c "SELECT max(id) FROM conversation")
[ "$a" == "$b" ] && [ "$a" == "$c" ] || fail "a new conversation took ids $a, $b and $c in the three databases"

step="lac demo on a server is the demo of a file, copied in: the same seed, the same records"
fresh_pg "${db}_demo"
mkdir -m 700 "$work/tmp"
TMPDIR="$work/tmp" ok --db "$(url "${db}_demo")" demo --coordinators 3 --weeks 10 --seed 3
[ -z "$(ls -A "$work/tmp")" ] || fail "the demo's scratch file was left in TMPDIR"
ok --db "$work/demo.db" demo --coordinators 3 --weeks 10 --seed 3
ok --db "$(url "${db}_demo")" copy --to "$work/demo-back.db"
same() { tables "$1" | sed '/^== meta$/,/^== /{/^== /!d}'; }  # meta: each database's own secret and date
[ "$(same "$work/demo.db")" == "$(same "$work/demo-back.db")" ] || fail "the server's demo differs from the file's"
refused 65 "lac demo fills only an empty database" --db "$(url "${db}_demo")" demo --coordinators 3 --weeks 10

step="a target that exists, or holds lac's schema, is refused and nothing changes anywhere"
before=$(pg -d "$db" -c "SELECT count(*) FROM audit")
refused 73 "$work/copy.db exists; lac copy fills only a new database" copy --to "$work/copy.db"
refused 73 "$LAC_DB exists" copy --to "$LAC_DB"
refused 73 "holds a lac database already" copy --to "$(url "$db")"
[ "$(pg -d "$db" -c "SELECT count(*) FROM audit")" == "$before" ] || fail "the refused target changed"
refused 73 "the directory $work/none does not exist" copy --to "$work/none/copy.db"
refused 64 "--to" copy
refused 64 "--to needs a database" copy --to ''

step="a copy that fails part way leaves no target and changes nothing"
sqlite3 "$LAC_DB" "CREATE TABLE not_lacs (x INTEGER)"
refused 70 "has a table this lac does not know to copy: not_lacs" copy --to "$work/failed.db"
[ ! -e "$work/failed.db" ] || fail "a failed copy left its file"
fresh_pg "${db}_failed"
refused 70 "not_lacs" copy --to "$(url "${db}_failed")"
[ "$(pg -d "${db}_failed" -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")" -eq 0 ] ||
  fail "a failed copy left tables on the server"

pass
