#!/usr/bin/env bash
# lac completion: the scripts, the hidden lac __complete they call, and Tab pressed in a
# real bash (with bash-completion), zsh and fish inside tmux (scripts/deps installs them).
. "$(dirname "$0")/lib.sh"

ok init --team Northfield
ok coordinator add asha --name "Asha Patel"
ok coordinator add ben --name "Ben Moss" --team "North Bank"
ok person add "Mary Smith" --coordinator asha --on 2026-01-05           # P1
ok person add "Martha Jones" --coordinator ben --on 2026-01-05          # P2
ok person add "Tom O'Reid" --coordinator asha --on 2026-01-05           # P3
ok person add "Maud Gone" --coordinator asha --on 2026-01-05            # P4
ok person close P4 --reason moved --on 2026-02-01
ok asset add "Coffee Morning Club" --kind group
ok asset add "Community Garden" --kind volunteering

step="lac __complete: the acting coordinator's open people, by name (case aside) and reference"
ok __complete people -- Ma
expect_out "Mary Smith"
ok __complete people -- ""
expect_out "Mary Smith
Tom O'Reid"
ok --as ben __complete people -- m
expect_out "Martha Jones"
ok __complete people -- p
expect_out "p1
p3"
ok __complete people -- 3
expect_out "3"
step="lac __complete: assets, handles, teams, and the config's words"
ok __complete assets -- "coffee m"
expect_out "Coffee Morning Club"
ok __complete assets -- C
expect_out "Coffee Morning Club
Community Garden"
ok __complete handles -- ""
expect_out "asha
ben"
ok __complete teams -- N
expect_out "North Bank
Northfield"
ok __complete vocab.modes -- ph
expect_out "phone"
ok __complete crisis -- ev
expect_out "eviction"
ok __complete keys -- caseload.st
expect_out "caseload.stale_after_days"
printf '[vocab]\nmodes = ["walk-and-talk"]\n' >"$work/site.toml"
LAC_CONFIG="$work/site.toml" ok __complete vocab.modes -- wa
expect_out "walk-and-talk"

step="lac __complete reads only: no database made, none migrated, nothing said, exit 0"
LAC_DB="$work/none/lac.db" ok __complete people -- M
expect_out "" && expect_no_err
[ ! -e "$work/none" ] || fail "__complete made $work/none"
if sqlite_store; then  # an old SQLite file (old_lac)
  old_lac 5 "$work/v5.db"
  LAC_DB="$work/v5.db" ok __complete handles -- a
  expect_out "asha" && expect_no_err
  [ "$(sqlite3 "$work/v5.db" 'PRAGMA user_version')" == 5 ] || fail "__complete migrated a schema 5 database"
  [ ! -e "$work/v5.db.v5.bak" ] && ! ls "$work"/v5.db.*bak* >/dev/null 2>&1 || fail "__complete wrote a migration backup"
fi
LAC_CONFIG="$work/missing.toml" ok __complete vocab.modes -- ""
expect_out "" && expect_no_err
ok __complete nonsense -- x
expect_out "" && expect_no_err

step="__complete is hidden; lac completion is listed, and refuses a shell it does not know"
ok --help
expect_out_lacks "__complete"
expect_out_has "completion"
refused 64 "there is no completion for 'tcsh'; lac completes in bash, zsh, fish" completion tcsh
refused 64 "did you mean 'bash'" completion bsh
refused 64 "shell is required" completion

step="each script is made from the command table that --help shows"
for shell in bash zsh fish; do
  ok completion "$shell"
  printf '%s\n' "$out" >"$work/lac.$shell"
  # lac's own row of subcommands: bash's _lac_subs['lac']='…', zsh's _lac_subs+=('lac' '…'),
  # or the line after fish's case 'subs lac'.
  row=$(grep -A1 -E "^_lac_subs(\['lac'\]=|\+=\('lac' )|case 'subs lac'$" "$work/lac.$shell" | tr "\n'" '  ')
  for c in $("$LAC" --help | awk '/^Subcommands:/ {on = 1; next} on && NF {print $1}'); do
    [[ "$row" == *" $c "* ]] || fail "the $shell script lacks the command $c"
  done
done
bash -n "$work/lac.bash" && zsh -n "$work/lac.zsh" && fish -n "$work/lac.fish" || fail "a script does not parse"

