#!/usr/bin/env bash
# Where output goes: a command's output is out before what it wrote is committed, so a
# lost output saves nothing (exit 74); and -o FILE writes a report or extract to a private
# file that appears whole or not at all.
. "$(dirname "$0")/lib.sh"
make_team
ok person add "Mary O'Brien" --on 2026-10-01

# lost ARGS…: the command's stdout cannot be written: exit 74, one line, nothing saved.
lost() {
  local before
  before=$(snapshot)
  set +e
  "$LAC" "$@" </dev/null >/dev/full 2>"$work/.err"
  rc=$?
  set -e
  out="" err=$(cat "$work/.err")
  expect_rc 74
  [ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ] || fail "expected exactly one line on stderr"
  [[ "$err" == lac:* ]] || fail "expected the error to start with 'lac:'"
  [ "$(snapshot)" == "$before" ] || fail "the database changed"
}

step="a record whose reference cannot be printed is not saved"
lost log P1 -m "Talked about the allotment"
expect_err "lac: cannot write the output; nothing was saved"
lost person add "Tom Hughes" --on 2026-10-02
lost goal add P1 "Sing again" --area community --on 2026-10-05
lost coordinator add carol --name "Carol Jones"
lost asset add "St Mary's Choir" --kind arts

step="and run again, it is saved once"
ok log P1 -m "Talked about the allotment"
expect_out "C1"
ok person add "Tom Hughes" --on 2026-10-02
expect_out "P2"
ok goal add P1 "Sing again" --area community --on 2026-10-05
expect_out "G1"

