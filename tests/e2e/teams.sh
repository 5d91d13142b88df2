#!/usr/bin/env bash
# Teams kept apart on a PostgreSQL server (lac-server(7)): as the server login of North's
# coordinator, a South person, and every record of theirs, is not there, by reference or by
# name, in any command that reads, extracts, summarises, completes or changes: each answers
# just as for a reference or name that is nowhere; and nothing of South changes. The login is
# who acts: --as naming another is refused. Needs the private PostgreSQL server.
. "$(dirname "$0")/lib.sh"
host=$(cat "${LAC_TEST_POSTGRES:?run through ctest, which starts the PostgreSQL server}/host")
pg() { PGOPTIONS="-c client_min_messages=warning" psql -h "$host" -U postgres -AtX -q "$@"; }
db=lac_e2e_teams_$$
# Roles are the server's, shared by every database on it: named for this script. Sue, South's
# second coordinator, never logs in.
north=tnora$$ south=tsam$$ sue=tsue$$ users=lac_e2e_users_$$
cleanup() {
  pg -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true
  for r in "$north" "$south" "$users"; do pg -d postgres -c "DROP ROLE IF EXISTS $r" || true; done
  rm -rf "$work"
}
trap cleanup EXIT
pg -d postgres -c "CREATE DATABASE $db"
admin="postgresql:///$db?host=$host&user=postgres"
# made REF ARGS…: the administrator runs lac ARGS, which prints the new record's REF.
made() {
  local ref=$1
  shift
  ok --db "$admin" "$@"
  expect_out "$ref"
}
scores() { for p in assets redefining-work reciprocity social-networks respect; do echo "--score $p=$1"; done; }

step="the administrator (the superuser, acting for asha) sets the programme up"
ok --db "$admin" init --team North
ok --db "$admin" coordinator add "$north" --name "Nora North" --team North
ok --db "$admin" coordinator add "$south" --name "Sam South" --team South
ok --db "$admin" coordinator add "$sue" --name "Sue Southall" --team South
made P1 person add "Mary Northcott" --coordinator "$north" --area Hillside --on 2026-11-01
made P2 person add "Sid Southey" --coordinator "$south" --area Riverside --gifts "fixing bicycles" --on 2026-11-01
made P3 person add "Sal Southgate" --coordinator "$south" --area Riverside --on 2026-11-02
made P4 person add "Ned Northby" --coordinator "$north" --area Hillside --on 2026-11-02
made A1 asset add "Riverside Allotments" --kind group --area Riverside
# North's records: one of each kind, so that North's lists and extracts hold one row each.
made C1 log P1 -m "North talk" --minutes 30 --on 2026-11-20 --as "$north"
made G1 goal add P1 "Walk the fells" --on 2026-11-10 --as "$north"
ok --db "$admin" goal progress G1 "reached the first cairn" --on 2026-11-15 --as "$north"
made K1 connect P1 --peer P4 --on 2026-11-12 --as "$north"
made T1 contribute P1 "brewed the tea" --hours 1 --asset A1 --on 2026-11-17 --as "$north"
made X1 avoid P1 gp-appointment -m "North's evidence" --on 2026-11-18 --as "$north"
made W1 wellbeing P1 --life 6 -m "North's mood" --on 2026-11-19 --as "$north"
# shellcheck disable=SC2046
ok --db "$admin" reflect --team North $(scores 3) -m "North's reflection" --on 2026-11-19 --as "$north"
# South's: a record of every kind, and every word of South's marked (South's words below).
made C2 log P2 -m "South talk about Sid's zucchini" --minutes 40 --on 2026-11-20 --next 2026-11-23 --as "$south"
made G2 goal add P2 "Grow zucchini marrows" --on 2026-11-10 --as "$south"
ok --db "$admin" goal progress G2 "the first zucchini sprouted" --on 2026-11-15 --as "$south"
made K2 connect P2 A1 --on 2026-11-12 --as "$south"
ok --db "$admin" connection set K2 --status engaged --on 2026-11-16 --as "$south"
made K3 connect P2 --peer P3 --on 2026-11-13 --as "$south"
made K4 connect P2 --peer P1 --on 2026-11-13 --as "$south" # a peer across the teams: North's Mary
made K5 connect P2 --natural "brother Zebedee" --on 2026-11-13 --as "$south"
made T2 contribute P2 "mended the zucchini frames" --hours 2 --asset A1 --on 2026-11-17 --as "$south"
made X2 avoid P2 eviction -m "zucchini rent arrears cleared" --on 2026-11-18 --as "$south"
made W2 wellbeing P2 --life 7 --worthwhile 8 --happy 6 --anxious 3 --lonely some -m "zucchini mood" \
  --on 2026-11-19 --as "$south"
