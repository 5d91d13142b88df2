#!/usr/bin/env bash
# kill -9 at random moments (SPEC §8: a crash leaves the database as it was before the
# command or after it, never in between): during import, demo, migration and log, 30
# kills of each (LAC_CRASH_ROUNDS). After every kill the database passes integrity_check,
# holds all of the command's work or none of it, and the next command works. Each kill
# falls at a random moment within the time the command took when left alone; rounds go on
# until 30 kills have landed while the command ran.
. "$(dirname "$0")/lib.sh"
rounds=${LAC_CRASH_ROUNDS:-30}

now_us() { echo "${EPOCHREALTIME/./}"; }
# timed ARGS…: runs lac ARGS to the end; sets took_us.
timed() {
  local t0
  t0=$(now_us)
  ok "$@"
  took_us=$(($(now_us) - t0))
}
pause_at_random() {  # pause_at_random LIMIT_US: sleeps a random time shorter than that
  local delay=$(((RANDOM * 32768 + RANDOM) % $1))
  sleep "$((delay / 1000000)).$(printf '%06d' $((delay % 1000000)))"
}
# missed: the command ended before the kill; the next kill comes sooner (a timing taken
# while the machine was busy would otherwise leave most kills too late).
missed() { took_us=$((took_us * 3 / 4 + 1)); }
ended_by_kill() {  # ended_by_kill PID: waits for it; true if SIGKILL ended it (137)
  local status=0
  { wait "$1"; } 2>/dev/null || status=$?
  [ "$status" -eq 137 ]
}
# kill_at_random LIMIT_US ARGS…: starts lac ARGS and sends it SIGKILL at a random moment
# within LIMIT_US microseconds. Counts in `killed` the rounds it was still running.
killed=0
kill_at_random() {
  local limit=$1 pid
  shift
  "$LAC" "$@" >/dev/null 2>&1 &
  pid=$!
  pause_at_random "$limit"
  kill -9 "$pid" 2>/dev/null || true
  if ended_by_kill "$pid"; then killed=$((killed + 1)); else missed; fi
}
intact() {  # intact DB: SQLite finds nothing wrong in it
  [ "$(sqlite3 "$1" 'PRAGMA integrity_check')" == ok ] || fail "round $round: integrity_check failed on $1"
}
count() { sqlite3 "$1" "$2"; }
# figure WHAT: the rounds end once $rounds kills have landed while the command ran.
figure() {
  [ "$killed" -ge "$rounds" ] || fail "only $killed of $round kills landed while lac ran"
  echo "crash: $1: $round rounds, $killed killed while running, 0 damaged, 0 half-done"
  killed=0
}

make_team
latest=$(count "$LAC_DB" 'PRAGMA user_version')

step="kill -9 during an import of 3000 people: none or all of them, each audited"
{
  echo "name,coordinator,opened_on"
  for i in $(seq 1 3000); do echo "Person $i,asha,2026-09-01"; done
} >people.csv
cp "$LAC_DB" base.db
cp base.db timing.db
rm -f timing.db-*
timed --db "$work/timing.db" import people people.csv
for round in $(seq 1 $((rounds * 4))); do
  [ "$killed" -lt "$rounds" ] || break
  rm -f round.db round.db-*
  cp base.db round.db
  kill_at_random $((took_us)) --db "$work/round.db" import people people.csv
  intact round.db
  people=$(count round.db "SELECT count(*) FROM person")
  audited=$(count round.db "SELECT count(*) FROM audit WHERE action = 'import' AND entity = 'person'")
  [ "$people" -eq 0 ] || [ "$people" -eq 3000 ] || fail "round $round: $people people after a killed import"
  [ "$audited" -eq "$people" ] || fail "round $round: $people people imported but $audited audit rows"
  ok --db "$work/round.db" person add "After the crash" --on 2026-11-01
done
figure "import of 3000 people"

