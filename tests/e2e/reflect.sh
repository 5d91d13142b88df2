#!/usr/bin/env bash
# A team's co-production self-assessment: a score per principle of [reflection], and the
# trend per team.
. "$(dirname "$0")/lib.sh"
make_team
ok coordinator add cara --name "Cara Doyle" --team South
all_five() { echo --score assets=$1 --score redefining-work=$2 --score reciprocity=$3 --score social-networks=$4 --score respect=$5; }

step="a reflection scores every principle, for the acting coordinator's team"
ok reflect $(all_five 3 2 4 3 4) --on 2026-06-01 -m "Our first go"
expect_out "R1"
expect_err "Northfield on 2026-06-01: assets 3, redefining-work 2, reciprocity 4, social-networks 3, respect 4"
ok reflect $(all_five 4 2 5 3 5) --on 2026-09-01
ok reflect --team South $(all_five 2 2 2 2 2) --as cara
expect_err_has "South on 2026-11-23"

ok reflect --team south $(all_five 3 3 3 3 3) --on 2026-11-20 --as cara
expect_err_has "South on 2026-11-20"  # the team as its coordinators' records spell it
ok coordinator add dee --name "Dee Hart" --team SOUTH
ok coordinator list --team south --format csv
expect_out_has "dee,Dee Hart,South,"
ok coordinator edit dee --team northfield
ok coordinator list --format csv
expect_out_has "dee,Dee Hart,Northfield,"
ok coordinator edit dee --team "New Team"
ok coordinator list --format csv
expect_out_has "dee,Dee Hart,New Team,"

step="the trend per team: each score's change since the team's reflection before"
ok reflect list
expect_out_has "R2          Northfield  2026-09-01  4 (+1)  2                5 (+1)       3                5 (+1)   3.8   0.6"
ok reflect list --team south --format csv
expect_out "reflection,team,date,assets,redefining-work,reciprocity,social-networks,respect,mean,mean_change,note"$'\r'$'\n'"R4,South,2026-11-20,3,3,3,3,3,3,,"$'\r'$'\n'"R3,South,2026-11-23,2,2,2,2,2,2,-1,"$'\r'
ok reflect list --format json
python3 - "$out" <<'PY' || fail "reflect list json"
import json, sys
rows = json.loads(sys.argv[1])
assert [r["reflection"] for r in rows] == ["R1", "R2", "R4", "R3"], rows
assert rows[1]["assets"] == 4 and rows[1]["mean_change"] == 0.6, rows[1]
PY

step="bad scores: one line, the right exit code, nothing written"
refused 65 "score every principle; missing: redefining-work, reciprocity, social-networks, respect" reflect --score assets=3
refused 65 "'asets' is not a principle of [reflection]; use one of: assets" reflect $(all_five 3 3 3 3 3) --score asets=3
refused 65 "the score of respect must be a whole number from 1 to 5, not '6'" reflect $(all_five 3 3 3 3 6)
refused 65 "assets is scored twice" reflect $(all_five 3 3 3 3 3) --score assets=4
refused 64 "is not PRINCIPLE=N" reflect --score assets
refused 65 "is in the future" reflect $(all_five 3 3 3 3 3) --on 2026-12-25

step="a site's own principles and scale, from the config"
printf '[reflection]\nprinciples = ["assets", "capabilities", "mutuality"]\nscale_min = 0\nscale_max = 10\n' >"$work/nef.toml"
LAC_CONFIG="$work/nef.toml" ok reflect --score assets=9 --score capabilities=0 --score mutuality=10
printf '[reflection]\nscale_min = 5\nscale_max = 5\n' >"$work/bad.toml"
LAC_CONFIG="$work/bad.toml" refused 78 "'reflection.scale_max' (5) must be above 'reflection.scale_min' (5)" reflect $(all_five 5 5 5 5 5)
printf '[reflection]\nprinciples = ["assets", "assets"]\n' >"$work/twice.toml"
LAC_CONFIG="$work/twice.toml" refused 78 "lists 'assets' twice" reflect --score assets=1
[ "$(db_query "SELECT count(*) FROM audit WHERE entity = 'reflection'")" -eq 5 ] || fail "not every reflection audited"
pass