# shellcheck disable=SC2046
ok --db "$admin" reflect --team South $(scores 4) -m "South's zucchini reflection" --on 2026-11-19 --as "$south"
ok --db "$admin" person transfer P3 --to "$sue" --on 2026-11-20
ok --db "$admin" person close P3 --reason moved --on 2026-11-21
pg -d postgres -c "CREATE ROLE $users NOLOGIN" -c "CREATE ROLE $north LOGIN IN ROLE $users" \
  -c "CREATE ROLE $south LOGIN IN ROLE $users"
pg -d "$db" -c "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO $users"
as_north="postgresql:///$db?host=$host&user=$north"
as_south="postgresql:///$db?host=$host&user=$south"
unset LAC_USER

# South's rows, whole, in every table that holds them (people P2 and P3, team South), and the
# audit trail as it was set up, and any entry since but North's and the administrator's: as
# the server's superuser sees them.
set_up=$(pg -d "$db" -c "SELECT max(id) FROM audit")
south_rows() {
  local people="(SELECT id FROM person WHERE id IN (2, 3))"
  pg -d "$db" <<SQL
SELECT t::text FROM person t WHERE id IN $people ORDER BY id;
SELECT t::text FROM person_name_part t WHERE person_id IN $people ORDER BY part;
SELECT t::text FROM assignment t WHERE person_id IN $people ORDER BY id;
SELECT t::text FROM conversation t WHERE person_id IN $people ORDER BY id;
SELECT t::text FROM goal t WHERE person_id IN $people ORDER BY id;
SELECT t::text FROM goal_note t WHERE goal_id IN (SELECT id FROM goal WHERE person_id IN $people) ORDER BY id;
SELECT t::text FROM connection t WHERE person_id IN $people OR peer_id IN $people ORDER BY id;
SELECT t::text FROM connection_change t
  WHERE connection_id IN (SELECT id FROM connection WHERE person_id IN $people) ORDER BY id;
SELECT t::text FROM contribution t WHERE person_id IN $people ORDER BY id;
SELECT t::text FROM avoided t WHERE person_id IN $people ORDER BY id;
SELECT t::text FROM wellbeing t WHERE person_id IN $people ORDER BY id;
SELECT t::text FROM reflection t WHERE team = 'South' ORDER BY id;
SELECT t::text FROM reflection_score t WHERE reflection_id IN (SELECT id FROM reflection WHERE team = 'South')
  ORDER BY reflection_id, principle;
SELECT t::text FROM coordinator t WHERE team = 'South' ORDER BY id;
SELECT t::text FROM audit t WHERE id <= $set_up OR actor NOT IN ('$north', 'postgres') ORDER BY id;
SQL
}
before=$(south_rows)
for held in "Sid Southey" "Sal Southgate" "fixing bicycles" "Sid's zucchini" "zucchini marrows" "zucchini sprouted" \
  "brother Zebedee" "zucchini frames" "zucchini rent" "zucchini mood" "zucchini reflection" "Sue Southall"; do
  [[ "$before" == *"$held"* ]] || fail "South's rows, as the superuser reads them, lack '$held'"
done
south_unchanged() {
  diff <(echo "$before") <(south_rows) >&2 || fail "South's records changed (the lines above: < before, > now)"
}

