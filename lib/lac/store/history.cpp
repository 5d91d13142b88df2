#include "lac/store/history.hpp"

#include "lac/store/db.hpp"
#include "lac/store/rows.hpp"

namespace lac::store {
namespace {

// The SQL of one kind of history. Every statement is a literal, so Db::statement may cache
// it; each numbers its parameters alike and binds only those it uses (see bind_used).
struct Sql {
    const char* on;      // ?1 owner, ?2 date
    const char* insert;  // ?1 owner, ?2 date, ?3 coordinator, ?4 status, ?5 note, ?6 actor
    const char* update;  // ?1 id, ?2 coordinator, ?3 status, ?4 note
    const char* clear;   // ?1 owner
};

const Sql& sql_of(History kind) {
    static const Sql assignments{
        "SELECT id, coordinator_id, '', '' FROM assignment WHERE person_id = ?1 AND from_on = ?2 ORDER BY id",
        "INSERT INTO assignment (person_id, from_on, coordinator_id, recorded_at, recorded_by) "
        "VALUES (?1, ?2, ?3, lac_now(), ?6)",
        "UPDATE assignment SET coordinator_id = ?2 WHERE id = ?1",
        "DELETE FROM assignment WHERE person_id = ?1"};
    static const Sql goal_notes{
        "SELECT id, 0, coalesce(status, ''), note FROM goal_note WHERE goal_id = ?1 AND on_date = ?2 ORDER BY id",
        "INSERT INTO goal_note (goal_id, on_date, status, note, recorded_at, recorded_by) "
        "VALUES (?1, ?2, nullif(?4, ''), ?5, lac_now(), ?6)",
        "UPDATE goal_note SET status = nullif(?3, ''), note = ?4 WHERE id = ?1",
        "DELETE FROM goal_note WHERE goal_id = ?1"};
    static const Sql connection_changes{
        "SELECT id, 0, status, '' FROM connection_change WHERE connection_id = ?1 AND on_date = ?2 ORDER BY id",
        "INSERT INTO connection_change (connection_id, on_date, status, recorded_at, recorded_by) "
        "VALUES (?1, ?2, ?4, lac_now(), ?6)",
        "UPDATE connection_change SET status = ?3 WHERE id = ?1",
        "DELETE FROM connection_change WHERE connection_id = ?1"};
    switch (kind) {
        case History::assignments: return assignments;
        case History::goal_notes: return goal_notes;
        case History::connection_changes: break;
    }
    return connection_changes;
}

// Binds parameter `i` only if the statement has one so numbered.
template <class Value>
void bind_used(store::Statement& s, int i, const Value& value) {
    if (i <= s.getBindParameterCount()) s.bind(i, value);
}

}  // namespace

std::vector<HistoryRow> history_on(Db& db, History kind, int64_t owner, Date on) {
    auto& query = db.statement(sql_of(kind).on);
    query.bind(1, owner);
    query.bind(2, to_iso(on));
    std::vector<HistoryRow> out;
    while (query.executeStep())
        out.push_back({query.getColumn(0).getInt64(), on, query.getColumn(1).getInt64(),
                       query.getColumn(2).getString(), query.getColumn(3).getString()});
    query.reset();
    return out;
}

void insert_history(Db& db, History kind, int64_t owner, const HistoryRow& row) {
    auto& insert = db.statement(sql_of(kind).insert);
    insert.bind(1, owner);
    insert.bind(2, to_iso(row.on));
    bind_used(insert, 3, row.coordinator_id);
    bind_used(insert, 4, row.status);
    bind_used(insert, 5, row.note);
    insert.bind(6, db.actor());
    insert.exec();
    insert.reset();
}

void update_history(Db& db, History kind, const HistoryRow& row) {
    auto& update = db.statement(sql_of(kind).update);
    update.bind(1, row.id);
    bind_used(update, 2, row.coordinator_id);
    bind_used(update, 3, row.status);
    bind_used(update, 4, row.note);
    update.exec();
    update.reset();
}

void clear_history(Db& db, History kind, int64_t owner) {
    auto& clear = db.statement(sql_of(kind).clear);
    clear.bind(1, owner);
    clear.exec();
    clear.reset();
}

void rechain_assignments(Db& db, int64_t person_id) {
    // Ordered as coordinator_on() reads them: by the day each began, then as written.
    auto& chain = db.statement(
        "UPDATE assignment SET to_on = (SELECT n.from_on FROM assignment n WHERE n.person_id = assignment.person_id "
        "AND (n.from_on > assignment.from_on OR (n.from_on = assignment.from_on AND n.id > assignment.id)) "
        "ORDER BY n.from_on, n.id LIMIT 1) WHERE person_id = ?1");
    chain.bind(1, person_id);
    chain.exec();
    chain.reset();
    auto& current = db.statement(
        "UPDATE person SET coordinator_id = (SELECT coordinator_id FROM assignment WHERE person_id = ?1 "
        "ORDER BY from_on DESC, id DESC LIMIT 1) WHERE id = ?1 AND EXISTS (SELECT 1 FROM assignment WHERE person_id = ?1)");
    current.bind(1, person_id);
    current.exec();
    current.reset();
}

}  // namespace lac::store