# Tab in real shells. lac is on PATH as `lac`; each shell runs in its own tmux window.
mkdir -p "$work/bin" "$work/zfunc" "$XDG_DATA_HOME/bash-completion/completions"
ln -s "$LAC" "$work/bin/lac"
export PATH="$work/bin:$PATH"
cp "$work/lac.bash" "$XDG_DATA_HOME/bash-completion/completions/lac"  # as bash-completion finds it installed
cp "$work/lac.zsh" "$work/zfunc/_lac"
tm() { tmux -S "$work/tmux" -f /dev/null "$@"; }
trap 'tm kill-server 2>/dev/null || true; cleanup' EXIT
tm new-session -d -s bash -n bash -x 160 -y 40 "PS1='$ ' bash --norc --noprofile"
tm new-window -d -t bash: -n zsh "PS1='$ ' zsh -f"
printf '%s\n' "function fish_prompt; echo '\$ '; end" "set fish_greeting" "source $work/lac.fish" >"$work/init.fish"
tm new-window -d -t bash: -n fish "fish --no-config -C 'source $work/init.fish'"
# shows WINDOW TEXT: polls (up to 10 s) until the window's last line is TEXT.
shows() {
  local i line=""
  for ((i = 0; i < 100; i++)); do
    line=$(tm capture-pane -p -t "bash:$1" | sed '/^$/d' | tail -n 1)
    [ "$line" == "$2" ] && return 0
    sleep 0.1
  done
  fail "in $1, after Tab the line is '$line', not '$2'"
}
# tab WINDOW TYPED EXPECTED: types TYPED, presses Tab, and waits for the line to read EXPECTED.
tab() {
  tm send-keys -t "bash:$1" "$2" Tab
  shows "$1" "$ $3"
  tm send-keys -t "bash:$1" C-u
  shows "$1" "\$"
}
tm send-keys -t bash:bash ". /usr/share/bash-completion/bash_completion; clear" Enter
shows bash '$'
tm send-keys -t bash:zsh "fpath=($work/zfunc \$fpath); autoload -Uz compinit; compinit -u -D; clear" Enter
shows zsh '$'
shows fish '$'

step="bash: names with spaces and quotes, commands, options, the config's words"
tab bash 'lac log Ma' 'lac log Mary\ Smith'
tab bash 'lac log "Ma' 'lac log "Mary Smith"'
tab bash "lac log tom" "lac log Tom\\ O\\'Reid"
tab bash 'lac --as ben log Ma' 'lac --as ben log Martha\ Jones'
tab bash 'lac pers' 'lac person'
tab bash 'lac person tra' 'lac person transfer'
tab bash 'lac person transfer P1 --to b' 'lac person transfer P1 --to ben'
tab bash 'lac connect P1 Coffee' 'lac connect P1 Coffee\ Morning\ Club'
tab bash 'lac log P1 --mo' 'lac log P1 --mode'
tab bash 'lac log P1 --mode ph' 'lac log P1 --mode phone'
tab bash 'lac log P1 --mode=ph' 'lac log P1 --mode=phone'
tab bash 'lac caseload --team North\ B' 'lac caseload --team North\ Bank'
tab bash 'lac export conv' 'lac export conversations'
tab bash 'lac avoid P1 evi' 'lac avoid P1 eviction'
tab bash 'lac --format js' 'lac --format json'
# --db takes a file (or a URL, which cannot be offered): its file is completed.
touch "$work/northside-team.db"
tab bash 'lac --db norths' 'lac --db northside-team.db'

step="zsh"
tab zsh 'lac log Ma' 'lac log Mary\ Smith'
tab zsh 'lac person tra' 'lac person transfer'
tab zsh 'lac log P1 --mode=ph' 'lac log P1 --mode=phone'
tab zsh 'lac connect P1 coffee' 'lac connect P1 Coffee\ Morning\ Club'

step="fish"
tab fish 'lac log Ma' 'lac log Mary\ Smith'
tab fish 'lac person tra' 'lac person transfer'
tab fish 'lac log P1 --mode=ph' 'lac log P1 --mode=phone'
tab fish 'lac connect P1 Coffee' 'lac connect P1 Coffee\ Morning\ Club'
pass
