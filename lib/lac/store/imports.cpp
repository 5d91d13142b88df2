#include "lac/store/imports.hpp"

#include "lac/store/db.hpp"
#include "lac/store/rows.hpp"

namespace lac::store {

bool conversation_exists(Db& db, const Conversation& c) {
    auto& query = db.statement(
        "SELECT 1 FROM conversation WHERE person_id = ? AND on_date = ? AND coordinator_id = ? "
        "AND at_time IS NOT DISTINCT FROM ? AND minutes IS NOT DISTINCT FROM ? AND mode = ? AND note = ? LIMIT 1");
    query.bind(1, c.person_id);
    query.bind(2, to_iso(c.on));
    query.bind(3, c.coordinator_id);
    if (c.at_time.empty())
        query.bind(4);
    else
        query.bind(4, c.at_time);
    rows::bind_optional(query, 5, c.minutes);
    query.bind(6, c.mode);
    query.bind(7, c.note);
    bool found = query.executeStep();
    query.reset();
    return found;
}

namespace {

// Whether the statement, given one id, finds a row.
bool finds(Db& db, const char* sql, int64_t id) {
    auto& query = db.statement(sql);
    query.bind(1, id);
    bool found = query.executeStep();
    query.reset();
    return found;
}

}  // namespace

bool conversation_id_exists(Db& db, int64_t id) { return finds(db, "SELECT 1 FROM conversation WHERE id = ?", id); }

bool has_conversations(Db& db, int64_t person_id) {
    return finds(db, "SELECT 1 FROM conversation WHERE person_id = ? LIMIT 1", person_id);
}

bool goal_exists(Db& db, int64_t person_id, const std::string& text, Date set_on) {
    auto& query = db.statement("SELECT 1 FROM goal WHERE person_id = ? AND text = ? AND set_on = ? LIMIT 1");
    query.bind(1, person_id);
    query.bind(2, text);
    query.bind(3, to_iso(set_on));
    bool found = query.executeStep();
    query.reset();
    return found;
}

bool contribution_exists(Db& db, const Contribution& t) {
    auto& query = db.statement("SELECT 1 FROM contribution WHERE person_id = ? AND on_date = ? AND hours = ? "
                               "AND asset_id IS NOT DISTINCT FROM ? AND what = ? LIMIT 1");
    query.bind(1, t.person_id);
    query.bind(2, to_iso(t.on));
    query.bind(3, t.hours);
    rows::bind_optional(query, 4, t.asset_id);
    query.bind(5, t.what);
    bool found = query.executeStep();
    query.reset();
    return found;
}

bool avoided_exists(Db& db, const Avoided& x) {
    auto& query = db.statement("SELECT 1 FROM avoided WHERE person_id = ? AND type = ? AND on_date = ? "
                               "AND quantity = ? AND evidence = ? LIMIT 1");
    query.bind(1, x.person_id);
    query.bind(2, x.type);
    query.bind(3, to_iso(x.on));
    query.bind(4, x.quantity);
    query.bind(5, x.evidence);
    bool found = query.executeStep();
    query.reset();
    return found;
}

}  // namespace lac::store
