# Shared by the end-to-end tests: a private temporary world, a way to run lac in it, and
# assertions on stdout, stderr, the exit code and the database.
set -euo pipefail
LAC=${LAC:?set LAC to the lac binary}
work=$(mktemp -d "${TMPDIR:-/tmp}/lac-e2e.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
unset LAC_CONFIG LAC_USER EDITOR VISUAL
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export LAC_DB="$work/lac.db" TZ=UTC NO_COLOR=1 LAC_TODAY=2026-11-23 LAC_USER=asha
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

snapshot() { if [ -e "$LAC_DB" ]; then sqlite3 "$LAC_DB" .dump | sha256sum; else echo none; fi; }

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
