#include "lac/store/connections.hpp"

#include "lac/store/db.hpp"
#include "lac/store/rows.hpp"

namespace lac::store {
namespace {

#define LAC_CONNECTION_SELECT                                                                              \
    "SELECT k.id, k.person_id, p.name, k.kind, k.asset_id, a.name, k.peer_id, q.name, k.natural, k.status, " \
    "k.made_on, k.ended_on "
#define LAC_CONNECTION_FROM                                                   \
    "FROM connection k JOIN person p ON p.id = k.person_id "                  \
    "LEFT JOIN asset a ON a.id = k.asset_id LEFT JOIN person q ON q.id = k.peer_id "
const char* const connection_columns = LAC_CONNECTION_SELECT LAC_CONNECTION_FROM;

Connection read_connection(store::Statement& row) {
    Connection k;
    k.id = row.getColumn(0).getInt64();
    k.person_id = row.getColumn(1).getInt64();
    k.person_name = rows::text(row.getColumn(2));
    k.kind = row.getColumn(3).getString();
    if (!row.getColumn(4).isNull()) k.asset_id = row.getColumn(4).getInt64();
    k.asset_name = rows::text(row.getColumn(5));
    if (!row.getColumn(6).isNull()) k.peer_id = row.getColumn(6).getInt64();
    k.peer_name = rows::text(row.getColumn(7));
    k.natural = rows::text(row.getColumn(8));
    k.status = row.getColumn(9).getString();
    k.made_on = rows::date(row.getColumn(10));
    k.ended_on = rows::maybe_date(row.getColumn(11));
    return k;
}

// Binds who is connected to what as parameters 1–5: person, kind, asset, peer, natural.
void bind_identity(store::Statement& s, const Connection& k) {
    s.bind(1, k.person_id);
    s.bind(2, k.kind);
    rows::bind_optional(s, 3, k.asset_id);
    rows::bind_optional(s, 4, k.peer_id);
    if (k.kind == "natural")
        s.bind(5, k.natural);
    else
        s.bind(5);
}

void record_change(Db& db, int64_t id, const std::string& status, Date on) {
    auto& insert = db.statement("INSERT INTO connection_change (connection_id, status, on_date, recorded_at, recorded_by) "
                             "VALUES (?, ?, ?, lac_now(), ?)");
    insert.bind(1, id);
    insert.bind(2, status);
    insert.bind(3, to_iso(on));
    insert.bind(4, db.actor());
    insert.exec();
}

}  // namespace

int64_t insert_connection(Db& db, const Connection& k) {
    auto& insert = db.statement("INSERT INTO connection (person_id, kind, asset_id, peer_id, \"natural\", status, made_on, "
                             "ended_on, recorded_at, recorded_by, id) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, lac_now(), ?, ?)");
    bind_identity(insert, k);
    insert.bind(6, k.status);
    insert.bind(7, to_iso(k.made_on));
    rows::bind_date(insert, 8, k.ended_on);
    insert.bind(9, db.actor());
    rows::bind_id(insert, 10, k.id);
    int64_t id = rows::inserted_id(db, insert);
    record_change(db, id, k.status, k.made_on);
    return id;
}

void set_connection_status(Db& db, int64_t id, const std::string& status, Date on) {
    auto& update = db.statement("UPDATE connection SET status = ?, ended_on = ? WHERE id = ?");
    update.bind(1, status);
    if (status == "ended")
        update.bind(2, to_iso(on));
    else
        update.bind(2);
    update.bind(3, id);
    update.exec();
    record_change(db, id, status, on);
}

std::optional<Connection> connection_by_id(Db& db, int64_t id) {
    Query query(db, std::string(connection_columns) + "WHERE k.id = ?");
    query.bind(1, id);
    if (!query.executeStep()) return std::nullopt;
    return read_connection(query);
}

void update_connection(Db& db, const Connection& k) {
    Query update(db,
                 "UPDATE connection SET asset_id = ?, peer_id = ?, \"natural\" = ?, made_on = ? WHERE id = ?");
    rows::bind_optional(update, 1, k.asset_id);
    rows::bind_optional(update, 2, k.peer_id);
    if (k.kind == "natural")
        update.bind(3, k.natural);
    else
        update.bind(3);
    update.bind(4, to_iso(k.made_on));
    update.bind(5, k.id);
    update.exec();
    Query first(db,
                "UPDATE connection_change SET on_date = ? WHERE id = "
                "(SELECT min(id) FROM connection_change WHERE connection_id = ?)");
    first.bind(1, to_iso(k.made_on));
    first.bind(2, k.id);
    first.exec();
}

std::optional<Date> first_later_connection_change(Db& db, int64_t id) {
    Query query(db,
                "SELECT min(on_date) FROM connection_change WHERE connection_id = ?1 AND id > "
                "(SELECT min(id) FROM connection_change WHERE connection_id = ?1)");
    query.bind(1, id);
    query.executeStep();
    return rows::maybe_date(query.getColumn(0));
}

Date last_connection_change(Db& db, int64_t id) {
    Query query(db, "SELECT max(on_date) FROM connection_change WHERE connection_id = ?");
    query.bind(1, id);
    query.executeStep();
    return rows::date(query.getColumn(0));
}

std::vector<Connection> list_connections(Db& db, std::optional<int64_t> person_id, std::optional<int64_t> asset_id) {
    Query query(db, std::string(connection_columns) +
                        rows::where({{bool(person_id), "(k.person_id = ?1 OR k.peer_id = ?1)"},
                                     {bool(asset_id), "k.asset_id = ?2"},
                                     {true, "p.name IS NOT NULL"}}) +
                        "ORDER BY k.made_on, k.id");
    if (person_id) query.bind(1, *person_id);
    if (asset_id) query.bind(2, *asset_id);
    std::vector<Connection> out;
    while (query.executeStep()) out.push_back(read_connection(query));
    return out;
}

bool connection_exists(Db& db, const Connection& k) {
    auto& query = db.statement(
        "SELECT 1 FROM connection WHERE person_id = ?1 AND kind = ?2 AND asset_id IS NOT DISTINCT FROM ?3 "
        "AND peer_id IS NOT DISTINCT FROM ?4 AND \"natural\" IS NOT DISTINCT FROM ?5 AND made_on = ?6 LIMIT 1");
    bind_identity(query, k);
    query.bind(6, to_iso(k.made_on));
    bool found = query.executeStep();
    query.reset();
    return found;
}

std::optional<int64_t> open_connection(Db& db, const Connection& like) {
    Query query(db,
                "SELECT id FROM connection WHERE kind = ?2 AND status <> 'ended' AND ("
                "(person_id = ?1 AND asset_id IS NOT DISTINCT FROM ?3 AND peer_id IS NOT DISTINCT FROM ?4 "
                "AND lower(\"natural\") IS NOT DISTINCT FROM ?5) "
                "OR (kind = 'peer' AND person_id IS NOT DISTINCT FROM ?4 AND peer_id = ?1)) LIMIT 1");
    bind_identity(query, like);
    if (like.kind == "natural") rows::bind_folded(query, 5, like.natural);
    if (!query.executeStep()) return std::nullopt;
    return query.getColumn(0).getInt64();
}

std::vector<ConnectionEvent> connection_events(Db& db, int64_t person_id) {
    Query query(db, LAC_CONNECTION_SELECT
          ", h.on_date, h.status, h.id = (SELECT min(f.id) FROM connection_change f "
          "WHERE f.connection_id = k.id) " LAC_CONNECTION_FROM
          "JOIN connection_change h ON h.connection_id = k.id "
          "WHERE k.person_id = ?1 OR k.peer_id = ?1 ORDER BY h.id");
    query.bind(1, person_id);
    std::vector<ConnectionEvent> out;
    while (query.executeStep())
        out.push_back({read_connection(query), rows::date(query.getColumn(12)), query.getColumn(13).getString(),
                       query.getColumn(14).getInt() != 0});
    return out;
}

}  // namespace lac::store
