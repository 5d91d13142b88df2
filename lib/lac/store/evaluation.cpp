#include "lac/store/evaluation.hpp"

#include <fmt/format.h>

#include "lac/store/attribution.hpp"
#include "lac/store/db.hpp"
#include "lac/store/rows.hpp"

namespace lac::store {
namespace {

// Every query below takes the period as ?1 and ?2 and, for a team, the team as ?3; `{}` is
// where the team's condition goes (TRUE for everyone). For a team, the people are first
// narrowed to those its coordinators have held (coordinator_team, then
// assignment_coordinator), so that a team's year costs the team's people, each event read
// through its person's index; then each event is kept if it counts for the team's
// coordinator on its day. For everyone, each event is read by its date index.
// Grouped rows come ordered as grouped: the sums C++ makes of them are then added in one
// order on either engine (PostgreSQL's hashed groups come in none); SQLite's sorter for the
// GROUP BY gives that order already, at no cost.
std::string in_team(const char* person, const char* day) {
    return fmt::format(
        "{0} IN (SELECT h.person_id FROM coordinator t CROSS JOIN assignment h "
        "WHERE h.coordinator_id = t.id AND lower(t.team) = ?3 AND h.from_on <= ?2) AND "
        "(SELECT lower(c.team) FROM coordinator c WHERE c.id = " COORDINATOR_ON("{0}", "{1}") ") = ?3",
        person, day);
}

// A person's last day in the period: the period's end, or the day they closed before it.
#define LAST_DAY "CASE WHEN p.closed_on < ?2 THEN p.closed_on ELSE ?2 END"

struct Query {
    const char* text;    // with {} for the team's condition
    const char* person;  // the person column the condition is on
    const char* day;     // the day the event counts on
};

// People walked alongside or introduced at any time in the period (person_opened).
const Query people{"SELECT p.support, p.source, p.id, 1, 0 FROM person p WHERE p.opened_on <= ?2 "
                   "AND (p.closed_on IS NULL OR p.closed_on >= ?1) AND {}",
                   "p.id", LAST_DAY};
const Query closures{"SELECT '', p.close_reason, p.id, 1, 0 FROM person p WHERE p.closed_on BETWEEN ?1 AND ?2 AND {}",
                     "p.id", "p.closed_on"};
const Query goals_set{"SELECT '', g.area, g.person_id, count(*), 0 FROM goal g WHERE g.set_on BETWEEN ?1 AND ?2 "
                      "AND {} GROUP BY g.area, g.person_id ORDER BY g.area, g.person_id",
                      "g.person_id", "g.set_on"};
// As the summary counts them: a goal achieved twice in the period counts once.
const Query goals_achieved{
    "SELECT '', g.area, g.person_id, count(*), 0 FROM (SELECT goal_id, max(on_date) AS on_date FROM goal_note "
    "WHERE on_date BETWEEN ?1 AND ?2 AND status = 'achieved' GROUP BY goal_id) n JOIN goal g ON g.id = n.goal_id "
    "WHERE {} GROUP BY g.area, g.person_id ORDER BY g.area, g.person_id",
    "g.person_id", "n.on_date"};
const Query connections_made{
    "SELECT '', k.kind, k.person_id, count(*), 0 FROM connection k WHERE k.made_on BETWEEN ?1 AND ?2 AND {} "
    "GROUP BY k.kind, k.person_id ORDER BY k.kind, k.person_id",
    "k.person_id", "k.made_on"};
// A connection's first change is the status it was made with (connection_change_connection).
const Query connections_sustained{
    "SELECT '', k.kind, k.person_id, count(DISTINCT k.id), 0 FROM connection k JOIN connection_change ch "
    "ON ch.connection_id = k.id WHERE ch.status = 'sustained' AND ch.on_date BETWEEN ?1 AND ?2 AND {} "
    "GROUP BY k.kind, k.person_id ORDER BY k.kind, k.person_id",
    "k.person_id", "ch.on_date"};
const Query people_sustained{
    "SELECT '', '', p.id, 1, 0 FROM person p WHERE p.opened_on <= ?2 AND (p.closed_on IS NULL OR p.closed_on >= ?1) "
    "AND EXISTS (SELECT 1 FROM connection k WHERE k.person_id = p.id AND k.made_on <= " LAST_DAY " AND "
    "(SELECT ch.status FROM connection_change ch WHERE ch.connection_id = k.id AND ch.on_date <= " LAST_DAY
    " ORDER BY ch.on_date DESC, ch.id DESC LIMIT 1) = 'sustained') AND {}",
    "p.id", LAST_DAY};
const Query contributions{
    "SELECT '', '', t.person_id, count(*), coalesce(sum(t.hours), 0.0) FROM contribution t WHERE t.on_date BETWEEN ?1 AND ?2 "
    "AND {} GROUP BY t.person_id ORDER BY t.person_id",
    "t.person_id", "t.on_date"};

// The same connections month by month ("YYYY-MM"), for the chart of connections over time:
// made by connection_made (made_on) for everyone, through connection_person for a team;
// sustained by reading connection_change (it has no index on its day) for everyone, and
// through connection_person, then connection_change_connection, for a team.
const Query connections_made_monthly{
    "SELECT 'made', substr(k.made_on, 1, 7), k.person_id, count(*), 0 FROM connection k "
    "WHERE k.made_on BETWEEN ?1 AND ?2 AND {} GROUP BY 2, k.person_id ORDER BY 2, k.person_id",
    "k.person_id", "k.made_on"};
const Query connections_sustained_monthly{
    "SELECT 'sustained', substr(ch.on_date, 1, 7), k.person_id, count(DISTINCT k.id), 0 FROM connection k "
    "JOIN connection_change ch ON ch.connection_id = k.id WHERE ch.status = 'sustained' "
    "AND ch.on_date BETWEEN ?1 AND ?2 AND {} GROUP BY 2, k.person_id ORDER BY 2, k.person_id",
    "k.person_id", "ch.on_date"};

// Conversations count for whoever held them: the period's (conversation_date), or the
// team's coordinators' own (coordinator_team, then conversation_coordinator).
const char* const conversations_sql =
    "SELECT '', '', v.person_id, count(*), coalesce(sum(v.minutes), 0.0) FROM conversation v "
    "WHERE v.on_date BETWEEN ?1 AND ?2 GROUP BY v.person_id ORDER BY v.person_id";
const char* const team_conversations_sql =
    "SELECT '', '', v.person_id, count(*), coalesce(sum(v.minutes), 0.0) FROM coordinator c CROSS JOIN conversation v "
    "WHERE v.coordinator_id = c.id AND lower(c.team) = ?3 AND v.on_date BETWEEN ?1 AND ?2 GROUP BY v.person_id ORDER BY v.person_id";

const Query avoided{
    "SELECT x.person_id, x.type, x.label, x.budget, x.confidence, x.unit, x.cost_source, x.unit_cost, count(*), "
    "coalesce(sum(x.quantity), 0.0) FROM avoided x WHERE x.on_date BETWEEN ?1 AND ?2 AND {} "
    "GROUP BY x.person_id, x.type, x.label, x.budget, x.confidence, x.unit, x.cost_source, x.unit_cost "
    "ORDER BY x.person_id, x.type, x.label, x.budget, x.confidence, x.unit, x.cost_source, x.unit_cost",
    "x.person_id", "x.on_date"};

// The people with a check-in in the period (wellbeing_date), counted for the team of their
// coordinator on their latest; then every check-in of theirs to its end (wellbeing_person).
const Query checkins{
    "WITH s AS MATERIALIZED (SELECT person_id, max(on_date) AS latest FROM wellbeing WHERE on_date BETWEEN ?1 AND ?2 "
    "GROUP BY person_id) SELECT w.person_id, w.on_date, w.life, w.worthwhile, w.happy, w.anxious, w.lonely "
    "FROM s JOIN wellbeing w ON w.person_id = s.person_id AND w.on_date <= ?2 WHERE {} "
    "ORDER BY w.person_id, w.on_date, w.id",
    "s.person_id", "s.latest"};

// Assignments are [from_on, to_on).
const char* const coordinators_sql =
    "SELECT count(DISTINCT a.coordinator_id) FROM assignment a JOIN coordinator c ON c.id = a.coordinator_id "
    "WHERE a.from_on <= ?2 AND (a.to_on IS NULL OR a.to_on > ?1) AND (?3 = '' OR lower(c.team) = ?3)";

struct Runner {
    Db& db;
    Date from, to;
    const std::string& team;

