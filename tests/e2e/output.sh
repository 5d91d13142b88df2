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

pass