step="kill -9 during lac demo on a new file: no team or the whole team; the next demo fills it"
demo=(demo --coordinators 2 --weeks 12)
timed --db "$work/whole.db" "${demo[@]}"
whole=$(count whole.db "SELECT count(*) FROM person")
for round in $(seq 1 $((rounds * 4))); do
  [ "$killed" -lt "$rounds" ] || break
  rm -f demo.db demo.db-*
  kill_at_random "$took_us" --db "$work/demo.db" "${demo[@]}"
  people=0
  if [ -s demo.db ]; then
    intact demo.db
    people=$(count demo.db "SELECT count(*) FROM person" 2>/dev/null || echo 0)
    [ "$people" -eq 0 ] || [ "$people" -eq "$whole" ] || fail "round $round: $people people after a killed demo"
  fi
  if [ "$people" -eq 0 ]; then  # the file the killed demo left (if any) is filled by the next
    ok --db "$work/demo.db" "${demo[@]}"
    [ "$(count demo.db "SELECT count(*) FROM person")" -eq "$whole" ] || fail "round $round: the next demo was not whole"
    intact demo.db
  fi
done
figure "demo (2 coordinators, 12 weeks, $whole people)"

step="kill -9 during the migration of an older lac's database: the old schema or the new, never between"
LAC_DB="$work/whole.db" old_lac 1 v1.db
cp v1.db timing.db
rm -f timing.db-* timing.db.v*
timed --db "$work/timing.db" person list
for round in $(seq 1 $((rounds * 4))); do
  [ "$killed" -lt "$rounds" ] || break
  rm -f old.db old.db-* old.db.v*
  cp v1.db old.db
  kill_at_random $((took_us)) --db "$work/old.db" person list
  intact old.db
  version=$(count old.db 'PRAGMA user_version')
  goals=$(count old.db "SELECT count(*) FROM sqlite_schema WHERE name = 'goal'")
  case "$version $goals" in
    "1 0") [ "$(count old.db 'PRAGMA application_id')" -eq 0 ] || fail "round $round: marked but not migrated" ;;
    "$latest 1") [ "$(count old.db 'PRAGMA application_id')" -ne 0 ] || fail "round $round: migrated but not marked" ;;
    *) fail "round $round: schema version $version with $goals goal tables after a killed migration" ;;
  esac
  [ "$(count old.db "SELECT count(*) FROM person")" -eq "$whole" ] || fail "round $round: people lost"
  if [ -e old.db.v1.bak ]; then
    intact old.db.v1.bak
    [ "$(count old.db.v1.bak 'PRAGMA user_version')" -eq 1 ] || fail "round $round: the backup is not of version 1"
  fi
  ok --db "$work/old.db" person list
  [ "$(count old.db 'PRAGMA user_version')" -eq "$latest" ] || fail "round $round: the next command did not migrate"
  [ -e old.db.v1.bak ] || fail "round $round: no backup after the migration"
done
figure "migration from schema 1 ($whole people)"

step="kill -9 during 4 lac log at once: each conversation there with its audit row, or not at all"
ok person add "Mary O'Brien" --on 2026-10-01
logs() {  # starts 4 lac log at once, for round $round; their ids in pids
  local w
  pids=()
  for w in 1 2 3 4; do
    "$LAC" log P1 -m "round $round writer $w" --minutes 10 >/dev/null 2>&1 &
    pids+=($!)
  done
}
round=0
t0=$(now_us)
logs
wait
took_us=$(($(now_us) - t0))
for round in $(seq 1 $((rounds * 4))); do
  [ "$killed" -lt "$rounds" ] || break
  logs
  pause_at_random $((took_us))
  kill -9 "${pids[@]}" 2>/dev/null || true
  stopped=0
  for pid in "${pids[@]}"; do
    if ended_by_kill "$pid"; then stopped=1; fi
  done
  killed=$((killed + stopped))
  [ "$stopped" -eq 1 ] || missed
  intact "$LAC_DB"
  for w in 1 2 3 4; do
    n=$(count "$LAC_DB" "SELECT count(*) FROM conversation WHERE note = 'round $round writer $w'")
    [ "$n" -le 1 ] || fail "round $round: writer $w's conversation is there $n times"
  done
  rows=$(count "$LAC_DB" "SELECT count(*) FROM conversation")
  audited=$(count "$LAC_DB" "SELECT count(*) FROM audit WHERE entity = 'conversation' AND action = 'add'")
  [ "$rows" -eq "$audited" ] || fail "round $round: $rows conversations but $audited audit rows"
  ok log P1 -m "after round $round"
done
figure "4 lac log at once ($rows conversations stored)"
pass
