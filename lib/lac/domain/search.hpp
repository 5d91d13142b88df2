#pragma once
// lac search: people, assets and notes that hold a word, the acting coordinator's own
// people first.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lac/domain/session.hpp"

namespace lac {

struct SearchHit {
    std::string kind;   // person, asset, conversation, goal, goal note
    std::string ref;    // P12, A3, C40, G3
    std::string person; // the person's reference (P12), or "" for an asset
    std::string name;   // the person's name, or the asset's
    std::optional<Date> on;  // opened on, the conversation's day, set on, the note's day; none for an asset
    std::string excerpt;     // the matching text around the match, on one line
    bool own = false;        // about one of the acting coordinator's people
};

struct SearchResult {
    std::string key;  // what was looked for, folded
    bool all = false;
    std::vector<SearchHit> hits;  // people, then assets, then notes; own first in each
};

// Searches for `text`, folded as names are, at the start of any word: people by their
// names, assets by name, kind or notes, and the notes of conversations and goals. Without
// `all`, only the acting coordinator's people (any status) and the community map; a user
// who is not a coordinator must pass `all`. An empty text, or one with no letter or digit,
// is a UsageError.
SearchResult search(Session& s, std::string_view text, bool all);

}  // namespace lac
