#!/usr/bin/env bash
# The database file: a failed init or demo leaves the path as it was; lac opens and migrates
# only its own databases; the first use after an upgrade, or an init, by several at once
# each wait their turn; a symbolic link or a device is refused.
. "$(dirname "$0")/lib.sh"

# nothing_at PATH: neither the file nor what SQLite keeps beside it.
nothing_at() {
  local f
  for f in "$1" "$1-wal" "$1-shm" "$1-journal"; do
    [ ! -e "$f" ] && [ ! -L "$f" ] || fail "$f was left behind"
  done
}

step="an init that fails on a check creates nothing"
refused 64 "who is acting: 'ben o' is not a handle" --as "Ben O" init --team Northfield
nothing_at "$LAC_DB"
LAC_USER="Ben O" refused 64 "who is acting" init
nothing_at "$LAC_DB"
refused 65 "the team holds a control character" init --team "$(printf 'North\001field')"
nothing_at "$LAC_DB"
refused 64 "who is acting" --db "$work/new/sub/lac.db" --as "Ben O" init
[ ! -e "$work/new" ] || fail "a failed init left a directory"

step="an init or demo that fails on a full disk leaves no file behind, and an existing database"
# full ARGS…: runs lac as if the disk filled up after 16 KiB: past that, a write fails.
full() {
  (trap '' XFSZ; ulimit -f 16; run "$@"; echo "$rc" >"$work/.rc")
  rc=$(cat "$work/.rc") out=$(cat "$work/.out") err=$(cat "$work/.err")
}
full --db "$work/full/lac.db" init --team Northfield
expect_rc 74
nothing_at "$work/full/lac.db"
[ ! -e "$work/full" ] || fail "a failed init left a directory"
full --db "$work/demo.db" demo --coordinators 2 --weeks 8
expect_rc 74
nothing_at "$work/demo.db"
ok init --team Northfield
before=$(snapshot)
full demo --coordinators 2 --weeks 8
expect_rc 74
[ "$(snapshot)" == "$before" ] || fail "a failed demo changed the database that was there"
: >"$work/empty.db"
chmod 644 "$work/empty.db"
full --db "$work/empty.db" init
expect_rc 74
[ -f "$work/empty.db" ] && [ ! -s "$work/empty.db" ] || fail "a failed init did not leave the empty file empty"
[ "$(stat -c %a "$work/empty.db")" == 644 ] || fail "a failed init left the empty file's mode changed"

step="another program's SQLite file is refused untouched, whatever its user_version"
for v in 0 1 2; do
  other="$work/other$v.db"
  sqlite3 "$other" "CREATE TABLE meta (key TEXT, value TEXT); CREATE TABLE person (name TEXT);
                    INSERT INTO meta VALUES ('pseudonym_key', 'x'); PRAGMA user_version = $v"
  cp "$other" "$work/copy"
  refused 65 "$other is not a lac database" --db "$other" person list
  refused 65 "$other is not a lac database" --db "$other" init
  cmp -s "$other" "$work/copy" || fail "lac changed another program's file at user_version $v"
  ! ls "$other".v* >/dev/null 2>&1 || fail "lac wrote a backup of another program's file"
done
head -c 5000 /dev/urandom >"$work/noise.db"
cp "$work/noise.db" "$work/copy"
refused 65 "$work/noise.db is not a lac database" --db "$work/noise.db" person list
cmp -s "$work/noise.db" "$work/copy" || fail "lac changed a file that is not SQLite"

step="an older lac's database, without the mark, is known by its tables and marked"
ok coordinator add asha --name "Asha Patel"
[ "$(sqlite3 "$LAC_DB" 'PRAGMA application_id')" -eq $((0x4C414331)) ] || fail "init did not mark the database"
old_lac 7 "$work/v7.db"
ok --db "$work/v7.db" coordinator list
[ "$(sqlite3 "$work/v7.db" 'PRAGMA application_id')" -eq $((0x4C414331)) ] || fail "the old database was not marked"
! ls "$work"/v7.db.v* >/dev/null 2>&1 || fail "marking alone wrote a backup"
old_lac 1 "$work/v1.template"

# at_once ARGS…: 8 lacs run with ARGS at once, each exits 0, or 69 past the busy timeout;
# the stderr of each is in $work/at_once.err.N.
at_once() {
  local i
  for i in $(seq 1 8); do
    (set +e; "$LAC" "$@" >/dev/null 2>"$work/at_once.err.$i"; echo $? >"$work/at_once.rc.$i") &
  done
  wait
  for i in $(seq 1 8); do
    rc=$(cat "$work/at_once.rc.$i") err=$(cat "$work/at_once.err.$i")
    [ "$rc" -eq 0 ] || [ "$rc" -eq 69 ] || fail "round $round: lac $* failed"
  done
}

step="8 commands at once, 20 times, on an older lac's database: one copy, of the old version"
for round in $(seq 1 20); do
  db="$work/race.db"
  rm -f "$db" "$db"-* "$db".v*
  cp "$work/v1.template" "$db"
  at_once --db "$db" person add "Someone"
  [ "$(ls "$db".v*)" == "$db.v1.bak" ] || fail "round $round: expected one backup, found: $(ls "$db".*)"
  [ "$(sqlite3 "$db.v1.bak" 'PRAGMA user_version')" -eq 1 ] || fail "round $round: the backup is not version 1"
  [ "$(stat -c %a "$db.v1.bak")" == 600 ] || fail "round $round: the backup is not private"
  [ "$(sqlite3 "$db" 'PRAGMA user_version; PRAGMA application_id' | tr '\n' ' ')" == "7 $((0x4C414331)) " ] ||
    fail "round $round: the database was not migrated and marked"
done

step="8 inits at once, 20 times, on a new path: one creates it, the rest find it"
for round in $(seq 1 20); do
  db="$work/inits/$round/lac.db"
  at_once --db "$db" init --team Northfield
  created=$(cat "$work"/at_once.err.* | grep -c "^created " || true)
  [ "$created" -eq 1 ] || fail "round $round: 'created' was printed $created times"
  [ "$(sqlite3 "$db" "SELECT value FROM meta WHERE key = 'team'")" == Northfield ] || fail "round $round: no team"
done

step="a symbolic link is refused as the database, saying why"
ln -s "$LAC_DB" "$work/link.db"
refused 73 "$work/link.db is a symbolic link; lac refuses one as its database, because a link can send" \
  --db "$work/link.db" person list
LAC_DB="$work/link.db" refused 73 "is a symbolic link" init
ln -s "$work/elsewhere.db" "$work/dangling.db"
refused 73 "is a symbolic link" --db "$work/dangling.db" init
[ ! -e "$work/elsewhere.db" ] || fail "init followed a dangling link"

step="a device is not a place for a database"
LAC_DB=/dev/null refused 73 "cannot create a database at /dev/null: not a regular file" init
pass