# South's words: any of them in what North's login is shown is a leak.
south_words=("Sid" "Sal Southgate" "Southey" "zucchini" "Zebedee" "bicycles" "Sam South" "Sue Southall" "$south" "$sue")
lacks_south() {
  local w
  for w in "${south_words[@]}"; do [[ "$1" != *"$w"* ]] || fail "North's login was shown '$w' of South's"; done
}
# north ARGS…: lac ARGS as North's login succeeds, and shows nothing of South's.
north() {
  ok --db "$as_north" "$@"
  lacks_south "$out$err"
}
# like_nothing CODE REAL GHOST ARGS…: as North's login, lac ARGS with {} standing for REAL,
# something of South's, answers just as it does with {} standing for GHOST, which is nowhere:
# the exit code CODE, the same stdout and stderr but for the word itself, one line on stderr
# (an import: a bad row's and the summary; none or one when CODE is 0), a refusal (65) naming
# GHOST as not there, nothing else of South's, and South unchanged.
like_nothing() {
  local code=$1 real=$2 ghost=$3
  shift 3
  run --db "$as_north" "${@//\{\}/$ghost}"
  local ghost_out=$out ghost_err=$err ghost_rc=$rc
  run --db "$as_north" "${@//\{\}/$real}"
  expect_rc "$code"
  [ "$ghost_rc" -eq "$code" ] || fail "expected exit code $code for $ghost, which is nowhere, not $ghost_rc"
  [ "$code" -ne 65 ] || [[ "$ghost_err" == *"no "*"$ghost"* ]] || fail "expected $ghost to be refused as not there: $ghost_err"
  local said=${err//"$real"/$ghost} shown=${out//"$real"/$ghost}
  [ "$said" == "$ghost_err" ] || fail "stderr differs from what $ghost, which is nowhere, gets: $ghost_err"
  [ "$shown" == "$ghost_out" ] || fail "stdout differs from what $ghost, which is nowhere, gets: $ghost_out"
  local lines=1
  [ "$1" != import ] || lines=2
  [ "$code" -eq 0 ] || [ "$(printf '%s\n' "$err" | wc -l)" -eq "$lines" ] || fail "expected $lines line(s) on stderr"
  [ "$(printf '%s\n' "$err" | wc -l)" -le "$lines" ] || fail "expected at most $lines line(s) on stderr"
  lacks_south "$shown$said"
  south_unchanged
}
hidden() { like_nothing 65 "$@"; }

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
north person show P1
expect_out_has "P4 Ned Northby"
north person timeline P1
north person export P1
expect_out_has "Mary Northcott"
north __complete people -- ""
expect_out "$(printf 'Mary Northcott\nNed Northby')"
north __complete handles -- t
expect_out "$north"
north __complete teams -- ""
expect_out North

step="a South person is nowhere, by reference or by name, read or changed"
for who in "P2|P99" "Sid Southey|Nob Nobody" "Sid|Nob"; do
  IFS='|' read -r real ghost <<<"$who"
  for command in "person show {}" "person timeline {}" "person export {}" "person edit {} --area Hillside" \
    "person close {} --reason moved" "person transfer {} --to $north" "log {} -m private --minutes 5" \
    "conversation list {}" "goal list {}" "connection list {}" "contribution list {}" "avoided list {}" \
    "wellbeing list {}" "goal add {} private" "connect {} A1" "connect {} --natural private" \
    "connect P1 --peer {}" "contribute {} private --hours 1" "avoid {} eviction -m private" \
    "wellbeing {} --life 5" "conversation edit C1 --person {}" "connection edit K1 --peer {}"; do
    IFS=' ' read -r -a words <<<"${command//private/a-note}"
    hidden "$real" "$ghost" "${words[@]}"
  done
done
for who in "P3|P99" "Sal Southgate|Nob Nobody"; do
  IFS='|' read -r real ghost <<<"$who"
  hidden "$real" "$ghost" person reopen {}
  hidden "$real" "$ghost" person forget {}
  hidden "$real" "$ghost" person forget {} --confirm
done

step="nor any record of South's, by its reference"
for command in "conversation show {}|C2" "conversation edit {} -m a-note|C2" "conversation delete {}|C2" \
  "conversation delete {} --confirm|C2" "goal edit {} a-goal|G2" "goal progress {} a-note|G2" \
  "goal set {} --status achieved|G2" "connection set {} --status ended|K2 K3 K4 K5" \
  "connection edit {} --natural a-friend|K2 K3 K4 K5" "contribution show {}|T2" "contribution edit {} a-gift|T2" \
  "contribution delete {} --confirm|T2" "avoided show {}|X2" "avoided edit {} -m a-note|X2" \
  "avoided delete {} --confirm|X2" "wellbeing show {}|W2" "wellbeing edit {} --life 1|W2" \
  "wellbeing delete {} --confirm|W2"; do
  IFS=' ' read -r -a words <<<"${command%|*}"
  for ref in ${command#*|}; do hidden "$ref" "${ref:0:1}99" "${words[@]}"; done
done

step="nor South's coordinators, nor the team South"
for handle in "$south" "$sue"; do
  for command in "caseload --coordinator {}" "due --coordinator {}" "person list --coordinator {}" \
    "log P1 -m a-note --by {}" "person transfer P1 --to {}" "conversation edit C1 --by {}" \
    "person add Someone --coordinator {}" "coordinator edit {} --name Someone" "coordinator retire {}"; do
    IFS=' ' read -r -a words <<<"$command"
    hidden "$handle" nobody "${words[@]}"
  done
done
hidden South Nowhere caseload --team {}
hidden South Nowhere summary --team {} --week 2026-W47
hidden South Nowhere evaluate --team {} --year 2026
like_nothing 0 South Nowhere reflect list --team {}
like_nothing 0 South Nowhere coordinator list --team {}
like_nothing 0 Riverside Nowhere person list --area {}
# A team's reflection, and a coordinator, are the administrator's to add: refused (77) alike.
# shellcheck disable=SC2046
like_nothing 77 South Nowhere reflect --team {} $(scores 1)
like_nothing 77 "$south" nobody coordinator add {} --name Someone --team North
like_nothing 77 South Nowhere coordinator add "tnew$$" --name Someone --team {}
run --db "$as_north" coordinator edit "$north" --team South
expect_rc 77
lacks_south "$out$err"

step="nor in a search, nor in a completion"
for word in Southey zucchini Zebedee bicycles; do
  like_nothing 0 "$word" qqqq search {}
  like_nothing 0 "$word" qqqq search {} --all
done
like_nothing 0 S Q __complete people -- {}
like_nothing 0 P2 P9 __complete people -- {}
like_nothing 0 "$south" nobody __complete handles -- {}
# Nor does a near miss bring South's to mind ("did you mean").
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
  diff <(echo "${out/\"team\": \"North\"/\"team\": null}") <(echo "$mine") >&2 || fail "North's $command differs from team North's"
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
hidden G2 G99 import goal_notes "$work/goal_notes-{}.csv"
for ref in K2 K3 K4 K5; do hidden "$ref" K99 import connection_changes "$work/connection_changes-{}.csv"; done

# KNOWN LEAK, reported on issue 18 and not yet mended (lib/lac/import, not row security): a
# row that carries its record's own reference is refused for a reference of South's, as the
# server's "duplicate key value violates unique constraint" (23505), and taken for one that
# is nowhere; so North learns that South has a record of that reference (not what it holds).
# The references North is given draw from the same sequences (P5 after P4), which tell as
# much. When import answers alike, this fails: then check these with hidden instead.
step="KNOWN LEAK: an import by a record's own reference tells a South reference from a free one"
for ref in P2 P99; do sheet "people-$ref" person,name,coordinator,opened_on "$ref,Someone,$north,2026-11-22"; done
for ref in C2 C99; do sheet "conversations-$ref" conversation,person,date,minutes,note "$ref,P1,2026-11-21,10,a note"; done
for ref in G2 G99; do sheet "goals-$ref" goal,person,text "$ref,P1,a goal"; done
for ref in K2 K99; do sheet "connections-$ref" connection,person,kind,asset "$ref,P1,asset,A1"; done
for ref in T2 T99; do sheet "contributions-$ref" contribution,person,date,hours,what "$ref,P1,2026-11-21,1,a gift"; done
for ref in X2 X99; do sheet "avoided-$ref" avoided,person,type,date "$ref,P1,eviction,2026-11-21"; done
for ref in W2 W99; do sheet "wellbeing-$ref" wellbeing,person,date,life "$ref,P1,2026-11-21,5"; done
for entity in people:P2 conversations:C2 goals:G2 connections:K2 contributions:T2 avoided:X2 wellbeing:W2; do
  ref=${entity#*:} entity=${entity%:*}
  north import "$entity" "$work/$entity-${ref:0:1}99.csv" --dry-run
  run --db "$as_north" import "$entity" "$work/$entity-$ref.csv" --dry-run
  expect_rc 65
  expect_err_has "line 2: the database refused the change: duplicate key value violates unique constraint"
  lacks_south "$out$err"
  south_unchanged
done

step="the login acts: --as naming another is refused, and nothing is written"
run --db "$as_north" log P1 -m "as Sam" --minutes 5 --as "$south"
expect_rc 77
expect_err_has "you act as your login, $north"
ok --db "$as_north" log P1 -m "as myself" --minutes 5
[ "$(pg -d "$db" -c "SELECT recorded_by FROM conversation ORDER BY id DESC LIMIT 1")" == "$north" ] ||
  fail "the conversation was not recorded as the login's"

step="a North person of the same name as South's is North's own, with no word of South's"
ok --db "$as_north" person add "Sid Southey" --coordinator "$north" --on 2026-11-22
expect_out P5
expect_no_err
ok --db "$as_north" person show "Sid Southey"
expect_out_has "P5  Sid Southey"
expect_out_lacks zucchini
south_unchanged

step="South's coordinator sees South's person, and not North's"
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
