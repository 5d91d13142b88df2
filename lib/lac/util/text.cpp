#include "lac/util/text.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

#include <fmt/format.h>

namespace lac {

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return out;
}

std::string trim(std::string_view text) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.empty() && space(text.front())) text.remove_prefix(1);
    while (!text.empty() && space(text.back())) text.remove_suffix(1);
    return std::string(text);
}

namespace {

// Decodes one code point at text[i] and advances i; a malformed, overlong or surrogate
// sequence gives U+FFFD with `valid` cleared.
char32_t next_code_point(std::string_view text, std::size_t& i, bool& valid) {
    unsigned char c = text[i];
    int extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
    if (extra < 0 || i + extra >= text.size() + (extra == 0 ? 1 : 0)) {
        ++i;
        valid = false;
        return 0xFFFD;
    }
    char32_t cp = extra == 0 ? c : c & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) {
        unsigned char cc = text[i + k];
        if ((cc & 0xC0) != 0x80) {
            ++i;
            valid = false;
            return 0xFFFD;
        }
        cp = (cp << 6) | (cc & 0x3F);
    }
    static constexpr char32_t smallest[] = {0, 0x80, 0x800, 0x10000};
    if (cp < smallest[extra] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) valid = false;
    i += extra + 1;
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

char32_t lower_latin(char32_t cp) {
    if (cp >= 'A' && cp <= 'Z') return cp + 32;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;           // À–Þ
    if (cp >= 0x100 && cp <= 0x17F) {                                      // Latin Extended-A
        bool odd_is_lower = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
        if (cp == 0x130 || cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17F) return cp;
        if (odd_is_lower) return (cp % 2 == 1) ? cp + 1 : cp;
        return (cp % 2 == 0) ? cp + 1 : cp;
    }
    return cp;
}

// The base letters of Latin-1 (U+00C0–U+00FF) and Latin Extended-A (U+0100–U+017F), lower
// case, so that "Zoe" finds Zoë and "Sean" finds Seán; '*' marks letters kept as they are.
const char* const latin1_base = "aaaaaa*ceeeeiiii*nooooo*ouuuuy**aaaaaa*ceeeeiiii*nooooo*ouuuuy*y";
const char* const extended_a_base =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkklllllll"
    "lllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

// A letter folded for comparing names: lower case, accents dropped.
void append_folded(std::string& out, char32_t cp) {
    if (cp >= 'A' && cp <= 'Z') cp += 32;
    char base = 0;
    if (cp >= 0xC0 && cp <= 0xFF) base = latin1_base[cp - 0xC0];
    if (cp >= 0x100 && cp <= 0x17F) base = extended_a_base[cp - 0x100];
    if (cp == 0xDF) return void(out += "ss");
    if (cp == 0xC6 || cp == 0xE6) return void(out += "ae");
    if (cp == 0x152 || cp == 0x153) return void(out += "oe");
    if (base && base != '*') return void(out += base);
    append_utf8(out, lower_latin(cp));
}


}  // namespace

std::string after_every_start(std::string_view start) {
    std::string bound(start);
    while (!bound.empty()) {
        std::size_t at = bound.size() - 1;
        while (at > 0 && (static_cast<unsigned char>(bound[at]) & 0xC0) == 0x80) --at;
        std::size_t i = at;
        bool valid = true;
        char32_t last = next_code_point(bound, i, valid);
        bound.resize(at);
        if (last >= 0x10FFFF) continue;  // nothing after it: raise the one before
        append_utf8(bound, last == 0xD7FF ? 0xE000 : last + 1);  // never a surrogate
        return bound;
    }
    return "\xF4\x8F\xBF\xBF";  // U+10FFFF
}

namespace {

// fold_name, and where each byte of the folded text came from when `from` is given.
std::string fold(std::string_view text, std::vector<std::size_t>* from) {
    std::string out;
    bool pending_space = false;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t at = i;
        bool valid = true;
        char32_t cp = next_code_point(text, i, valid);
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) {
            out += ' ';
            if (from) from->push_back(at - 1);
        }
        pending_space = false;
        append_folded(out, cp);
        if (from) from->resize(out.size(), at);
    }
    return out;
}

}  // namespace

std::string fold_name(std::string_view text) { return fold(text, nullptr); }

FoldedText fold_mapped(std::string_view text) {
    FoldedText f;
    f.text = fold(text, &f.from);
    return f;
}

bool is_valid_utf8(std::string_view text) { return first_invalid_utf8(text) == std::string_view::npos; }

std::size_t first_invalid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {  // most text is ASCII: no decoding
            ++i;
            continue;
        }
        std::size_t at = i;
        bool valid = true;
        next_code_point(text, i, valid);
        if (!valid) return at;
    }
    return std::string_view::npos;
}

bool has_control_chars(std::string_view text, bool allow_newlines) {
    return std::any_of(text.begin(), text.end(), [&](char ch) {
        unsigned char c = ch;
        if (c == '\t') return false;
        if (allow_newlines && (c == '\n' || c == '\r')) return false;
        return c < 0x20 || c == 0x7F;
    });
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // Levenshtein with a swap of two neighbours as one edit (optimal string alignment):
    // "lgo" is one slip from "log".
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i)
        for (std::size_t j = 1; j <= b.size(); ++j) {
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1])});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.size()][b.size()];
}

