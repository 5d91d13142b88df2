#pragma once
#include <optional>
#include <vector>

#include "lac/store/records.hpp"

namespace lac {
class Db;

namespace store {

class BulkRows;

int64_t insert_conversation(Db& db, const Conversation& conversation);
// On a server, an import's conversations are held and written together (bulk_rows_postgres.hpp):
// the rows to hold them in, and one held as insert_conversation would insert it.
BulkRows conversation_rows();
void hold_conversation(Db& db, BulkRows& rows, const Conversation& conversation);
// Rewrites every field of the conversation with its id.
void update_conversation(Db& db, const Conversation& conversation);
void delete_conversation(Db& db, int64_t id);
// Empty when there is none, or its person was forgotten.
std::optional<Conversation> conversation_by_id(Db& db, int64_t id);

struct ConversationFilter {
    std::optional<int64_t> person_id;
    std::optional<Date> from, to;  // inclusive
    int limit = 0;                 // 0: all
    bool forgotten_too = false;    // a forgotten person's too (what is left of them: a timeline)
};
// The conversations the filter selects, newest first, with their person's name.
std::vector<Conversation> list_conversations(Db& db, const ConversationFilter& filter);
// The person's conversations, newest first; `limit` 0 means all.
std::vector<Conversation> conversations_of(Db& db, int64_t person_id, int limit);
int conversation_count(Db& db, int64_t person_id);

}  // namespace store
}  // namespace lac