step="a reader that has gone away ends lac before anything is saved"
if command -v python3 >/dev/null; then
  before=$(snapshot)
  # stdout is a pipe whose reading end is already closed: the write raises SIGPIPE.
  status=$(python3 -c 'import os, subprocess, sys
r, w = os.pipe(); os.close(r)
print(subprocess.call(sys.argv[1:], stdout=w, stdin=subprocess.DEVNULL, stderr=subprocess.DEVNULL))' \
    "$LAC" log P1 -m "Said hello")
  [ "$status" -ne 0 ] || fail "expected lac to fail writing to a closed pipe, not $status"
  [ "$(snapshot)" == "$before" ] || fail "the database changed"
fi

step="a read-only command whose output is lost exits 74"
ok export conversations
[ "$(printf '%s\n' "$out" | wc -l)" -eq 2 ] || fail "expected a header and one conversation"
lost export conversations
expect_err "lac: cannot write the output"
ok summary --week 2026-W48 --format csv
lost summary --week 2026-W48 --format csv
expect_err "lac: cannot write the output"

# -o FILE ------------------------------------------------------------------------------
ok connect P1 --peer P2 --on 2026-10-12
mkdir "$work/out"
# no_temporaries: nothing half-written is left beside the files.
no_temporaries() {
  [ -z "$(find "$work/out" -name '*.tmp-*')" ] || fail "a temporary file was left: $(ls -A "$work/out")"
}
mode() { stat -c %a "$1"; }

step="-o writes what stdout would hold, to a file private whatever the umask"
for args in "export people" "export conversations --identify" "export goals --format json" \
  "summary --week 2026-W41" "summary --week 2026-W41 --format html" "summary --from 2026-10-01 --format csv"; do
  rm -f "$work/out/report"
  # shellcheck disable=SC2086 # the words of $args are the command's
  (umask 000 && "$LAC" $args >"$work/expected" && "$LAC" $args -o "$work/out/report" >"$work/stdout")
  cmp -s "$work/expected" "$work/out/report" || fail "lac $args -o differs from its stdout"
  [ ! -s "$work/stdout" ] || fail "lac $args -o printed on stdout too"
  [ "$(mode "$work/out/report")" == 600 ] || fail "lac $args -o made a file with mode $(mode "$work/out/report")"
done
no_temporaries

step="-o with [store] group_shared: 0660, whatever the umask"
printf '[store]\ngroup_shared = true\n' >"$work/shared.toml"
(umask 077 && "$LAC" --config "$work/shared.toml" export people --output "$work/out/shared.csv")
[ "$(mode "$work/out/shared.csv")" == 660 ] || fail "group_shared made mode $(mode "$work/out/shared.csv")"

step="an existing file is replaced whole, and made private"
printf 'old\n' >"$work/out/report"
chmod 644 "$work/out/report"
ok export people -o "$work/out/report"
expect_out ""
cmp -s "$work/out/report" "$work/out/shared.csv" || fail "the file was not replaced"
[ "$(mode "$work/out/report")" == 600 ] || fail "the replaced file has mode $(mode "$work/out/report")"

step="a file that cannot be made: one line, and nothing made or changed"
printf 'kept\n' >"$work/out/kept.csv"
refused 73 "cannot create $work/missing/people.csv: no such directory" export people -o "$work/missing/people.csv"
[ ! -e "$work/missing" ] || fail "the missing directory was made"
refused 73 "cannot create $work/out: it is a directory" export people -o "$work/out"
refused 73 "is not a directory" summary -o "$work/out/kept.csv/report"
refused 64 "-o needs a file name" export people -o ""
if [ "$(id -u)" -ne 0 ]; then  # root may write anywhere
  mkdir "$work/locked" && chmod 555 "$work/locked"
  refused 77 "cannot create $work/locked/people.csv: Permission denied" export people -o "$work/locked/people.csv"
  [ -z "$(ls -A "$work/locked")" ] || fail "something was left in the unwritable directory"
fi
ok export people --help -o "$work/out/help.csv"
[ ! -e "$work/out/help.csv" ] || fail "--help made the -o file"

step="a command that fails after the file was begun leaves it as it was"
refused 65 "'someday' is not a date" export conversations --from someday -o "$work/out/kept.csv"
refused 65 "the period runs backwards" export conversations --from 2026-11-01 --to 2026-10-01 -o "$work/out/kept.csv"
refused 64 "--format 'md' is not offered here" export people --format md -o "$work/out/kept.csv"
[ "$(cat "$work/out/kept.csv")" == kept ] || fail "the file was changed"
no_temporaries

step="an extract stopped part way leaves no file: by a write that fails, a limit, or SIGTERM"
LAC_DB=$(new_db demo)
ok demo --coordinators 20 --weeks 52 --quiet
! sqlite_store || big=$(stat -c %s "$LAC_DB")
# Past `ulimit -f` a write fails with EFBIG, as on a full disk, when SIGXFSZ is ignored…
set +e
(trap '' XFSZ && ulimit -f 1024 && exec "$LAC" export conversations --identify -o "$work/out/big.csv") 2>"$work/.err"
rc=$?
set -e
err=$(cat "$work/.err")
expect_rc 74
expect_err "lac: cannot write the extract (disk full, or the reader went away)"
[ ! -e "$work/out/big.csv" ] || fail "a half-written file was left"
no_temporaries
# …and ends lac by SIGXFSZ when it is not.
set +e
(ulimit -f 1024 && exec "$LAC" export conversations --identify -o "$work/out/big.csv") 2>/dev/null
rc=$?
set -e
expect_rc $((128 + $(kill -l XFSZ)))
[ ! -e "$work/out/big.csv" ] || fail "a half-written file was left"
no_temporaries
# SIGTERM while the extract waits for the write lock its audit row needs, its file begun.
if sqlite_store; then
  coproc locker { sqlite3 "$LAC_DB"; }
  echo "BEGIN IMMEDIATE; SELECT 'locked';" >&"${locker[1]}"
else
  coproc locker { "$pg_bin/psql" -qAtX -d "$LAC_DB"; }
  echo "BEGIN; LOCK TABLE audit IN EXCLUSIVE MODE; SELECT 'locked';" >&"${locker[1]}"
fi
read -r line <&"${locker[0]}"
[ "$line" == locked ] || fail "could not lock the database"
"$LAC" export conversations --identify -o "$work/out/big.csv" 2>/dev/null &
exporter=$!
for _ in $(seq 100); do
  [ -z "$(find "$work/out" -name '*.tmp-*')" ] || break
  sleep 0.05
done
[ -n "$(find "$work/out" -name '*.tmp-*')" ] || fail "the extract did not begin its file"
kill -TERM "$exporter"
set +e
wait "$exporter"
rc=$?
set -e
echo "ROLLBACK;" >&"${locker[1]}"
exec {locker[1]}>&-
wait "$locker_PID" || true
expect_rc $((128 + $(kill -l TERM)))
[ ! -e "$work/out/big.csv" ] || fail "a half-written file was left"
no_temporaries
! sqlite_store || [ "$(stat -c %s "$LAC_DB")" -ge "$big" ] || fail "the database shrank"
ok export conversations -o "$work/out/big.csv"
[ "$(wc -l <"$work/out/big.csv")" -gt 10000 ] || fail "the whole extract was not written"

pass
