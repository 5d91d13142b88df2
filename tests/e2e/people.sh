#!/usr/bin/env bash
# People: add, list, show, edit, close, reopen, transfer; awkward names; wrong input.
. "$(dirname "$0")/lib.sh"
make_team

step="add prints the reference alone on stdout"
ok person add "Mary O'Brien" --area Northfield --source gp --gifts "baking, gardening" --on 2026-10-01
expect_out P1
ok person add 'Robert"); DROP TABLE person;--' --on 2026-10-02
expect_out P2
ok person add "Zoë Ångström" --coordinator ben --on -30d
expect_out P3
ok person add "Maryam" --support introduction
expect_out P4
ok person add "%_" --birth-year 1948
expect_out P5

step="a namesake is pointed out"
ok person add "maryam" --support introduction
expect_out P6
expect_err "note: P4 is also called Maryam; use the references to tell them apart"

step="names with quotes, SQL and non-ASCII come back as they went in"
ok person list --format csv
expect_out_has '"Robert""); DROP TABLE person;--"'
expect_out_has "P3,Zoë Ångström,ben,walking-alongside,active,2026-10-24"
ok person show 'Robert"); DROP TABLE person;--' --format json
expect_out_has '"name": "Robert\"); DROP TABLE person;--"'
ok person show "zoË ång"
expect_out_has "Zoë Ångström"
ok person show "%_"
expect_out_has "born         1948"

step="list filters and formats"
ok person list --coordinator ben
expect_out_has "Zoë"
expect_out_lacks "Mary O'Brien"
ok person list --format json
expect_out_has '"person": "P4"'
expect_out_has '"closed_on": null'
refused 65 "'sleeping' is not a status" person list --status sleeping
refused 65 "no coordinator 'bne'" person list --coordinator bne

step="an ambiguous or unknown person is refused, naming the candidates"
refused 65 "'mar' could be P1 Mary O'Brien (active, asha); P4 Maryam (active, asha); P6 maryam (active, asha)" person show mar
refused 65 "no one here is called 'Nobody'" person show Nobody
refused 65 "there is no person P99" person close P99 --reason moved
refused 65 "no one here is called '_%'" person show _%

step="wrong values are refused and change nothing"
refused 65 "2026-02-30 is not a day in the calendar" person add Ann --on 2026-02-30
refused 65 "is in the future" person add Ann --on 2026-12-01
refused 65 "'doctor' is not a source" person add Ann --source doctor
refused 65 "'brief' is not a support level" person add Ann --support brief
refused 65 "the person's name is empty" person add "   "
refused 65 "control character" person add "$(printf 'Ann\033[31m')"
refused 65 "year of birth must be a whole number from 1900 to 2026" person add Ann --birth-year 1850
refused 65 "not valid UTF-8" person add "$(printf 'Zo\xeb')"
refused 64 "name" person add

step="edit changes only what is given"
ok person edit P1 --area "Northfield East" --birth-year 1950
ok person show P1 --format json
expect_out_has '"area": "Northfield East"'
expect_out_has '"source": "gp"'
expect_out_has '"birth_year": 1950'
refused 64 "nothing to change" person edit P1
refused 65 "is in the future" person edit P1 --opened-on 2027-01-01

step="transfer keeps the history; wrong transfers are refused"
ok person transfer P1 --to ben --on 2026-11-10
expect_err "transferred P1 to ben"
ok person show P1
expect_out_has "asha         2026-10-01 → 2026-11-10"
expect_out_has "ben          2026-11-10 →"
refused 65 "already with 'ben'" person transfer P1 --to ben
refused 65 "transfer on or after it" person transfer P1 --to asha --on 2026-11-01
refused 65 "no coordinator 'cara'" person transfer P1 --to cara
refused 65 "opening date must come before it" person edit P1 --opened-on 2026-11-12

step="close and reopen"
refused 65 "'moved-away' is not a close reason" person close P1 --reason moved-away
refused 64 "--reason" person close P1
refused 65 "close them on or after it" person close P1 --reason moved --on 2026-09-01
ok person close P1 --reason moved --on 2026-11-20
expect_err "closed P1 on 2026-11-20"
refused 65 "already closed on 2026-11-20" person close P1 --reason moved
refused 65 "is closed; 'lac person reopen P1' first" person transfer P1 --to asha
ok person list --status closed --format csv
expect_out_has "P1,Mary O'Brien,ben,walking-alongside,closed,2026-10-01,2026-11-20,moved"
ok person show P1
expect_out_has "asha         2026-10-01 → 2026-11-10"
expect_out_has "ben          2026-11-10 → closed 2026-11-20"
ok person reopen "mary o"
refused 65 "is not closed" person reopen P1
ok person show P1
expect_out_has "ben          2026-11-10 →"
expect_out_lacks "closed 2026-11-20"

step="quiet mode keeps stderr empty"
ok -q person edit P3 --gifts "sings"
expect_no_err

step="retire a coordinator only when they hold no one"
refused 65 "still has" coordinator retire ben
ok coordinator add cara --name "Cara"
ok coordinator retire cara
refused 65 "'cara' is retired" person add Ann --coordinator cara
ok coordinator list --all --format csv
expect_out_has "cara,Cara,Northfield,,50,60,0,0,false"
ok coordinator list --format csv
expect_out_lacks "cara"
ok coordinator edit ben --capacity 40 --neighbourhood Hillside
ok coordinator list --format json
expect_out_has '"capacity_min": 40'
refused 65 "capacity '60-40' runs backwards" coordinator edit ben --capacity 60-40
refused 65 "already a coordinator 'asha'" coordinator add asha --name Again
refused 65 "is not a handle" coordinator add "Asha P" --name Again

step="a name that reads as a reference is refused: P5 or 12 would mean the record"
refused 65 "'P5' reads as a reference, not a name" person add P5
refused 65 "'12' reads as a reference, not a name" person add 12
pass
