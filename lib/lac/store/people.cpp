#include "lac/store/people.hpp"

#include <fmt/format.h>

#include "lac/store/db.hpp"
#include "lac/store/name_parts.hpp"
#include "lac/store/rows.hpp"
#include "lac/util/text.hpp"

namespace lac::store {
namespace {

const char* const person_columns =
    "SELECT p.id, p.name, p.coordinator_id, c.handle, p.area, p.source, p.support, p.opened_on, "
    "p.status, p.closed_on, p.close_reason, p.gifts, p.birth_year, p.forgotten_on, p.next_on "
    "FROM person p JOIN coordinator c ON c.id = p.coordinator_id ";

Person read_person(store::Statement& row) {
    Person p;
    p.id = row.getColumn(0).getInt64();
    p.name = rows::text(row.getColumn(1));
    p.coordinator_id = row.getColumn(2).getInt64();
    p.coordinator = row.getColumn(3).getString();
    p.area = row.getColumn(4).getString();
    p.source = row.getColumn(5).getString();
    p.support = row.getColumn(6).getString();
    p.opened_on = rows::date(row.getColumn(7));
    p.status = row.getColumn(8).getString();
    p.closed_on = rows::maybe_date(row.getColumn(9));
    p.close_reason = rows::text(row.getColumn(10));
    p.gifts = row.getColumn(11).getString();
    p.birth_year = rows::maybe_int(row.getColumn(12));
    p.forgotten_on = rows::maybe_date(row.getColumn(13));
    p.next_on = rows::maybe_date(row.getColumn(14));
    return p;
}

std::vector<Person> all(store::Statement& query) {
    std::vector<Person> out;
    while (query.executeStep()) out.push_back(read_person(query));
    return out;
}

// Binds the fields shared by insert and update, from index 1.
void bind_fields(store::Statement& s, const Person& p) {
    s.bind(1, p.name);
    s.bind(2, fold_name(p.name));
    s.bind(3, p.area);
    s.bind(4, p.source);
    s.bind(5, p.support);
    s.bind(6, to_iso(p.opened_on));
    s.bind(7, p.status);
    rows::bind_date(s, 8, p.closed_on);
    if (p.close_reason.empty())
        s.bind(9);
    else
        s.bind(9, p.close_reason);
    s.bind(10, p.gifts);
    rows::bind_optional(s, 11, p.birth_year);
    rows::bind_date(s, 12, p.next_on);
}

// Defined below with the other steps of the assignment history, which insert_person and
// transfer_person take together.
void start_assignment(Db& db, int64_t person_id, int64_t coordinator_id, Date from);

}  // namespace

int64_t insert_person(Db& db, const Person& p) {
    auto& insert = db.statement(
        "INSERT INTO person (name, name_key, area, source, support, opened_on, status, closed_on, "
        "close_reason, gifts, birth_year, next_on, coordinator_id, recorded_at, recorded_by, id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, lac_now(), ?, ?)");
    bind_fields(insert, p);
    insert.bind(13, p.coordinator_id);
    insert.bind(14, db.actor());
    rows::bind_id(insert, 15, p.id);
    int64_t id = rows::inserted_id(db, insert);
    add_name_parts(db, Named::person, id, fold_name(p.name));
    start_assignment(db, id, p.coordinator_id, p.opened_on);
    return id;
}

void update_person(Db& db, const Person& p) {
    // Most updates keep the name (the demo closes half a million people), and leave its parts.
    std::string key = fold_name(p.name);
    auto& before = db.statement("SELECT name_key FROM person WHERE id = ?");
    before.bind(1, p.id);
    bool renamed = !before.executeStep() || before.getColumn(0).getString() != key;
    before.reset();
    auto& update = db.statement("UPDATE person SET name = ?, name_key = ?, area = ?, source = ?, support = ?, "
                             "opened_on = ?, status = ?, closed_on = ?, close_reason = ?, gifts = ?, "
                             "birth_year = ?, next_on = ? WHERE id = ?");
    bind_fields(update, p);
    update.bind(13, p.id);
    update.exec();
    if (renamed) {
        remove_name_parts(db, Named::person, p.id);
        add_name_parts(db, Named::person, p.id, key);
    }
}

void set_next_on(Db& db, int64_t person_id, Date next_on) {
    auto& update = db.statement("UPDATE person SET next_on = ? WHERE id = ?");
    update.bind(1, to_iso(next_on));
    update.bind(2, person_id);
    update.exec();
}

bool holds_records(Db& db) {
    auto& query = db.statement("SELECT EXISTS (SELECT 1 FROM coordinator) OR EXISTS (SELECT 1 FROM person) "
                               "OR EXISTS (SELECT 1 FROM asset)");
    query.executeStep();
    bool holds = query.getColumn(0).getInt() != 0;
    query.reset();
    return holds;
}

std::vector<std::pair<std::string, long long>> record_counts(Db& db) {
    // Whole statements, as Db::statement keeps one prepared statement per literal.
    static const std::pair<const char*, const char*> counts_of[] = {
        {"coordinator", "SELECT count(*) FROM coordinator"},
        {"asset", "SELECT count(*) FROM asset"},
        {"person", "SELECT count(*) FROM person"},
        {"assignment", "SELECT count(*) FROM assignment"},
        {"conversation", "SELECT count(*) FROM conversation"},
        {"goal", "SELECT count(*) FROM goal"},
        {"goal_note", "SELECT count(*) FROM goal_note"},
        {"connection", "SELECT count(*) FROM connection"},
        {"connection_change", "SELECT count(*) FROM connection_change"},
        {"contribution", "SELECT count(*) FROM contribution"},
        {"avoided", "SELECT count(*) FROM avoided"},
        {"wellbeing", "SELECT count(*) FROM wellbeing"},
        {"reflection", "SELECT count(*) FROM reflection"},
    };
    std::vector<std::pair<std::string, long long>> counts;
    for (const auto& [table, sql] : counts_of) {
        auto& query = db.statement(sql);
        query.executeStep();
        counts.emplace_back(table, query.getColumn(0).getInt64());
        query.reset();
    }
    return counts;
}

std::optional<Person> person_by_id(Db& db, int64_t id) {
    auto& query = db.statement(
        "SELECT p.id, p.name, p.coordinator_id, c.handle, p.area, p.source, p.support, p.opened_on, "
        "p.status, p.closed_on, p.close_reason, p.gifts, p.birth_year, p.forgotten_on, p.next_on "
        "FROM person p JOIN coordinator c ON c.id = p.coordinator_id WHERE p.id = ?");
    query.bind(1, id);
    std::optional<Person> found;
    if (query.executeStep()) found = read_person(query);
    query.reset();  // a cached statement must not hold its read open
    return found;
}

std::vector<Person> people_named(Db& db, const std::string& key, Match match, const NameScope& scope) {
    std::string sql = person_columns;
    if (match == Match::name)
        sql += "WHERE p.name_key = ?1 ";  // person_name_key
    else if (scope.level == NameScope::everyone)
        // The parts first (person_name_part's key), then each person by id: it costs the
        // 50 matches, not the programme.
        sql += fmt::format("WHERE p.id IN (SELECT w.person_id FROM person_name_part w WHERE {} LIMIT 50) ",
                           part_matches(match));
    else  // each person of the scope's own few, through person_name_part_person
        sql += fmt::format("WHERE EXISTS (SELECT 1 FROM person_name_part w WHERE w.person_id = p.id AND {}) ",
                           part_matches(match));
    // ?2 is the scope's coordinator or its team, whichever it has (PostgreSQL must see
    // every parameter up to the last it is given).
    if (scope.level == NameScope::own)  // person_caseload
        sql += "AND p.coordinator_id = ?2 AND p.status = 'active' ";
    else if (scope.level == NameScope::team_of)  // coordinator_team's few, then person_caseload
        sql += "AND p.status = 'active' AND p.coordinator_id IN "
               "(SELECT t.id FROM coordinator t WHERE lower(t.team) = ?2) ";
    Query query(db, sql + "ORDER BY p.name_key, p.id LIMIT 50");
    query.bind(1, key);
    if (scope.level == NameScope::own) query.bind(2, scope.coordinator_id);
    if (scope.level == NameScope::team_of) rows::bind_folded(query, 2, scope.team);
    return all(query);
}

std::vector<Person> list_people(Db& db, const PeopleFilter& f) {
    Query query(db, std::string(person_columns) +
                        rows::where({{true, "p.name IS NOT NULL"},
                                     {bool(f.coordinator_id), "p.coordinator_id = ?1"},
                                     {!f.status.empty(), "p.status = ?2"},
                                     {!f.area.empty(), "p.area = ?3"}}) +
                        "ORDER BY p.id");
    if (f.coordinator_id) query.bind(1, *f.coordinator_id);
    if (!f.status.empty()) query.bind(2, f.status);
    if (!f.area.empty()) query.bind(3, f.area);
    return all(query);
}

namespace {

void start_assignment(Db& db, int64_t person_id, int64_t coordinator_id, Date from) {
    auto& insert = db.statement(
        "INSERT INTO assignment (person_id, coordinator_id, from_on, recorded_at, recorded_by) "
        "VALUES (?, ?, ?, lac_now(), ?)");
    insert.bind(1, person_id);
    insert.bind(2, coordinator_id);
    insert.bind(3, to_iso(from));
    insert.bind(4, db.actor());
    insert.exec();
}

void end_current_assignment(Db& db, int64_t person_id, Date to) {
    auto& update = db.statement("UPDATE assignment SET to_on = ? WHERE person_id = ? AND to_on IS NULL");
    update.bind(1, to_iso(to));
    update.bind(2, person_id);
    update.exec();
}

void set_current_coordinator(Db& db, int64_t person_id, int64_t coordinator_id) {
    auto& update = db.statement("UPDATE person SET coordinator_id = ? WHERE id = ?");
    update.bind(1, coordinator_id);
    update.bind(2, person_id);
    update.exec();
}

}  // namespace

void transfer_person(Db& db, int64_t person_id, int64_t coordinator_id, Date day) {
    end_current_assignment(db, person_id, day);
    start_assignment(db, person_id, coordinator_id, day);
    set_current_coordinator(db, person_id, coordinator_id);
}

void move_first_assignment(Db& db, int64_t person_id, Date from) {
    auto& update = db.statement("UPDATE assignment SET from_on = ? WHERE id = "
                             "(SELECT id FROM assignment WHERE person_id = ? ORDER BY from_on, id LIMIT 1)");
    update.bind(1, to_iso(from));
    update.bind(2, person_id);
    update.exec();
}

EventSpan event_span(Db& db, int64_t person_id) {
    auto& query = db.statement(
        "SELECT min(d), max(d) FROM ("
        "SELECT on_date AS d FROM conversation WHERE person_id = ?1 "
        "UNION ALL SELECT set_on FROM goal WHERE person_id = ?1 "
        "UNION ALL SELECT n.on_date FROM goal_note n JOIN goal g ON g.id = n.goal_id WHERE g.person_id = ?1 "
        "UNION ALL SELECT made_on FROM connection WHERE person_id = ?1 "
        "UNION ALL SELECT c.on_date FROM connection_change c JOIN connection k ON k.id = c.connection_id "
        "WHERE k.person_id = ?1 "
        "UNION ALL SELECT on_date FROM contribution WHERE person_id = ?1 "
        "UNION ALL SELECT on_date FROM avoided WHERE person_id = ?1) e");
    query.bind(1, person_id);
    query.executeStep();
    EventSpan span{rows::maybe_date(query.getColumn(0)), rows::maybe_date(query.getColumn(1))};
    query.reset();
    return span;
}

std::vector<Assignment> assignments_of(Db& db, int64_t person_id) {
    Query query(db,
                "SELECT a.id, c.handle, a.from_on, a.to_on FROM assignment a "
                "JOIN coordinator c ON c.id = a.coordinator_id "
                "WHERE a.person_id = ? ORDER BY a.from_on, a.id");
    query.bind(1, person_id);
    std::vector<Assignment> out;
    while (query.executeStep())
        out.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getString(),
                       rows::date(query.getColumn(2)), rows::maybe_date(query.getColumn(3))});
    return out;
}

std::optional<int64_t> coordinator_on(Db& db, int64_t person_id, Date day) {
    auto& query = db.statement(
        "SELECT coordinator_id FROM assignment WHERE person_id = ? AND from_on <= ? "
        "ORDER BY from_on DESC, id DESC LIMIT 1");
    query.bind(1, person_id);
    query.bind(2, to_iso(day));
    std::optional<int64_t> found;
    if (query.executeStep()) found = query.getColumn(0).getInt64();
    query.reset();
    return found;
}

}  // namespace lac::store
