#!/usr/bin/env bash
# Naming people and assets at scale: the acting coordinator's caseload, then their team's,
# then everyone's; any word of a name; through lac log and lac connect.
. "$(dirname "$0")/lib.sh"
make_team
ok coordinator add carl --name "Carl Berg" --team Southside
ok person add "Irene Okafor" --on 2026-10-01
expect_out P1
ok person add "Irene Okafor" --coordinator ben --on 2026-10-01
expect_out P2
ok person add "Irene Okafor" --coordinator carl --on 2026-10-01
expect_out P3
ok person add "Tom Reid" --coordinator ben --on 2026-10-01
expect_out P4
ok person add "Tom Reid" --coordinator carl --on 2026-10-01
expect_out P5
ok asset add "Northfield North Chair Yoga" --kind sport
expect_out A1
ok asset add "Chairs for Loan" --kind service
expect_out A2
person_of() { db_query "SELECT 'P' || person_id FROM $1 WHERE id = $2"; }

step="each coordinator's Irene is the one on their own caseload"
ok log "Irene Okafor" -m "hello" --on 2026-11-20
expect_out C1
[ "$(person_of conversation 1)" == P1 ] || fail "asha's Irene is P1, not $(person_of conversation 1)"
ok log "irene okafor" -m "hello" --on 2026-11-20 --as ben
[ "$(person_of conversation 2)" == P2 ] || fail "ben's Irene is P2, not $(person_of conversation 2)"
LAC_USER=carl ok log okafor -m "hello" --on 2026-11-20
[ "$(person_of conversation 3)" == P3 ] || fail "carl's Irene is P3, not $(person_of conversation 3)"

step="one word of a name: the team's Tom Reid before the programme's"
ok log Reid -m "hello" --on 2026-11-20
expect_out C4
[ "$(person_of conversation 4)" == P4 ] || fail "asha's team's Tom Reid is P4, not $(person_of conversation 4)"
ok log rei -m "hello" --on 2026-11-20 --as carl
[ "$(person_of conversation 5)" == P5 ] || fail "carl's Tom Reid is P5, not $(person_of conversation 5)"

step="someone who is not a coordinator looks among everyone, and is told the candidates"
refused 65 "'Irene' could be P1 Irene Okafor (active, asha); P2 Irene Okafor (active, ben); P3 Irene Okafor (active, carl); use the reference" log Irene -m "hello" --as lead
refused 65 "no one here is called 'eid'" log eid -m "hello"

step="connect: the person by a word, the asset by a word"
ok connect Reid chair --on 2026-11-20
expect_out K1
[ "$(person_of connection 1)" == P4 ] || fail "the connection is Tom Reid's (P4), not $(person_of connection 1)"
[ "$(db_query "SELECT asset_id FROM connection WHERE id = 1")" == 1 ] || fail "the connection is to A1"
ok connect "tom reid" "for loan" --on 2026-11-20 --as carl
[ "$(person_of connection 2)" == P5 ] || fail "carl's connection is P5's, not $(person_of connection 2)"
[ "$(db_query "SELECT asset_id FROM connection WHERE id = 2")" == 2 ] || fail "the connection is to A2"
refused 65 "'cha' could be A2 Chairs for Loan; A1 Northfield North Chair Yoga; use the reference" connect Reid cha
refused 65 "no asset on the map is called 'oga'" connect Reid oga

step="a renamed person is found by the new name's words only"
ok person edit P4 --name "Tom Campbell"
ok log campbell -m "hello" --on 2026-11-21
[ "$(person_of conversation 6)" == P4 ] || fail "Tom Campbell is P4"
ok log Reid -m "hello" --on 2026-11-21
[ "$(person_of conversation 7)" == P5 ] || fail "the only Tom Reid left is P5"
pass
