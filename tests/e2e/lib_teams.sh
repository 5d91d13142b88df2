# shellcheck shell=bash
# Shared by teams.sh and teams_writes.sh (teams kept apart on a PostgreSQL server,
# lac-server(7)): a database of their own on the private server, where the administrator has
# set up two teams, North and South, each with its people and a record of every kind, and
# logins for the coordinators Nora (North) and Sam (South); South's rows as the superuser
# reads them, South's words, and the assertions that North's login meets none of them.
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
unset LAC_USER

# South's rows, whole, in every table that holds them (people P2 and P3, team South), and the
# audit trail as it was set up, and any entry since but North's and the administrator's: as
# the server's superuser sees them.
set_up=$(pg -d "$db" -c "SELECT max(id) FROM audit")
south_rows() {
  local people="(2, 3)"
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
# plain TEXT: TEXT with this run's random names, its temporary directory and the server's
# socket directory, as WORK and HOST, lest they hold a reference or a word by chance.
plain() {
  local text=${1//"$work"/WORK}
  printf '%s' "${text//"$host"/HOST}"
}
lacks_south() {
  local w text
  text=$(plain "$1")
  for w in "${south_words[@]}"; do [[ "$text" != *"$w"* ]] || fail "North's login was shown '$w' of South's"; done
}
# north ARGS…: lac ARGS as North's login succeeds, and shows nothing of South's.
north() {
  ok --db "$as_north" "$@"
  lacks_south "$out$err"
}
# like_nothing CODE REAL GHOST ARGS…: as North's login, lac ARGS with {} standing for REAL,
# something of South's, answers just as it does with {} standing for GHOST, which is nowhere:
# the exit code CODE, the same stdout and stderr but for the word itself, one line on stderr
# (an import: a bad row's and the summary, but one when refused its login's right (77); none
# or one when CODE is 0), a refusal (65) naming
# GHOST as not there, nothing else of South's, and South unchanged.
like_nothing() {
  local code=$1 real=$2 ghost=$3
  shift 3
  run --db "$as_north" "${@//\{\}/$ghost}"
  local ghost_out ghost_err ghost_rc=$rc
  ghost_out=$(plain "$out") ghost_err=$(plain "$err")
  run --db "$as_north" "${@//\{\}/$real}"
  expect_rc "$code"
  [ "$ghost_rc" -eq "$code" ] || fail "expected exit code $code for $ghost, which is nowhere, not $ghost_rc"
  [ "$code" -ne 65 ] || [[ "$ghost_err" == *"no "*"$ghost"* ]] || fail "expected $ghost to be refused as not there: $ghost_err"
  local said shown
  said=$(plain "$err") shown=$(plain "$out")
  said=${said//"$real"/$ghost} shown=${shown//"$real"/$ghost}
  [ "$said" == "$ghost_err" ] || fail "stderr differs from what $ghost, which is nowhere, gets: $ghost_err"
  [ "$shown" == "$ghost_out" ] || fail "stdout differs from what $ghost, which is nowhere, gets: $ghost_out"
  local lines=1
  [ "$1" != import ] || [ "$code" -eq 77 ] || lines=2  # a refused login stops an import at once
  [ "$code" -eq 0 ] || [ "$(printf '%s\n' "$err" | wc -l)" -eq "$lines" ] || fail "expected $lines line(s) on stderr"
  [ "$(printf '%s\n' "$err" | wc -l)" -le "$lines" ] || fail "expected at most $lines line(s) on stderr"
  lacks_south "$shown$said"
  south_unchanged
}
hidden() { like_nothing 65 "$@"; }

