#pragma once
#include <optional>
#include <vector>

#include "lac/store/records.hpp"

namespace lac {
class Db;

namespace store {

int64_t insert_conversation(Db& db, const Conversation& conversation);
// The person's conversations, newest first; `limit` 0 means all.
std::vector<Conversation> conversations_of(Db& db, int64_t person_id, int limit);
int conversation_count(Db& db, int64_t person_id);

}  // namespace store
}  // namespace lac
