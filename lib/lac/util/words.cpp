#include "lac/util/words.hpp"

#include <algorithm>

#include "lac/util/text.hpp"

namespace lac {
namespace {

// A byte that is part of a word: an ASCII letter or digit, or any byte of a letter beyond
// ASCII (what folding leaves there is a letter far more often than not).
bool in_word(char c) {
    auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u >= 0x80;
}

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::optional<std::size_t> find_word_start(std::string_view folded, std::string_view key) {
    if (key.empty()) return std::nullopt;
    for (std::size_t at = folded.find(key); at != std::string_view::npos; at = folded.find(key, at + 1))
        if (at == 0 || !in_word(folded[at - 1]) || !in_word(key.front())) return at;
    return std::nullopt;
}

bool holds_word(std::string_view text, std::string_view key) {
    return find_word_start(fold_name(text), key).has_value();
}

std::string excerpt(std::string_view text, std::string_view key, std::size_t widest) {
    auto folded = fold_mapped(text);
    auto found = find_word_start(folded.text, key);
    if (!found) return "";
    std::size_t begin = folded.from[*found];
    std::size_t last = *found + key.size() - 1;
    std::size_t end = last + 1 < folded.from.size() ? folded.from[last + 1] : text.size();
    if (display_width(text) <= widest) return trim(one_line(text, widest));
    // About a third of the room before the match and the rest after it, or more before it
    // when the text ends sooner; cut at spaces.
    std::size_t room = widest, tail = display_width(text.substr(begin));
    std::size_t before = std::max(widest / 3, tail < widest ? widest - tail : 0);
    std::size_t start = begin;
    for (std::size_t n = 0; start > 0 && n < before; ++n) {
        do --start;
        while (start > 0 && continuation(text[start]));
    }
    if (start > 0) {
        auto space = text.find(' ', start);
        if (space != std::string_view::npos && space < begin) start = space + 1;
    }
    std::size_t stop = end;
    for (std::size_t n = display_width(text.substr(start, end - start)); stop < text.size() && n < room; ++n) {
        do ++stop;
        while (stop < text.size() && continuation(text[stop]));
    }
    if (stop < text.size()) {
        auto space = text.rfind(' ', stop);
        if (space != std::string_view::npos && space > end) stop = space;
    }
    std::string piece = one_line(text.substr(start, stop - start), room + 2);
    return (start > 0 ? "…" : "") + trim(piece) + (stop < text.size() ? "…" : "");
}

}  // namespace lac
