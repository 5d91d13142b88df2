#pragma once
// Finding a few typed words in free text, as lac search does: folded as names are
// (fold_name: "EDITH", "Édith" and "edith" are one), from the start of a word.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace lac {

// Where `key` (folded) first begins a word of `folded` (folded text): at its start, or
// after a character that is not a letter or a digit ("edith" in "(edith's", "walk" in
// "walking"; not "dith" in "edith"). nullopt when it does not.
std::optional<std::size_t> find_word_start(std::string_view folded, std::string_view key);

// Whether `text`, folded, holds `key` at the start of a word.
bool holds_word(std::string_view text, std::string_view key);

// A short piece of `text` around where `key` (folded) begins a word of it, on one line and
// at most about `widest` columns, "…" where it was cut; "" when it is not there.
std::string excerpt(std::string_view text, std::string_view key, std::size_t widest);

}  // namespace lac
