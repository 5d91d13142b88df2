#include "lac/store/goals.hpp"

#include "lac/store/db.hpp"
#include "lac/store/rows.hpp"

namespace lac::store {
namespace {

const char* const goal_columns =
    "SELECT g.id, g.person_id, p.name, g.text, g.area, g.status, g.set_on, g.closed_on "
    "FROM goal g JOIN person p ON p.id = g.person_id ";

Goal read_goal(store::Statement& row) {
    Goal g;
    g.id = row.getColumn(0).getInt64();
    g.person_id = row.getColumn(1).getInt64();
    g.person_name = rows::text(row.getColumn(2));
    g.text = row.getColumn(3).getString();
    g.area = row.getColumn(4).getString();
    g.status = row.getColumn(5).getString();
    g.set_on = rows::date(row.getColumn(6));
    g.closed_on = rows::maybe_date(row.getColumn(7));
    return g;
}

std::vector<GoalNote> notes_of(Db& db, int64_t goal_id) {
    Query query(db,
                "SELECT on_date, status, note FROM goal_note WHERE goal_id = ? ORDER BY on_date, id");
    query.bind(1, goal_id);
    std::vector<GoalNote> out;
    while (query.executeStep())
        out.push_back({rows::date(query.getColumn(0)), rows::text(query.getColumn(1)), query.getColumn(2).getString()});
    return out;
}

}  // namespace

int64_t insert_goal(Db& db, const Goal& g) {
    auto& insert = db.statement(
        "INSERT INTO goal (person_id, text, area, status, set_on, recorded_at, recorded_by, id) "
        "VALUES (?, ?, ?, 'active', ?, lac_now(), ?, ?)");
    insert.bind(1, g.person_id);
    insert.bind(2, g.text);
    insert.bind(3, g.area);
    insert.bind(4, to_iso(g.set_on));
    insert.bind(5, db.actor());
    rows::bind_id(insert, 6, g.id);
    return rows::inserted_id(db, insert);
}

void set_goal_status(Db& db, int64_t goal_id, const std::string& status, std::optional<Date> closed_on) {
    auto& update = db.statement("UPDATE goal SET status = ?, closed_on = ? WHERE id = ?");
    update.bind(1, status);
    rows::bind_date(update, 2, closed_on);
    update.bind(3, goal_id);
    update.exec();
}

void update_goal_words(Db& db, int64_t goal_id, const std::string& text, const std::string& area) {
    Query update(db, "UPDATE goal SET text = ?, area = ? WHERE id = ?");
    update.bind(1, text);
    update.bind(2, area);
    update.bind(3, goal_id);
    update.exec();
}

void insert_goal_note(Db& db, int64_t goal_id, const GoalNote& n) {
    auto& insert = db.statement("INSERT INTO goal_note (goal_id, on_date, status, note, recorded_at, recorded_by) "
                             "VALUES (?, ?, ?, ?, lac_now(), ?)");
    insert.bind(1, goal_id);
    insert.bind(2, to_iso(n.on));
    if (n.status.empty())
        insert.bind(3);
    else
        insert.bind(3, n.status);
    insert.bind(4, n.note);
    insert.bind(5, db.actor());
    insert.exec();
}

std::optional<Goal> goal_by_id(Db& db, int64_t id) {
    Query query(db, std::string(goal_columns) + "WHERE g.id = ?");
    query.bind(1, id);
    if (!query.executeStep()) return std::nullopt;
    Goal g = read_goal(query);
    g.notes = notes_of(db, g.id);
    return g;
}

std::vector<Goal> list_goals(Db& db, std::optional<int64_t> person_id, const std::string& status, bool with_notes,
                             bool forgotten_too) {
    Query query(db, std::string(goal_columns) +
                        rows::where({{bool(person_id), "g.person_id = ?1"},
                                     {!status.empty(), "g.status = ?2"},
                                     {!forgotten_too, "p.name IS NOT NULL"}}) +
                        "ORDER BY g.person_id, g.id");
    if (person_id) query.bind(1, *person_id);
    if (!status.empty()) query.bind(2, status);
    std::vector<Goal> out;
    while (query.executeStep()) out.push_back(read_goal(query));
    if (with_notes)
        for (auto& g : out) g.notes = notes_of(db, g.id);
    return out;
}

}  // namespace lac::store
