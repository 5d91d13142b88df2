#!/usr/bin/env bash
# Faults found by trying lac as an attacker and an unlucky user would: each is refused with
# one line and the right exit code, or shown, never a crash.
. "$(dirname "$0")/lib.sh"
make_team
ok person add "Edith Walker" --on 2026-09-01
ok avoid Edith eviction --on 2026-11-17 -m "kept her flat"

step="a config cost out of range or not finite is a config error naming file, line and key"
for value in 1e17 inf nan -1; do
  printf '[crisis.eviction]\nunit_cost = %s\n' "$value" >site.toml
  refused 78 "site.toml:2: 'crisis.eviction.unit_cost' must be a number from 0 to 10000000" \
    --config site.toml avoid Edith eviction
done

step="a config that is not a small regular file is refused, never waited on or read without end"
mkfifo fifo.toml
mkdir conf.d
head -c 1100000 /dev/zero | tr '\0' '#' >big.toml
python3 -c "print('a = ' + '[' * 50000 + ']' * 50000)" >deep.toml
refused 78 "config file fifo.toml is a FIFO, socket or device, not a file" --config fifo.toml person list
refused 78 "config file conf.d is a directory, not a file" --config conf.d person list
refused 78 "config file /dev/zero is a FIFO, socket or device, not a file" --config /dev/zero person list
refused 78 "config file big.toml is larger than 1 MiB" --config big.toml person list
refused 78 "deep.toml: lists or tables are nested more than 32 deep" --config deep.toml person list
LAC_CONFIG=fifo.toml refused 78 "config file fifo.toml is a FIFO" person list
LAC_CONFIG=/dev/null ok person list   # the usual way to say "no config of mine"

step="a cost already stored out of range is shown, never a crash, and JSON stays JSON"
if sqlite_store; then db_query "UPDATE avoided SET unit_cost = 9e999"   # +Inf in SQLite
else db_query "UPDATE avoided SET unit_cost = 'Infinity'"; fi
ok summary --week 2026-W47
expect_out_has "£(not a number)"
ok summary --week 2026-W47 --format json
printf '%s' "$out" | python3 -c 'import json, sys; json.load(sys.stdin)' || fail "summary json does not parse"
ok person show Edith
ok export avoided --format json
printf '%s' "$out" | python3 -c 'import json, sys; [json.loads(l) for l in sys.stdin]' ||
  fail "export json does not parse"
db_query "UPDATE avoided SET unit_cost = 1e17"
ok summary --week 2026-W47
expect_out_has "£1.000e+17"
ok person show Edith

step="a formula-like cell is defused in CSV, and an identified round trip stays exact"
ok person add "=cmd|' /C calc'!A0" --area "+Northfield" --on 2026-09-01
ok export people --identify
expect_out_has ",'=cmd|' /C calc'!A0,"
expect_out_has ",'+Northfield,"
ok export people
expect_out_has ",'+Northfield,"
ok export people --identify --format json
expect_out_has '"name":"=cmd|'"'"' /C calc'"'"'!A0"'
ok person list --format csv
expect_out_has ",'=cmd|' /C calc'!A0,"
ok export people --identify
printf '%s\n' "$out" >people.csv
if sqlite_store; then mv "$LAC_DB" first.db; else LAC_DB=$(new_db second); fi
ok init --team Northfield
ok coordinator add asha --name "Asha Patel"
ok coordinator add ben --name "Ben O'Neill" --capacity 45-55
ok import people people.csv
ok export people --identify
[ "$out" == "$(cat people.csv)" ] || fail "the round trip changed the people"
ok person show P2 --format json
expect_out_has '"name": "=cmd|'"'"' /C calc'"'"'!A0"'

step="control characters in config words are refused; stored ones are shown visibly, never sent raw"
printf '[crisis.eviction]\nlabel = "Eviction\\u001b]0;owned\\u0007"\n' >site.toml
refused 78 "site.toml:2: 'crisis.eviction.label' holds a control character; remove it" --config site.toml avoid Edith eviction
if sqlite_store; then esc=char; else esc=chr; fi  # the one word the two dialects spell apart
db_query "UPDATE person SET name = 'Edith' || $esc(27) || ']0;owned' || $esc(7) || $esc(27) || '[2J' WHERE id = 1"
raw_escape() { printf '%s' "$out$err" | grep -q $'\x1b\|\x07'; }
for args in "person show P1" "person list" "caseload --all" "person show P1 --format json"; do
  # shellcheck disable=SC2086
  ok $args
  raw_escape && fail "a raw control character reached the terminal from: lac $args"
done
ok person show P1
expect_out_has 'Edith\x1b]0;owned\x07\x1b[2J'
ok person list --format json
expect_out_has 'Edith\u001b]0;owned\u0007'
ok export people --identify   # CSV is data, by default as with --format csv: the bytes as stored
printf '%s' "$out" | grep -q $'Edith\x1b]0;owned\x07' || fail "the CSV extract changed the stored bytes"
run log P1 -m x --mode $'fo\x1bne'
expect_rc 65
raw_escape && fail "a raw control character reached stderr"
expect_err_has "'fo\x1bne' is not a mode"

step="a whole number far too long for any type is refused, naming the option"
refused 65 "--minutes must be a whole number from 0 to 1440, not '99999999999999999999'" \
  log Edith -m "x" --minutes 99999999999999999999
pass
