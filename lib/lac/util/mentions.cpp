#include "lac/util/mentions.hpp"

#include <algorithm>

#include "lac/util/text.hpp"

namespace lac {
namespace {

// A letter or digit of a folded name. Any byte of a character outside ASCII counts as a
// letter, so that names in any script match as whole words.
bool word_byte(char c) {
    unsigned char u = c;
    return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

// The length of the UTF-8 character at text[i], or 1 for a byte that does not start one.
std::size_t char_length(std::string_view text, std::size_t i) {
    unsigned char c = text[i];
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
    if (i + n > text.size()) return 1;
    for (std::size_t k = 1; k < n; ++k)
        if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 1;
    return n;
}

// The text folded as fold_name folds names, with the source range of each folded byte, so
// that a match in the folded text maps back to the characters that made it.
struct Folded {
    std::string text;
    std::vector<std::size_t> from, to;
};

Folded fold_with_map(std::string_view source) {
    Folded f;
    f.text.reserve(source.size());
    for (std::size_t i = 0; i < source.size();) {
        std::size_t n = char_length(source, i);
        char c = source[i];
        std::string piece;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (!f.text.empty() && f.text.back() != ' ') piece = " ";
        } else if (n == 1 && static_cast<unsigned char>(c) < 0x80) {
            piece.assign(1, c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
        } else {
            piece = fold_name(source.substr(i, n));
        }
        for (char b : piece) {
            f.text.push_back(b);
            f.from.push_back(i);
            f.to.push_back(i + n);
        }
        i += n;
    }
    return f;
}

std::string first_word(std::string_view folded) {
    std::size_t end = 0;
    while (end < folded.size() && word_byte(folded[end])) ++end;
    return std::string(folded.substr(0, end));
}

}  // namespace

std::string first_name(std::string_view name) {
    std::string whole = trim(name);
    return whole.substr(0, whole.find_first_of(" \t\r\n"));
}

void MentionFinder::add(std::string_view name, long long owner) {
    std::string folded = fold_name(trim(name));
    std::string key = first_word(folded);
    if (key.empty()) return;  // a name must start with a letter or digit to be found as a word
    auto& needles = by_first_word_[key];
    for (const auto& n : needles)
        if (n.folded == folded && n.owner == owner) return;
    needles.push_back({std::move(folded), owner});
    std::stable_sort(needles.begin(), needles.end(),
                     [](const Needle& a, const Needle& b) { return a.folded.size() > b.folded.size(); });
}

MentionFinder::Result MentionFinder::replace(std::string_view text, std::string_view replacement) const {
    Result r;
    if (by_first_word_.empty()) {
        r.text = text;
        return r;
    }
    Folded f = fold_with_map(text);
    std::size_t copied = 0;  // source bytes already in r.text
    for (std::size_t i = 0; i < f.text.size();) {
        bool starts_word = word_byte(f.text[i]) && (i == 0 || !word_byte(f.text[i - 1]));
        if (!starts_word) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < f.text.size() && word_byte(f.text[end])) ++end;
        auto found = by_first_word_.find(f.text.substr(i, end - i));
        const Needle* hit = nullptr;
        if (found != by_first_word_.end())
            for (const auto& n : found->second) {
                std::size_t after = i + n.folded.size();
                if (f.text.compare(i, n.folded.size(), n.folded) == 0 &&
                    (after == f.text.size() || !word_byte(f.text[after]))) {
                    hit = &n;  // the longest, as they are sorted
                    break;
                }
            }
        if (!hit) {
            i = end;
            continue;
        }
        std::size_t last = i + hit->folded.size() - 1;
        r.text.append(text.substr(copied, f.from[i] - copied)).append(replacement);
        copied = f.to[last];
        if (std::find(r.owners.begin(), r.owners.end(), hit->owner) == r.owners.end()) r.owners.push_back(hit->owner);
        i = last + 1;
    }
    r.text.append(text.substr(copied));
    return r;
}

}  // namespace lac
