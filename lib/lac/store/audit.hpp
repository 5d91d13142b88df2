#pragma once
// The audit trail, and the database's own settings (meta).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lac {
class Db;

namespace store {

// Records one write: `action` (add, edit, close, …) on `entity` with reference `ref`;
// `detail` names the fields touched, and no personal free text, but for corrections: an
// edit or delete of a conversation, contribution, avoided crisis, goal or connection keeps
// a JSON object of the old values (notes included) under the record's own `ref`, where
// erasing a person must find and scrub them.
void audit(Db& db, const std::string& action, const std::string& entity, const std::string& ref,
           const std::string& detail = "");

// Records the same write on many records of one kind (an import's additions): the
// references are `letter` and each id. One statement for all, in the same transaction.
void audit_each(Db& db, const std::string& action, const std::string& entity, char letter,
                const std::vector<int64_t>& ids);

struct AuditEntry {
    std::string at, actor, command, action, entity, ref, detail;
};
std::vector<AuditEntry> audit_for(Db& db, const std::string& ref);

std::optional<std::string> meta(Db& db, const std::string& key);
void set_meta(Db& db, const std::string& key, const std::string& value);

}  // namespace store
}  // namespace lac
