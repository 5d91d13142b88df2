#!/usr/bin/env bash
# lac backup: a whole, private, self-contained copy, taken while others write; refusals
# change nothing.
. "$(dirname "$0")/lib.sh"
make_team
ok person add "Mary O'Brien" --on 2026-10-01

step="a missing database is exit 66, and no backup file is made"
refused 66 "no lac database at $work/none.db" --db "$work/none.db" backup "$work/none-backup.db"
[ ! -e "$work/none-backup.db" ] || fail "a backup file was made of nothing"

step="a backup taken while coordinators write is whole, private and needs no -wal"
(
  for i in $(seq 1 60); do
    "$LAC" log P1 -m "written during the backup $i" --minutes 5 >/dev/null 2>>"$work/writers.err" || echo "exit $?" >>"$work/writers.err"
  done
) &
writers=$!
sleep 0.3
for n in 1 2 3; do
  ok backup "$work/during-$n.db"
  expect_out "$work/during-$n.db"
  expect_no_err
done
wait "$writers"
[ ! -s "$work/writers.err" ] || { err=$(head -3 "$work/writers.err"); fail "a writer failed while the backups ran"; }
for n in 1 2 3; do
  f="$work/during-$n.db"
  [ "$(stat -c %a "$f")" == 600 ] || fail "$f has mode $(stat -c %a "$f")"
  [ "$(sqlite3 "$f" 'PRAGMA integrity_check')" == ok ] || fail "$f fails its integrity check"
  [ "$(sqlite3 "$f" 'PRAGMA journal_mode')" == delete ] || fail "$f is not in rollback mode"
done
[ -z "$(ls -A "$work" | grep -e '\.tmp-' -e 'during-.*-wal' || true)" ] || fail "a temporary or -wal file was left"
n=$(sqlite3 "$LAC_DB" "SELECT count(*) FROM audit WHERE action = 'backup' AND actor = 'asha' AND detail = 'to=$work/during-1.db'")
[ "$n" -eq 1 ] || fail "the backup is not in the audit trail"

step="a backup is read with lac --db"
ok --db "$work/during-3.db" person list
expect_out_has "Mary O'Brien"

step="an existing file is refused without --force, and left as it was"
before=$(sha256sum <"$work/during-1.db")
refused 73 "$work/during-1.db exists; pass --force to replace it" backup "$work/during-1.db"
[ "$(sha256sum <"$work/during-1.db")" == "$before" ] || fail "a refused backup changed the file"

step="--force replaces it with the database as it is now"
ok person add "Tom Hughes" --on 2026-11-02
ok backup "$work/during-1.db" --force
expect_out "$work/during-1.db"
[ "$(sqlite3 "$work/during-1.db" "SELECT count(*) FROM person WHERE name = 'Tom Hughes'")" -eq 1 ] || fail "--force did not replace the file"
[ "$(stat -c %a "$work/during-1.db")" == 600 ] || fail "the replaced file is not private"

step="a directory, a missing directory and the database itself are refused"
refused 73 "$work is a directory; name a file in it, such as $work/lac-backup.db" backup "$work"
refused 73 "the directory $work/nowhere does not exist; create it first" backup "$work/nowhere/b.db"
[ ! -e "$work/nowhere" ] || fail "a refused backup made the directory"
refused 73 "is the database's own file" backup "$LAC_DB" --force
refused 64 "backup" backup

step="the file is private whatever the umask; group_shared makes it 0660"
umask 000
ok backup "$work/open-umask.db"
[ "$(stat -c %a "$work/open-umask.db")" == 600 ] || fail "the umask opened the backup: $(stat -c %a "$work/open-umask.db")"
printf '[store]\ngroup_shared = true\n' >"$work/shared.toml"
umask 077
ok --config "$work/shared.toml" backup "$work/shared.db"
[ "$(stat -c %a "$work/shared.db")" == 660 ] || fail "group_shared backup mode is $(stat -c %a "$work/shared.db")"
umask 022
pass
