#include "lac/store/summary.hpp"

#include "lac/store/attribution.hpp"
#include "lac/store/db.hpp"
#include "lac/store/rows.hpp"

namespace lac::store {
namespace {

// Attributed events in [?1, ?2], team ?3: rows of (coordinator_id, n, amount). The events
// are materialised so that each one's coordinator is looked up once, not once per use.
// Ordered as grouped, so that C++ adds them up in one order on either engine (SQLite's
// sorter for the GROUP BY gives that order already).
#define ATTRIBUTED(events)                                                                          \
    "WITH e AS MATERIALIZED (" events ") SELECT e.coordinator_id, count(*), coalesce(sum(e.amount), 0.0) FROM e " \
    "JOIN coordinator c ON c.id = e.coordinator_id WHERE (?3 = '' OR lower(c.team) = ?3) "   \
    "GROUP BY e.coordinator_id ORDER BY e.coordinator_id"

const char* const new_people_sql = ATTRIBUTED(
    "SELECT " COORDINATOR_ON("p.id", "p.opened_on") " AS coordinator_id, 1 AS amount FROM person p "
    "WHERE p.opened_on BETWEEN ?1 AND ?2 AND p.support = 'walking-alongside'");
const char* const introductions_sql = ATTRIBUTED(
    "SELECT " COORDINATOR_ON("p.id", "p.opened_on") " AS coordinator_id, 1 AS amount FROM person p "
    "WHERE p.opened_on BETWEEN ?1 AND ?2 AND p.support = 'introduction'");
const char* const closed_sql = ATTRIBUTED(
    "SELECT " COORDINATOR_ON("p.id", "p.closed_on") " AS coordinator_id, 1 AS amount FROM person p "
    "WHERE p.closed_on BETWEEN ?1 AND ?2");
const char* const goals_set_sql = ATTRIBUTED(
    "SELECT " COORDINATOR_ON("g.person_id", "g.set_on") " AS coordinator_id, 1 AS amount FROM goal g "
    "WHERE g.set_on BETWEEN ?1 AND ?2");
// A goal achieved, set back and achieved again in one period counts once.
const char* const goals_achieved_sql = ATTRIBUTED(
    "SELECT " COORDINATOR_ON("g.person_id", "n.on_date") " AS coordinator_id, 1 AS amount "
    "FROM (SELECT goal_id, max(on_date) AS on_date FROM goal_note WHERE on_date BETWEEN ?1 AND ?2 "
    "AND status = 'achieved' GROUP BY goal_id) n JOIN goal g ON g.id = n.goal_id");
const char* const connections_sql = ATTRIBUTED(
    "SELECT " COORDINATOR_ON("k.person_id", "k.made_on") " AS coordinator_id, 1 AS amount FROM connection k "
    "WHERE k.made_on BETWEEN ?1 AND ?2");
const char* const contributions_sql = ATTRIBUTED(
    "SELECT " COORDINATOR_ON("t.person_id", "t.on_date") " AS coordinator_id, t.hours AS amount "
    "FROM contribution t WHERE t.on_date BETWEEN ?1 AND ?2");
const char* const avoided_sql = ATTRIBUTED(
    "SELECT " COORDINATOR_ON("x.person_id", "x.on_date") " AS coordinator_id, x.quantity * x.unit_cost AS amount "
    "FROM avoided x WHERE x.on_date BETWEEN ?1 AND ?2");

const char* const budget_sql =
    "WITH e AS MATERIALIZED (SELECT x.budget, x.quantity * x.unit_cost AS amount, "
    COORDINATOR_ON("x.person_id", "x.on_date") " AS coordinator_id FROM avoided x "
    "WHERE x.on_date BETWEEN ?1 AND ?2) SELECT e.budget, count(*), coalesce(sum(e.amount), 0.0) FROM e "
    "JOIN coordinator c ON c.id = e.coordinator_id "
    "WHERE (?3 = '' OR lower(c.team) = ?3) GROUP BY e.budget ORDER BY coalesce(sum(e.amount), 0.0) DESC, e.budget";

// Conversations count for whoever held them: the programme's week (conversation_date, or
// with ANALYZE's statistics conversation_coordinator skipping through the coordinators),
// or a team's coordinators' own weeks (coordinator_team, then conversation_coordinator; the
// CROSS JOIN keeps that order when there are no statistics to tell the planner it is best).
const char* const conversations_sql =
    "SELECT v.coordinator_id, v.person_id, count(*), coalesce(sum(v.minutes), 0.0) FROM conversation v "
    "JOIN coordinator c ON c.id = v.coordinator_id "
    "WHERE v.on_date BETWEEN ?1 AND ?2 AND (?3 = '' OR lower(c.team) = ?3) GROUP BY v.coordinator_id, v.person_id "
    "ORDER BY v.coordinator_id, v.person_id";
const char* const team_conversations_sql =
    "SELECT v.coordinator_id, v.person_id, count(*), coalesce(sum(v.minutes), 0.0) FROM coordinator c "
    "CROSS JOIN conversation v "
    "WHERE v.coordinator_id = c.id AND lower(c.team) = ?3 AND v.on_date BETWEEN ?1 AND ?2 GROUP BY v.coordinator_id, v.person_id "
    "ORDER BY v.coordinator_id, v.person_id";

// People walked alongside on ?2, with their coordinator then (assignment_held) and their
// last conversation on or before it (conversation_person), each from an index alone.
#define OPEN_ON_DAY(p)                                                                                \
    "SELECT " COORDINATOR_ON(p ".id", "?2") " AS coordinator_id, " p ".opened_on, "                  \
    "(SELECT max(v.on_date) FROM conversation v WHERE v.person_id = " p ".id AND v.on_date <= ?2) AS last_seen "
#define WALKED_ALONGSIDE "p.support = 'walking-alongside' AND p.opened_on <= ?2 AND "

// The programme's: the people open on ?2, active now (person_active) or closed since
// (person_open), so it costs the people open then, not every assignment in the history.
// They are taken in order of id (s), so that the indexes each is looked up in are read in
// order too: for a week two years back, about a third less CPU time than in the order found.
const char* const caseload_sql =
    "WITH u AS MATERIALIZED (SELECT p.id, p.opened_on FROM person p WHERE " WALKED_ALONGSIDE "p.status = 'active' "
    "UNION ALL SELECT p.id, p.opened_on FROM person p WHERE " WALKED_ALONGSIDE "p.closed_on > ?2), "
    "s AS MATERIALIZED (SELECT id, opened_on FROM u ORDER BY id), "
    "o AS MATERIALIZED (" OPEN_ON_DAY("s") "FROM s) "
    "SELECT o.coordinator_id, o.opened_on, o.last_seen FROM o WHERE o.coordinator_id IS NOT NULL";
// A team's: the people its coordinators have held since before ?2 (coordinator_team, then
// assignment_coordinator), open on it, and whose coordinator on it is in the team. It costs
// the team's people, whichever week it is, not the programme's.
const char* const team_caseload_sql =
    "WITH o AS MATERIALIZED (" OPEN_ON_DAY("p") "FROM person p WHERE " WALKED_ALONGSIDE
    "(p.closed_on IS NULL OR p.closed_on > ?2) AND p.id IN "
    "(SELECT h.person_id FROM coordinator t CROSS JOIN assignment h "
    "WHERE h.coordinator_id = t.id AND lower(t.team) = ?3 AND h.from_on <= ?2)) "
    "SELECT o.coordinator_id, o.opened_on, o.last_seen FROM o "
    "JOIN coordinator c ON c.id = o.coordinator_id WHERE lower(c.team) = ?3";

// Runs one of the queries above over [from, to] for `team`, a row at a time.
template <class Read>
void each_row(Db& db, const char* sql, Date from, Date to, const std::string& team, Read read) {
    Query query(db, sql);
    query.bind(1, to_iso(from));
    query.bind(2, to_iso(to));
    if (query.getBindParameterCount() >= 3) rows::bind_folded(query, 3, team);  // a programme's query may have no team
    while (query.executeStep()) read(query);
}

std::vector<EventRow> events(Db& db, const char* sql, Date from, Date to, const std::string& team) {
    std::vector<EventRow> out;
    each_row(db, sql, from, to, team, [&](store::Statement& q) {
        out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getInt(), q.getColumn(2).getDouble()});
    });
    return out;
}

}  // namespace

