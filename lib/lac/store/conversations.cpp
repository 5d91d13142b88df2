#include "lac/store/conversations.hpp"

#include "lac/store/db.hpp"
#include "lac/store/rows.hpp"

namespace lac::store {

int64_t insert_conversation(Db& db, const Conversation& c) {
    auto& insert = db.statement(
        "INSERT INTO conversation (person_id, coordinator_id, on_date, at_time, minutes, mode, note, "
        "recorded_at, recorded_by, id) VALUES (?, ?, ?, ?, ?, ?, ?, lac_now(), ?, ?)");
    insert.bind(1, c.person_id);
    insert.bind(2, c.coordinator_id);
    insert.bind(3, to_iso(c.on));
    if (c.at_time.empty())
        insert.bind(4);
    else
        insert.bind(4, c.at_time);
    rows::bind_optional(insert, 5, c.minutes);
    insert.bind(6, c.mode);
    insert.bind(7, c.note);
    insert.bind(8, db.actor());
    rows::bind_id(insert, 9, c.id);
    insert.exec();
    return db.sql().getLastInsertRowid();
}

std::vector<Conversation> conversations_of(Db& db, int64_t person_id, int limit) {
    SQLite::Statement query(db.sql(),
                            "SELECT v.id, v.person_id, v.coordinator_id, c.handle, v.on_date, v.at_time, "
                            "v.minutes, v.mode, v.note FROM conversation v "
                            "JOIN coordinator c ON c.id = v.coordinator_id WHERE v.person_id = ? "
                            "ORDER BY v.on_date DESC, v.at_time DESC, v.id DESC LIMIT ?");
    query.bind(1, person_id);
    query.bind(2, limit > 0 ? limit : -1);
    std::vector<Conversation> out;
    while (query.executeStep()) {
        Conversation c;
        c.id = query.getColumn(0).getInt64();
        c.person_id = query.getColumn(1).getInt64();
        c.coordinator_id = query.getColumn(2).getInt64();
        c.coordinator = query.getColumn(3).getString();
        c.on = rows::date(query.getColumn(4));
        c.at_time = rows::text(query.getColumn(5));
        c.minutes = rows::maybe_int(query.getColumn(6));
        c.mode = query.getColumn(7).getString();
        c.note = query.getColumn(8).getString();
        out.push_back(std::move(c));
    }
    return out;
}

int conversation_count(Db& db, int64_t person_id) {
    SQLite::Statement query(db.sql(), "SELECT count(*) FROM conversation WHERE person_id = ?");
    query.bind(1, person_id);
    query.executeStep();
    return query.getColumn(0).getInt();
}


}  // namespace lac::store
