#!/usr/bin/env bash
# Issue 3's story: goals in the person's words, the community map, connections,
# contributions and an avoided crisis, told back by person show; and every wrong input.
. "$(dirname "$0")/lib.sh"
make_team
ok person add "Edith Walker" --gifts "knitting, a good ear" --on 2026-09-01
ok person add "Tom Hughes" --on 2026-09-01

step="what a good life means to Edith"
ok goal add Edith "To sing in a choir again" --area community --on 2026-09-10
expect_out G1
ok goal add Edith "See my grandchildren every week" --area family
expect_out G2
ok goal progress G1 "Went to a taster session" --on 2026-10-01
expect_err "noted progress on G1"

step="the local group she will try"
ok asset add "St Mary's Community Choir" --kind arts --area Northfield --contact "Jo, Tuesdays"
expect_out A1
ok asset add "Northfield Library" --kind library
expect_out A2
ok connect Edith "st mary's" --on 2026-10-01
expect_out K1
ok connection set K1 --status engaged --on 2026-10-15
expect_err "K1 is now engaged"

step="her daughter now visits weekly; she volunteered two hours at the library"
ok connect Edith --natural "daughter Sarah, visits weekly" --status engaged
expect_out K2
ok connect Edith --peer Tom
expect_out K3
ok contribute Edith "Helped at the coffee morning" --hours 2 --asset "Northfield Lib" --on 2026-11-20
expect_out T1

step="a care-home move avoided, with its value and the evidence"
ok avoid Edith residential-care --quantity 26 --confidence likely --on 2026-11-22 -m "Was looking at care homes after a fall; now out twice a week"
expect_out X1
expect_err "Residential care placement: 26 weeks × £538.00 = £13,988.00 (adult social care)"
ok goal set G1 --status achieved -m "Sang at the Christmas concert"
expect_err "G1 is now achieved"

step="person show tells her story on one screen"
ok person show Edith
expect_out_has '"To sing in a choir again" (community; set 2026-09-10; achieved 2026-11-23)'
expect_out_has "2026-10-01 Went to a taster session"
expect_out_has "2026-11-23 → achieved Sang at the Christmas concert"
expect_out_has "K1    A1 St Mary's Community Choir — engaged (made 2026-10-01)"
expect_out_has "K2    daughter Sarah, visits weekly — engaged (made 2026-11-23)"
expect_out_has "K3    P2 Tom Hughes (peer) — introduced (made 2026-11-23)"
expect_out_has "Contributions (2 hours)"
expect_out_has "at Northfield Library"
expect_out_has "Crises avoided (£13,988.00)"
expect_out_has "26 weeks × £538.00 = £13,988.00 (adult social care, likely)"
expect_out_has "gifts        knitting, a good ear"
[ "$(printf '%s\n' "$out" | wc -l)" -le 40 ] || fail "person show does not fit one screen"
ok person show Edith --format json
expect_out_has '"value": 13988.0'
expect_out_lacks '"cost_source"'
expect_out_has '"source": "GMCA (New Economy) Unit Cost Database v1.4'
ok person show Tom
expect_out_has "P1 Edith Walker (peer, their connection)"

step="lists and the map"
ok goal list Edith --format csv
expect_out_has "G2,P1,Edith Walker,family,active,2026-11-23,,See my grandchildren every week"
ok goal list --status achieved --format json
expect_out_has '"goal": "G1"'
expect_out_lacks '"goal": "G2"'
ok asset list --format csv
expect_out_has "A1,St Mary's Community Choir,arts,Northfield,\"Jo, Tuesdays\",1,true"
expect_out_has "A2,Northfield Library,library,,,0,true"
ok asset list --kind arts
expect_out_lacks "Library"
ok asset show A1
expect_out_has "People connected now: 1"
ok connection list Edith --format csv
expect_out_has "K2,P1,Edith Walker,natural,\"daughter Sarah, visits weekly\",engaged,2026-11-23,"
ok caseload --format csv
expect_out_has "asha,P1,Edith Walker,,2026-09-01,,,true,1,3"

step="a later change of rates never rewrites history"
printf '[crisis.residential-care]\nunit_cost = 900.0\n' >"$work/raised.toml"
ok --config "$work/raised.toml" avoid Edith residential-care --on 2026-11-23
expect_err "Residential care placement: 1 week × £900.00 = £900.00 (adult social care)"
ok --config "$work/raised.toml" person show Edith --format json
expect_out_has '"unit_cost": 538.0'
expect_out_has '"unit_cost": 900.0'
[ "$(db_query "SELECT unit_cost FROM avoided ORDER BY id" | xargs printf '%.1f\n' | paste -sd,)" == "538.0,900.0" ] || fail "stored unit costs changed"

