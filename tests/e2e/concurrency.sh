#!/usr/bin/env bash
# Many coordinators writing at once: every lac log succeeds and every row is there; on a
# server, a write that loses to a transaction outside lac is run again, a bounded number of times.
. "$(dirname "$0")/lib.sh"
make_team
ok person add "Mary O'Brien" --on 2026-10-01
ok person add "Tom Hughes" --coordinator ben --on 2026-10-01

step="16 writers x 200 conversations each, at once, while 2 readers read: 0 lost, 0 errors"
writers=16 each=200
for r in 1 2; do
  (
    n=0
    while [ ! -e "$work/stop" ]; do
      for args in "caseload --all" "summary --week 2026-W47" "person show P1"; do
        # shellcheck disable=SC2086
        "$LAC" $args >/dev/null 2>>"$work/rerrs.$r" || echo "exit $? from lac $args" >>"$work/rerrs.$r"
        n=$((n + 1))
      done
    done
    echo "$n" >"$work/reads.$r"
  ) &
done
pids=()
for w in $(seq 1 $writers); do
  (
    for i in $(seq 1 $each); do
      who=$([ $((i % 2)) -eq 0 ] && echo P1 || echo P2)
      "$LAC" log "$who" -m "writer $w conversation $i" --minutes 10 >>"$work/refs.$w" 2>>"$work/errs.$w" || echo "exit $?" >>"$work/errs.$w"
    done
  ) &
  pids+=($!)
done
wait "${pids[@]}"
touch "$work/stop"
wait
cat "$work"/errs.* "$work"/rerrs.* >"$work/errs"
errors=$(wc -l <"$work/errs")
n=$(cat "$work"/refs.* | sort -u | wc -l)
rows=$(db_query "SELECT count(*) FROM conversation")
audits=$(db_query "SELECT count(*) FROM audit WHERE entity = 'conversation' AND action = 'add' AND command = 'log'")
reads=$(cat "$work"/reads.* | paste -sd+ | bc)
echo "concurrency: $writers writers x $each logs, 2 readers: $rows of $((writers * each)) stored, $((writers * each - rows)) lost, $errors errors, $audits audited, $reads reads"
[ "$errors" -eq 0 ] || { err=$(head -5 "$work/errs"); fail "some writers or readers failed"; }
[ "$n" -eq $((writers * each)) ] || fail "expected $((writers * each)) distinct references, got $n"
[ "$rows" -eq $((writers * each)) ] || fail "expected $((writers * each)) rows, got $rows"
[ "$audits" -eq "$rows" ] || fail "expected an audit entry for each conversation"
unaudited=$(db_query "SELECT count(*) FROM conversation c WHERE NOT EXISTS (SELECT 1 FROM audit a
  WHERE a.entity = 'conversation' AND a.action = 'add' AND a.ref = 'C' || c.id AND a.actor = 'asha')")
[ "$unaudited" -eq 0 ] || fail "$unaudited conversations have no audit row of their own"
if sqlite_store; then [ "$(sqlite3 "$LAC_DB" 'PRAGMA integrity_check')" == ok ] || fail "integrity check failed"; fi

step="a database held by another writer past the timeout is reported busy (69), not corrupted"
printf '[store]\nbusy_timeout_ms = 200\n' >"$work/short.toml"
if sqlite_store; then
  { echo "BEGIN IMMEDIATE;"; echo "SELECT 1;"; sleep 2; echo "COMMIT;"; } | sqlite3 "$LAC_DB" >/dev/null &
else
  db_query "BEGIN; LOCK TABLE conversation, audit IN EXCLUSIVE MODE; SELECT pg_sleep(2); COMMIT" >/dev/null &
fi
sleep 0.5
LAC_CONFIG="$work/short.toml" run log P1 -m "while locked"
wait
expect_rc 69
expect_err_has "is busy"
[ -z "$out" ] || fail "expected nothing on stdout"
[ "$(db_query "SELECT count(*) FROM conversation WHERE note = 'while locked'")" -eq 0 ] || fail "a busy write was half-done"

if ! sqlite_store; then
  step="on a server, a write that loses to a transaction outside lac (40P01) is run again, then given up: 69"
  # A trigger fails the first e2e_failing.failures tries; nextval() counts them, as it is not rolled back.
  db_query "CREATE SEQUENCE e2e_tries; CREATE TABLE e2e_failing (failures int); INSERT INTO e2e_failing VALUES (2);
    CREATE FUNCTION e2e_lose() RETURNS trigger LANGUAGE plpgsql AS \$\$ BEGIN
      IF nextval('e2e_tries') <= (SELECT failures FROM e2e_failing) THEN
        RAISE EXCEPTION 'deadlock made by the test' USING ERRCODE = '40P01';
      END IF;
      RETURN NEW;
    END \$\$;
    CREATE TRIGGER e2e_lose BEFORE INSERT ON conversation FOR EACH ROW EXECUTE FUNCTION e2e_lose()" >/dev/null
  ok log P1 -m "after two deadlocks"
  [ "$(db_query "SELECT last_value FROM e2e_tries")" -eq 3 ] || fail "expected 3 tries"
  [ "$(db_query "SELECT count(*) FROM conversation WHERE note = 'after two deadlocks'")" -eq 1 ] || fail "expected one conversation"
  [ "$(db_query "SELECT count(*) FROM audit WHERE entity = 'conversation' AND ref = '$out'")" -eq 1 ] ||
    fail "expected one audit entry for $out"
  rows=$(db_query "SELECT count(*) FROM conversation") audits=$(db_query "SELECT count(*) FROM audit")
  db_query "SELECT setval('e2e_tries', 1, false); UPDATE e2e_failing SET failures = 1000" >/dev/null
  run log P1 -m "never saved"
  expect_rc 69
  expect_err_has "could not run this command: at each of 5 tries it collided with another transaction"
  expect_err_has "nothing was saved; run it again"
  [ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ] || fail "expected exactly one line on stderr"
  [ -z "$out" ] || fail "expected nothing on stdout"
  [ "$(db_query "SELECT last_value FROM e2e_tries")" -eq 5 ] || fail "expected 5 tries"
  [ "$(db_query "SELECT count(*) FROM conversation")" -eq "$rows" ] || fail "a conversation was saved"
  [ "$(db_query "SELECT count(*) FROM audit")" -eq "$audits" ] || fail "an audit entry was saved"
  db_query "DROP TRIGGER e2e_lose ON conversation" >/dev/null
fi
pass
