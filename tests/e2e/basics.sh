#!/usr/bin/env bash
# Start-up, init, files, identity, config and the exit codes for wrong usage.
. "$(dirname "$0")/lib.sh"

step="--version and --help never touch the database"
export LAC_DB="$work/nowhere/lac.db"
ok --version
expect_out "lac 0.1.0"
ok --help
expect_out_has "caseload"
ok person add --help
expect_out_has "--coordinator"
ok log --help  # a day's options say what they take
expect_out_has "--on DATE"
expect_out_has "--next DATE"
[ ! -e "$work/nowhere" ] || fail "--help created files"

step="a PostgreSQL URL is a server's database, never a file of its name"
# No server answers on a socket directory that does not exist: 69, in one line, no password.
refused 69 "cannot reach the PostgreSQL database lac on $work/nowhere port 5432 as lac" \
  --db "postgresql://lac:secret@/lac?host=$work/nowhere" init --team North
[ ! -e "$work/postgresql:" ] || fail "a URL made a local file"
[[ "$err" != *secret* ]] || fail "the password was shown"
LAC_DB="postgres:///lac?host=$work/nowhere" refused 69 "check that the server runs" person list
[ ! -e "$work/postgres:" ] || fail "a URL made a local file"
step="a malformed URL is a configuration error"
refused 78 "is not a PostgreSQL URL libpq can read" --db "postgresql://lac:secret@/lac?nosuchoption=1" person list
[[ "$err" != *secret* ]] || fail "the password was shown"
step="lac config list shows a database URL without its password"
LAC_DB="postgresql://lac:secret@db.example/lac" ok config list
expect_out_has "postgresql://lac@db.example/lac"
expect_out_lacks "secret"

step="a command before init says how to start"
refused 66 "create one with 'lac init'" person list

step="init creates a private database, and only once"
export LAC_DB="$work/lac.db"
ok init --team Northfield
expect_err_has "created"
[ "$(stat -c %a "$LAC_DB")" == 600 ] || fail "database mode is $(stat -c %a "$LAC_DB")"
ok init
expect_err_has "already exists; nothing changed"

step="the database path follows --db > LAC_DB > config > XDG"
ok --db "$work/other.db" init
[ -e "$work/other.db" ] || fail "--db was not used"
mkdir -p "$XDG_CONFIG_HOME/lac"
printf '[store]\npath = "%s"\n' "$work/fromconfig.db" >"$XDG_CONFIG_HOME/lac/config.toml"
(unset LAC_DB; "$LAC" init 2>/dev/null) || fail "init through the config path failed"
[ -e "$work/fromconfig.db" ] || fail "[store] path was not used"
rm "$XDG_CONFIG_HOME/lac/config.toml"
(unset LAC_DB; "$LAC" init 2>/dev/null)
[ -e "$XDG_DATA_HOME/lac/lac.db" ] || fail "the XDG default was not used"
[ "$(stat -c %a "$XDG_DATA_HOME/lac")" == 700 ] || fail "the data directory is not private"

step="an empty file is not a database; init makes it a private one"
: >"$work/empty.db"
chmod 644 "$work/empty.db"
refused 66 "is an empty file, not a lac database" --db "$work/empty.db" person list
printf 'name,area\nMary,Northfield\n' >"$work/people.csv"
refused 65 "$work/people.csv is not a lac database (file is not a database); check the path given with --db or \$LAC_DB" --db "$work/people.csv" person list
[ "$(cat "$work/people.csv")" == "$(printf 'name,area\nMary,Northfield')" ] || fail "lac changed a file that is not its database"

step="a directory given as --db is named as such, with a file to give instead"
mkdir "$work/dir"
refused 66 "$work/dir is a directory, not a lac database; pass a file in it with --db, such as $work/dir/lac.db" --db "$work/dir" person list
refused 73 "$work/dir is a directory, not a lac database; pass a file in it with --db, such as $work/dir/lac.db" --db "$work/dir" init
[ -z "$(ls -A "$work/dir")" ] || fail "a refused init wrote into the directory"

step="an empty --db, --config or --as is refused, not read as the default or the next word"
refused 64 "--db: needs a value, not ''; see 'lac --help'" --db "" person list
refused 64 "--as: needs a value, not ''" --as "" person list
refused 64 "--config: needs a value, not ''" --config "" person list
(cd "$work/dir" && refused 64 "'--db=' has no value after the '='; give one, as in '--db VALUE'" --db= init)
[ -z "$(ls -A "$work/dir")" ] || fail "'lac --db= init' wrote a file"
refused 64 "'--minutes=' has no value after the '='" log P1 -m x --minutes= 5
ok --db "$work/empty.db" init --team Empty
expect_err_has "created"
[ "$(stat -c %a "$work/empty.db")" == 600 ] || fail "init left the empty file readable by others"
ok --db "$work/empty.db" coordinator add zoe --name Z
ok --db "$work/empty.db" coordinator list --format csv
expect_out_has ",Empty,"

