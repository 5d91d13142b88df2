#!/usr/bin/env bash
# A full disk (SPEC §8; lac(1) EXIT STATUS 74): every command that writes exits 74 with one
# line, the database is as it was, and once space is freed the same command works. Shown
# twice: with an LD_PRELOAD shim that fills the disk after N bytes (tests/shim/enospc.cpp,
# $LAC_ENOSPC), at several N; and, where a filesystem can be mounted (as root, or in a user
# namespace), on a real tmpfs filled to the last block.
. "$(dirname "$0")/lib.sh"
shim=${LAC_ENOSPC:?set LAC_ENOSPC to the shim library}
make_team
ok person add "Edith Walker" --on 2026-09-01
ok person add "Tom Hughes" --on 2026-09-01
ok person add "Ruth Price" --on 2026-09-01
ok person close P3 --reason moved --on 2026-11-01
ok asset add "St Mary's Choir" --kind arts
ok log P1 -m "First visit" --on 2026-11-02
printf 'name,coordinator,opened_on\n' >people.csv
for i in $(seq 1 200); do echo "Imported $i,asha,2026-09-01"; done >>people.csv
cp "$LAC_DB" base.db
mkdir full
export LAC_DB="$work/full/lac.db"

# Every command that writes, each run by "$1" with its arguments (the database is full/lac.db).
writing_commands() {
  "$1" --db "$work/full/new.db" init --team Southfield
  "$1" --db "$work/full/demo.db" demo --coordinators 1 --weeks 2
  "$1" coordinator add cara --name "Cara Jones"
  "$1" person add "Ann Lee" --on 2026-11-01
  "$1" person edit P2 --area North
  "$1" log P1 -m "On a full disk" --minutes 20
  "$1" conversation edit C1 --minutes 45
  "$1" goal add P1 "Sing again"
  "$1" asset add "Walking group" --kind sport
  "$1" connect P1 A1
  "$1" contribute P1 "Ran the coffee morning" --hours 2
  "$1" avoid P1 eviction -m "Kept her flat"
  "$1" import people people.csv
  "$1" person forget P3 --confirm
  "$1" backup "$work/full/copy.db"
  "$1" export people --identify -o "$work/full/people.csv"
}

fresh() {
  rm -rf full/*
  cp base.db full/lac.db
}
# left_behind: what a failed command left in full/ besides the database and SQLite's files.
left_behind() { find full -mindepth 1 ! -name 'lac.db' ! -name 'lac.db-wal' ! -name 'lac.db-shm'; }

# full_then_freed ARGS…: on a full disk, lac ARGS exits 74 and changes nothing; with room, it works.
commands=0
full_then_freed() {
  fresh
  local before
  before=$(snapshot)
  full_disk run "$@"
  expect_rc 74
  [ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ] || fail "expected one line on stderr from: lac $*"
  freed
  [ -z "$(left_behind)" ] || fail "lac $* left behind: $(left_behind)"
  [ "$(snapshot)" == "$before" ] || fail "the database changed on a full disk: lac $*"
  [ "$(sqlite3 "$LAC_DB" 'PRAGMA integrity_check')" == ok ] || fail "integrity_check failed after: lac $*"
  ok "$@"
  commands=$((commands + 1))
}

if [ -n "${LAC_IN_NAMESPACE:-}" ]; then
  step="a real full filesystem: a 4 MiB tmpfs filled to its last block"
  mount -t tmpfs -o size=4m tmpfs full
  full_disk() { dd if=/dev/zero of=full/filler bs=64k >/dev/null 2>&1 || true; "$@"; }
  freed() { rm -f full/filler; }
  writing_commands full_then_freed
  echo "full disk (tmpfs): $commands writing commands, each exit 74, 0 changed, each then worked"
  rm -rf full/*
  umount full
  exit 0
fi

step="LD_PRELOAD: no room at all: every writing command exits 74, then works once there is room"
full_disk() { LD_PRELOAD=$shim LAC_FULL_DIR="$work/full" LAC_FULL_AFTER=0 "$@"; }
freed() { :; }
writing_commands full_then_freed
echo "full disk (LD_PRELOAD shim, no room): $commands writing commands, each exit 74, 0 changed, each then worked"

step="LD_PRELOAD: the disk fills part way through: 0 or 74, all or nothing"
# The records, less the trail's notes of a backup or an identified export: those are
# committed before the copy is written, so that the attempt is on record even if it fails.
records() {
  sqlite3 "$LAC_DB" .dump |
    grep -Ev "^INSERT INTO audit VALUES\([0-9]+,'[^']*','asha','(backup|export --identify)'," | sha256sum
}
# some_room ARGS…: with $room bytes of room, lac ARGS either fits (0) or exits 74 changing nothing.
fits=0 refused=0
some_room() {
  fresh
  local before
  before=$(records)
  LD_PRELOAD=$shim LAC_FULL_DIR="$work/full" LAC_FULL_AFTER=$room run "$@"
  case $rc in
    0) fits=$((fits + 1)) ;;
    74) refused=$((refused + 1))
        [ "$(records)" == "$before" ] || fail "lac $* exited 74 with $room bytes of room but changed the database" ;;
    *) fail "expected 0 or 74 from lac $* with $room bytes of room" ;;
  esac
  [ "$(sqlite3 "$LAC_DB" 'PRAGMA integrity_check')" == ok ] || fail "integrity_check failed after: lac $*"
}
for room in 1 4096 40000 200000; do writing_commands some_room; done
# forget commits, then empties the log (checkpoint): a disk that fills in between must not
# make it say "nothing was saved" (74) of an erasure that was saved.
for room in $(seq 0 2048 120000); do some_room person forget P3 --confirm; done
echo "full disk (LD_PRELOAD shim, 1 B to 200 kB of room): $((fits + refused)) runs, $fits fitted, $refused exited 74 with nothing changed"

step="a real full filesystem (tmpfs), where one can be mounted"
if unshare -rm true 2>/dev/null; then
  # The same script again, in a mount namespace of its own, where it does only this step.
  LAC_IN_NAMESPACE=1 unshare -rm bash "$0" || exit 1
else
  echo "full disk (tmpfs): skipped, no filesystem can be mounted here (no user namespaces)"
fi
pass
