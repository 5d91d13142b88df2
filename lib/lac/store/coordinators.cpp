#include "lac/store/coordinators.hpp"

#include "lac/store/db.hpp"
#include "lac/store/rows.hpp"

namespace lac::store {
namespace {

// A macro, so that the cached statements below are single literals.
#define COORDINATOR_COLUMNS \
    "SELECT id, handle, name, team, neighbourhood, capacity_min, capacity_max, active FROM coordinator "
const char* const columns = COORDINATOR_COLUMNS;

Coordinator read_coordinator(store::Statement& row) {
    Coordinator c;
    c.id = row.getColumn(0).getInt64();
    c.handle = row.getColumn(1).getString();
    c.name = row.getColumn(2).getString();
    c.team = row.getColumn(3).getString();
    c.neighbourhood = row.getColumn(4).getString();
    c.capacity_min = row.getColumn(5).getInt();
    c.capacity_max = row.getColumn(6).getInt();
    c.active = row.getColumn(7).getInt() != 0;
    return c;
}

std::optional<Coordinator> first(store::Statement& query) {
    if (!query.executeStep()) return std::nullopt;
    return read_coordinator(query);
}

}  // namespace

int64_t insert_coordinator(Db& db, const Coordinator& c) {
    auto& insert = db.statement("INSERT INTO coordinator (handle, name, team, neighbourhood, capacity_min, "
                             "capacity_max, active, recorded_at, recorded_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, lac_now(), ?)");
    insert.bind(1, c.handle);
    insert.bind(2, c.name);
    insert.bind(3, c.team);
    insert.bind(4, c.neighbourhood);
    insert.bind(5, c.capacity_min);
    insert.bind(6, c.capacity_max);
    insert.bind(7, c.active ? 1 : 0);
    insert.bind(8, db.actor());
    return rows::inserted_id(db, insert);
}

void update_coordinator(Db& db, const Coordinator& c) {
    auto& update = db.statement("UPDATE coordinator SET name = ?, team = ?, neighbourhood = ?, "
                             "capacity_min = ?, capacity_max = ?, active = ? WHERE id = ?");
    update.bind(1, c.name);
    update.bind(2, c.team);
    update.bind(3, c.neighbourhood);
    update.bind(4, c.capacity_min);
    update.bind(5, c.capacity_max);
    update.bind(6, c.active ? 1 : 0);
    update.bind(7, c.id);
    update.exec();
}

std::optional<Coordinator> find_coordinator(Db& db, const std::string& handle) {
    // Cached: an import looks a coordinator up on every row.
    auto& query = db.statement(COORDINATOR_COLUMNS "WHERE handle = ?");
    query.bind(1, handle);
    auto found = first(query);
    query.reset();
    return found;
}

std::optional<Coordinator> coordinator_by_id(Db& db, int64_t id) {
    auto& query = db.statement(COORDINATOR_COLUMNS "WHERE id = ?");
    query.bind(1, id);
    auto found = first(query);
    query.reset();
    return found;
}

std::vector<Coordinator> list_coordinators(Db& db, const std::string& team, bool include_retired) {
    Query query(db, std::string(columns) +
                        "WHERE (?1 = '' OR lower(team) = ?1) AND (?2 = 1 OR active = 1) "
                        "ORDER BY handle");
    rows::bind_folded(query, 1, team);
    query.bind(2, include_retired ? 1 : 0);
    std::vector<Coordinator> out;
    while (query.executeStep()) out.push_back(read_coordinator(query));
    return out;
}

std::optional<std::string> team_spelling(Db& db, const std::string& team) {
    auto& query = db.statement("SELECT team FROM coordinator WHERE lower(team) = ? "
                               "GROUP BY team ORDER BY count(*) DESC, team LIMIT 1");
    rows::bind_folded(query, 1, team);
    std::optional<std::string> found;
    if (query.executeStep()) found = query.getColumn(0).getString();
    query.reset();
    return found;
}

Holding holding_of(Db& db, int64_t coordinator_id) {
    // Cached, as lac coordinator list asks it of every coordinator; person_caseload answers
    // it from the index alone.
    auto& query = db.statement("SELECT support, count(*) FROM person "
                               "WHERE coordinator_id = ? AND status = 'active' GROUP BY support");
    query.bind(1, coordinator_id);
    Holding h;
    while (query.executeStep()) {
        int n = query.getColumn(1).getInt();
        if (query.getColumn(0).getString() == "walking-alongside")
            h.walking_alongside = n;
        else
            h.introductions = n;
    }
    query.reset();
    return h;
}

}  // namespace lac::store