namespace {

// A name as a key for "did you mean": ASCII lower case, and each run of spaces, hyphens and
// other punctuation one '_', so that "Birth Year" and "birth-year" are "birth_year".
std::string name_key(std::string_view text) {
    std::string key;
    for (char c : ascii_lower(text)) {
        bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (static_cast<unsigned char>(c) & 0x80);
        if (word) key += c;
        else if (!key.empty() && key.back() != '_') key += '_';
    }
    if (!key.empty() && key.back() == '_') key.pop_back();
    return key;
}

// The words of a key of three letters or more: "date_opened_on" is {date, opened}.
std::vector<std::string> key_words(const std::string& key) {
    std::vector<std::string> words;
    for (std::size_t at = 0; at <= key.size();) {
        std::size_t end = std::min(key.find('_', at), key.size());
        if (end - at >= 3) words.push_back(key.substr(at, end - at));
        at = end + 1;
    }
    return words;
}

// How many of the pairs of neighbouring letters in `a` are in `b` too: a slip keeps most of
// them ("fone" and "phone" share "on" and "ne"), another word of the same length few
// ("year" and "team" share "ea", "date" and "name" none).
std::size_t shared_pairs(std::string_view a, std::string_view b) {
    std::size_t n = 0;
    for (std::size_t i = 0; i + 1 < a.size(); ++i) n += b.find(a.substr(i, 2)) != std::string_view::npos;
    return n;
}

// The one candidate that shares the most words with `words`; "" when two share as many (a
// guess between them); nullopt when none shares any.
std::optional<std::string> sharing_words(const std::vector<std::string>& words,
                                         const std::vector<std::string>& candidates) {
    std::size_t most = 0;
    std::string best;
    bool tied = false;
    for (const auto& candidate : candidates) {
        std::size_t shared = 0;
        for (const auto& w : key_words(name_key(candidate))) shared += std::count(words.begin(), words.end(), w) > 0;
        if (shared > most) {
            most = shared;
            best = candidate;
            tied = false;
        } else if (shared == most && shared > 0) {
            tied = true;
        }
    }
    if (most == 0) return std::nullopt;
    return tied ? "" : best;
}

}  // namespace

std::string closest(std::string_view word, const std::vector<std::string>& candidates) {
    std::string key = name_key(word);
    auto words = key_words(key);
    std::string best;
    // About one slip in three letters: near enough to be a typo, not just another word. In a
    // name of several words, at most two: "Coordinator name" is not a slip from coordinator.
    std::size_t best_distance = (key.size() + 2) / 3 + 1;
    if (words.size() > 1) best_distance = std::min<std::size_t>(best_distance, 3);
    for (const auto& candidate : candidates) {
        std::string other = name_key(candidate);
        std::size_t d = edit_distance(key, other);
        if (d < best_distance && (d < 2 || shared_pairs(key, other) >= d)) {
            best_distance = d;
            best = candidate;
        }
    }
    if (!best.empty()) return best;
    // Not a slip but a longer or shorter name, as spreadsheets head their columns.
    return sharing_words(words, candidates).value_or("");
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
    std::string near = closest(word, candidates);
    return near.empty() ? "" : " (did you mean '" + near + "'?)";
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) out += separator;
        out += parts[i];
    }
    return out;
}

std::string one_line(std::string_view text, std::size_t widest) {
    std::string line;
    for (char c : text) line += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    if (display_width(line) <= widest) return line;
    std::string cut;
    std::size_t width = 0;
    for (char c : line) {
        bool starts = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        if (starts && ++width > widest - 1) break;
        cut += c;
    }
    return cut + "…";
}

std::string counted(long long n, std::string_view one, std::string_view many) {
    return counted(std::to_string(n), one, many);
}

std::string counted(std::string_view amount, std::string_view one, std::string_view many) {
    return std::string(amount) + " " + std::string(amount == "1" ? one : many);
}

std::string html_text(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string pounds(double amount) {
    // Total over every double a database could hold: the pence path below fits a long long
    // only up to about £92 trillion, and casting a larger value (or inf, or NaN) is undefined.
    if (!std::isfinite(amount)) return "£(not a number)";
    if (std::fabs(amount) >= 1e13) return fmt::format("£{:.3e}", amount);
    long long pence = static_cast<long long>(amount * 100 + (amount < 0 ? -0.5 : 0.5));
    bool negative = pence < 0;
    if (negative) pence = -pence;
    std::string whole = std::to_string(pence / 100);
    for (int at = int(whole.size()) - 3; at > 0; at -= 3) whole.insert(std::size_t(at), ",");
    std::string cents = std::to_string(pence % 100);
    if (cents.size() < 2) cents = "0" + cents;
    return std::string(negative ? "-" : "") + "£" + whole + "." + cents;
}

std::size_t display_width(std::string_view text) {
    return std::count_if(text.begin(), text.end(),
                         [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
}

}  // namespace lac
