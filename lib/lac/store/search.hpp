#pragma once
// lac search: people and assets by any word of their names, and the free text of notes
// (conversations, goals, progress notes) by any word, read by a scan: no index of words is
// kept, so a word erased from a note (lac person forget, a correction) is gone (SPEC §8).
#include <cstdint>
#include <string>
#include <vector>

#include "lac/store/records.hpp"

namespace lac {
class Db;
}

namespace lac::store {

// Whose records are searched: one coordinator's people (`all` false), or everyone's with
// that coordinator's first (`coordinator_id` 0: no one's first).
struct SearchScope {
    int64_t coordinator_id = 0;
    bool all = false;
};

// People (never the forgotten) whose name has a word starting with `key` (folded, as
// store/name_parts matches), theirs first, then by name.
std::vector<Person> people_matching(Db& db, const std::string& key, const SearchScope& scope);
// Assets whose name has a word starting with `key`, or whose kind or notes do; by name.
std::vector<Asset> assets_matching(Db& db, const std::string& key);

// A note that holds the key: kind is "conversation", "goal" (its words) or "goal note"
// (a progress note, or a change of status with a note); `id` is the conversation's or the
// goal's.
struct NoteHit {
    std::string kind;
    int64_t id = 0;
    int64_t person_id = 0;
    std::string person_name;
    Date on;
    std::string text;
    bool own = false;  // one of the scope's coordinator's people
};
// Notes holding `key` at the start of a word (util/words), in no order.
std::vector<NoteHit> notes_matching(Db& db, const std::string& key, const SearchScope& scope);

}  // namespace lac::store
