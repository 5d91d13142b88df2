#!/usr/bin/env bash
# Imports of spreadsheets as people save them: their own headings, semicolons and tabs,
# Windows-1252 and UTF-16, a byte order mark; each refusal one line that says how to mend it,
# with nothing written.
. "$(dirname "$0")/lib.sh"
make_team
columns="person, coordinator, team, support, status, opened_on, closed_on, close_reason, area, source, birth_year, name, gifts, forgotten_on, next_on"

# refused_exactly CODE 'the whole of stderr' ARGS…: as refused, and stderr is exactly that.
refused_exactly() {
  local code=$1 message=$2
  shift 2
  refused "$code" "$message" "$@"
  expect_err "$message"
}

step="--map naming a heading the file does not have lists the file's headings"
printf 'Full name,Area,Date opened\nAnn Lee,Northfield,2026-11-02\n' >sheet.csv
refused_exactly 65 "lac: sheet.csv line 1: --map 'Fullname=name' names the heading 'Fullname', which the file does not have (did you mean 'Full name'?); its headings are 'Full name', 'Area', 'Date opened'" \
  import people sheet.csv --map Fullname=name --map "Date opened=opened_on"
refused_exactly 65 "lac: sheet.csv line 1: --map 'Worker=coordinator' names the heading 'Worker', which the file does not have; its headings are 'Full name', 'Area', 'Date opened'" \
  import people sheet.csv --map "Full name=name" --map Worker=coordinator
refused 64 "--map names 'fullname', which is not a people column" import people sheet.csv --map "Full name=fullname"

step="a heading that is not a column suggests the nearest, and the --map to read it so"
refused_exactly 65 "lac: sheet.csv line 1: 'Full name' is not a people column; did you mean 'name'? If so, add --map 'Full name=name' (columns: $columns)" \
  import people sheet.csv
refused_exactly 65 "lac: sheet.csv line 1: 'Date opened' is not a people column; did you mean 'opened_on'? If so, add --map 'Date opened=opened_on' (columns: $columns)" \
  import people sheet.csv --map "Full name=name"
for heading in "Opened:opened_on" "Opened on:opened_on" "Birth Year:birth_year" "Closing reason:close_reason"; do
  printf 'name,%s\nAnn,x\n' "${heading%%:*}" >heading.csv
  refused 65 "'${heading%%:*}' is not a people column; did you mean '${heading#*:}'? If so, add --map '${heading%%:*}=${heading#*:}'" \
    import people heading.csv
done
printf 'name,Person name\nAnn,x\n' >heading.csv
refused_exactly 65 "lac: heading.csv line 1: 'Person name' is not a people column; rename it with --map 'Person name=FIELD' (columns: $columns)" \
  import people heading.csv
# A --map heading is found in any mix of capitals, as headings are.
ok import people sheet.csv --map "full name=name" --map "DATE OPENED=opened_on"
expect_err "imported 1 person (0 already here)"
expect_out ""
ok person show Ann --format json
expect_out_has '"opened_on": "2026-11-02"'

step="a file separated by semicolons or tabs says so, and --delimiter reads it"
printf 'name;area;opened_on\nBea Moss;Hillside;2026-11-03\n' >semi.csv
refused_exactly 65 "lac: semi.csv line 1: the header has no commas but has semicolons, so the file looks separated by semicolons; import it with --delimiter ';'" \
  import people semi.csv
printf 'name\tarea\topened_on\r\nCal Reyes\tHillside\t2026-11-04\r\n' >tabs.tsv
refused_exactly 65 "lac: tabs.tsv line 1: the header has no commas but has tabs, so the file looks separated by tabs; import it with --delimiter tab" \
  import people tabs.tsv
printf 'name,area\nDee,Hillside\n' >commas.csv
refused_exactly 65 "lac: commas.csv line 1: the header has no semicolons but has commas, so the file looks separated by commas; import it with --delimiter ','" \
  import people commas.csv --delimiter ';'
