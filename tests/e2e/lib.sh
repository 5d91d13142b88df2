# Shared by the end-to-end tests: a private temporary world, a way to run lac in it, and
# assertions on stdout, stderr, the exit code and the database.
set -euo pipefail
LAC=${LAC:?set LAC to the lac binary}
work=$(mktemp -d "${TMPDIR:-/tmp}/lac-e2e.XXXXXX")
# The store the script runs on (tests/README.md): sqlite (a file in $work), or postgresql
# (LAC_TEST_STORE=postgresql, LAC_TEST_POSTGRES the state directory of
# tests/postgres_cluster.sh): databases of its own on that private server, made by new_db.
LAC_TEST_STORE=${LAC_TEST_STORE:-sqlite}
pg_bin=/usr/lib/postgresql/15/bin
# Every database of this script is named pg_prefix…, so that cleanup finds them all.
pg_prefix="lac_e2e_$(basename "$0" .sh)_$$_"
sqlite_store() { [ "$LAC_TEST_STORE" == sqlite ]; }
# cleanup: removes $work and this script's PostgreSQL databases. Run on exit, whether the
# script passed or not; a script that sets its own EXIT trap calls it from there.
cleanup() {
  rm -rf "$work"
  sqlite_store || [ -z "${pg_admin:-}" ] || "$pg_bin/psql" -qAtX -d "$pg_admin" -c "SELECT datname FROM pg_database
    WHERE datname LIKE '${pg_prefix}%'" 2>/dev/null | while read -r name; do
    "$pg_bin/psql" -qAtX -d "$pg_admin" -c "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" >/dev/null 2>&1 || true
  done
}
trap cleanup EXIT
case $LAC_TEST_STORE in
  sqlite) ;;
  postgresql)
    state=${LAC_TEST_POSTGRES:?LAC_TEST_STORE=postgresql needs LAC_TEST_POSTGRES, the state directory of tests/postgres_cluster.sh}
    [ -s "$state/url" ] && [ -s "$state/host" ] || { echo "no PostgreSQL test server: $state/url is missing" >&2; exit 1; }
    pg_admin=$(cat "$state/url")
    pg_host=$(cat "$state/host")
    ;;
  *) echo "LAC_TEST_STORE is sqlite or postgresql, not '$LAC_TEST_STORE'" >&2; exit 1 ;;