SummaryRows summary_rows(Db& db, Date from, Date to, const std::string& team) {
    SummaryRows out;
    out.new_people = events(db, new_people_sql, from, to, team);
    out.introductions = events(db, introductions_sql, from, to, team);
    out.closed_people = events(db, closed_sql, from, to, team);
    out.goals_set = events(db, goals_set_sql, from, to, team);
    out.goals_achieved = events(db, goals_achieved_sql, from, to, team);
    out.connections_made = events(db, connections_sql, from, to, team);
    out.contributions = events(db, contributions_sql, from, to, team);
    out.avoided = events(db, avoided_sql, from, to, team);
    each_row(db, team.empty() ? conversations_sql : team_conversations_sql, from, to, team, [&](store::Statement& q) {
        out.conversations.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), q.getColumn(2).getInt(),
                                     int(q.getColumn(3).getDouble())});
    });
    each_row(db, team.empty() ? caseload_sql : team_caseload_sql, from, to, team, [&](store::Statement& q) {
        out.open_people.push_back(
            {q.getColumn(0).getInt64(), rows::date(q.getColumn(1)), rows::maybe_date(q.getColumn(2))});
    });
    each_row(db, budget_sql, from, to, team, [&](store::Statement& q) {
        out.budgets.push_back({q.getColumn(0).getString(), q.getColumn(1).getInt(), q.getColumn(2).getDouble()});
    });
    return out;
}

std::vector<DayCounts> daily_counts(Db& db, Date from, Date to, const std::string& team) {
    Query query(
        db,
        "SELECT day, sum(talks), sum(made) FROM ("
        "SELECT v.on_date AS day, count(*) AS talks, 0 AS made FROM conversation v "
        "JOIN coordinator c ON c.id = v.coordinator_id WHERE v.on_date BETWEEN ?1 AND ?2 "
        "AND (?3 = '' OR lower(c.team) = ?3) GROUP BY v.on_date "
        "UNION ALL SELECT e.made_on, 0, count(*) FROM (SELECT k.made_on, " COORDINATOR_ON("k.person_id", "k.made_on")
        " AS coordinator_id FROM connection k WHERE k.made_on BETWEEN ?1 AND ?2) e "
        "JOIN coordinator c ON c.id = e.coordinator_id WHERE (?3 = '' OR lower(c.team) = ?3) GROUP BY e.made_on"
        ") d GROUP BY day ORDER BY day");
    query.bind(1, to_iso(from));
    query.bind(2, to_iso(to));
    rows::bind_folded(query, 3, team);
    std::vector<DayCounts> out;
    while (query.executeStep())
        out.push_back({query.getColumn(0).getString(), query.getColumn(1).getInt(), query.getColumn(2).getInt()});
    return out;
}

}  // namespace lac::store
