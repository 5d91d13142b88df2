#include "lac/store/audit.hpp"

#include <charconv>

#include "lac/store/bulk_rows_postgres.hpp"
#include "lac/store/db.hpp"
#include "lac/store/rows.hpp"

namespace lac::store {

void audit(Db& db, const std::string& action, const std::string& entity, const std::string& ref,
           const std::string& detail) {
    auto& insert = db.statement(
        "INSERT INTO audit (at, actor, command, action, entity, ref, detail) "
        "VALUES (lac_now(), ?, ?, ?, ?, ?, ?)");
    insert.bind(1, db.actor());
    insert.bind(2, db.command());
    insert.bind(3, action);
    insert.bind(4, entity);
    insert.bind(5, ref);
    insert.bind(6, detail);
    insert.exec();
}

void audit_each(Db& db, const std::string& action, const std::string& entity, char letter,
                const std::vector<int64_t>& ids) {
    if (ids.empty()) return;
    // On a server, a long list goes by COPY (bulk_rows_postgres.hpp): through the INSERT below,
    // the id trigger runs for every row, where the owner's COPY draws the ids once with it off.
    if (db.on_server() && ids.size() >= 1000) {
        BulkRows rows("audit", {"at", "actor", "command", "action", "entity", "ref", "detail"});
        for (int64_t id : ids) {
            std::string& line = rows.add(0);
            for (const std::string* field : {&rows.now(db), &db.actor(), &db.command(), &action, &entity}) {
                append_copy_text(line, *field);
                line += '\t';
            }
            line += letter;
            line += std::to_string(id);
            line += '\t';  // detail: empty
            if (rows.full()) rows.flush(db);
        }
        rows.flush(db);
        return;
    }
    // A JSON array of the ids, read back by json_each (PostgreSQL: jsonb_array_elements_text,
    // in order): a million rows bound one at a time cost three times as much as the import's
    // own inserts.
    std::string array = "[";
    char digits[24];
    for (int64_t id : ids) {
        auto end = std::to_chars(digits, digits + sizeof digits, id).ptr;
        array.append(digits, end).push_back(',');
    }
    array.back() = ']';
    static const char* const sql[] = {
        "INSERT INTO audit (at, actor, command, action, entity, ref, detail) "
        "SELECT lac_now(), ?1, ?2, ?3, ?4, ?5 || value, '' FROM json_each(?6)",
        "INSERT INTO audit (at, actor, command, action, entity, ref, detail) "
        "SELECT lac_now(), ?1, ?2, ?3, ?4, CAST(?5 AS TEXT) || e.value, '' "
        "FROM jsonb_array_elements_text(CAST(?6 AS jsonb)) WITH ORDINALITY AS e(value, n) ORDER BY e.n"};
    Query insert(db, sql[rows::postgresql(db)]);
    insert.bind(1, db.actor());
    insert.bind(2, db.command());
    insert.bind(3, action);
    insert.bind(4, entity);
    insert.bind(5, std::string(1, letter));
    insert.bind(6, array);
    insert.exec();
}

std::vector<AuditEntry> audit_for(Db& db, const std::string& ref) {
    Query query(db,
                "SELECT at, actor, command, action, entity, ref, detail FROM audit "
                "WHERE ref = ? ORDER BY id");
    query.bind(1, ref);
    std::vector<AuditEntry> out;
    while (query.executeStep())
        out.push_back({query.getColumn(0).getString(), query.getColumn(1).getString(),
                       query.getColumn(2).getString(), query.getColumn(3).getString(),
                       query.getColumn(4).getString(), query.getColumn(5).getString(),
                       query.getColumn(6).getString()});
    return out;
}

std::optional<std::string> meta(Db& db, const std::string& key) {
    Query query(db, "SELECT value FROM meta WHERE key = ?");
    query.bind(1, key);
    if (!query.executeStep()) return std::nullopt;
    return query.getColumn(0).getString();
}

void set_meta(Db& db, const std::string& key, const std::string& value) {
    Query upsert(db,
                 "INSERT INTO meta (key, value) VALUES (?, ?) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    upsert.bind(1, key);
    upsert.bind(2, value);
    upsert.exec();
}

}  // namespace lac::store
