#!/usr/bin/env bash
# lac search: people, assets and notes that hold a word, folded as names are; the acting
# coordinator's own first, --all for everyone's; every format; nothing to search for
# refused; an erased word not found.
. "$(dirname "$0")/lib.sh"
make_team
ok person add "Édith Walker" --on 2026-09-01
ok person add "Tom Reid" --on 2026-09-01
ok person add "Meredith Stone" --coordinator ben --on 2026-09-01
ok asset add "St Mary's Choir" --kind arts
ok asset add "Walking Club" --kind sport
ok asset edit A2 --notes "Meets by the library; Edith's friend runs it"
ok log Edith --on 2026-09-02 -m "Talked of the CHOIR at St Mary's; she misses singing"
ok log Tom --on 2026-09-03 -m "Tom may try the chöir (his wife sang)"
ok log Meredith --on 2026-09-04 --by ben -m "Meredith asked about the choir"
ok goal add Edith "To sing in a choir again" --area community --on 2026-09-05
ok goal progress G1 "Went to a choir taster" --on 2026-09-06

step="a word in notes, goals and assets, in any case or accents: asha's own and the map"
ok search Choir
expect_no_err
[ "$out" == "kind          ref  person  name             date        excerpt
asset         A1           St Mary's Choir              St Mary's Choir
goal note     G1   P1      Édith Walker     2026-09-06  Went to a choir taster
goal          G1   P1      Édith Walker     2026-09-05  To sing in a choir again
conversation  C2   P2      Tom Reid         2026-09-03  Tom may try the chöir (his wife sang)
conversation  C1   P1      Édith Walker     2026-09-02  Talked of the CHOIR at St Mary's; she misses singing" ] ||
  fail "the table of hits"
expect_out_lacks "Meredith"

step="people by any word of the name, as the lookup finds them; not inside a word"
ok search edith
expect_out_has "person  P1   P1      Édith Walker  2026-09-01  Édith Walker"
expect_out_has "asset   A2           Walking Club              Meets by the library; Edith's friend runs it"
expect_out_lacks "Meredith"
ok search "REID"
expect_out_has "person  P2   P2      Tom Reid  2026-09-01  Tom Reid"
ok search "tom r"
expect_out_has "P2      Tom Reid"
ok search sport
expect_out_has "A2"

step="--all widens to everyone, asha's own first"
ok search choir --all
expect_out_has "Meredith asked about the choir"
[ "$(printf '%s\n' "$out" | tail -n 1)" == \
  "conversation  C3   P3      Meredith Stone   2026-09-04  Meredith asked about the choir" ] ||
  fail "ben's hit is not last"
ok search mere --all
expect_out_has "person        P3   P3      Meredith Stone  2026-09-01  Meredith Stone"
ok --as ben search choir
expect_out_has "C3"
expect_out_lacks "C1 "

step="csv, json and md"
ok search choir --all --format csv
expect_out_has "kind,ref,person,name,date,excerpt,own"
expect_out_has "conversation,C3,P3,Meredith Stone,2026-09-04,Meredith asked about the choir,false"
expect_out_has "asset,A1,,St Mary's Choir,,St Mary's Choir,false"
ok search choir --format json
printf '%s' "$out" | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert [h["kind"] for h in d] == ["asset", "goal note", "goal", "conversation", "conversation"], d
assert d[0]["person"] is None and d[0]["date"] is None
assert d[4] == {"kind": "conversation", "ref": "C1", "person": "P1", "name": "Édith Walker", "date": "2026-09-02",
                "excerpt": "Talked of the CHOIR at St Mary'"'"'s; she misses singing", "own": True}, d[4]
' || fail "the json hits do not parse or lack something"
ok search choir --format md
expect_out_has "| kind | ref | person | name | date | excerpt |"
expect_out_has "| conversation | C1 | P1 | Édith Walker | 2026-09-02 | Talked of the CHOIR at St Mary's; she misses singing |"

step="a long note shows a short excerpt around the word"
ok log Tom --on 2026-09-07 -m "We went over the week: the bus times, the new boiler, the letter from the council about the rent, and at the very end he said he would like to learn the ukulele at the library group, which was new"
ok search ukulele
expect_out_has "conversation  C4   P2      Tom Reid  2026-09-07  …"
expect_out_has "ukulele"
expect_out_lacks "bus times"

step="nothing found: said on stderr, nothing on stdout, exit 0"
before=$(snapshot)
ok search zebra
expect_out ""
expect_err "nothing among your people or the community map holds 'zebra'; --all searches everyone's"
ok search zebra --all --format json
expect_out "[]"
expect_err "nothing here holds 'zebra'"

step="errors: nothing to search for, no argument, not a coordinator without --all"
refused 64 "nothing to search for" search ""
refused 64 "nothing to search for" search "   "
refused 64 "'--!' has no letter or digit" search -- "--!"
refused 64 "text is required" search
refused 65 "you ('lead') are not a coordinator here" --as lead search choir
ok --as lead search choir --all
expect_out_has "C3"
refused 64 "--format 'html' is not offered here" search choir --format html
[ "$(snapshot)" == "$before" ] || fail "searching changed the database"

step="no access: a database the user cannot read (a SQLite file's mode)"
if sqlite_store; then unreadable search choir; fi

step="an erased word is not found: no index keeps it"
ok person close Tom --reason moved --on 2026-09-08
ok person forget Tom --confirm
ok search ukulele --all
expect_out ""
ok search reid --all
expect_out ""
ok conversation edit C1 -m "Talked of music"
ok search misses
expect_out ""
pass
