#!/usr/bin/env bash
# An import stopped half way by Ctrl-C (SIGINT), SIGTERM or SIGHUP (a terminal closed, an
# SSH session dropped): exit 130, one line, nothing written; on a PostgreSQL server, where a
# first load is read into a scratch file under TMPDIR (lac-import(1)), that file is gone
# too, and with it the personal data it held.
. "$(dirname "$0")/lib.sh"
# A record big enough that its import is still running when the signal comes.
LAC_DB="$work/source.db" ok demo --coordinators 40 --weeks 104 --seed 2
LAC_DB="$work/source.db" ok export all "$work/all" --identify
ok init --team Northfield
mkdir -m 700 "$work/tmp"
before=$(snapshot)
set -m  # a background job of a script without job control would ignore SIGINT

for signal in INT TERM HUP; do
  step="SIG$signal half way through an import: exit 130, one line, nothing written, no scratch file"
  TMPDIR="$work/tmp" "$LAC" import all "$work/all" </dev/null >"$work/.out" 2>"$work/.err" &
  pid=$!
  if sqlite_store; then
    sleep 1
  else  # the first load is under way in its scratch file
    for _ in $(seq 300); do
      compgen -G "$work/tmp/lac-import.*/import.db" >/dev/null && break
      sleep 0.1
    done
    compgen -G "$work/tmp/lac-import.*/import.db" >/dev/null || fail "no scratch file appeared under TMPDIR"
    sleep 0.5
  fi
  kill "-$signal" "$pid"
  set +e
  wait "$pid"
  rc=$?
  set -e
  out=$(cat "$work/.out")
  err=$(cat "$work/.err")
  expect_rc 130
  expect_err "lac: interrupted; nothing was saved"
  [ -z "$out" ] || fail "expected nothing on stdout"
  [ "$(snapshot)" == "$before" ] || fail "the database changed"
  [ -z "$(ls -A "$work/tmp")" ] || fail "left under TMPDIR: $(ls -A "$work/tmp")"
done
set +m

step="not interrupted, the same import loads the whole record"
TMPDIR="$work/tmp" ok import all "$work/all"
expect_err_has "imported 40 coordinators (0 already here)"
ok export all "$work/again" --identify
diff -r "$work/all" "$work/again" >/dev/null || fail "the record imported differs from the one exported"
[ -z "$(ls -A "$work/tmp")" ] || fail "left under TMPDIR: $(ls -A "$work/tmp")"
pass
