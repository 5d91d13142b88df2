#include "lac/store/conversations.hpp"

#include <fmt/format.h>

#include "lac/store/bulk_rows_postgres.hpp"
#include "lac/store/db.hpp"
#include "lac/store/rows.hpp"

namespace lac::store {
namespace {

// A forgotten person's name is NULL; their conversations are not shown.
const char* const conversation_columns =
    "SELECT v.id, v.person_id, v.coordinator_id, c.handle, v.on_date, v.at_time, v.minutes, v.mode, v.note, p.name "
    "FROM conversation v JOIN coordinator c ON c.id = v.coordinator_id JOIN person p ON p.id = v.person_id ";

Conversation read_conversation(store::Statement& row) {
    Conversation c;
    c.id = row.getColumn(0).getInt64();
    c.person_id = row.getColumn(1).getInt64();
    c.coordinator_id = row.getColumn(2).getInt64();
    c.coordinator = row.getColumn(3).getString();
    c.on = rows::date(row.getColumn(4));
    c.at_time = rows::text(row.getColumn(5));
    c.minutes = rows::maybe_int(row.getColumn(6));
    c.mode = row.getColumn(7).getString();
    c.note = row.getColumn(8).getString();
    c.person_name = rows::text(row.getColumn(9));
    return c;
}

// Binds a conversation's own fields as parameters 1–7, for its insert and its update.
void bind_conversation(store::Statement& s, const Conversation& c) {
    s.bind(1, c.person_id);
    s.bind(2, c.coordinator_id);
    s.bind(3, to_iso(c.on));
    if (c.at_time.empty())
        s.bind(4);
    else
        s.bind(4, c.at_time);
    rows::bind_optional(s, 5, c.minutes);
    s.bind(6, c.mode);
    s.bind(7, c.note);
}

}  // namespace

int64_t insert_conversation(Db& db, const Conversation& c) {
    auto& insert = db.statement(
        "INSERT INTO conversation (person_id, coordinator_id, on_date, at_time, minutes, mode, note, "
        "recorded_at, recorded_by, id) VALUES (?, ?, ?, ?, ?, ?, ?, lac_now(), ?, ?)");
    bind_conversation(insert, c);
    insert.bind(8, db.actor());
    rows::bind_id(insert, 9, c.id);
    return rows::inserted_id(db, insert);
}

BulkRows conversation_rows() {
    return BulkRows("conversation", {"person_id", "coordinator_id", "on_date", "at_time", "minutes", "mode", "note",
                                     "recorded_at", "recorded_by"});
}

void hold_conversation(Db& db, BulkRows& rows, const Conversation& c) {
    std::string& line = rows.add(c.id);
    line += fmt::format("{}\t{}\t{}\t", c.person_id, c.coordinator_id, to_iso(c.on));
    if (c.at_time.empty())
        line += "\\N";
    else
        append_copy_text(line, c.at_time);
    line += c.minutes ? fmt::format("\t{}\t", *c.minutes) : "\t\\N\t";
    for (const std::string* field : {&c.mode, &c.note, &rows.now(db)}) {
        append_copy_text(line, *field);
        line += '\t';
    }
    append_copy_text(line, db.actor());
}

void update_conversation(Db& db, const Conversation& c) {
    Query update(db,
                 "UPDATE conversation SET person_id = ?, coordinator_id = ?, on_date = ?, at_time = ?, "
                 "minutes = ?, mode = ?, note = ? WHERE id = ?");
    bind_conversation(update, c);
    update.bind(8, c.id);
    update.exec();
}

void delete_conversation(Db& db, int64_t id) {
    Query remove(db, "DELETE FROM conversation WHERE id = ?");
    remove.bind(1, id);
    remove.exec();
}

std::optional<Conversation> conversation_by_id(Db& db, int64_t id) {
    Query query(db, std::string(conversation_columns) + "WHERE v.id = ? AND p.name IS NOT NULL");
    query.bind(1, id);
    if (!query.executeStep()) return std::nullopt;
    return read_conversation(query);
}

std::vector<Conversation> conversations_of(Db& db, int64_t person_id, int limit) {
    return list_conversations(db, {person_id, std::nullopt, std::nullopt, limit});
}

std::vector<Conversation> list_conversations(Db& db, const ConversationFilter& filter) {
    // Each filter is its own fragment, so SQLite reads the person index for a person and
    // the date index for dates alone, and stops after `limit` rows read newest first.
    Query query(db, std::string(conversation_columns) +
                        rows::where({{bool(filter.person_id), "v.person_id = ?1"},
                                     {bool(filter.from), "v.on_date >= ?2"},
                                     {bool(filter.to), "v.on_date <= ?3"},
                                     {!filter.forgotten_too, "p.name IS NOT NULL"}}) +
                        "ORDER BY v.on_date DESC, v.at_time DESC NULLS LAST, v.id DESC" + (filter.limit > 0 ? " LIMIT ?4" : ""));
    if (filter.person_id) query.bind(1, *filter.person_id);
    if (filter.from) query.bind(2, to_iso(*filter.from));
    if (filter.to) query.bind(3, to_iso(*filter.to));
    if (filter.limit > 0) query.bind(4, filter.limit);
    std::vector<Conversation> out;
    while (query.executeStep()) out.push_back(read_conversation(query));
    return out;
}

int conversation_count(Db& db, int64_t person_id) {
    Query query(db, "SELECT count(*) FROM conversation WHERE person_id = ?");
    query.bind(1, person_id);
    query.executeStep();
    return query.getColumn(0).getInt();
}

}  // namespace lac::store
