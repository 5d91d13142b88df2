#include "lac/store/summary.hpp"

#include <set>

#include "lac/store/db.hpp"
#include "lac/store/rows.hpp"

namespace lac::store {
namespace {

// The coordinator a person had on a day: the latest assignment begun on or before it.
// Every event but a conversation counts for that coordinator (SPEC §3).
#define COORDINATOR_ON(person, day)                                                       \
    "(SELECT a.coordinator_id FROM assignment a WHERE a.person_id = " person              \
    " AND a.from_on <= " day " ORDER BY a.from_on DESC, a.id DESC LIMIT 1)"

// Attributed events in [?1, ?2], team ?3: rows of (coordinator_id, n, amount). The events
// are materialised so that each one's coordinator is looked up once, not once per use.
#define ATTRIBUTED(events)                                                                          \
    "WITH e AS MATERIALIZED (" events ") SELECT e.coordinator_id, count(*), total(e.amount) FROM e " \
    "JOIN coordinator c ON c.id = e.coordinator_id WHERE (?3 = '' OR c.team = ?3 COLLATE NOCASE) "   \
    "GROUP BY e.coordinator_id"

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
    "WHERE x.on_date BETWEEN ?1 AND ?2) SELECT e.budget, count(*), total(e.amount) FROM e "
    "JOIN coordinator c ON c.id = e.coordinator_id "
    "WHERE (?3 = '' OR c.team = ?3 COLLATE NOCASE) GROUP BY e.budget ORDER BY total(e.amount) DESC, e.budget";

// Conversations count for whoever held them.
const char* const conversations_sql =
    "SELECT v.coordinator_id, v.person_id, count(*), total(v.minutes) FROM conversation v "
    "JOIN coordinator c ON c.id = v.coordinator_id "
    "WHERE v.on_date BETWEEN ?1 AND ?2 AND (?3 = '' OR c.team = ?3 COLLATE NOCASE) GROUP BY v.coordinator_id, v.person_id";

// People walked alongside on ?2, with their coordinator then and their last conversation
// on or before it. It starts from the people open on ?2 (active now through the
// person_active index, or closed since through person_closed), so it costs the caseload,
// not the history of every assignment.
const char* const caseload_sql =
    "WITH o AS MATERIALIZED ("
    "SELECT " COORDINATOR_ON("p.id", "?2") " AS coordinator_id, p.opened_on, "
    "(SELECT max(v.on_date) FROM conversation v WHERE v.person_id = p.id AND v.on_date <= ?2) AS last_seen "
    "FROM person p WHERE p.status = 'active' AND p.support = 'walking-alongside' AND p.opened_on <= ?2 "
    "UNION ALL SELECT " COORDINATOR_ON("p.id", "?2") ", p.opened_on, "
    "(SELECT max(v.on_date) FROM conversation v WHERE v.person_id = p.id AND v.on_date <= ?2) "
    "FROM person p WHERE p.closed_on > ?2 AND p.support = 'walking-alongside' AND p.opened_on <= ?2"
    ") SELECT o.coordinator_id, o.opened_on, o.last_seen FROM o "
    "JOIN coordinator c ON c.id = o.coordinator_id WHERE (?3 = '' OR c.team = ?3 COLLATE NOCASE)";

template <class Apply>
void each_attributed(Db& db, const char* sql, Date from, Date to, const std::string& team, Apply apply) {
    SQLite::Statement query(db.sql(), sql);
    query.bind(1, to_iso(from));
    query.bind(2, to_iso(to));
    query.bind(3, team);
    while (query.executeStep())
        apply(query.getColumn(0).getInt64(), query.getColumn(1).getInt(), query.getColumn(2).getDouble());
}

}  // namespace

SummaryCounts summary_counts(Db& db, Date from, Date to, const std::string& team, int stale_after_days) {
    SummaryCounts out;
    auto& by = out.by_coordinator;
    auto& t = out.team;
    // Each of these events counts for exactly one coordinator, so the team's count over
    // the team equals the sum of theirs.
    struct Key {
        const char* sql;
        int SummaryKeys::*count;
    };
    for (auto [sql, count] : {Key{new_people_sql, &SummaryKeys::new_people},
                              Key{introductions_sql, &SummaryKeys::introductions},
                              Key{closed_sql, &SummaryKeys::closed_people}, Key{goals_set_sql, &SummaryKeys::goals_set},
                              Key{goals_achieved_sql, &SummaryKeys::goals_achieved},
                              Key{connections_sql, &SummaryKeys::connections_made}})
        each_attributed(db, sql, from, to, team, [&](int64_t id, int n, double) {
            by[id].*count += n;
            t.*count += n;
        });
    each_attributed(db, contributions_sql, from, to, team, [&](int64_t id, int, double hours) {
        by[id].contribution_hours += hours;
        t.contribution_hours += hours;
    });
    each_attributed(db, avoided_sql, from, to, team, [&](int64_t id, int n, double value) {
        by[id].avoided += n;
        by[id].avoided_value += value;
        t.avoided += n;
        t.avoided_value += value;
    });

    // A person seen by two coordinators is one person seen by the team.
    std::set<int64_t> seen;
    SQLite::Statement talks(db.sql(), conversations_sql);
    talks.bind(1, to_iso(from));
    talks.bind(2, to_iso(to));
    talks.bind(3, team);
    while (talks.executeStep()) {
        auto& k = by[talks.getColumn(0).getInt64()];
        int n = talks.getColumn(2).getInt();
        int minutes = int(talks.getColumn(3).getDouble());
        k.conversations += n;
        k.conversation_minutes += minutes;
        k.people_seen += 1;
        t.conversations += n;
        t.conversation_minutes += minutes;
        seen.insert(talks.getColumn(1).getInt64());
    }
    t.people_seen = int(seen.size());

    SQLite::Statement open(db.sql(), caseload_sql);
    open.bind(1, to_iso(from));
    open.bind(2, to_iso(to));
    open.bind(3, team);
    while (open.executeStep()) {
        auto& k = by[open.getColumn(0).getInt64()];
        Date opened = rows::date(open.getColumn(1));
        Date since = open.getColumn(2).isNull() ? opened : rows::date(open.getColumn(2));
        bool stale = to - since > stale_after_days;
        k.caseload += 1;
        k.not_seen += stale;
        t.caseload += 1;
        t.not_seen += stale;
    }

    SQLite::Statement budgets(db.sql(), budget_sql);
    budgets.bind(1, to_iso(from));
    budgets.bind(2, to_iso(to));
    budgets.bind(3, team);
    while (budgets.executeStep())
        out.by_budget.push_back(
            {budgets.getColumn(0).getString(), budgets.getColumn(1).getInt(), budgets.getColumn(2).getDouble()});
    return out;
}

std::vector<DayCounts> daily_counts(Db& db, Date from, Date to, const std::string& team) {
    SQLite::Statement query(
        db.sql(),
        "SELECT day, sum(talks), sum(made) FROM ("
        "SELECT v.on_date AS day, count(*) AS talks, 0 AS made FROM conversation v "
        "JOIN coordinator c ON c.id = v.coordinator_id WHERE v.on_date BETWEEN ?1 AND ?2 "
        "AND (?3 = '' OR c.team = ?3 COLLATE NOCASE) GROUP BY v.on_date "
        "UNION ALL SELECT e.made_on, 0, count(*) FROM (SELECT k.made_on, " COORDINATOR_ON("k.person_id", "k.made_on")
        " AS coordinator_id FROM connection k WHERE k.made_on BETWEEN ?1 AND ?2) e "
        "JOIN coordinator c ON c.id = e.coordinator_id WHERE (?3 = '' OR c.team = ?3 COLLATE NOCASE) GROUP BY e.made_on"
        ") GROUP BY day ORDER BY day");
    query.bind(1, to_iso(from));
    query.bind(2, to_iso(to));
    query.bind(3, team);
    std::vector<DayCounts> out;
    while (query.executeStep())
        out.push_back({query.getColumn(0).getString(), query.getColumn(1).getInt(), query.getColumn(2).getInt()});
    return out;
}

}  // namespace lac::store
