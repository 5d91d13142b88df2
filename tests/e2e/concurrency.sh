#!/usr/bin/env bash
# Many coordinators writing at once: every lac log succeeds and every row is there.
. "$(dirname "$0")/lib.sh"
make_team
ok person add "Mary O'Brien" --on 2026-10-01
ok person add "Tom Hughes" --coordinator ben --on 2026-10-01

step="8 writers x 25 conversations each, at once"
writers=8 each=25
for w in $(seq 1 $writers); do
  (
    for i in $(seq 1 $each); do
      who=$([ $((i % 2)) -eq 0 ] && echo P1 || echo P2)
      "$LAC" log "$who" -m "writer $w conversation $i" --minutes 10 >>"$work/refs.$w" 2>>"$work/errs.$w" || echo "exit $?" >>"$work/errs.$w"
    done
  ) &
done
wait
cat "$work"/errs.* >"$work/errs"
[ ! -s "$work/errs" ] || { err=$(head -5 "$work/errs"); fail "some writers failed"; }
n=$(cat "$work"/refs.* | sort -u | wc -l)
[ "$n" -eq $((writers * each)) ] || fail "expected $((writers * each)) distinct references, got $n"
rows=$(sqlite3 "$LAC_DB" "SELECT count(*) FROM conversation")
[ "$rows" -eq $((writers * each)) ] || fail "expected $((writers * each)) rows, got $rows"
audits=$(sqlite3 "$LAC_DB" "SELECT count(*) FROM audit WHERE entity = 'conversation'")
[ "$audits" -eq "$rows" ] || fail "expected an audit entry for each conversation"
[ "$(sqlite3 "$LAC_DB" 'PRAGMA integrity_check')" == ok ] || fail "integrity check failed"

step="a database held by another writer past the timeout is reported busy (69), not corrupted"
printf '[store]\nbusy_timeout_ms = 200\n' >"$work/short.toml"
{ echo "BEGIN IMMEDIATE;"; echo "SELECT 1;"; sleep 2; echo "COMMIT;"; } | sqlite3 "$LAC_DB" >/dev/null &
sleep 0.5
LAC_CONFIG="$work/short.toml" run log P1 -m "while locked"
wait
expect_rc 69
expect_err_has "is busy"
[ -z "$out" ] || fail "expected nothing on stdout"
[ "$(sqlite3 "$LAC_DB" "SELECT count(*) FROM conversation WHERE note = 'while locked'")" -eq 0 ] || fail "a busy write was half-done"
pass
