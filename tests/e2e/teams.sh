#!/usr/bin/env bash
# Teams kept apart on a PostgreSQL server (lac-server(7)), what one reads: as the server login
# of North's coordinator, a South person and every record of theirs are not there, by
# reference or by name, in any command that shows, lists, searches, completes, extracts or
# summarises: each answers just as for a reference or name that is nowhere, and no word of
# South's is shown. The login is who acts: --as naming another is refused. (What one changes:
# teams_writes.sh.) Needs the private PostgreSQL server.
. "$(dirname "$0")/lib_teams.sh"

step="North's login sees its own team's people and records, and nothing of South's"
north person list
expect_out_has "Mary Northcott"
north person list --status closed
north caseload
expect_out_has "Mary Northcott"
north caseload --all
north due
for list in conversation goal connection contribution avoided wellbeing; do
  north "$list" list
  [ "$(printf '%s\n' "$out" | grep -c 'P1')" -eq 1 ] || fail "expected North's one $list in the list"
done
north reflect list
expect_out_has "North's reflection"
north coordinator list --all
expect_out_has "$north"
[ "$(printf '%s\n' "$out" | wc -l)" -eq 2 ] || fail "expected a header and North's coordinator alone"
north asset show A1
expect_out_has "People connected now: 0"
expect_out_has "Contributions here: 1 (1 hour)"
north asset list
north person show P1
expect_out_has "P4 Ned Northby"
north person timeline P1
north person export P1
expect_out_has "Mary Northcott"
north doctor
expect_out_has "row-level-security"
north __complete people -- ""
expect_out "$(printf 'Mary Northcott\nNed Northby')"
north __complete handles -- t
expect_out "$north"
north __complete teams -- ""
expect_out North

step="a South person is not there to read, by reference or by name"
for who in "P2|P99" "Sid Southey|Nob Nobody" "Sid|Nob" "P3|P99" "Sal Southgate|Nob Nobody"; do
  IFS='|' read -r real ghost <<<"$who"
  for command in "person show {}" "person timeline {}" "person export {}" "conversation list {}" "goal list {}" \
    "connection list {}" "contribution list {}" "avoided list {}" "wellbeing list {}"; do
    read -r -a words <<<"$command"
    hidden "$real" "$ghost" "${words[@]}"
  done
done
for command in "conversation show {}|C2" "contribution show {}|T2" "avoided show {}|X2" "wellbeing show {}|W2"; do
  read -r -a words <<<"${command%|*}"
  ref=${command#*|}
  hidden "$ref" "${ref:0:1}99" "${words[@]}"
done

step="nor South's coordinators, nor the team South"
for handle in "$south" "$sue"; do
  for command in "caseload --coordinator {}" "due --coordinator {}" "person list --coordinator {}"; do
    read -r -a words <<<"$command"
    hidden "$handle" nobody "${words[@]}"
  done
done
hidden South Nowhere caseload --team {}
hidden South Nowhere summary --team {} --week 2026-W47
hidden South Nowhere evaluate --team {} --year 2026
like_nothing 0 South Nowhere reflect list --team {}
like_nothing 0 South Nowhere coordinator list --team {}
like_nothing 0 Riverside Nowhere person list --area {}

step="nor in a search, nor in a completion, nor as a near miss ('did you mean')"
for word in Southey zucchini Zebedee bicycles; do
  like_nothing 0 "$word" qqqq search {}
  like_nothing 0 "$word" qqqq search {} --all
done
like_nothing 0 S Q __complete people -- {}
like_nothing 0 P2 P9 __complete people -- {}
like_nothing 0 "$south" nobody __complete handles -- {}
hidden "Sid Southy" "Nob Nobody" person show {}
hidden "${south}x" nobody caseload --coordinator {}
hidden Soth Nowhere summary --team {}

step="nor in a summary or an evaluation: North's login's are the administrator's of team North"
for command in "summary --week 2026-W47" "evaluate --year 2026" "evaluate --year 2026 --identify"; do
  read -r -a words <<<"$command"
  for format in table md csv html json; do
    [[ "$command" != *--identify || $format == json ]] || continue
    north "${words[@]}" --format "$format"
  done
  mine=$out # json, the last
  ok --db "$admin" "${words[@]}" --format json --team North
  diff <(echo "${out/\"team\": \"North\"/\"team\": null}") <(echo "$mine") >&2 ||
    fail "North's $command differs from team North's (the lines above: < team North's, > North's login's)"
done

step="nor in any extract: each of North's holds North's one row (two people, two assignments)"
rows_of() { case $1 in people | assignments) echo 2 ;; *) echo 1 ;; esac; }
for entity in people conversations goals connections assets contributions avoided wellbeing assignments \
  goal_notes connection_changes coordinators; do
  north export "$entity" --identify
  [ "$(printf '%s\n' "$out" | wc -l)" -eq "$(($(rows_of "$entity") + 1))" ] || fail "expected North's rows in $entity"
  north export "$entity" --format json
  [ "$(printf '%s\n' "$out" | wc -l)" -eq "$(rows_of "$entity")" ] || fail "expected North's rows in $entity"
done
for identify in --identify ""; do
  north export all "$work/north$identify" $identify
  for file in "$work/north$identify"/*.csv; do
    lacks_south "$(cat "$file")"
    entity=$(basename "$file" .csv)
    [ "$(wc -l <"$file")" -eq "$(($(rows_of "$entity") + 1))" ] || fail "expected North's rows in $file"
  done
done
[ "$(find "$work/north--identify" -name '*.csv' | wc -l)" -eq 12 ] || fail "expected an extract of every entity"
north copy --to "$work/north.db"
lacks_south "$(sqlite3 "$work/north.db" .dump)"
[ "$(sqlite3 "$work/north.db" "SELECT count(*) FROM person")" -eq 2 ] || fail "expected North's people in the copy"

step="the login acts: --as naming another is refused, and nothing is written"
run --db "$as_north" log P1 -m "as Sam" --minutes 5 --as "$south"
expect_rc 77
expect_err_has "you act as your login, $north"
ok --db "$as_north" log P1 -m "as myself" --minutes 5
[ "$(pg -d "$db" -c "SELECT recorded_by FROM conversation ORDER BY id DESC LIMIT 1")" == "$north" ] ||
  fail "the conversation was not recorded as the login's"
south_unchanged

step="South's coordinator sees South's person, and not North's"
as_south="postgresql:///$db?host=$host&user=$south"
ok --db "$as_south" person show "Sid Southey"
expect_out_has "P2  Sid Southey"
expect_out_has "Sid's zucchini"
ok --db "$as_south" __complete people -- S
expect_out "Sid Southey"
run --db "$as_south" person show P1
expect_rc 65

step="forgetting on a server says what the server still keeps"
ok --db "$as_south" person close P2 --reason moved
ok --db "$as_south" person forget P2 --confirm
expect_err_has "the server keeps the old text in its dead row versions until its next VACUUM"
[ "$(pg -d "$db" -c "SELECT count(*) FROM conversation WHERE note LIKE '%zucchini%'")" -eq 0 ] ||
  fail "the forgotten person's words are still in the table"

pass
