#pragma once
// Erasure (lac person forget): a person's name and every word written about them are
// removed, and their name wherever others' free text holds it; what happened stays as an
// anonymous tombstone, so that every past summary and extract gives the same numbers.
#include <optional>
#include <string>
#include <vector>

#include "lac/domain/session.hpp"
#include "lac/store/rights.hpp"

namespace lac {

struct ForgetRequest {
    std::string person;                 // P12, 12 or a name; or empty with closed_before
    std::optional<Date> closed_before;  // everyone closed before this day
    bool confirm = false;               // without it, nothing is written
};

// A record of someone else (or an asset, or an audit entry) whose free text names a
// person being forgotten: its reference and what kind of text, never the text.
struct Mention {
    std::string ref;
    std::string kind;
};

struct Forgetting {
    int64_t person_id = 0;
    store::RecordCounts counts;     // their own records, which become the tombstone
    std::vector<Mention> mentions;  // where their name is replaced by [removed]
};

struct ForgetResult {
    std::vector<Forgetting> people;
    bool confirmed = false;
    // After the commit, the write-ahead log was emptied into the database; false when
    // another lac's read kept it from finishing (the next checkpoint finishes it).
    bool log_cleared = true;
    // Copies lac made of the whole database before a migration (DB.vN.bak), lying beside
    // it: they still hold everything, so that the one forgetting can remove them.
    std::vector<std::string> old_copies;
    // On a PostgreSQL server: the server keeps the old row versions until its next VACUUM, and
    // its write-ahead log and backups for as long as it keeps them (lac-server(7)).
    bool on_server = false;
};

// What replaces a forgotten person's name in others' text.
inline constexpr const char* removed_mark = "[removed]";

// Plans the erasure, and with `confirm` carries it out in one transaction: all of it or
// none. A person must be closed first; a forgotten one is a DataError.
ForgetResult forget_people(Session& s, const ForgetRequest& request);

}  // namespace lac