step="a site's own crisis type, and a type without a cost"
printf '[crisis.fall]\nlabel = "Fall at home"\nunit = "event"\nunit_cost = 1200\nbudget = "NHS"\nsource = "our trust"\n' >"$work/fall.toml"
ok --config "$work/fall.toml" avoid Tom fall
expect_out X3
printf '[crisis.fall]\nlabel = "Fall"\nunit = "event"\nbudget = "NHS"\nsource = "x"\n' >"$work/nocost.toml"
refused 78 "'crisis.fall' has no 'unit_cost'" --config "$work/nocost.toml" avoid Tom fall
ok avoid Tom safeguarding-enquiry
expect_err_has "warning: 'safeguarding-enquiry' has no unit cost in the config"

step="every bad input is one line, and changes nothing"
refused 65 "'fun' is not a life area" goal add Edith "x" --area fun
refused 65 "the goal is empty" goal add Edith "  "
refused 65 "'done' is not a goal status" goal set G2 --status done
refused 65 "G1 is already achieved" goal set G1 --status achieved
refused 65 "there is no goal G9" goal progress G9 "x"
refused 65 "'X1' is not a goal reference" goal progress X1 "x"
refused 65 "G1 has an entry on 2026-11-23; date this on or after it" goal progress G1 "late" --on 2026-11-01
refused 65 "2026-02-30 is not a day in the calendar" goal add Edith "x" --on 2026-02-30
refused 65 "P1 was opened on 2026-09-01; the goal's date cannot come before that" goal add Edith "x" --on 2026-08-01
refused 65 "'pub' is not a kind of asset" asset add "The Crown" --kind pub
refused 64 "--kind" asset add "The Crown"
refused 65 "no asset on the map is called 'The Crown'" connect Edith "The Crown"
refused 64 "exactly one of" connect Edith A1 --peer Tom
refused 64 "exactly one of" connect Edith
refused 65 "the person in their life is empty" connect Edith --natural ""
refused 65 "a person cannot be their own peer" connect Edith --peer Edith
refused 65 "that connection is already open (K1)" connect Edith A1
refused 65 "that connection is already open (K3)" connect Tom --peer Edith
refused 65 "that connection is already open (K2)" connect Edith --natural "DAUGHTER SARAH, visits weekly"
refused 65 "there is already an asset called 'St Mary's Community Choir' (A1)" asset add "st mary's community choir" --kind group
refused 65 "to two decimal places" contribute Edith "x" --hours 0.001
refused 65 "'friends' is not a connection status" connection set K1 --status friends
refused 65 "a new connection cannot start as ended" connect Tom A1 --status ended
refused 65 "K1 last changed on 2026-10-15; date the change on or after it" connection set K1 --status sustained --on 2026-10-14
refused 65 "there is no connection K99" connection set K99 --status ended
refused 65 "--hours must be a number above 0 and at most 168" contribute Edith "x" --hours -2
refused 65 "--hours must be a number above 0" contribute Edith "x" --hours 0
refused 64 "--hours" contribute Edith "x"
refused 65 "'care-home' is not a crisis type; use one of: " avoid Edith care-home
refused 65 "--quantity must be a number above 0" avoid Edith eviction --quantity -1
refused 65 "'sure' is not a confidence; use one of: possible, likely, certain" avoid Edith eviction --confidence sure
refused 65 "is in the future" avoid Edith eviction --on 2026-12-25
refused 65 "no one here is called 'Nobody'" avoid Nobody eviction
ok person close Tom --reason moved --on 2026-11-23
LAC_TODAY=2026-11-24 refused 65 "P2 was closed on 2026-11-23; 'lac person reopen P2' to record anything later" contribute Tom "x" --hours 1

step="a closing or opening date cannot cut off what is recorded"
ok person reopen Tom
ok goal add Tom "A job" --on 2026-11-20
refused 65 "P2 has a record dated 2026-11-23; close them on or after it" person close Tom --reason moved --on 2026-11-21
refused 65 "P1 has a record dated 2026-09-10; the opening date must be on or before it" person edit Edith --opened-on 2026-09-15
ok person add "Nell Price" --on 2026-11-02
expect_out P3
refused 65 "P3 was opened on 2026-11-02; peers cannot be introduced before both were" connect Edith --peer Nell --on 2026-11-01
ok connect Edith --peer Nell --on 2026-11-02

step="retiring an asset keeps its history but takes no new connections"
ok asset retire A1
ok asset list --format csv
expect_out_lacks "St Mary's"
ok asset list --all --format csv
expect_out_has "A1,St Mary's Community Choir"
ok connection set K1 --status ended
ok person show Edith
expect_out_has "K1    A1 St Mary's Community Choir — ended (made 2026-10-01, ended 2026-11-23)"
refused 65 "is retired from the map" connect Edith A1
pass