refused_exactly 64 "lac: --delimiter ':' is not one lac reads; use ',' (the default), ';', tab or '|'" \
  import people semi.csv --delimiter :
refused_exactly 64 "lac: --delimiter reads one spreadsheet's file; 'lac export all' writes commas" \
  import all . --delimiter ';'
ok import people semi.csv --delimiter ';'
expect_err "imported 1 person (0 already here)"
expect_out ""
ok import people tabs.tsv --delimiter '\t' --dry-run
expect_err "checked 1 row: all good (1 new, 0 already here); nothing written (--dry-run)"
ok import people tabs.tsv --delimiter tab
expect_err "imported 1 person (0 already here)"
printf 'name|gifts\n"Eve Hart"|"cakes; jam, and bread"\n' >bars.txt
ok import people bars.txt --delimiter '|'
ok person show Eve --format json
expect_out_has '"gifts": "cakes; jam, and bread"'
ok person show Cal --format json
expect_out_has '"area": "Hillside"'

step="a file that is not UTF-8 names the line and the iconv command that converts it"
printf 'name,area\nFay,Northfield\nZo\xeb \xc5ngstr\xf6m,Northfield\n' >"latin 1.csv"
refused_exactly 65 "lac: latin 1.csv line 3: the byte 0xEB after 'Zo' is not UTF-8; convert it with iconv -f WINDOWS-1252 -t UTF-8 'latin 1.csv' > 'latin 1.csv.utf8' and import that" \
  import people "latin 1.csv"
stdin="latin 1.csv" refused_exactly 65 "lac: - line 3: the byte 0xEB after 'Zo' is not UTF-8; convert the file with iconv -f WINDOWS-1252 -t UTF-8" \
  import people -
# Every cell, not only names: a note over several lines gives the line of the byte itself.
printf 'name,gifts\nGus,"knits\nand makes caf\xe9 cakes"\n' >note.csv
refused_exactly 65 "lac: note.csv line 3: the byte 0xE9 after 'and makes caf' is not UTF-8; convert it with iconv -f WINDOWS-1252 -t UTF-8 note.csv > note.csv.utf8 and import that" \
  import people note.csv
# Excel's "Unicode text": UTF-16, little-endian, with a byte order mark.
{ printf '\xff\xfe'; printf 'name,area\nHal,Northfield\n' | iconv -f UTF-8 -t UTF-16LE; } >wide.csv
refused_exactly 65 "lac: wide.csv line 1: the byte 0xFF at the start of a field is not UTF-8; convert it with iconv -f UTF-16 -t UTF-8 wide.csv > wide.csv.utf8 and import that" \
  import people wide.csv
# The command it suggests mends the file.
iconv -f WINDOWS-1252 -t UTF-8 'latin 1.csv' >'latin 1.csv.utf8'
ok import people 'latin 1.csv.utf8'
expect_err "imported 2 people (0 already here)"
ok person show Zoë --format json
expect_out_has '"name": "Zoë Ångström"'
iconv -f UTF-16 -t UTF-8 wide.csv >wide.csv.utf8
ok import people wide.csv.utf8
expect_err "imported 1 person (0 already here)"

step="a UTF-8 byte order mark, as spreadsheets write, is accepted and skipped"
printf '\xef\xbb\xbfname,area\nIvy Noor,Hillside\n' >bom.csv
ok import people bom.csv
expect_err "imported 1 person (0 already here)"
ok person show Ivy --format json
expect_out_has '"name": "Ivy Noor"'

step="counts are singular for one"
printf 'name,area\nJo\n' >short.csv
before=$(snapshot)
run import people short.csv
expect_rc 65
expect_out ""
expect_err "lac: short.csv line 2: 1 field, but the header names 2
lac: 1 of 1 row in short.csv is bad; nothing was imported. Mend them and run it again"
[ "$(snapshot)" == "$before" ] || fail "the database changed"
pass