    template <class Read>
    void each(const std::string& sql, Read read) const {
        lac::Query query(db, sql);
        query.bind(1, to_iso(from));
        query.bind(2, to_iso(to));
        if (query.getBindParameterCount() >= 3) rows::bind_folded(query, 3, team);
        while (query.executeStep()) read(query);
    }

    std::string scoped(const Query& q) const {
        return fmt::format(fmt::runtime(q.text), team.empty() ? std::string("TRUE") : in_team(q.person, q.day));
    }

    std::vector<KeyedRow> keyed(const std::string& sql) const {
        std::vector<KeyedRow> out;
        each(sql, [&](store::Statement& q) {
            out.push_back({rows::text(q.getColumn(0)), rows::text(q.getColumn(1)), q.getColumn(2).getInt64(),
                           q.getColumn(3).getInt64(), q.getColumn(4).getDouble()});
        });
        return out;
    }
    std::vector<KeyedRow> keyed(const Query& q) const { return keyed(scoped(q)); }
};

}  // namespace

EvaluationRows evaluation_rows(Db& db, Date from, Date to, const std::string& team) {
    Runner run{db, from, to, team};
    EvaluationRows out;
    out.people = run.keyed(people);
    out.closures = run.keyed(closures);
    out.goals_set = run.keyed(goals_set);
    out.goals_achieved = run.keyed(goals_achieved);
    out.connections_made = run.keyed(connections_made);
    out.connections_sustained = run.keyed(connections_sustained);
    out.people_sustained = run.keyed(people_sustained);
    out.contributions = run.keyed(contributions);
    out.conversations = run.keyed(team.empty() ? conversations_sql : team_conversations_sql);
    run.each(run.scoped(avoided), [&](store::Statement& q) {
        out.avoided.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                               q.getColumn(3).getString(), q.getColumn(4).getString(), q.getColumn(5).getString(),
                               q.getColumn(6).getString(), q.getColumn(7).getDouble(), q.getColumn(8).getInt64(),
                               q.getColumn(9).getDouble()});
    });
    run.each(run.scoped(checkins), [&](store::Statement& q) {
        out.checkins.push_back({q.getColumn(0).getInt64(), rows::date(q.getColumn(1)), rows::maybe_int(q.getColumn(2)),
                                rows::maybe_int(q.getColumn(3)), rows::maybe_int(q.getColumn(4)),
                                rows::maybe_int(q.getColumn(5)), rows::text(q.getColumn(6))});
    });
    run.each(coordinators_sql, [&](store::Statement& q) { out.coordinators = q.getColumn(0).getInt64(); });
    return out;
}

std::vector<KeyedRow> connections_by_month(Db& db, Date from, Date to, const std::string& team) {
    Runner run{db, from, to, team};
    auto out = run.keyed(connections_made_monthly);
    auto sustained = run.keyed(connections_sustained_monthly);
    out.insert(out.end(), sustained.begin(), sustained.end());
    return out;
}

}  // namespace lac::store