step="group_shared makes the file 0660"
printf '[store]\ngroup_shared = true\n' >"$work/shared.toml"
ok --config "$work/shared.toml" --db "$work/shared.db" init
[ "$(stat -c %a "$work/shared.db")" == 660 ] || fail "group_shared database mode is $(stat -c %a "$work/shared.db")"

step="usage errors exit 64 with one line"
ok coordinator add asha --name "Asha Patel"
refused 64 "did you mean 'log'?" lgo P1
refused 64 "did you mean 'person'?" persn list
refused 64 "'ad' is not a 'lac person' command (did you mean 'add'?); see 'lac person --help'" person ad Mary
refused 64 "'lst' is not a 'lac coordinator' command (did you mean 'list'?); see 'lac coordinator --help'" --format csv coordinator lst
refused 64 "--name" coordinator add zed
refused 64 "lac coordinator add --help" coordinator add
refused 64 "--bogus" person list --bogus
refused 64 "--format 'xml'" person list --format xml
refused 64 "" caseload --all --team Northfield

step="a mistyped option or an unquoted name gets a hint; lac help COMMAND shows its help"
refused 64 "unknown option '--minuts' (did you mean '--minutes'?); see 'lac log --help'" log P1 -m x --minuts 5
refused 64 "; put a name or note with spaces in quotes; see 'lac person add --help'" person add Zoë Ångström
refused 64 "lac: 'extra' was not expected; 'lac coordinator list' takes only options; see 'lac coordinator list --help'" coordinator list extra
refused 64 "lac: 'Smith Jones' were not expected; put a name or note with spaces in quotes" person add Mary Smith Jones
refused 64 "lac: --minutes is given more than once; see 'lac log --help'" log P1 -m x --minutes 5 --minutes 6
refused 64 "lac: --minutes needs a value; see 'lac log --help'" log P1 -m x --minutes
refused 64 "unknown option '--bogus'; see 'lac person list --help'" person list --bogus
refused 64 "'lgo' is not a lac command (did you mean 'log'?); see 'lac --help'" lgo P1
ok help log
expect_out_has "Usage: lac log"
expect_out_has "Global options (see 'lac --help'): --db DB, --config FILE"

step="config errors exit 78 naming file, line and key"
printf '[caseload]\nstale_after_days = "soon"\n' >"$work/bad.toml"
refused 78 "bad.toml:2: 'caseload.stale_after_days' must be an integer, not a string" --config "$work/bad.toml" person list
printf '[store]\n\npathh = "x"\n' >"$work/bad2.toml"
LAC_CONFIG="$work/bad2.toml" refused 78 "bad2.toml:3: unknown key 'store.pathh' (did you mean 'store.path'?)" person list
refused 66 "does not exist" --config "$work/missing.toml" person list

step="config get, list and path"
printf '[caseload]\nstale_after_days = 14\n' >"$work/site.toml"
ok --config "$work/site.toml" config get caseload.stale_after_days
expect_out 14
ok config get caseload.stale_after_days
expect_out 28
ok config get store.path
expect_out "$LAC_DB"  # the database in effect, as commands use it
ok config list
expect_out_has 'vocab.modes = ["in-person", "home-visit", "community", "phone", "video", "message"]  # default'
expect_out_has "crisis.residential-care.unit_cost = 538.0  # default"
refused 64 "did you mean 'caseload.capacity_max'?" config get caseload.capacity_mx
ok --config "$work/site.toml" config path
expect_out "$work/site.toml"

