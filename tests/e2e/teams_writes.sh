#!/usr/bin/env bash
# Teams kept apart on a PostgreSQL server (lac-server(7)), what one changes: as the server
# login of North's coordinator, a South person and every record of theirs are not there, by
# reference or by name, to change through any command, an import's rows included: each is
# refused just as for a reference or name that is nowhere, and South's rows stay as they were
# to the byte. (What one reads: teams.sh.) Needs the private PostgreSQL server.
. "$(dirname "$0")/lib_teams.sh"

step="a South person is not there to change, by reference or by name"
for who in "P2|P99" "Sid Southey|Nob Nobody" "Sid|Nob"; do
  IFS='|' read -r real ghost <<<"$who"
  for command in "person edit {} --area Hillside" "person close {} --reason moved" "person transfer {} --to $north" \
    "log {} -m a-note --minutes 5" "goal add {} a-goal" "connect {} A1" "connect {} --natural a-friend" \
    "connect P1 --peer {}" "contribute {} a-gift --hours 1" "avoid {} eviction -m a-note" "wellbeing {} --life 5" \
    "conversation edit C1 --person {}" "connection edit K1 --peer {}"; do
    read -r -a words <<<"$command"
    hidden "$real" "$ghost" "${words[@]}"
  done
done
# Sal, South's closed person, to reopen or forget.
for who in "P3|P99" "Sal Southgate|Nob Nobody"; do
  IFS='|' read -r real ghost <<<"$who"
  hidden "$real" "$ghost" person reopen {}
  hidden "$real" "$ghost" person forget {}
  hidden "$real" "$ghost" person forget {} --confirm
done

