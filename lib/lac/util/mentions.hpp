#pragma once
// Finding people's names in free text, to take them out: erasure removes a forgotten
// person's name from what was written about others, and a subject access export keeps
// other people's names out of what is handed over.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lac {

// Names to look for, each with an owner (a number the caller chooses, such as a person's
// id). A name matches as whole words, whatever its case or accents (the folding of
// fold_name: "EDITH", "Édith" and "edith" are one name) and however the white space
// between its words runs, so "Edith Walker's" holds "Edith Walker" but "Rosemary" does
// not hold "Mary". Where two names start at the same place, the longer one wins.
class MentionFinder {
public:
    void add(std::string_view name, long long owner);
    bool empty() const { return by_first_word_.empty(); }

    struct Result {
        std::string text;                 // with each mention replaced
        std::vector<long long> owners;    // whose names were found, each once
    };
    // The text with every mention replaced by `replacement`. Text that is not valid UTF-8
    // is matched byte by byte where it is not, and never split inside a character.
    Result replace(std::string_view text, std::string_view replacement) const;
    bool mentions(std::string_view text) const { return !replace(text, "").owners.empty(); }

private:
    struct Needle {
        std::string folded;
        long long owner;
    };
    std::unordered_map<std::string, std::vector<Needle>> by_first_word_;
};

// The first word of a name ("Mary" of "Mary O'Brien"): what notes most often call someone.
std::string first_name(std::string_view name);

}  // namespace lac