step="config list: each value in effect, and where it came from"
printf '[caseload]\nstale_after_days = 14\n[vocab]\nmodes = ["walk-and-talk"]\n' >"$work/site.toml"
ok --config "$work/site.toml" config list
expect_out_has "caseload.stale_after_days = 14  # from $work/site.toml (--config)"$'\n'
expect_out_has "caseload.capacity_max = 60  # default"$'\n'
expect_out_has "store.path = \"$LAC_DB\"  # from \$LAC_DB"$'\n'
expect_out_has "user.handle = \"asha\"  # from \$LAC_USER"$'\n'
expect_out_has "vocab.modes = [\"in-person\", \"home-visit\", \"community\", \"phone\", \"video\", \"message\", \"walk-and-talk\"]  # default, extended by $work/site.toml (--config)"
[ "$(printf '%s\n' "$out" | grep -vc '  # ')" -eq 0 ] || fail "a line without its origin"
LAC_CONFIG="$work/site.toml" ok --db "$work/none.db" --as Ben config list
expect_out_has "caseload.stale_after_days = 14  # from $work/site.toml (\$LAC_CONFIG)"$'\n'
expect_out_has "store.path = \"$work/none.db\"  # from --db"$'\n'
expect_out_has "user.handle = \"ben\"  # from --as"$'\n'
[ ! -e "$work/none.db" ] || fail "config list created the database"
mkdir -p "$XDG_CONFIG_HOME/lac"
printf '[store]\npath = "%s"\n[user]\nhandle = "cal"\n' "$work/site.db" >"$XDG_CONFIG_HOME/lac/config.toml"
out=$(unset LAC_DB LAC_USER; "$LAC" config list)
expect_out_has "store.path = \"$work/site.db\"  # from $XDG_CONFIG_HOME/lac/config.toml"$'\n'
expect_out_has "user.handle = \"cal\"  # from $XDG_CONFIG_HOME/lac/config.toml"$'\n'
[ "$(unset LAC_DB LAC_USER; "$LAC" config get store.path)" == "$work/site.db" ] || fail "config get store.path is not the database in effect"
rm "$XDG_CONFIG_HOME/lac/config.toml"
out=$(unset LAC_DB LAC_USER; "$LAC" config list)
expect_out_has "store.path = \"$XDG_DATA_HOME/lac/lac.db\"  # default (\$XDG_DATA_HOME/lac/lac.db)"$'\n'
expect_out_has "user.handle = \"$(id -un)\"  # default (the login name)"$'\n'

step="who is acting: --as > LAC_USER > [user] handle > login name"
ok coordinator add ben --name "Ben"
ok person add "Tom" --as ben
ok person show Tom --format json
expect_out_has '"coordinator": "ben"'
printf '[user]\nhandle = "ben"\n' >"$work/user.toml"
(unset LAC_USER; LAC_CONFIG="$work/user.toml" "$LAC" person add Sam >/dev/null 2>&1) || fail "config handle not used"
ok person show Sam --format json
expect_out_has '"coordinator": "ben"'
(unset LAC_USER; "$LAC" -q person add Kim 2>"$work/.e") && fail "root is not a coordinator, add should fail"
grep -q "you ('$(id -un)') are not a coordinator here" "$work/.e" || fail "login name not used: $(cat "$work/.e")"

step="handles are lower case; a handle with other characters is refused"
ok --as BEN person add "Uma"
ok person show Uma --format json
expect_out_has '"coordinator": "ben"'
refused 64 "who is acting: 'ben o' is not a handle" --as "Ben O" person list

step="names match without case or accents"
ok person add "Zoë Ångström"
ok person show "zoe angstrom" --format json
expect_out_has '"name": "Zoë Ångström"'

step="an external lac-NAME command runs with the global options passed on"
mkdir -p "$work/bin"
printf '#!/bin/sh\necho "hello $1 db=$LAC_DB user=$LAC_USER"\n' >"$work/bin/lac-hello"
chmod +x "$work/bin/lac-hello"
PATH="$work/bin:$PATH" ok --db /x.db --as cara hello world
expect_out "hello world db=/x.db user=cara"

step="every write is in the audit trail"
n=$(db_query "SELECT count(*) FROM audit WHERE actor = 'ben' AND command = 'person add' AND ref = 'P1'")
[ "$n" -eq 1 ] || fail "no audit entry for person add P1 by ben"
step="a site's vocabulary extends the shipped one unless it says replace = true"
ok coordinator add wendy --name "Wendy"
ok person add "Vera Vocab" --as wendy
ok --config "$work/site.toml" log Vera --as wendy --mode walk-and-talk -m "round the park"
ok --config "$work/site.toml" log Vera --as wendy --mode phone -m "a call"
printf '[vocab]\nreplace = true\nmodes = ["walk-and-talk"]\n' >"$work/replace.toml"
ok --config "$work/replace.toml" config get vocab.modes
expect_out '["walk-and-talk"]'
refused 65 "mode" --config "$work/replace.toml" log Vera --as wendy --mode phone -m "a call"
printf '[vocab]\nreplace = "yes"\n' >"$work/badreplace.toml"
refused 78 "badreplace.toml:2: 'vocab.replace' must be true or false, not a string" --config "$work/badreplace.toml" config list
printf '[vocab]\nmodes = "walk"\n' >"$work/badmodes.toml"
refused 78 "badmodes.toml:2: 'vocab.modes' must be a list, not a string" --config "$work/badmodes.toml" person list

pass