step="nor any record of South's, by its reference"
for command in "conversation edit {} -m a-note|C2" "conversation delete {}|C2" "conversation delete {} --confirm|C2" \
  "goal edit {} a-goal|G2" "goal progress {} a-note|G2" "goal set {} --status achieved|G2" \
  "connection set {} --status ended|K2 K3 K4 K5" "connection edit {} --natural a-friend|K2 K3 K4 K5" \
  "contribution edit {} a-gift|T2" "contribution delete {} --confirm|T2" "avoided edit {} -m a-note|X2" \
  "avoided delete {} --confirm|X2" "wellbeing edit {} --life 1|W2" "wellbeing delete {} --confirm|W2"; do
  read -r -a words <<<"${command%|*}"
  for ref in ${command#*|}; do hidden "$ref" "${ref:0:1}99" "${words[@]}"; done
done

step="nor South's coordinators, nor the team South"
for handle in "$south" "$sue"; do
  for command in "log P1 -m a-note --by {}" "person transfer P1 --to {}" "conversation edit C1 --by {}" \
    "person add Someone --coordinator {}"; do
    read -r -a words <<<"$command"
    hidden "$handle" nobody "${words[@]}"
  done
  # The team is the administrator's to keep (lac-server(7)): refused (77) before any lookup.
  like_nothing 77 "$handle" nobody coordinator edit {} --name Someone
  like_nothing 77 "$handle" nobody coordinator retire {}
done
# A team's reflection, and a coordinator, are the administrator's to add: refused (77) alike.
# shellcheck disable=SC2046
like_nothing 77 South Nowhere reflect --team {} $(scores 1)
like_nothing 77 "$south" nobody coordinator add {} --name Someone --team North
like_nothing 77 South Nowhere coordinator add "tnew$$" --name Someone --team {}
for change in "--team South" "--name Nora"; do
  # shellcheck disable=SC2086
  run --db "$as_north" coordinator edit "$north" $change
  expect_rc 77
  expect_err "lac: on a PostgreSQL server the team's coordinators are added and changed by lac's administrator, who also makes their logins; ask them (see lac-server(7))"
done
lacks_south "$out$err"
south_unchanged

step="nor by an import naming South's person, by reference or by name, or South's records"
# sheet NAME HEADER ROW: the CSV file $work/NAME.csv, of one row.
sheet() { printf '%s\n%s\n' "$2" "$3" >"$work/$1.csv"; }
for name in P2 P99 "Sid Southey" "Nob Nobody"; do
  sheet "conversations-$name" person,date,minutes,note "$name,2026-11-21,10,a note"
  sheet "goals-$name" person,text "$name,a goal"
  sheet "connections-$name" person,kind,peer "$name,peer,P4"
  sheet "peers-$name" person,kind,peer "P4,peer,$name"
  sheet "contributions-$name" person,date,hours,what "$name,2026-11-21,1,a gift"
  sheet "avoided-$name" person,type,date "$name,eviction,2026-11-21"
  sheet "wellbeing-$name" person,date,life "$name,2026-11-21,5"
  sheet "assignments-$name" person,coordinator,from_on "$name,$north,2026-11-22"
  sheet "people-$name" name,coordinator,opened_on "$name,$north,2026-11-22"
done
for ref in G2 G99; do sheet "goal_notes-$ref" goal,date,note "$ref,2026-11-21,a note"; done
for ref in K2 K3 K4 K5 K99; do sheet "connection_changes-$ref" connection,date,status "$ref,2026-11-21,ended"; done
for who in "P2|P99" "Sid Southey|Nob Nobody"; do
  IFS='|' read -r real ghost <<<"$who"
  for entity in conversations goals connections peers contributions avoided wellbeing assignments; do
    for dry in --dry-run --update; do
      hidden "$real" "$ghost" import "${entity/peers/connections}" "$work/$entity-{}.csv" "$dry"
    done
  done
done
# A person of the same name is a new one of North's, as for any name.
like_nothing 0 "Sid Southey" "Nob Nobody" import people "$work/people-{}.csv" --dry-run
# Nor a row naming South's coordinator.
for handle in "$south" nobody; do
  sheet "people-by-$handle" name,coordinator,opened_on "Someone,$handle,2026-11-22"
  sheet "conversations-by-$handle" person,coordinator,date,note "P1,$handle,2026-11-21,a note"
done
hidden "$south" nobody import people "$work/people-by-{}.csv"
hidden "$south" nobody import conversations "$work/conversations-by-{}.csv"
hidden G2 G99 import goal_notes "$work/goal_notes-{}.csv"
for ref in K2 K3 K4 K5; do hidden "$ref" K99 import connection_changes "$work/connection_changes-{}.csv"; done

# A row that carries its record's own reference was refused for a reference of South's, as
# the server's "duplicate key value violates unique constraint" (23505), and taken for one
# that is nowhere: North learnt that South has a record of that reference. Now a login that
# row security binds keeps only the references it sees (lib/lac/import/cells.cpp), refused
# alike (77) whether taken or free. (The references North is given draw from the same
# sequences, P5 after P4, which tell how many records there are, not whose or what.)
step="nor by an import under a record's own reference: refused alike, taken by South or free"
for ref in P2 P99; do sheet "people-$ref" person,name,coordinator,opened_on "$ref,Someone,$north,2026-11-22"; done
for ref in C2 C99; do sheet "conversations-$ref" conversation,person,date,minutes,note "$ref,P1,2026-11-21,10,a note"; done
for ref in G2 G99; do sheet "goals-$ref" goal,person,text "$ref,P1,a goal"; done
for ref in K2 K99; do sheet "connections-$ref" connection,person,kind,asset "$ref,P1,asset,A1"; done
for ref in T2 T99; do sheet "contributions-$ref" contribution,person,date,hours,what "$ref,P1,2026-11-21,1,a gift"; done
for ref in X2 X99; do sheet "avoided-$ref" avoided,person,type,date "$ref,P1,eviction,2026-11-21"; done
for ref in W2 W99; do sheet "wellbeing-$ref" wellbeing,person,date,life "$ref,P1,2026-11-21,5"; done
for entity in people:P2 conversations:C2 goals:G2 connections:K2 contributions:T2 avoided:X2 wellbeing:W2; do
  ref=${entity#*:} entity=${entity%:*}
  for dry in --dry-run ""; do
    # shellcheck disable=SC2086
    like_nothing 77 "$ref" "${ref:0:1}99" import "$entity" "$work/$entity-{}.csv" $dry
    expect_err_has "$entity-$ref.csv line 2: on a PostgreSQL server only lac's administrator imports a new record under its own reference ($ref)"
  done
done
# North's own record keeps its reference: the row is found there, to correct.
sheet conversations-C1 conversation,person,date,minutes,note "C1,P1,2026-11-21,10,a note"
north import conversations "$work/conversations-C1.csv" --update --dry-run
expect_err_has "(0 new, 0 already here, 1 to correct)"

step="a North person of the same name as South's is North's own, with no word of South's"
ok --db "$as_north" person add "Sid Southey" --coordinator "$north" --on 2026-11-22
expect_out P5
expect_no_err
ok --db "$as_north" person show "Sid Southey"
expect_out_has "P5  Sid Southey"
expect_out_lacks zucchini
south_unchanged

pass