esac
# new_db NAME: prints a new, empty database for lac to make with init: the file
# $work/NAME.db (not yet there) on SQLite; a new database on the PostgreSQL server, its URL.
new_db() {
  if sqlite_store; then
    echo "$work/$1.db"
  else
    local name="$pg_prefix$1"
    "$pg_bin/psql" -qAtX -v ON_ERROR_STOP=1 -d "$pg_admin" -c "CREATE DATABASE \"$name\"" >/dev/null ||
      { echo "could not create the database $name" >&2; exit 1; }
    echo "postgresql:///$name?host=$pg_host&user=postgres"
  fi
}
# db_name DB: the name lac gives the database DB in what it says: a file's name; a server's
# database's name.
db_name() {
  if sqlite_store; then basename "$1"; else local name=${1#postgresql:///}; echo "${name%%\?*}"; fi
}
cd "$work"
unset LAC_CONFIG LAC_USER EDITOR VISUAL
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
LAC_DB=$(new_db lac)
export LAC_DB TZ=UTC NO_COLOR=1 LAC_TODAY=2026-11-23 LAC_USER=asha
mkdir -p "$HOME"
step="start"

# run ARGS…: runs lac with stdin from /dev/null; sets out, err, rc.
run() {
  set +e
  "$LAC" "$@" <"${stdin:-/dev/null}" >"$work/.out" 2>"$work/.err"
  rc=$?
  set -e
  out=$(cat "$work/.out")
  err=$(cat "$work/.err")
}
# feed TEXT ARGS…: runs lac with TEXT on stdin.
feed() {
  local text=$1
  shift
  printf '%s' "$text" >"$work/.in"
  stdin="$work/.in" run "$@"
}

fail() {
  {
    echo "FAIL at step: $step"
    echo "  $*"
    echo "  exit code: $rc"
    echo "  stdout: $out"
    echo "  stderr: $err"
  } >&2
  exit 1
}
expect_rc() { [ "$rc" -eq "$1" ] || fail "expected exit code $1"; }
expect_out() { [ "$out" == "$1" ] || fail "expected stdout: $1"; }
expect_out_has() { [[ "$out" == *"$1"* ]] || fail "expected stdout to contain: $1"; }
expect_out_lacks() { [[ "$out" != *"$1"* ]] || fail "expected stdout not to contain: $1"; }
expect_err() { [ "$err" == "$1" ] || fail "expected stderr: $1"; }
expect_err_has() { [[ "$err" == *"$1"* ]] || fail "expected stderr to contain: $1"; }
expect_no_err() { [ -z "$err" ] || fail "expected nothing on stderr"; }

# ok ARGS…: the command succeeds; stdout is then in $out.
ok() {
  run "$@"
  [ "$rc" -eq 0 ] || fail "expected success from: lac $*"
}

# db_query SQL: runs SQL on the database $LAC_DB (whichever store), printing rows as the
# sqlite3 shell does by default: columns separated by |, no header.
db_query() {
  if sqlite_store; then
    sqlite3 "$LAC_DB" "$1"
  else
    "$pg_bin/psql" -qAtX -F'|' -v ON_ERROR_STOP=1 -d "$LAC_DB" -c "$1"
  fi
}

# pg_dump_db [OPTION…]: the PostgreSQL database $LAC_DB as pg_dump writes it, the same text
# for the same database. pg_dump since 15.14 brackets its dump with \restrict KEY and
# \unrestrict KEY, a random KEY each time (--restrict-key is not in older 15s): those two
# lines are left out.
pg_dump_db() {
  "$pg_bin/pg_dump" --no-owner --no-privileges "$@" -d "$LAC_DB" | grep -v '^\\\(un\)\?restrict '
}

# snapshot: a digest of the whole database $LAC_DB, schema and data ("none" for no file).
snapshot() {
  if ! sqlite_store; then
    pg_dump_db | sha256sum
  elif [ -e "$LAC_DB" ]; then
    sqlite3 "$LAC_DB" .dump | sha256sum
  else
    echo none
  fi
}

# refused CODE 'stderr fragment' ARGS…: the command fails with CODE, says one line on
# stderr that holds the fragment, prints nothing on stdout, and changes nothing.
refused() {
  local code=$1 fragment=$2
  shift 2
  local before
  before=$(snapshot)
  run "$@"
  expect_rc "$code"
  expect_err_has "$fragment"
  [ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ] || fail "expected exactly one line on stderr"
  [[ "$err" == lac:* ]] || fail "expected the error to start with 'lac:'"
  [ -z "$out" ] || fail "expected nothing on stdout"
  [ "$(snapshot)" == "$before" ] || fail "the database changed"
}

# bad_rows 'stderr fragment' ARGS…: an import refused for its rows: exit 65, one line per
# bad row and a summary line, nothing on stdout, nothing changed.
bad_rows() {
  local fragment=$1
  shift
  local before
  before=$(snapshot)
  run "$@"
  expect_rc 65
  expect_err_has "$fragment"
  expect_err_has "nothing was imported"
  [ -z "$out" ] || fail "expected nothing on stdout"
  [ "$(snapshot)" == "$before" ] || fail "the database changed"
}

# A database with two coordinators.
make_team() {
  ok init --team Northfield
  ok coordinator add asha --name "Asha Patel"
  ok coordinator add ben --name "Ben O'Neill" --capacity 45-55
}

# old_lac VERSION COPY: a copy of $LAC_DB as lac at schema VERSION left it, before lac
# marked its databases (application_id).
old_lac() {
  cp "$LAC_DB" "$2"
  if [ "$1" -lt 7 ]; then sqlite3 "$2" "ALTER TABLE person DROP COLUMN next_on"; fi
  if [ "$1" -lt 6 ]; then sqlite3 "$2" "DROP TABLE person_name_part; DROP TABLE asset_name_part"; fi
  if [ "$1" -lt 5 ]; then sqlite3 "$2" "DROP TABLE reflection_score; DROP TABLE reflection"; fi
  if [ "$1" -lt 4 ]; then sqlite3 "$2" "DROP TABLE wellbeing"; fi
  if [ "$1" -lt 3 ]; then sqlite3 "$2" "ALTER TABLE person DROP COLUMN forgotten_on"; fi
  if [ "$1" -eq 1 ]; then
    sqlite3 "$2" "DROP TABLE avoided; DROP TABLE contribution; DROP TABLE connection_change;
                  DROP TABLE connection; DROP TABLE asset; DROP TABLE goal_note; DROP TABLE goal"
  fi
  sqlite3 "$2" "PRAGMA user_version = $1; PRAGMA application_id = 0"
}

# unreadable ARGS…: lac, run by someone who may not read the database (nobody, where the
# tests run as root, who reads anything; else the database made unreadable), fails with 77,
# "cannot read" and nothing on stdout.
unreadable() {
  set +e
  if [ "$(id -u)" -eq 0 ]; then
    # nobody may pass through to the 0600 database, and not read it; lac is linked (or copied)
    # beside it, as the build directory may be where nobody may go.
    chmod 711 "$work"
    ln "$LAC" "$work/.lac" 2>/dev/null || install -m 755 "$LAC" "$work/.lac"
    setpriv --reuid=65534 --regid=65534 --clear-groups "$work/.lac" "$@" >"$work/.out" 2>"$work/.err"
  else
    chmod 000 "$LAC_DB"
    "$LAC" "$@" >"$work/.out" 2>"$work/.err"
  fi
  rc=$?
  set -e
  chmod 700 "$work"
  chmod 600 "$LAC_DB"
  out=$(cat "$work/.out")
  err=$(cat "$work/.err")
  expect_rc 77
  expect_err_has "cannot read $LAC_DB"
  [ -z "$out" ] || fail "expected nothing on stdout"
}

pass() { echo "ok: $(basename "$0")"; }
