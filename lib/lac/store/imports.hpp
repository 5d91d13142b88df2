#pragma once
// Lookups that let an import recognise what is already here.
#include <optional>
#include <string>

#include "lac/store/records.hpp"

namespace lac {
class Db;

namespace store {

bool conversation_exists(Db& db, const Conversation& c);
bool goal_exists(Db& db, int64_t person_id, const std::string& text, Date set_on);
bool conversation_id_exists(Db& db, int64_t id);
bool contribution_exists(Db& db, const Contribution& t);
bool avoided_exists(Db& db, const Avoided& x);
// Whether the person has any conversation here.
bool has_conversations(Db& db, int64_t person_id);

}  // namespace store
}  // namespace lac
